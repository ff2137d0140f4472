/* The changes sorted by commit id, to find the one a revert or a pick names. */
#include "trace/change_index.h"

#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/banned.h"

struct gl_id_at {
	const gl_oid *id; /* the change's */
	size_t at;
};

static int by_id(const void *a, const void *b)
{
	return gl_oid_cmp(((const struct gl_id_at *)a)->id, ((const struct gl_id_at *)b)->id);
}

static bool names_a_commit(const gl_change *c)
{
	return c->more->reverts || c->more->picked;
}

void gl_change_index_build(gl_change_index *ix, const gl_history *h)
{
	size_t n = h->changes.len, named = 0;
	*ix = (gl_change_index){NULL, 0};
	for (size_t i = 0; i < n && !named; i++)
		named = names_a_commit(&h->changes.items[i]);
	if (!named) /* most histories: no index of every id */
		return;
	ix->items = gl_xmalloc(n * sizeof(*ix->items));
	for (size_t i = 0; i < n; i++)
		ix->items[i] = (struct gl_id_at){&h->changes.items[i].id, i};
	qsort(ix->items, n, sizeof(*ix->items), by_id);
	ix->len = n;
}

size_t gl_change_index_find(const gl_change_index *ix, const char *prefix)
{
	size_t len = strlen(prefix), lo = 0, hi = ix->len;
	while (lo < hi) { /* the first id >= the prefix */
		size_t mid = (lo + hi) / 2;
		if (gl_oid_cmp_prefix(ix->items[mid].id, prefix, len) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ix->len && !gl_oid_cmp_prefix(ix->items[lo].id, prefix, len) ? ix->items[lo].at
										 : GL_NO_HEAD;
}

void gl_change_index_release(gl_change_index *ix)
{
	free(ix->items);
	*ix = (gl_change_index){NULL, 0};
}
