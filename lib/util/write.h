/*
 * The one writer discipline every command that writes follows:
 *
 * - one lock per work tree: flock on its root folder, taken by gl_write_begin
 *   (nested calls in one process share it), so writers of one repository run
 *   one after the other and a read-modify-write sees the last writer's result;
 * - temporary files under hidden names in the target's folder
 *   (".NAME.govlog-tmp-XXXXXX"); a writer holding the lock removes the ones it
 *   finds in a folder before writing there: they belong to a writer that died,
 *   since a live one would hold the lock;
 * - the data fsynced, the file's permission bits kept, renamed (or linked)
 *   into place, the folder fsynced;
 * - the target resolved by its real path: the folder and, for a symbolic
 *   link, the file it leads to must lie inside the work tree, else nothing is
 *   written; a link inside is written at its target, never replaced.
 *
 * Every function returns 0 or a negative GOVLOG_E* code with the message in
 * govlog_error_last(). One writer per process at a time (not thread safe).
 */
#ifndef GOVLOG_UTIL_WRITE_H
#define GOVLOG_UTIL_WRITE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/* The marker in temporary names; a name holding it is a temporary file. */
#define GL_WRITE_TMP_MARK ".govlog-tmp-"

/*
 * write(2) until all of `data` is written: 0, or -1 with errno (a full disk
 * first takes what fits and returns a short count without errno, and only
 * the next call says ENOSPC: that is ENOSPC here too). Needs no lock.
 */
int gl_write_all(int fd, const char *data, size_t len);

/* Takes the work tree's lock (blocking) unless this process holds it already. */
int gl_write_begin(const char *root);
/* Releases one gl_write_begin; the lock goes with the last. */
void gl_write_end(void);

/*
 * The real path to read or write for `path` (relative to the current folder
 * or absolute), appended to out: its folder must exist and lie inside the
 * work tree of the lock; a symbolic link must lead to a file inside it.
 * Needs gl_write_begin.
 */
int gl_write_resolve(gl_buf *out, const char *path);

/*
 * Reads a file that must resolve inside the work tree; *exists tells whether
 * it was there (a missing file is 0 with *exists false). Needs gl_write_begin.
 */
int gl_write_read(bool *exists, const char *path, size_t max, gl_buf *out);

/* Replaces or creates `path` (resolved as above). Needs gl_write_begin. */
int gl_write_replace(const char *path, const char *data, size_t len);

/*
 * Replaces or creates `path` in an output folder the user named (a site's
 * -o DIR), which may lie outside the work tree; the folder must exist. A
 * symbolic link at `path` is replaced, never followed; a file that already
 * holds exactly `data` (a regular file, mode 0644) is left untouched. Needs
 * gl_write_begin.
 */
int gl_write_output(const char *path, const char *data, size_t len);
/*
 * Output files are renamed into place whole but not synced one by one (a
 * site has thousands): this syncs the file system of `dir` once, after the
 * last, and gl_write_sweep(dir) before the first takes away what a killed
 * run left.
 */
int gl_write_output_sync(const char *dir);

/*
 * Creates `path`, which must not exist: 0, 1 when it exists (nothing is
 * changed). `confine` false lets the folder lie outside the work tree (Git's
 * hooks folder); a link is never followed there. Needs gl_write_begin.
 */
int gl_write_create(const char *path, const char *data, size_t len, unsigned mode, bool confine);

/*
 * Creates the folder `dir` and its missing parents inside the work tree: an
 * existing part (a symbolic link too) must resolve inside it. Needs gl_write_begin.
 */
int gl_write_mkdirs(const char *dir);

/* Removes the stale temporary files in `dir` (done before every write there). */
void gl_write_sweep(const char *dir);

#endif
