/*
 * Streaming the commits of a range with libgit2: one commit at a time, so
 * memory stays flat however long the history is.
 */
#ifndef GOVLOG_REPO_COMMITS_H
#define GOVLOG_REPO_COMMITS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One commit; every pointer is valid only during the callback. */
typedef struct gl_commit_info {
	const char *id;       /* full hexadecimal id */
	const char *short_id; /* the first 7 characters */
	const char *message;  /* the raw message */
	const char *author_name, *author_email;
	int64_t author_time; /* seconds since the epoch */
	size_t parent_count;
	const char *first_parent; /* full id; NULL for a root commit */
} gl_commit_info;

/* Returns 0 to go on, anything else to stop the walk with that value. */
typedef int (*gl_commit_fn)(const gl_commit_info *commit, void *payload);

typedef struct gl_commit_range {
	const char *root; /* the work tree root */
	/* "BASE..HEAD", or a single revision meaning everything it reaches */
	const char *spec;
	/* a glob of refs whose commits are left out (refs/remotes/origin/...), or NULL */
	const char *hide_glob;
	bool oldest_first;
} gl_commit_range;

/*
 * Calls fn for each commit of the range (merges included), newest first or
 * oldest first. Returns 0, fn's non-zero value, GOVLOG_EINVALID for a spec
 * that does not resolve, or GOVLOG_EREPO when history cannot be read (with
 * advice when the clone is shallow).
 */
int gl_commits_walk(const gl_commit_range *range, gl_commit_fn fn, void *payload);

/*
 * Calls fn for each of the newest commits reachable from `rev` that are not
 * merges, newest first by commit date: at most `max` of them, looking at no
 * more than 2 * max commits (merges included), so a hook can afford it.
 * *seen is the number of commits looked at: 0 when `rev` is an unborn
 * branch (a repository without commits). A parent a shallow clone lacks
 * ends that line of history. Returns 0, fn's non-zero value,
 * GOVLOG_EINVALID when rev names no commit, or GOVLOG_EREPO when the
 * repository cannot be read.
 */
int gl_commits_recent(const char *root, const char *rev, size_t max, size_t *seen, gl_commit_fn fn,
		      void *payload);

/* Whether `rev` names (or peels to) a commit; its full id into id when not NULL. */
bool gl_commits_resolve(const char *root, const char *rev, char id[41]);

/* Whether `rev` names a commit the repository at `root` has. */
bool gl_commits_exists(const char *root, const char *rev);

#endif
