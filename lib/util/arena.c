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

/*
 * Chunks start small and double up to a cap: a log holds one arena per
 * record, most records are a few KiB, and 20,000 records must not each keep
 * a large mostly empty chunk.
 */
enum { GL_ARENA_FIRST = 1024, GL_ARENA_MAX = 64 * 1024 };

static gl_arena_chunk *new_chunk(size_t size)
{
	gl_arena_chunk *c = gl_xmalloc(sizeof(*c) + size);
	c->next = NULL;
	c->used = 0;
	c->size = size;
	return c;
}

/* A chunk with room for n bytes: the head, a new head twice its size, or one of
 * its own for a large request (put behind the head, whose room stays in use). */
static gl_arena_chunk *chunk_for(gl_arena *a, size_t n)
{
	gl_arena_chunk *head = a->head;
	if (head && head->size - head->used >= n)
		return head;
	size_t size = head ? head->size * 2 : GL_ARENA_FIRST;
	if (size > GL_ARENA_MAX)
		size = GL_ARENA_MAX;
	gl_arena_chunk *c = new_chunk(n > size ? n : size);
	if (n > size && head) {
		c->next = head->next;
		head->next = c;
	} else {
		c->next = head;
		a->head = c;
	}
	return c;
}

void gl_arena_reserve(gl_arena *a, size_t n)
{
	if (!a->head)
		a->head = new_chunk(n);
}

void *gl_arena_alloc(gl_arena *a, size_t n)
{
	const size_t align = alignof(max_align_t);
	n = (n + align - 1) & ~(align - 1);
	/* Strings leave the head unaligned: the padding counts as part of the request. */
	gl_arena_chunk *c = chunk_for(a, n + align - 1);
	c->used = (c->used + align - 1) & ~(align - 1);
	void *p = c->data + c->used;
	c->used += n;
	memset(p, 0, n);
	return p;
}

/* Strings are packed without alignment: 100,000 commit ids would waste 700 KB in padding. */
char *gl_arena_strndup(gl_arena *a, const char *s, size_t n)
{
	gl_arena_chunk *c = chunk_for(a, n + 1);
	char *p = (char *)c->data + c->used;
	c->used += n + 1;
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
