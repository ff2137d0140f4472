/* Commit messages as UTF-8: the encoding header's charset through iconv, stray bytes replaced. */
#include "repo/message.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include "util/utf8.h"
#include "util/banned.h"

static bool names_utf8(const char *charset)
{
	return !strcasecmp(charset, "UTF-8") || !strcasecmp(charset, "UTF8");
}

/* Appends s converted from `charset`; false when iconv does not know it or the text is not in it.
 */
static bool convert(gl_buf *out, const char *charset, const char *s, size_t len)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	if (cd == (iconv_t)-1)
		return false;
	char *in = (char *)s; /* iconv's prototype; it does not write there */
	size_t left = len;
	bool ok = true;
	while (left && ok) {
		gl_buf_grow(out, left * 4 + 16); /* a byte becomes at most four */
		char *o = out->ptr + out->len;
		size_t room = out->alloc - out->len - 1, before = room;
		size_t r = iconv(cd, &in, &left, &o, &room);
		out->len += before - room;
		if (r == (size_t)-1 && errno != E2BIG)
			ok = false;
	}
	out->ptr[out->len] = '\0';
	iconv_close(cd);
	return ok;
}

const char *gl_repo_utf8(const char *charset, const char *raw, gl_buf *scratch)
{
	size_t len = strlen(raw);
	gl_buf_clear(scratch);
	if (charset && !names_utf8(charset) && convert(scratch, charset, raw, len) &&
	    gl_utf8_validate(scratch->ptr, scratch->len, NULL))
		return scratch->ptr;
	gl_buf_clear(scratch);
	if (gl_utf8_validate(raw, len, NULL))
		return raw;
	gl_utf8_sanitize(scratch, raw, len);
	return scratch->ptr;
}

const char *gl_repo_message_utf8(git_commit *c, gl_buf *scratch)
{
	return gl_repo_utf8(git_commit_message_encoding(c), git_commit_message_raw(c), scratch);
}
