/* Chunked bump allocator backing per-document strings. */
#include "util/arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/banned.h"

struct gl_arena_chunk {
	gl_arena_chunk *next;
	size_t used;
	size_t size;
	alignas(max_align_t) unsigned char data[];
};

enum { GL_ARENA_CHUNK = 16 * 1024 };

void *gl_arena_alloc(gl_arena *a, size_t n)
{
	const size_t align = alignof(max_align_t);
	n = (n + align - 1) & ~(align - 1);
	gl_arena_chunk *c = a->head;
	if (!c || c->size - c->used < n) {
		size_t size = n > GL_ARENA_CHUNK ? n : GL_ARENA_CHUNK;
		c = gl_xmalloc(sizeof(*c) + size);
		c->next = a->head;
		c->used = 0;
		c->size = size;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += n;
	memset(p, 0, n);
	return p;
}

char *gl_arena_strndup(gl_arena *a, const char *s, size_t n)
{
	char *p = gl_arena_alloc(a, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *gl_arena_strdup(gl_arena *a, const char *s)
{
	return gl_arena_strndup(a, s, strlen(s));
}

void gl_arena_release(gl_arena *a)
{
	gl_arena_chunk *c = a->head;
	while (c) {
		gl_arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
}
