/* UTF-8 primitives; strict decoding per RFC 3629. */
#include "util/utf8.h"

#include "util/ascii.h"

#include "util/banned.h"

static size_t utf8_invalid(uint32_t *cp, bool *valid)
{
	*cp = GL_UTF8_REPLACEMENT;
	*valid = false;
	return 1;
}

size_t gl_utf8_decode(const char *s, size_t len, uint32_t *cp, bool *valid)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char c = u[0];
	size_t need;
	uint32_t v, min;

	if (c < 0x80) {
		*cp = c;
		*valid = true;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		need = 2, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 3, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 4, v = c & 0x07, min = 0x10000;
	} else {
		return utf8_invalid(cp, valid);
	}
	if (len < need)
		return utf8_invalid(cp, valid);
	for (size_t i = 1; i < need; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return utf8_invalid(cp, valid);
		v = (v << 6) | (u[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return utf8_invalid(cp, valid);
	*cp = v;
	*valid = true;
	return need;
}

bool gl_utf8_validate(const char *s, size_t len, size_t *bad_offset)
{
	size_t i = 0;
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		bool valid;
		size_t n = gl_utf8_decode(s + i, len - i, &cp, &valid);
		if (!valid) {
			if (bad_offset)
				*bad_offset = i;
			return false;
		}
		i += n;
	}
	return true;
}

size_t gl_utf8_count(const char *s, size_t len)
{
	size_t count = 0, i = 0;
	while (i < len) {
		uint32_t cp;
		bool valid;
		i += gl_utf8_decode(s + i, len - i, &cp, &valid);
		count++;
	}
	return count;
}

void gl_utf8_encode(gl_buf *out, uint32_t cp)
{
	char b[4];
	if (cp < 0x80) {
		gl_buf_putc(out, (char)cp);
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		gl_buf_put(out, b, 2);
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		gl_buf_put(out, b, 3);
	} else {
		b[0] = (char)(0xF0 | (cp >> 18));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F));
		gl_buf_put(out, b, 4);
	}
}

uint32_t gl_utf8_lower_cp(uint32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	/* Latin Extended-A pairs upper/lower case as even/odd code points. */
	if (cp >= 0x100 && cp <= 0x137 && !(cp & 1))
		return cp + 1;
	if (cp >= 0x14A && cp <= 0x177 && !(cp & 1))
		return cp + 1;
	return cp;
}

bool gl_utf8_is_letter(uint32_t cp)
{
	if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
		return true;
	if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
		return true;
	return cp >= 0x370 && cp != GL_UTF8_REPLACEMENT;
}

void gl_utf8_lower(gl_buf *out, const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		bool valid;
		i += gl_utf8_decode(s + i, len - i, &cp, &valid);
		gl_utf8_encode(out, gl_utf8_lower_cp(cp));
	}
}

bool gl_utf8_ieq(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j = 0;
	while (i < alen && j < blen) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[j];
		if (x < 0x80 && y < 0x80) { /* most words are ASCII: no decoding */
			if (gl_tolower((char)x) != gl_tolower((char)y))
				return false;
			i++, j++;
			continue;
		}
		uint32_t ca, cb;
		bool va, vb;
		i += gl_utf8_decode(a + i, alen - i, &ca, &va);
		j += gl_utf8_decode(b + j, blen - j, &cb, &vb);
		if (gl_utf8_lower_cp(ca) != gl_utf8_lower_cp(cb))
			return false;
	}
	return i == alen && j == blen;
}

void gl_utf8_sanitize(gl_buf *out, const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		bool valid;
		size_t n = gl_utf8_decode(s + i, len - i, &cp, &valid);
		if (valid)
			gl_buf_put(out, s + i, n);
		else
			gl_utf8_encode(out, GL_UTF8_REPLACEMENT);
		i += n;
	}
}
