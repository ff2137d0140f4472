/* The one Conventional Commits header parser, with the column where a header goes wrong. */
#include "commit/header.h"

#include <string.h>

#include "util/ascii.h"
#include "util/utf8.h"
#include "util/banned.h"

static bool stop(gl_header *h, const char *s, size_t at, gl_header_stop kind, const char *why)
{
	h->stop = kind;
	h->at = at;
	h->col = (unsigned)gl_utf8_count(s, at) + 1;
	h->why = why;
	return false;
}

/* "(scope)" at s[i]: the byte after ')', or 0 with the header stopped. */
static size_t scope_at(gl_header *h, const char *s, size_t len, size_t i)
{
	size_t close = i + 1;
	while (close < len && s[close] != ')' && s[close] != '(')
		close++;
	if (close >= len || s[close] != ')')
		return stop(h, s, close, GL_HEADER_NO_CLOSE, "the scope needs a closing ')'"), 0;
	h->has_scope = true;
	h->scope = i + 1;
	h->scope_len = close - i - 1;
	return close + 1;
}

bool gl_header_parse(gl_header *h, const char *s, size_t len)
{
	size_t i = 0;
	memset(h, 0, sizeof(*h));
	while (i < len && gl_isalpha(s[i]))
		i++;
	h->type_len = i;
	if (!i)
		return stop(h, s, 0, GL_HEADER_NO_TYPE,
			    "a header starts with its type, such as feat or fix");
	if (i < len && s[i] == '(') {
		i = scope_at(h, s, len, i);
		if (!i)
			return false;
	}
	h->bang = i < len && s[i] == '!';
	i += h->bang;
	if (i >= len || s[i] != ':')
		return stop(h, s, i, GL_HEADER_NO_COLON, "expected ':' after the type and scope");
	if (i + 1 >= len)
		return stop(h, s, i + 1, GL_HEADER_NO_SUBJECT, "the description is missing");
	if (s[i + 1] != ' ')
		return stop(h, s, i + 1, GL_HEADER_NO_SPACE, "expected a space after ':'");
	size_t desc = i + 2;
	while (desc < len && gl_isspace(s[desc]))
		desc++;
	if (desc >= len)
		return stop(h, s, i + 2, GL_HEADER_NO_SUBJECT, "the description is missing");
	h->desc = desc;
	return true;
}
