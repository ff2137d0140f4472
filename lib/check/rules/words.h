/*
 * Titles and file names as slugs compare them (lib/author/slug.c): lower-case
 * ASCII words, with Danish letters in every way people write them in a file
 * name (æ → ae or a, ø → oe or o, å → aa or a, or dropped as adr-tools' `tr`
 * drops them). Shared by the identity, duplicate and decider rules.
 */
#ifndef GOVLOG_RULES_WORDS_H
#define GOVLOG_RULES_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/fs.h"

typedef struct gl_slug_forms {
	gl_strvec joined; /* each transliteration with its words run together */
	gl_strvec words;  /* the words of every transliteration, without repeats */
	gl_strvec from;   /* for each word, the text's word it was made from, as written */
	gl_strvec firsts; /* each transliteration's words' first letters */
} gl_slug_forms;

/* The forms of a text (a title, or a file name with its separators). */
void gl_slug_forms_init(gl_slug_forms *f, const char *text, size_t len);
void gl_slug_forms_release(gl_slug_forms *f);

/* A word of a file name found in the forms: inside a joined form, or as initials. */
bool gl_slug_forms_contain(const gl_slug_forms *f, const char *word);

/*
 * The index in f->words of the word nearest to `word` when it is one or two
 * letters away (gl_words_typo_limit), or -1. *same_stem is set when they
 * differ only in their endings ("record" / "records"): an inflection, not a typo.
 */
int gl_slug_forms_near(const gl_slug_forms *f, const char *word, bool *same_stem);

/*
 * Whether two words are one stem (its first three letters or more) with
 * different endings of at most three letters each: one word is the other
 * with an ending ("indkoeb", "indkoebes"), a syllable comes before the same
 * last letter ("prioritet", "prioriteret"), or both end in a known
 * inflection ("opgradering", "opgradere"). Other differences in the last
 * letters ("indkoeb", "indkoep"; "vendor", "vendro") are no inflection.
 */
bool gl_words_same_stem(const char *a, size_t alen, const char *b, size_t blen);

/* The edits a word of this many letters may be from another to be its typo: 0, 1 or 2. */
size_t gl_words_typo_limit(size_t len);

/* Whether a lower-case word is a function word of English or Danish ("the", "af", "use"). */
bool gl_words_is_stopword(const char *word);

/* The lower-case ASCII slug words of one word as written ("Økonomi" → "oekonomi"), Danish form. */
void gl_words_slug_da(gl_buf *out, const char *word, size_t len);
/* The same in the plain form ("Økonomi" → "okonomi"). */
void gl_words_slug_plain(gl_buf *out, const char *word, size_t len);

#endif
