/* A bump allocator: all strings of one parsed document live and die together. */
#ifndef GOVLOG_UTIL_ARENA_H
#define GOVLOG_UTIL_ARENA_H

#include <stddef.h>

typedef struct gl_arena_chunk gl_arena_chunk;

typedef struct gl_arena {
	gl_arena_chunk *head;
} gl_arena;

#define GL_ARENA_INIT                                                                              \
	{                                                                                          \
		NULL                                                                               \
	}

/* Makes the first chunk n bytes, when the caller knows about how much it needs. */
void gl_arena_reserve(gl_arena *a, size_t n);
/* Returns zeroed memory, aligned for any object; never NULL. */
void *gl_arena_alloc(gl_arena *a, size_t n);
/* Copies s[0..n) and NUL-terminates it. */
char *gl_arena_strndup(gl_arena *a, const char *s, size_t n);
char *gl_arena_strdup(gl_arena *a, const char *s);
/* Frees every allocation at once; the arena may be reused afterwards. */
void gl_arena_release(gl_arena *a);

#endif
