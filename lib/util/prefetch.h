/*
 * Files read ahead on a second thread, in the order the reader takes them:
 * while one thread parses a record, the other opens and reads the next ones.
 * Reading 2,000 records' files was a third of `check`'s time, nearly all of
 * it in the kernel, and it runs beside the parsing rather than before it.
 */
#ifndef GOVLOG_UTIL_PREFETCH_H
#define GOVLOG_UTIL_PREFETCH_H

#include <stddef.h>

#include "util/buf.h"
#include "util/fs.h"

typedef struct gl_prefetch gl_prefetch;

/*
 * Starts reading the `count` files `paths` names (borrowed until
 * gl_prefetch_free), in order, each as gl_fs_read(path, max, …) reads it, on
 * a thread of its own that stays at most GL_PREFETCH_AHEAD files and
 * GL_PREFETCH_HELD bytes ahead of the files taken. Returns NULL when no
 * thread can be started: the caller then reads the files itself.
 */
enum {
	GL_PREFETCH_AHEAD = 256,
	GL_PREFETCH_HELD = 4 << 20,
	GL_PREFETCH_FIRST = 4 << 10, /* each buffer's room at the start: most records fit */
	GL_PREFETCH_KEEP = 16 << 10,
};
gl_prefetch *gl_prefetch_start(char *const *paths, size_t count, size_t max);

/*
 * The next file's read, waiting for it: what gl_fs_read returned, with the
 * bytes read in `*out` and errno as the read left it. The bytes are
 * borrowed until the next take or gl_prefetch_free: the thread reads into
 * GL_PREFETCH_AHEAD + 1 buffers in turn, keeping those of at most
 * GL_PREFETCH_KEEP bytes for the next files. Files are taken in order, each
 * once: a take after the last file is GL_FS_ERROR with EINVAL and an empty
 * `*out`.
 */
gl_fs_result gl_prefetch_take(gl_prefetch *p, const gl_buf **out);

/* Stops the thread (files not taken yet may not be read) and frees it all; NULL is fine. */
void gl_prefetch_free(gl_prefetch *p);

#endif
