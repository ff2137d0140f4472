/*
 * govlog/hook.h — the Git hook entry points.
 */
#ifndef GOVLOG_HOOK_H
#define GOVLOG_HOOK_H

#include "common.h"
#include "diag.h"
#include "log.h"

/*
 * The commit-msg hook: checks the message in `path` (Git's COMMIT_EDITMSG)
 * with the commit rules of the log's configuration (commits.types,
 * commits.require-refs), Decision: trailers against the log. Returns 0, or
 * GOVLOG_EIO when the file cannot be read.
 */
GOVLOG_API int govlog_hook_commit_msg(govlog_diag_list *out, const govlog_log *log,
				      const char *path);

#endif
