/* Commit ids kept raw, spelled in hex only when shown. */
#include "util/oid.h"

#include "util/banned.h"

static const char digits[] = "0123456789abcdef";

/* The id's n-th hex digit (n < 40). */
static char nibble(const gl_oid *id, size_t n)
{
	unsigned char byte = id->raw[n / 2];
	return digits[n % 2 ? byte & 0xf : byte >> 4];
}

const char *gl_oid_hex(char out[GL_OID_HEX], const gl_oid *id)
{
	for (size_t i = 0; i < GL_OID_RAW; i++) {
		out[2 * i] = digits[id->raw[i] >> 4];
		out[2 * i + 1] = digits[id->raw[i] & 0xf];
	}
	out[2 * GL_OID_RAW] = '\0';
	return out;
}

int gl_oid_cmp_prefix(const gl_oid *id, const char *prefix, size_t len)
{
	for (size_t n = 0; n < len; n++) {
		unsigned char mine = n < 2 * GL_OID_RAW ? (unsigned char)nibble(id, n) : 0;
		unsigned char theirs = (unsigned char)prefix[n];
		if (mine != theirs)
			return (int)mine - (int)theirs;
	}
	return 0;
}
