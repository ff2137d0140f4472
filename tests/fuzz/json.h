/* A strict RFC 8259 checker for what the renderers write. */
#ifndef GOVLOG_FUZZ_JSON_H
#define GOVLOG_FUZZ_JSON_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Called for every object member whose value is a string: the key and the
 * value as written between their quotes (escapes not decoded). Returns false
 * to reject the document.
 */
typedef bool (*fz_json_member_fn)(const char *key, size_t key_len, const char *value,
				  size_t value_len);

/* Whether s[0..len) is one JSON text (RFC 8259), UTF-8 throughout; `member` may be NULL. */
bool fz_json_valid(const char *s, size_t len, fz_json_member_fn member);

#endif
