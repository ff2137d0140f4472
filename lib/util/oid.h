/*
 * A commit id as its 20 raw bytes. A history's commits are kept by the
 * hundred thousand, and the id in hex with its pointer took 49 bytes of each.
 */
#ifndef GOVLOG_UTIL_OID_H
#define GOVLOG_UTIL_OID_H

#include <stddef.h>
#include <string.h>

#define GL_OID_RAW 20 /* SHA-1 */
#define GL_OID_HEX 41 /* 40 lowercase hex digits and a NUL */

typedef struct gl_oid {
	unsigned char raw[GL_OID_RAW];
} gl_oid;

/* Writes the id's hex and a NUL into out; returns out. */
const char *gl_oid_hex(char out[GL_OID_HEX], const gl_oid *id);

/* Orders ids as their hex spellings order. */
static inline int gl_oid_cmp(const gl_oid *a, const gl_oid *b)
{
	return memcmp(a->raw, b->raw, GL_OID_RAW);
}

/* As strncmp(hex of id, prefix, len), for a prefix of at least len bytes: 0 when the id's hex
 * begins with them. */
int gl_oid_cmp_prefix(const gl_oid *id, const char *prefix, size_t len);

#endif
