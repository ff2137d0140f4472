/* An arena allocator for cmark-gfm: one record's parse allocates, the end frees it all. */
#include "record/md_arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/banned.h"

/* cmark_mem's functions take no context: the arena is the thread's. */
static _Thread_local gl_arena store;
static _Thread_local int busy;

/* Each allocation is preceded by its size, which realloc needs. */
typedef struct head {
	alignas(max_align_t) size_t size;
} head;

/* Zeroed memory (gl_arena_alloc's), as calloc's must be. */
static void *arena_alloc(size_t n)
{
	if (n > SIZE_MAX / 2)
		abort(); /* as cmark-gfm's own allocator does when memory runs out */
	head *h = gl_arena_alloc(&store, sizeof(head) + n);
	h->size = n;
	return h + 1;
}

static void *arena_calloc(size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		abort();
	return arena_alloc(count * size);
}

static void *arena_realloc(void *p, size_t n)
{
	if (!p)
		return arena_alloc(n);
	size_t old = ((head *)p - 1)->size;
	if (n <= old)
		return p;
	void *q = arena_alloc(n);
	memcpy(q, p, old);
	return q;
}

static void arena_free(void *p)
{
	(void)p; /* everything goes at gl_md_arena_end */
}

static cmark_mem arena = {arena_calloc, arena_realloc, arena_free};

cmark_mem *gl_md_arena_begin(size_t len)
{
	if (busy || len > GL_MD_ARENA_MAX_TEXT)
		return NULL;
	busy = 1;
	gl_arena_reserve(&store, 16 << 10); /* a record's tree: a few chunks, not a dozen */
	return &arena;
}

void gl_md_arena_end(void)
{
	gl_arena_release(&store);
	busy = 0;
}
