/* Slug words of titles and file names, in each transliteration people use. */
#include "check/rules/words.h"

#include <stdlib.h>
#include <string.h>

#include "author/slug.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/banned.h"

enum form { FORM_DA, FORM_EN, FORM_PLAIN, FORM_STRIP, FORM_COUNT };

static bool word_char(char c)
{
	return gl_isalnum(c) || (unsigned char)c >= 0x80;
}

static void add_unique(gl_strvec *v, const char *s, size_t n)
{
	char *copy = gl_xstrndup(s, n);
	if (gl_strvec_contains(v, copy)) {
		free(copy);
		return;
	}
	gl_vec_push(v, copy);
}

/* adr-tools' `tr -Ccs [:alnum:] -` in the C locale: every byte outside ASCII is a separator. */
static void strip_form(gl_buf *out, const char *s, size_t len)
{
	gl_buf_grow(out, len + 1);
	char *p = out->ptr + out->len;
	bool dash = !out->len || out->ptr[out->len - 1] == '-';
	for (size_t i = 0; i < len; i++) {
		if (gl_isalnum(s[i])) {
			*p++ = gl_tolower(s[i]);
			dash = false;
		} else if (!dash) {
			*p++ = '-';
			dash = true;
		}
	}
	out->len = (size_t)(p - out->ptr);
	out->ptr[out->len] = '\0';
}

/* Plain ASCII without '&' reads the same in every transliteration (and as gl_slug writes it). */
static bool plain_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80 || s[i] == '&')
			return false;
	return true;
}

static void piece_form(gl_buf *out, const char *s, size_t len, enum form form)
{
	if (form == FORM_STRIP || plain_ascii(s, len)) {
		size_t before = out->len;
		strip_form(out, s, len);
		while (out->len > before && out->ptr[out->len - 1] == '-')
			gl_buf_truncate(out, out->len - 1);
		return;
	}
	gl_buf src = GL_BUF_INIT, slug = GL_BUF_INIT;
	for (size_t i = 0; i < len; i++) {
		/* æ and Æ written as a plain "a" ("faelles" is also "falles") */
		bool ae =
			i + 1 < len && s[i] == '\xC3' && (s[i + 1] == '\xA6' || s[i + 1] == '\x86');
		if (form == FORM_PLAIN && ae) {
			gl_buf_putc(&src, 'a');
			i++;
		} else {
			gl_buf_putc(&src, s[i]);
		}
	}
	gl_slug(&slug, src.ptr, form == FORM_DA ? GOVLOG_LANG_DA : GOVLOG_LANG_EN);
	bool letters = false;
	for (size_t i = 0; i < len && !letters; i++)
		letters = gl_isalnum(s[i]) || (unsigned char)s[i] >= 0x80;
	/* gl_slug names a piece without letters "decision": that is no word of the text */
	if (letters && !(strcmp(slug.ptr, "decision") == 0 && !strstr(src.ptr, "ecision")))
		gl_buf_put(out, slug.ptr, slug.len);
	gl_buf_release(&src);
	gl_buf_release(&slug);
}

/*
 * The text in one transliteration: its slug words joined by '-'. With `from`,
 * each word's source (the text's word as written) is appended for each slug word.
 */
static void text_form(gl_buf *out, const char *text, size_t len, enum form form, gl_strvec *from)
{
	for (size_t i = 0; i < len;) {
		while (i < len && (gl_isspace(text[i]) || text[i] == '-' || text[i] == '_'))
			i++;
		size_t start = i;
		while (i < len && !gl_isspace(text[i]) && text[i] != '-' && text[i] != '_')
			i++;
		if (i == start)
			continue;
		if (out->len && out->ptr[out->len - 1] != '-')
			gl_buf_putc(out, '-');
		size_t before = out->len;
		piece_form(out, text + start, i - start, form);
		for (size_t k = before; from && k < out->len; k++)
			if (k == before || (out->ptr[k - 1] == '-' && out->ptr[k] != '-')) {
				const char *w = text + start;
				size_t n = i - start;
				while (n && !word_char(w[n - 1]))
					n--;
				while (n && !word_char(*w))
					w++, n--;
				gl_vec_push(from, gl_xstrndup(w, n));
			}
	}
}

