/* Optional and conditional checkboxes in issue and pull-request templates. */
#include "check/body_optional.h"

#include <string.h>

#include "util/ascii.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/banned.h"

/*
 * Words that make a box optional wherever they stand: the markers templates
 * put in a comment, and the phrasings real templates use ("(if applicable)",
 * "where relevant", "evt. skærmbilleder").
 */
static const char *const optional_words[] = {
	"optional",      "valgfri",      "valgfrit",      "applicable", "where relevant",
	"when relevant", "når relevant", "hvor relevant", "evt",        "eventuelt",
	"unless",        "medmindre",    "hvis",
};

/* "Check if the build passes" asks whether; after these words "if" is no condition. */
static const char *const whether_verbs[] = {
	"check", "checked", "verify", "verified", "confirm", "confirmed", "see", "test", "tested",
};

static bool word_char(char c)
{
	return gl_isalnum(c) || (unsigned char)c >= 0x80;
}

/* The whole word or phrase `w` at s[i] (not inside a longer word). */
static bool word_at(const char *s, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w);
	return i + n <= len && !memcmp(s + i, w, n) && (i == 0 || !word_char(s[i - 1])) &&
	       (i + n == len || !word_char(s[i + n]));
}

/* The word before s[i], as a pointer and length (0 when there is none). */
static size_t word_before(const char *s, size_t i, const char **w)
{
	size_t end = i;
	while (end && !word_char(s[end - 1]))
		end--;
	size_t start = end;
	while (start && word_char(s[start - 1]))
		start--;
	*w = s + start;
	return end - start;
}

/* A conditional "if": not the "whether" of "check if …". */
static bool conditional_if(const char *s, size_t len, size_t i)
{
	if (!word_at(s, len, i, "if"))
		return false;
	const char *w;
	size_t n = word_before(s, i, &w);
	for (size_t k = 0; k < sizeof(whether_verbs) / sizeof(whether_verbs[0]); k++)
		if (n == strlen(whether_verbs[k]) && !memcmp(w, whether_verbs[k], n))
			return false;
	return true;
}

bool gl_body_box_optional(const char *line, size_t len)
{
	gl_buf low = GL_BUF_INIT;
	gl_utf8_lower(&low, line, len);
	bool found = false;
	for (size_t i = 0; i < low.len && !found; i++) {
		found = conditional_if(low.ptr, low.len, i);
		for (size_t k = 0; !found && k < sizeof(optional_words) / sizeof(optional_words[0]);
		     k++)
			found = word_at(low.ptr, low.len, i, optional_words[k]);
	}
	gl_buf_release(&low);
	return found;
}
