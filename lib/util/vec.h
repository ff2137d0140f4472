/* Typed growable arrays: GL_VEC(T) declares one, gl_vec_push appends. */
#ifndef GOVLOG_UTIL_VEC_H
#define GOVLOG_UTIL_VEC_H

#include <stddef.h>
#include <stdlib.h>

#define GL_VEC(type)                                                                               \
	struct {                                                                                   \
		type *items;                                                                       \
		size_t len;                                                                        \
		size_t alloc;                                                                      \
	}

void gl_vec__reserve(void **items, size_t *alloc, size_t need, size_t size);

#define gl_vec_reserve(v, n)                                                                       \
	gl_vec__reserve((void **)&(v)->items, &(v)->alloc, (n), sizeof(*(v)->items))
#define gl_vec_push(v, item) (gl_vec_reserve((v), (v)->len + 1), (v)->items[(v)->len++] = (item))
/* Gives back the room past len: a document kept after parsing holds no spare slots. */
void gl_vec__shrink(void **items, size_t *alloc, size_t len, size_t size);
#define gl_vec_shrink(v)                                                                           \
	gl_vec__shrink((void **)&(v)->items, &(v)->alloc, (v)->len, sizeof(*(v)->items))
#define gl_vec_free(v) (free((v)->items), (v)->items = NULL, (v)->len = (v)->alloc = 0)

#endif
