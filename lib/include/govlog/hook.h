/*
 * govlog/hook.h — the Git hook entry points.
 */
#ifndef GOVLOG_HOOK_H
#define GOVLOG_HOOK_H

#include "govlog/common.h"
#include "govlog/diag.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The commit-msg hook: checks the message in `path` (Git's COMMIT_EDITMSG)
 * with the commit rules of the repository's configuration (commits.types,
 * commits.require-refs). Without a commits: key, the Conventional Commits
 * header is demanded only when the repository's recent history mostly uses
 * it (or has no commits yet); that history is read only when the header
 * rules find something. The decision log is read only when the message has
 * a Decision: trailer to check against it, so the hook stays fast in a large
 * log. Returns 0; GOVLOG_EIO when the file cannot be read; the errors of
 * govlog_log_open.
 */
GOVLOG_API int govlog_hook_commit_msg(govlog_diag_list *out, const char *path);

/*
 * The pre-commit hook: checks the records as they are staged (read from the
 * index — GIT_INDEX_FILE when Git sets it — never from the work tree), with
 * the log-wide rules (duplicate IDs, links, supersede reciprocity) against
 * the index and status/transition and decision/frozen against HEAD. Only
 * findings about staged records are reported; the records they name or share
 * a number with are read as context, the rest of the log is not read at all.
 * *checked is the number of staged records. Returns 0, or the errors of
 * govlog_log_open (GOVLOG_EREPO when the index cannot be read).
 */
GOVLOG_API int govlog_hook_pre_commit(govlog_diag_list *out, size_t *checked);

/*
 * The pre-push hook: `refs` holds the lines Git writes to the hook's input
 * ("<local ref> <local sha> <remote ref> <remote sha>"; the local sha may be
 * any revision naming a commit, as a branch name). For each pushed ref,
 * checks the message of every commit the remote does not have yet, the
 * records as they are in the pushed commit (findings about the records those
 * commits changed), their history (status/transition, decision/frozen) and
 * id/duplicate against the remote branch. `remote` names the remote (for a
 * new branch, the commits already on any of its branches are left out).
 * *checked is the number of commits. Returns 0; GOVLOG_EINVALID for a line
 * that is not a ref line; GOVLOG_EREPO when history cannot be read.
 */
GOVLOG_API int govlog_hook_pre_push(govlog_diag_list *out, size_t *checked, const char *remote,
				    const char *refs, size_t len);

#ifdef __cplusplus
}
#endif

#endif
