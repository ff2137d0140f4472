/* A growable byte buffer whose data pointer is never NULL and always NUL-terminated. */
#ifndef GOVLOG_UTIL_BUF_H
#define GOVLOG_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/*
 * Invariants: `ptr` is never NULL (it points at a shared empty string until the
 * first write), `ptr[len] == '\0'`, and `len < alloc` once anything is allocated.
 * Allocation failure aborts: govlog treats out-of-memory as fatal.
 */
typedef struct gl_buf {
	char *ptr;
	size_t len;
	size_t alloc;
} gl_buf;

#define GL_BUF_INIT                                                                                \
	{                                                                                          \
		gl_buf__empty, 0, 0                                                                \
	}
extern char gl_buf__empty[];

void gl_buf_init(gl_buf *b);
void gl_buf_release(gl_buf *b);
void gl_buf_grow(gl_buf *b, size_t extra);
void gl_buf_put(gl_buf *b, const void *data, size_t len);
void gl_buf_puts(gl_buf *b, const char *s);
void gl_buf_putc(gl_buf *b, char c);
void gl_buf_printf(gl_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void gl_buf_vprintf(gl_buf *b, const char *fmt, va_list ap);
void gl_buf_clear(gl_buf *b);
void gl_buf_truncate(gl_buf *b, size_t len);
/* Hands the heap string to the caller (never NULL) and resets the buffer. */
char *gl_buf_detach(gl_buf *b);
/* Writes the buffer to f and flushes it: 0, or -1 when either fails. */
int gl_buf_write(const gl_buf *b, FILE *f);

/* Aborts with a message: the one place govlog gives up on allocation failure. */
void *gl_xmalloc(size_t n);
void *gl_xcalloc(size_t n, size_t size);
void *gl_xrealloc(void *p, size_t n);
char *gl_xstrndup(const char *s, size_t n);
char *gl_xstrdup(const char *s);

#endif
