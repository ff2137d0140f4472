/* An arena allocator for cmark-gfm: one record's parse allocates, the end frees it all. */
#include "record/md_arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/banned.h"

enum { BLOCK_MIN = 64 << 10, ALIGN = alignof(max_align_t) };

typedef struct block {
	struct block *prev;
	size_t size, used;
	alignas(max_align_t) unsigned char data[];
} block;

/* cmark_mem's functions take no context: the arena is the thread's. */
static _Thread_local block *blocks;
static _Thread_local int busy;

/* Each allocation is preceded by its size, which realloc needs. */
typedef struct head {
	alignas(max_align_t) size_t size;
} head;

static void *arena_alloc(size_t n)
{
	if (n > SIZE_MAX / 2)
		abort(); /* as cmark-gfm's own allocator does when memory runs out */
	size_t need = sizeof(head) + ((n + ALIGN - 1) / ALIGN) * ALIGN;
	if (!blocks || blocks->size - blocks->used < need) {
		size_t size = need > BLOCK_MIN ? need : BLOCK_MIN;
		block *b = gl_xmalloc(sizeof(block) + size);
		*b = (block){blocks, size, 0};
		blocks = b;
	}
	head *h = (head *)(blocks->data + blocks->used);
	blocks->used += need;
	h->size = n;
	return h + 1;
}

static void *arena_calloc(size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		abort();
	void *p = arena_alloc(count * size);
	memset(p, 0, count * size);
	return p;
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
	return &arena;
}

void gl_md_arena_end(void)
{
	while (blocks) {
		block *prev = blocks->prev;
		free(blocks);
		blocks = prev;
	}
	busy = 0;
}
