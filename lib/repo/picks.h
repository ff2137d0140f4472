/* What recognising a cherry-picked commit needs of libgit2: patch ids, and the release holding a
 * commit. */
#ifndef GOVLOG_REPO_PICKS_H
#define GOVLOG_REPO_PICKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GL_PATCH_ID_HEX 41 /* a SHA-1 in hex and its NUL */

/* A commit's patch and when it was committed (a pick is committed after its original). */
typedef struct gl_patch {
	char id[GL_PATCH_ID_HEX]; /* "" for a commit without one */
	int64_t committed;        /* the committer's time, seconds since the epoch */
} gl_patch;

/*
 * The patch id (git patch-id --stable) of each of `ids` (full commit ids) against
 * its first parent, as hex into out[i].id, "" for a commit without one (a root, a
 * merge, an empty change), and its commit time. Only for the few commits a caller
 * asks about: each costs a diff. Returns 0, or GOVLOG_EREPO when a commit cannot
 * be read.
 */
int gl_repo_patch_ids(gl_patch *out, const char *root, const char *const *ids, size_t count);

/*
 * The first of `heads` (full commit ids, in precedence order) that is or
 * descends from `commit` (a full or abbreviated id): *found is its index,
 * or (size_t)-1 when none does or the commit is not in the repository.
 * Returns 0, or GOVLOG_EREPO when the repository cannot be opened.
 */
int gl_repo_first_head_holding(size_t *found, const char *root, const char *commit,
			       const char *const *heads, size_t count);

#endif
