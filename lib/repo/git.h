/* What the files under lib/repo/ share about libgit2; only they include this header. */
#ifndef GOVLOG_REPO_GIT_H
#define GOVLOG_REPO_GIT_H

#include <git2.h>
#include <stdbool.h>

/*
 * Opens the repository whose work tree root is `root`, taking the one
 * gl_repo_workdir just found when it is the same. The caller frees it.
 * Returns libgit2's code.
 */
int gl_repo_open_root(git_repository **out, const char *root);

/*
 * Sets the error "what: libgit2's message" and returns `code`; in a shallow
 * clone (where history is missing) GOVLOG_EREPO with how to fetch it.
 * `repo` may be NULL.
 */
int gl_repo_fail(git_repository *repo, int code, const char *what);

/*
 * git_commit_lookup, failing with the commit's id and libgit2's reason (a
 * malformed object, a shallow clone's edge): GOVLOG_EREPO.
 */
int gl_repo_commit_lookup(git_commit **out, git_repository *repo, const git_oid *id);

/*
 * After a range "A..B" (or "A...B", or a single revision) failed to resolve:
 * GOVLOG_EINVALID with the end that names no commit (start or end, as
 * written) and libgit2's reason; GOVLOG_EREPO when a shallow clone lacks it.
 */
int gl_repo_range_fail(git_repository *repo, const char *spec);

/*
 * Whether both ends of a range "A..B" or "A...B" name commits: 0, or
 * gl_repo_range_fail's error. Asked before libgit2 parses the range, which
 * leaks the start it read when the end does not resolve.
 */
int gl_repo_range_check(git_repository *repo, const char *spec);

/*
 * After a revwalk (or a graph query) from `start` failed: finds the commit
 * it could not read and fails naming it (GOVLOG_EREPO), else fails with
 * "what: libgit2's reason".
 */
int gl_repo_walk_fail(git_repository *repo, const git_oid *start, const char *what);

/*
 * git_libgit2_init, and at the first one govlog's settings: objects read
 * without hashing them again, packs read through small windows (memory
 * stays flat however large the pack). Ends with git_libgit2_shutdown.
 */
void gl_repo_init(void);

/*
 * Sets libgit2 for a walk that reads each commit of a long history once: no
 * commit cache. Call after gl_repo_init.
 */
void gl_repo_read_history_once(void);

#endif
