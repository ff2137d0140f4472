/*
 * One record's Markdown tree from one arena: cmark-gfm allocates every node,
 * buffer and inline delimiter of a parse from it and gives nothing back until
 * the tree is freed, when the arena goes at once. malloc and free were a
 * sixth of a check's time.
 */
#ifndef GOVLOG_RECORD_MD_ARENA_H
#define GOVLOG_RECORD_MD_ARENA_H

#include <cmark-gfm.h>
#include <stddef.h>

/*
 * The allocator for parsing `len` bytes, or NULL for cmark-gfm's own: for a
 * text over GL_MD_ARENA_MAX_TEXT and while this thread's arena holds another
 * tree. A record's text is a few KiB; a long one (a part of a hostile record
 * of millions of list items) allocates far more than it keeps, and cmark-gfm's
 * own allocator reuses what it frees. Pair with gl_md_arena_end.
 */
cmark_mem *gl_md_arena_begin(size_t len);

/* Frees the arena's memory: every tree allocated from it is gone. */
void gl_md_arena_end(void);

#define GL_MD_ARENA_MAX_TEXT ((size_t)64 << 10)

#endif
