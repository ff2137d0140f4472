/*
 * govlog.h — libgovlog, the decision-log and governance library.
 *
 * Include this one header. See each included header for the behaviour,
 * ownership and return codes of its functions, and govlog/common.h for the
 * conventions they share (names, errors, options, memory, threads). Each
 * header declares its functions inside its own extern "C" guards.
 */
#ifndef GOVLOG_H
#define GOVLOG_H

#include "govlog/common.h"
#include "govlog/text.h"
#include "govlog/diag.h"
#include "govlog/record.h"
#include "govlog/log.h"
#include "govlog/check.h"
#include "govlog/config.h"
#include "govlog/create.h"
#include "govlog/status.h"
#include "govlog/link.h"
#include "govlog/index.h"
#include "govlog/init.h"
#include "govlog/body.h"
#include "govlog/fmt.h"
#include "govlog/commit.h"
#include "govlog/hook.h"
#include "govlog/render.h"
#include "govlog/release.h"
#include "govlog/trace.h"
#include "govlog/graph.h"
#include "govlog/site.h"
#include "govlog/meeting.h"

#endif
