/* A recursive-descent checker of RFC 8259 JSON, so a fuzz replay fails on malformed output. */
#include "json.h"

#include <string.h>

typedef struct fz_json {
	const unsigned char *s;
	size_t len, at;
	unsigned depth;
	fz_json_member_fn member;
} fz_json;

static bool value(fz_json *j);

static void blanks(fz_json *j)
{
	while (j->at < j->len && strchr(" \t\r\n", j->s[j->at]) && j->s[j->at])
		j->at++;
}

static bool eat(fz_json *j, char c)
{
	blanks(j);
	if (j->at < j->len && j->s[j->at] == (unsigned char)c) {
		j->at++;
		return true;
	}
	return false;
}

/* One UTF-8 sequence of RFC 3629 (no overlong forms, no surrogates, at most U+10FFFF). */
static bool utf8(fz_json *j)
{
	const unsigned char *p = j->s + j->at;
	size_t left = j->len - j->at;
	unsigned n = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : 2;
	if (p[0] < 0xC2 || p[0] > 0xF4 || left < n)
		return false;
	for (unsigned i = 1; i < n; i++)
		if ((p[i] & 0xC0) != 0x80)
			return false;
	if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] > 0x9F) ||
	    (p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] > 0x8F))
		return false;
	j->at += n;
	return true;
}

static bool escape(fz_json *j)
{
	if (j->at >= j->len)
		return false;
	unsigned char c = j->s[j->at++];
	if (c != 'u')
		return strchr("\"\\/bfnrt", c) && c;
	for (int i = 0; i < 4; i++, j->at++)
		if (j->at >= j->len || !strchr("0123456789abcdefABCDEF", j->s[j->at]) ||
		    !j->s[j->at])
			return false;
	return true;
}

/* A string; its contents (between the quotes) in *start and *end. */
static bool string(fz_json *j, size_t *start, size_t *end)
{
	if (!eat(j, '"'))
		return false;
	*start = j->at;
	while (j->at < j->len) {
		unsigned char c = j->s[j->at];
		if (c == '"') {
			*end = j->at++;
			return true;
		}
		if (c < 0x20)
			return false;
		if (c == '\\') {
			j->at++;
			if (!escape(j))
				return false;
		} else if (c >= 0x80) {
			if (!utf8(j))
				return false;
		} else {
			j->at++;
		}
	}
	return false;
}

static size_t digits(fz_json *j)
{
	size_t n = 0;
	while (j->at < j->len && j->s[j->at] >= '0' && j->s[j->at] <= '9')
		j->at++, n++;
	return n;
}

static bool number(fz_json *j)
{
	if (j->at < j->len && j->s[j->at] == '-')
		j->at++;
	size_t first = j->at;
	size_t n = digits(j);
	if (n == 0 || (n > 1 && j->s[first] == '0'))
		return false;
	if (j->at < j->len && j->s[j->at] == '.') {
		j->at++;
		if (!digits(j))
			return false;
	}
	if (j->at < j->len && (j->s[j->at] == 'e' || j->s[j->at] == 'E')) {
		j->at++;
		if (j->at < j->len && (j->s[j->at] == '+' || j->s[j->at] == '-'))
			j->at++;
		if (!digits(j))
			return false;
	}
	return true;
}

static bool word(fz_json *j, const char *w)
{
	size_t n = strlen(w);
	if (j->len - j->at < n || memcmp(j->s + j->at, w, n))
		return false;
	j->at += n;
	return true;
}

static bool pair(fz_json *j)
{
	size_t ks, ke, vs, ve;
	if (!string(j, &ks, &ke) || !eat(j, ':'))
		return false;
	blanks(j);
	if (j->at < j->len && j->s[j->at] == '"') {
		if (!string(j, &vs, &ve))
			return false;
		return !j->member || j->member((const char *)j->s + ks, ke - ks,
					       (const char *)j->s + vs, ve - vs);
	}
	return value(j);
}

static bool object(fz_json *j)
{
	if (eat(j, '}'))
		return true;
	do {
		if (!pair(j))
			return false;
	} while (eat(j, ','));
	return eat(j, '}');
}

static bool array(fz_json *j)
{
	if (eat(j, ']'))
		return true;
	do {
		if (!value(j))
			return false;
	} while (eat(j, ','));
	return eat(j, ']');
}

static bool value(fz_json *j)
{
	size_t s, e;
	blanks(j);
	if (j->at >= j->len || ++j->depth > 512)
		return false;
	bool ok;
	switch (j->s[j->at]) {
	case '{':
		j->at++;
		ok = object(j);
		break;
	case '[':
		j->at++;
		ok = array(j);
		break;
	case '"':
		ok = string(j, &s, &e);
		break;
	case 't':
		ok = word(j, "true");
		break;
	case 'f':
		ok = word(j, "false");
		break;
	case 'n':
		ok = word(j, "null");
		break;
	default:
		ok = number(j);
	}
	j->depth--;
	return ok;
}

bool fz_json_valid(const char *s, size_t len, fz_json_member_fn on_member)
{
	fz_json j = {(const unsigned char *)s, len, 0, 0, on_member};
	if (!value(&j))
		return false;
	blanks(&j);
	return j.at == len;
}
