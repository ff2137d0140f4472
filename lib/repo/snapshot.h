/*
 * A snapshot of the repository's files other than the work tree: the index
 * (what `git commit` is about to record) or the tree of a revision. The log
 * reads records from one when a hook checks what is staged or pushed.
 */
#ifndef GOVLOG_REPO_SNAPSHOT_H
#define GOVLOG_REPO_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"
#include "util/fs.h"
#include "repo/history.h"

typedef struct gl_snapshot gl_snapshot;

/*
 * The index of the repository whose work tree root is `root`: the one in
 * GIT_INDEX_FILE when Git runs a hook with a temporary index (git commit -a,
 * git commit PATH), else the repository's own. Returns 0; GOVLOG_EREPO when
 * the repository or its index cannot be read.
 */
int gl_snapshot_index(gl_snapshot **out, const char *root);

/* The tree of `rev` (any commit-ish). Returns 0; GOVLOG_EINVALID when it does not resolve. */
int gl_snapshot_revision(gl_snapshot **out, const char *root, const char *rev);

/* Accepts NULL. */
void gl_snapshot_free(gl_snapshot *s);

/* Called for each file; `path` is relative to the root; is_link for symbolic links. */
typedef void (*gl_snapshot_fn)(const char *path, bool is_link, void *payload);

/* Every file under `folder` (relative to the root, no trailing slash), in path order. */
void gl_snapshot_list(const gl_snapshot *s, const char *folder, gl_snapshot_fn fn, void *payload);

/* Reads the file at `path` (appended to out): GL_FS_OK, GL_FS_TOO_LARGE, or GL_FS_ERROR. */
gl_fs_result gl_snapshot_read(const gl_snapshot *s, const char *path, size_t max, gl_buf *out);

/* Whether `path` (relative to the root) is a file of the snapshot. */
bool gl_snapshot_has_file(const gl_snapshot *s, const char *path);

/* Whether `path` (relative to the root) is a file or a folder of the snapshot. */
bool gl_snapshot_has(const gl_snapshot *s, const char *path);

/*
 * For an index snapshot: calls fn for each Markdown file under `folders`
 * that the index changes against HEAD (added, modified, renamed; before is
 * absent for an addition, and for every file before the first commit). The
 * commit of each change is NULL. Returns 0, or GOVLOG_EREPO.
 */
int gl_snapshot_staged(const gl_snapshot *s, const char *const *folders, size_t folder_count,
		       gl_change_fn fn, void *payload);

#endif
