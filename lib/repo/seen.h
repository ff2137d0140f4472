/*
 * The commits a history walk has handed on, in 8 bytes each: a slot holds
 * the commit's place in the walk and 32 bits of its id. The ids themselves
 * are the caller's, which keeps every commit it was handed: read through
 * id_of, and only when those 32 bits match.
 */
#ifndef GOVLOG_REPO_SEEN_H
#define GOVLOG_REPO_SEEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/oid.h"

/* The id of the commit handed on at `place`. */
typedef const gl_oid *(*gl_seen_id_fn)(size_t place, void *payload);

typedef struct gl_seen {
	uint64_t *slots; /* the id's first 32 bits, then place + 1; 0 for a free slot */
	size_t cap, len;
	gl_seen_id_fn id_of;
	void *payload;
} gl_seen;

/* Whether the commit `raw` (GL_OID_RAW bytes) is in the set. */
bool gl_seen_has(const gl_seen *s, const unsigned char *raw);

/*
 * Adds the commit `raw` as the one at `place`, which id_of answers for once it
 * is handed on; false (and nothing added) when it is in the set already.
 */
bool gl_seen_add(gl_seen *s, const unsigned char *raw, size_t place);

void gl_seen_release(gl_seen *s);

#endif
