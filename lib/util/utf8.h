/* UTF-8 validation, decoding, column counting and case folding. */
#ifndef GOVLOG_UTIL_UTF8_H
#define GOVLOG_UTIL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

#define GL_UTF8_REPLACEMENT 0xFFFDu

/*
 * Decodes one code point from s[0..len), len > 0. Returns the bytes consumed
 * (1..4). Invalid or truncated sequences, overlongs and surrogates consume one
 * byte and yield U+FFFD with *valid set to false.
 */
size_t gl_utf8_decode(const char *s, size_t len, uint32_t *cp, bool *valid);

/* True when s[0..len) is valid UTF-8; else *bad_offset is the first bad byte. */
bool gl_utf8_validate(const char *s, size_t len, size_t *bad_offset);

/* Number of code points in s[0..len) (each invalid byte counts as one). */
size_t gl_utf8_count(const char *s, size_t len);

void gl_utf8_encode(gl_buf *out, uint32_t cp);

/* Simple lower-casing for Latin scripts (ASCII, Latin-1, Latin Extended-A). */
uint32_t gl_utf8_lower_cp(uint32_t cp);
bool gl_utf8_is_letter(uint32_t cp);

/* Appends the lower-cased s[0..len) to out; invalid bytes become U+FFFD. */
void gl_utf8_lower(gl_buf *out, const char *s, size_t len);

/* Case-insensitive equality of two UTF-8 strings. */
bool gl_utf8_ieq(const char *a, size_t alen, const char *b, size_t blen);

/* Appends s[0..len) with every invalid byte replaced by U+FFFD. */
void gl_utf8_sanitize(gl_buf *out, const char *s, size_t len);

#endif
