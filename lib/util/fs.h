/* Files and paths: bounded reads, sorted directory listings, relative paths. */
#ifndef GOVLOG_UTIL_FS_H
#define GOVLOG_UTIL_FS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"
#include "util/vec.h"

typedef GL_VEC(char *) gl_strvec;

typedef enum gl_fs_result {
	GL_FS_OK = 0,
	GL_FS_ERROR = -1,     /* errno tells (EISDIR for a folder) */
	GL_FS_TOO_LARGE = -2, /* larger than the cap */
	GL_FS_NOT_FILE = -3   /* a pipe, a device or a socket: not opened for reading */
} gl_fs_result;

/*
 * Reads a whole regular file of at most `max` bytes into out (appended).
 * Opening never waits: a pipe nobody writes to is GL_FS_NOT_FILE, not a hang.
 */
gl_fs_result gl_fs_read(const char *path, size_t max, gl_buf *out);

/*
 * The same for what a user names on purpose, such as /dev/stdin: a pipe or a
 * device is read to its end (waiting for it, as cat does), up to `max` bytes.
 */
gl_fs_result gl_fs_read_stream(const char *path, size_t max, gl_buf *out);
bool gl_fs_is_dir(const char *path);
bool gl_fs_is_file(const char *path);
/* A Markdown file by its name: a stem and ".md" or ".markdown" in any case, as the log reads them.
 */
bool gl_path_is_markdown(const char *path);
/* True for a symbolic link (not followed). */
bool gl_fs_is_link(const char *path);
/* True for a folder that is no symbolic link to one: one lstat. */
bool gl_fs_is_own_dir(const char *path);
/* Entry names of a folder, without "." and "..", sorted bytewise. */
int gl_fs_list(const char *dir, gl_strvec *names);

/* What a folder's listing says an entry is, where the file system says it (else unknown). */
typedef enum gl_fs_kind { GL_FS_UNKNOWN, GL_FS_REGULAR, GL_FS_DIRECTORY } gl_fs_kind;

/* Whether to keep a folder's entry, told its name and its kind. */
typedef bool (*gl_fs_keep_fn)(const char *name, gl_fs_kind kind, void *payload);

typedef struct gl_fs_entry {
	char *name;
	gl_fs_kind kind; /* a link, a device or an unknown entry is GL_FS_UNKNOWN: stat it */
} gl_fs_entry;

typedef GL_VEC(gl_fs_entry) gl_fs_entries;

/*
 * The entries of a folder that keep() takes (keep NULL: all), without "."
 * and "..", sorted bytewise by name, each with its kind: a folder of
 * thousands of records is read without copying the names no one wants or
 * asking for each file's kind again. Returns 0, or -1 (errno) when the
 * folder cannot be read. Free with gl_fs_entries_free.
 */
int gl_fs_entries_read(const char *dir, gl_fs_entries *out, gl_fs_keep_fn keep, void *payload);
void gl_fs_entries_free(gl_fs_entries *entries);
void gl_strvec_free(gl_strvec *v);
/* Whether the vector holds a string equal to s. */
bool gl_strvec_contains(const gl_strvec *v, const char *s);

/* Appends a + "/" + b, without doubling slashes and dropping a leading "./" of b. */
void gl_path_join(gl_buf *out, const char *a, const char *b);
/* `target` relative to `base`, both absolute and normalised ("../x/y", or "." when equal). */
void gl_path_relative(gl_buf *out, const char *target, const char *base);
/* Writing files: util/write.h (the lock, temporary files, atomic replace). */

/*
 * Renames `from` to `to` in the same folder unless `to` exists (a symbolic
 * link is moved itself, not its target). 0; 1 when `to` exists (nothing is
 * changed); -1 with errno on failure.
 */
int gl_fs_move_noreplace(const char *from, const char *to);

/* Creates the folder `dir` and its missing parents (mkdir -p). 0, or -1 with errno. */
int gl_fs_mkdir_p(const char *dir);

/* Resolves "." and ".." components and repeated slashes lexically ("a/./b/../c" → "a/c"). */
void gl_path_normalise(gl_buf *path);
/*
 * Whether the relative path `path` is `folder` or lies below it, read as
 * written ("docs/adr/x.md" in "docs/adr" and "docs/adr/"; "." holds every path).
 */
bool gl_path_within(const char *path, const char *folder);
/* Whether `path` is within one of `folders`. */
bool gl_path_within_any(const char *path, const gl_strvec *folders);
/* True when `path`, links resolved, lies inside the folder `root` (links resolved too). */
bool gl_path_is_inside(const char *path, const char *root);
/* The absolute, normalised current directory; NULL on failure (heap string). */
char *gl_path_cwd(void);

#endif
