/*
 * The words of a record's decision text, as a reader compares two versions:
 * Markdown syntax, whitespace and punctuation are no words; link targets,
 * numbers, references to records, names and negations are marked; and the
 * hunks where two versions' words differ.
 */
#ifndef GOVLOG_CHECK_RULES_HISTORY_WORDS_H
#define GOVLOG_CHECK_RULES_HISTORY_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"
#include "util/vec.h"

enum {
	GL_WORD_LINK = 1 << 0,    /* a link target or a URL: where, not what */
	GL_WORD_DIGIT = 1 << 1,   /* holds a digit: a number, an amount, a date */
	GL_WORD_DATE = 1 << 2,    /* a whole date ("2026-03-04", "04.03.2026") */
	GL_WORD_REF = 1 << 3,     /* a reference to a record ("ADR-0005", "[5. …](0005-x.md)") */
	GL_WORD_NAME = 1 << 4,    /* capitalised inside a sentence: a vendor, a body, a person */
	GL_WORD_NEG = 1 << 5,     /* a negation: not, no, ikke, ingen, … */
	GL_WORD_QUAL = 1 << 6,    /* a word that sets scope or force: only, must, kun, skal, … */
	GL_WORD_OPENS = 1 << 7,   /* starts a sentence, a list item or a paragraph */
	GL_WORD_GRAMMAR = 1 << 8, /* an article, a preposition, a pronoun: grammar, not content */
	GL_WORD_YEAR = 1 << 9,    /* a year, 1900 to 2099 */
};

typedef struct gl_word {
	size_t at;     /* in the text the words were read from */
	size_t len;    /* bytes */
	size_t fold;   /* the lower-cased word, in gl_words.folded */
	size_t flen;   /* its bytes */
	unsigned hash; /* of the lower-cased word */
	int block;     /* the block it was read from (a section's index) */
	unsigned flags;
} gl_word;

typedef struct gl_words {
	const char *text;
	GL_VEC(gl_word) items;
	gl_buf folded;
} gl_words;

/* The words of text[start..end), which is Markdown, marked as from `block`. */
void gl_words_read(gl_words *w, const char *text, size_t start, size_t end, int block);
void gl_words_release(gl_words *w);

/* A word's flags, the lists of negations, qualifiers and grammar words looked up
 * (only words that changed are: the lookup is not kept). */
unsigned gl_words_flags(const gl_words *w, size_t i);

/* Whether the words are the same, case aside. */
bool gl_words_same(const gl_words *a, size_t i, const gl_words *b, size_t k);

/*
 * A misspelt word spelt right: one letter (two in a long word) or a swap, case,
 * hyphens and æ ø å written ae oe aa aside; numbers and dates written another
 * way ("40.000" and "40000"). Never a negation or a qualifier.
 */
bool gl_words_respelled(const gl_words *a, size_t i, const gl_words *b, size_t k);

/* Words split or joined: a's words d[0..dn) and b's i[0..in) spell the same
 * letters ("data base" and "database"). */
bool gl_words_joined(const gl_words *a, const size_t *d, size_t dn, const gl_words *b,
		     const size_t *i, size_t in);

/* A stretch where the versions differ: a's words [a0, a1) became b's [b0, b1). */
typedef struct gl_hunk {
	size_t a0, a1, b0, b1;
} gl_hunk;

typedef GL_VEC(gl_hunk) gl_hunks;

/* The hunks where b's words differ from a's, in order; a change too large to
 * align word by word is one hunk. */
void gl_words_diff(gl_hunks *out, const gl_words *a, const gl_words *b);

#endif
