/* Narrowing a check's findings to the records a hook or the user named. */
#ifndef GOVLOG_FOCUS_H
#define GOVLOG_FOCUS_H

#include "govlog/diag.h"
#include "govlog/log.h"
#include "util/fs.h"

/*
 * Keeps the findings about the log's records at `paths` (relative to the
 * repository root) and the id/duplicate and supersede findings on other
 * records that name one of them; drops the rest.
 */
void gl_focus_diags(govlog_diag_list *list, const govlog_log *log, const gl_strvec *paths);

#endif
