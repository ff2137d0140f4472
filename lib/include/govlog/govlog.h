/*
 * govlog.h — libgovlog, the decision-log and governance library.
 *
 * Include this one header. See each included header for the behaviour,
 * ownership and return codes of its functions.
 */
#ifndef GOVLOG_H
#define GOVLOG_H

#include "common.h"
#include "diag.h"
#include "record.h"
#include "log.h"
#include "check.h"
#include "config.h"
#include "create.h"
#include "status.h"
#include "index.h"
#include "init.h"
#include "body.h"
#include "fmt.h"
#include "commit.h"
#include "hook.h"
#include "render.h"
#include "release.h"
#include "trace.h"

#endif