void gl_slug_forms_init(gl_slug_forms *f, const char *text, size_t len)
{
	memset(f, 0, sizeof(*f));
	gl_buf form = GL_BUF_INIT, joined = GL_BUF_INIT, firsts = GL_BUF_INIT;
	gl_strvec from = {0};
	/* ASCII text has one form only */
	int forms = plain_ascii(text, len) ? 1 : FORM_COUNT;
	for (int k = 0; k < forms; k++) {
		gl_buf_clear(&form);
		gl_buf_clear(&joined);
		gl_buf_clear(&firsts);
		text_form(&form, text, len, (enum form)k, &from);
		size_t word = 0;
		for (size_t i = 0; i < form.len;) {
			size_t n = strcspn(form.ptr + i, "-");
			if (n) {
				size_t had = f->words.len;
				add_unique(&f->words, form.ptr + i, n);
				if (f->words.len > had)
					gl_vec_push(&f->from,
						    gl_xstrdup(word < from.len ? from.items[word]
									       : ""));
				word++;
				gl_buf_put(&joined, form.ptr + i, n);
				gl_buf_putc(&firsts, form.ptr[i]);
			}
			i += n + 1;
		}
		add_unique(&f->joined, joined.ptr, joined.len);
		add_unique(&f->firsts, firsts.ptr, firsts.len);
		gl_strvec_free(&from);
	}
	gl_buf_release(&form);
	gl_buf_release(&joined);
	gl_buf_release(&firsts);
}

void gl_slug_forms_release(gl_slug_forms *f)
{
	gl_strvec_free(&f->joined);
	gl_strvec_free(&f->words);
	gl_strvec_free(&f->from);
	gl_strvec_free(&f->firsts);
}

bool gl_slug_forms_contain(const gl_slug_forms *f, const char *word)
{
	size_t len = strlen(word);
	for (size_t i = 0; i < f->joined.len; i++)
		if (strstr(f->joined.items[i], word))
			return true;
	/* "sso" for "Single Sign-On", "adr" for "Architecture Decision Records" */
	for (size_t i = 0; len >= 2 && len <= 6 && i < f->firsts.len; i++)
		if (strstr(f->firsts.items[i], word))
			return true;
	return false;
}

size_t gl_words_typo_limit(size_t len)
{
	return len < 4 ? 0 : len < 8 ? 1 : 2;
}

static bool is_ending(const char *s, size_t len)
{
	static const char *const endings[] = {"e",   "s",   "t",   "y",   "en",  "er",  "et",
					      "es",  "ed",  "ne",  "te",  "al",  "ly",  "ing",
					      "ion", "ene", "ere", "ede", "ies", "ers", "ser"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(endings); i++)
		if (strlen(endings[i]) == len && !memcmp(endings[i], s, len))
			return true;
	return false;
}

bool gl_words_same_stem(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t cp = 0;
	while (cp < alen && cp < blen && a[cp] == b[cp])
		cp++;
	size_t ra = alen - cp, rb = blen - cp;
	if (cp < 3 || ra > 3 || rb > 3)
		return false;
	/* "record" / "records": one is the other with an ending */
	if (!ra || !rb)
		return true;
	/* "prioritet" / "prioriteret": a syllable before the same last letter */
	if ((ra == 1 && a[alen - 1] == b[blen - 1]) || (rb == 1 && a[alen - 1] == b[blen - 1]))
		return true;
	/* "opgradering" / "opgradere": both end in an inflection */
	return is_ending(a + cp, ra) && is_ending(b + cp, rb);
}

int gl_slug_forms_near(const gl_slug_forms *f, const char *word, bool *same_stem)
{
	size_t len = strlen(word), best_d = (size_t)-1;
	int best = -1;
	*same_stem = false;
	for (size_t i = 0; i < f->words.len; i++) {
		const char *t = f->words.items[i];
		size_t tlen = strlen(t);
		if (tlen < 3)
			continue;
		if (gl_words_same_stem(word, len, t, tlen)) {
			*same_stem = true;
			return (int)i;
		}
		size_t d = gl_vocab_distance(word, len, t, tlen);
		size_t limit = gl_words_typo_limit(len < tlen ? len : tlen);
		if (d && d <= limit && d < best_d) {
			best = (int)i;
			best_d = d;
		}
	}
	return best;
}

bool gl_words_is_stopword(const char *word)
{
	if (strlen(word) > 5)
		return false; /* the longest is "about" */
	static const char *const stop[] = {
		/* English */
		"a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "with", "use",
		"using", "by", "as", "at", "from", "is", "be", "we", "our", "how", "new", "add",
		"via", "into", "about", "not", "no", "do",
		/* Danish */
		"af", "til", "i", "paa", "pa", "og", "om", "med", "en", "et", "den", "det", "de",
		"ny", "nyt", "nye", "brug", "ved", "som", "fra", "ikke", "at", "skal", "vi"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(stop); i++)
		if (!strcmp(stop[i], word))
			return true;
	return false;
}

void gl_words_slug_da(gl_buf *out, const char *word, size_t len)
{
	text_form(out, word, len, FORM_DA, NULL);
}

void gl_words_slug_plain(gl_buf *out, const char *word, size_t len)
{
	text_form(out, word, len, FORM_PLAIN, NULL);
}
