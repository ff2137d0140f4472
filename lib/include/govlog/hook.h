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
 * with the commit rules of the repository's configuration (commits.types,
 * commits.require-refs). The decision log is read only when the message has
 * a Decision: trailer to check against it, so the hook stays fast in a large
 * log. Returns 0; GOVLOG_EIO when the file cannot be read; the errors of
 * govlog_log_open.
 */
GOVLOG_API int govlog_hook_commit_msg(govlog_diag_list *out, const char *path);

#endif
