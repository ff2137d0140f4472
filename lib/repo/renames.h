/* The renames Git's history shows for Markdown files: where minutes and records were before. */
#ifndef GOVLOG_REPO_RENAMES_H
#define GOVLOG_REPO_RENAMES_H

#include <stddef.h>

/* One rename: `from` became `to` (both relative to the root) in `commit` (abbreviated). */
typedef struct gl_rename {
	const char *from, *to, *commit;
} gl_rename;

typedef void (*gl_rename_fn)(const gl_rename *rename, void *payload);

/*
 * Calls fn, newest first, for each rename of a Markdown file in HEAD's
 * first-parent history (each commit against its first parent, with rename
 * detection), at most `limit` commits deep. No repository, an unborn HEAD or
 * a shallow clone's edge end the walk quietly: renames are a help, not a
 * requirement. Returns 0.
 */
int gl_renames_walk(const char *root, size_t limit, gl_rename_fn fn, void *payload);

#endif
