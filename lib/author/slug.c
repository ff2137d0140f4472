/* Titles to file-name slugs: transliteration, then dashes between words. */
#include "author/slug.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "diag/texts.h"
#include "util/utf8.h"
#include "util/ascii.h"
#include "util/banned.h"

enum { SLUG_MAX = 60 };

typedef struct translit {
	uint32_t cp;
	const char *da, *other; /* in Danish, in other languages */
} translit;

static const translit letters[] = {
	{0xE6, "ae", "ae"}, {0xF8, "oe", "o"}, {0xE5, "aa", "a"},   {0xE4, "ae", "a"},
	{0xF6, "oe", "o"},  {0xFC, "ue", "u"}, {0xDF, "ss", "ss"},  {0xE9, "e", "e"},
	{0xE8, "e", "e"},   {0xEA, "e", "e"},  {0xEB, "e", "e"},    {0xE1, "a", "a"},
	{0xE0, "a", "a"},   {0xE2, "a", "a"},  {0xE3, "a", "a"},    {0xE7, "c", "c"},
	{0xF1, "n", "n"},   {0xED, "i", "i"},  {0xEC, "i", "i"},    {0xEE, "i", "i"},
	{0xEF, "i", "i"},   {0xF3, "o", "o"},  {0xF2, "o", "o"},    {0xF4, "o", "o"},
	{0xF5, "o", "o"},   {0xFA, "u", "u"},  {0xF9, "u", "u"},    {0xFB, "u", "u"},
	{0xFD, "y", "y"},   {0xFF, "y", "y"},  {0x153, "oe", "oe"}, {0x161, "s", "s"},
	{0x17E, "z", "z"},  {0x10D, "c", "c"}, {0x159, "r", "r"},   {0x142, "l", "l"},
};

/* The ASCII for one code point: letters and digits as they are, others transliterated. */
static const char *ascii_of(uint32_t cp, govlog_lang lang, char word[16])
{
	cp = gl_utf8_lower_cp(cp);
	if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
		word[0] = (char)cp;
		word[1] = '\0';
		return word;
	}
	if (cp == '&') {
		snprintf(word, 16, "-%s-", gl_lang_text(lang, GL_T_AND));
		return word;
	}
	for (size_t i = 0; i < GL_ARRAY_SIZE(letters); i++)
		if (letters[i].cp == cp)
			return lang == GOVLOG_LANG_DA ? letters[i].da : letters[i].other;
	return "-";
}

void gl_slug(gl_buf *out, const char *title, govlog_lang lang)
{
	size_t start = out->len, len = strlen(title);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		bool valid;
		char word[16];
		i += gl_utf8_decode(title + i, len - i, &cp, &valid);
		for (const char *a = valid ? ascii_of(cp, lang, word) : "-"; *a; a++) {
			bool dash = *a == '-';
			if (dash && (out->len == start || out->ptr[out->len - 1] == '-'))
				continue;
			gl_buf_putc(out, *a);
		}
	}
	while (out->len > start && out->ptr[out->len - 1] == '-')
		gl_buf_truncate(out, out->len - 1);
	if (out->len - start > SLUG_MAX) {
		size_t cut = start + SLUG_MAX;
		while (cut > start && out->ptr[cut] != '-')
			cut--;
		gl_buf_truncate(out, cut > start ? cut : start + SLUG_MAX);
	}
	if (out->len == start)
		gl_buf_puts(out, "decision");
}
