/*
 * The history's changes by commit id, for the settling steps that find a
 * commit by the (abbreviated) id a message names: a revert's "This reverts
 * commit X", a pick's "(cherry picked from commit X)". Built once a load,
 * and only when some message names a commit.
 */
#ifndef GOVLOG_TRACE_CHANGE_INDEX_H
#define GOVLOG_TRACE_CHANGE_INDEX_H

#include <stddef.h>

#include "trace/history.h"

typedef struct gl_change_index {
	struct gl_id_at *items; /* sorted by id; NULL when nothing names a commit */
	size_t len;
} gl_change_index;

/* Fills ix when some change reverts or was picked from a commit, else leaves it empty. */
void gl_change_index_build(gl_change_index *ix, const gl_history *h);

/* The change whose id starts with `prefix`, or GL_NO_HEAD (also for an empty index). */
size_t gl_change_index_find(const gl_change_index *ix, const char *prefix);

void gl_change_index_release(gl_change_index *ix);

#endif
