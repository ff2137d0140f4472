/* Growth policy shared by every GL_VEC. */
#include "util/vec.h"

#include "util/buf.h"

void gl_vec__reserve(void **items, size_t *alloc, size_t need, size_t size)
{
	if (need <= *alloc)
		return;
	size_t n = *alloc ? *alloc : 8;
	while (n < need)
		n *= 2;
	*items = gl_xrealloc(*items, n * size);
	*alloc = n;
}

void gl_vec__shrink(void **items, size_t *alloc, size_t len, size_t size)
{
	if (len == *alloc)
		return;
	if (!len) {
		free(*items);
		*items = NULL;
	} else {
		*items = gl_xrealloc(*items, len * size);
	}
	*alloc = len;
}
