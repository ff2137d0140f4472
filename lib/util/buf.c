/* Growable string buffer and checked allocation helpers. */
#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/banned.h"

char gl_buf__empty[1];

static void gl_oom(void)
{
	fputs("govlog: fatal: out of memory\n", stderr);
	abort();
}

void *gl_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		gl_oom();
	return p;
}

void *gl_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		gl_oom();
	return p;
}

void *gl_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		gl_oom();
	return q;
}

char *gl_xstrndup(const char *s, size_t n)
{
	char *p = gl_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *gl_xstrdup(const char *s)
{
	return gl_xstrndup(s, strlen(s));
}

void gl_buf_init(gl_buf *b)
{
	b->ptr = gl_buf__empty;
	b->len = 0;
	b->alloc = 0;
}

void gl_buf_release(gl_buf *b)
{
	if (b->alloc)
		free(b->ptr);
	gl_buf_init(b);
}

void gl_buf_grow(gl_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need <= b->alloc)
		return;
	if (need < b->len) /* overflow */
		gl_oom();
	size_t alloc = b->alloc ? b->alloc : 64;
	while (alloc < need)
		alloc = alloc / 2 * 3 + 16;
	if (b->alloc) {
		b->ptr = gl_xrealloc(b->ptr, alloc);
	} else {
		b->ptr = gl_xmalloc(alloc);
		b->ptr[0] = '\0';
	}
	b->alloc = alloc;
}

void gl_buf_put(gl_buf *b, const void *data, size_t len)
{
	if (!len)
		return;
	gl_buf_grow(b, len);
	memcpy(b->ptr + b->len, data, len);
	b->len += len;
	b->ptr[b->len] = '\0';
}

void gl_buf_puts(gl_buf *b, const char *s)
{
	gl_buf_put(b, s, strlen(s));
}

void gl_buf_putc(gl_buf *b, char c)
{
	gl_buf_put(b, &c, 1);
}

void gl_buf_vprintf(gl_buf *b, const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n <= 0)
		return;
	gl_buf_grow(b, (size_t)n);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void gl_buf_printf(gl_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	gl_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void gl_buf_clear(gl_buf *b)
{
	gl_buf_truncate(b, 0);
}

void gl_buf_truncate(gl_buf *b, size_t len)
{
	if (len >= b->len)
		return;
	b->len = len;
	b->ptr[len] = '\0';
}

char *gl_buf_detach(gl_buf *b)
{
	char *p = b->alloc ? b->ptr : gl_xstrdup("");
	gl_buf_init(b);
	return p;
}

int gl_buf_write(const gl_buf *b, FILE *f)
{
	return fwrite(b->ptr, 1, b->len, f) == b->len && fflush(f) == 0 ? 0 : -1;
}
