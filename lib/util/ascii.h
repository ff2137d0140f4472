/*
 * ASCII character classes, the same in every locale: the formats govlog reads
 * (Markdown markers, YAML keys, commit headers, versions) define their syntax in
 * ASCII, and <ctype.h> would also take a byte of a UTF-8 letter for a letter
 * under some locales (and is undefined for negative chars).
 */
#ifndef GOVLOG_UTIL_ASCII_H
#define GOVLOG_UTIL_ASCII_H

#include <stdbool.h>
#include <string.h>

/* The number of elements of an array (not of a pointer). */
#define GL_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static inline bool gl_isdigit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool gl_isupper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool gl_islower(char c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool gl_isalpha(char c)
{
	return gl_isupper(c) || gl_islower(c);
}

static inline bool gl_isalnum(char c)
{
	return gl_isalpha(c) || gl_isdigit(c);
}

static inline bool gl_isxdigit(char c)
{
	return gl_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* ASCII punctuation, the characters a Markdown backslash escapes. */
static inline bool gl_ispunct(char c)
{
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
	       (c >= '{' && c <= '~');
}

/* Space, tab, newline, carriage return, form feed and vertical tab. */
static inline bool gl_isspace(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline char gl_tolower(char c)
{
	return gl_isupper(c) ? (char)(c - 'A' + 'a') : c;
}

/*
 * Whether the n bytes at s end with `suffix` (lower-case ASCII) in any case:
 * ASCII alone, since no other letter lowers to an ASCII one.
 */
static inline bool gl_ascii_ends_with_ci(const char *s, size_t n, const char *suffix)
{
	size_t m = strlen(suffix);
	if (n < m)
		return false;
	for (size_t i = 0; i < m; i++)
		if (gl_tolower(s[n - m + i]) != suffix[i])
			return false;
	return true;
}

static inline char gl_toupper(char c)
{
	return gl_islower(c) ? (char)(c - 'a' + 'A') : c;
}

/*
 * When `s` starts with `prefix`, sets *rest to what follows it and returns
 * true; otherwise returns false and leaves *rest alone (git's skip_prefix).
 */
static inline bool gl_skip_prefix(const char *s, const char *prefix, const char **rest)
{
	size_t n = strlen(prefix);
	if (strncmp(s, prefix, n) != 0)
		return false;
	*rest = s + n;
	return true;
}

/*
 * The `width` lowest decimal digits of v at out, with leading zeros, as
 * "%0*lu" writes them, and no '\0': for keys and dates written per record,
 * where snprintf was most of the cost.
 */
static inline void gl_put_digits(char *out, unsigned long v, size_t width)
{
	while (width--) {
		out[width] = (char)('0' + v % 10u);
		v /= 10u;
	}
}

/* How many digits "%lu" writes for v. */
static inline size_t gl_digit_count(unsigned long v)
{
	size_t n = 1;
	while (v >= 10u) {
		v /= 10u;
		n++;
	}
	return n;
}

#endif
