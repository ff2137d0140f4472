/* Classifying an edit of a record's decision text: editorial, or a change of what was decided. */
#include "check/rules/history_diff.h"

#include <stdlib.h>
#include <string.h>

#include "check/rules/history_text.h"
#include "check/rules/history_words.h"
#include "diag/texts.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/banned.h"

enum {
	PHRASE_WORDS = 8,   /* words a quoted phrase shows */
	PHRASE_BYTES = 160, /* and the most bytes it shows them in, as written */
	CLAUSE_WORDS = 4,   /* words added or removed at once that make a clause */
	MAX_NOTES = 3,      /* editorial changes an edited warning lists */
	NAME_WORDS = 3,     /* words a changed name is quoted with, whole */
	MAX_PAIRS = 250000, /* word pairs a hunk is searched for facts in */
	NOTE_WORDS = 16,    /* words of a note on when and by whom a decision was taken */
	STATUS_WITHIN = 4,  /* words a note names the status within */
};

typedef struct note {
	gl_text_id id;
	char *text;
} note;

typedef struct compare {
	gl_decision a, b;
	govlog_lang lang;
	GL_VEC(note) notes; /* editorial changes, one per kind */
	size_t meaning;     /* hunks that change what was decided */
	gl_buf first;       /* what the first of them changed */
	bool first_removes_section;
	size_t first_hunk;
	size_t *changed; /* per before section (index + 1): content words replaced or removed */
} compare;

/* ---- one hunk ---- */

/* The content words of one side of a hunk. */
typedef GL_VEC(size_t) index_vec;

static void content_of(index_vec *out, const gl_words *w, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (gl_decision_is_content(&w->items.items[i]))
			gl_vec_push(out, i);
}

/* Whether the words follow each other in one block, nothing left out between
 * them: a quote as written never shows the heading between two sections. */
static bool contiguous(const gl_words *w, const index_vec *idx, size_t n)
{
	for (size_t k = 1; k < n; k++)
		if (idx->items[k] != idx->items[k - 1] + 1 ||
		    w->items.items[idx->items[k]].block != w->items.items[idx->items[0]].block)
			return false;
	return true;
}

/* Up to PHRASE_WORDS of the words as written: with their punctuation when they
 * follow each other ("4. juni 2026"), else joined by spaces. */
static void phrase(gl_buf *out, const gl_words *w, const index_vec *idx)
{
	size_t n = idx->len < PHRASE_WORDS ? idx->len : PHRASE_WORDS;
	const gl_word *first = n ? &w->items.items[idx->items[0]] : NULL;
	const gl_word *last = n ? &w->items.items[idx->items[n - 1]] : NULL;
	if (n && contiguous(w, idx, n) && last->at + last->len - first->at <= PHRASE_BYTES) {
		for (size_t i = first->at; i < last->at + last->len; i++) {
			char c = gl_isspace(w->text[i]) ? ' ' : w->text[i];
			if (c != ' ' || (out->len && out->ptr[out->len - 1] != ' '))
				gl_buf_putc(out, c);
		}
	} else {
		for (size_t k = 0; k < n; k++) {
			const gl_word *x = &w->items.items[idx->items[k]];
			if (k)
				gl_buf_putc(out, ' ');
			gl_buf_put(out, w->text + x->at, x->len);
		}
	}
	if (idx->len > PHRASE_WORDS)
		gl_buf_puts(out, " …");
}

static void word_text(gl_buf *out, const gl_words *w, size_t i)
{
	const gl_word *x = &w->items.items[i];
	gl_buf_put(out, w->text + x->at, x->len);
}

/* The words without grammar ("har besluttet" → "besluttet"). */
static void without_grammar(index_vec *out, const gl_words *w, const index_vec *idx)
{
	for (size_t k = 0; k < idx->len; k++)
		if (!(gl_words_flags(w, idx->items[k]) & GL_WORD_GRAMMAR))
			gl_vec_push(out, idx->items[k]);
}

/* Each word respelled, its partner in the same place. */
static bool respelled_all(const gl_words *a, const gl_words *b, const index_vec *d,
			  const index_vec *i)
{
	bool all = d->len == i->len && d->len;
	for (size_t k = 0; all && k < d->len; k++)
		all = gl_words_respelled(a, d->items[k], b, i->items[k]);
	return all;
}

/* How two runs of words are the same words written differently. */
typedef enum sameness {
	DIFFERENT,
	RESPELLED, /* each word spelt right, or split and joined ("data base") */
	REWORDED,  /* another tense or inflection ("besluttede" → "har besluttet") */
} sameness;

static sameness same_words(const gl_words *a, const gl_words *b, const index_vec *d,
			   const index_vec *i)
{
	if (respelled_all(a, b, d, i))
		return RESPELLED;
	index_vec x = {0}, y = {0};
	without_grammar(&x, a, d);
	without_grammar(&y, b, i);
	bool reworded = respelled_all(a, b, &x, &y);
	gl_vec_free(&x);
	gl_vec_free(&y);
	if (reworded)
		return REWORDED;
	return gl_words_joined(a, d->items, d->len, b, i->items, i->len) ? RESPELLED : DIFFERENT;
}

/* The first word of `idx` with `flag` whose lower-cased form is not among `other`'s. */
static long first_only(const gl_words *w, const index_vec *idx, unsigned flag, const gl_words *ow,
		       const index_vec *other)
{
	for (size_t k = 0; k < idx->len; k++) {
		if (!(gl_words_flags(w, idx->items[k]) & flag))
			continue;
		bool elsewhere = false;
		for (size_t j = 0; !elsewhere && j < other->len; j++)
			elsewhere = gl_words_same(w, idx->items[k], ow, other->items[j]) ||
				    gl_words_respelled(w, idx->items[k], ow, other->items[j]);
		if (!elsewhere)
			return (long)idx->items[k];
	}
	return -1;
}

/* A before section the hunk removes whole, heading and all: its index, or -1. */
static int removed_section(const compare *c, const gl_hunk *h)
{
	for (size_t k = 0; k < c->a.blocks.len; k++) {
		const gl_decision_block *b = &c->a.blocks.items[k];
		if (b->section < 0 || b->w1 == b->w0 || b->w0 < h->a0 || b->w1 > h->a1)
			continue;
		const char *heading = c->a.r->sections.items[b->section].heading;
		if (gl_decision_find_heading(c->b.r, heading) < 0 && c->a.content[b->section + 1])
			return b->section;
	}
	return -1;
}

/* The heading of a new section the inserted words all belong to, or NULL. */
static const char *added_section(const compare *c, const gl_hunk *h)
{
	const char *heading = NULL;
	for (size_t i = h->b0; i < h->b1; i++) {
		int s = c->b.words.items.items[i].block;
		if (s < 0)
			return NULL;
		const char *hs = c->b.r->sections.items[s].heading;
		if (gl_decision_find_heading(c->a.r, hs) >= 0)
			return NULL;
		if (!heading)
			heading = hs;
	}
	return heading;
}

/* Words removed in one place and added unchanged in another. */
static bool moved(const compare *c, const gl_hunks *hunks, const gl_hunk *h)
{
	const gl_words *a = &c->a.words, *b = &c->b.words;
	size_t n = h->a1 - h->a0 + h->b1 - h->b0;
	for (size_t g = 0; n >= 3 && g < hunks->len; g++) {
		const gl_hunk *o = &hunks->items[g];
		bool opposite = h->a1 > h->a0 ? o->b1 - o->b0 == n && o->a1 == o->a0
					      : o->a1 - o->a0 == n && o->b1 == o->b0;
		bool same = opposite;
		for (size_t k = 0; same && k < n; k++)
			same = h->a1 > h->a0 ? gl_words_same(a, h->a0 + k, b, o->b0 + k)
					     : gl_words_same(a, o->a0 + k, b, h->b0 + k);
		if (same)
			return true;
	}
	return false;
}

/* Two words, as written, into the text `id`. */
static void say_pair(compare *c, gl_buf *out, gl_text_id id, const gl_words *a, long i,
		     const gl_words *b, long k)
{
	gl_buf x = GL_BUF_INIT, y = GL_BUF_INIT;
	if (i >= 0)
		word_text(&x, a, (size_t)i);
	if (k >= 0)
		word_text(&y, b, (size_t)k);
	if (i >= 0 && k >= 0)
		gl_lang_printf(out, c->lang, id, x.ptr, y.ptr);
	else
		gl_lang_printf(out, c->lang, id, i >= 0 ? x.ptr : y.ptr);
	gl_buf_release(&x);
	gl_buf_release(&y);
}

static void say_phrases(compare *c, gl_buf *out, gl_text_id id, const index_vec *d,
			const index_vec *i, const gl_words *a, const gl_words *b)
{
	gl_buf x = GL_BUF_INIT, y = GL_BUF_INIT;
	phrase(&x, a, d);
	phrase(&y, b, i);
	if (d->len && i->len)
		gl_lang_printf(out, c->lang, id, x.ptr, y.ptr);
	else
		gl_lang_printf(out, c->lang, id, d->len ? x.ptr : y.ptr);
	gl_buf_release(&x);
	gl_buf_release(&y);
}

/* Links and references only: a link target changed, or cross-links were renumbered. */
static gl_edit form_only(compare *c, const gl_words *a, const gl_words *b, const gl_hunk *h,
			 gl_buf *what, gl_text_id *id)
{
	long ra = -1, rb = -1;
	for (size_t i = h->a0; ra < 0 && i < h->a1; i++)
		if (a->items.items[i].flags & GL_WORD_REF)
			ra = (long)i;
	for (size_t i = h->b0; rb < 0 && i < h->b1; i++)
		if (b->items.items[i].flags & GL_WORD_REF)
			rb = (long)i;
	*id = ra >= 0 && rb >= 0 ? GL_T_EDIT_REFERENCE : GL_T_EDIT_LINK;
	if (*id == GL_T_EDIT_REFERENCE)
		say_pair(c, what, *id, a, ra, b, rb);
	else
		gl_lang_printf(what, c->lang, *id);
	return GL_EDIT_EDITORIAL;
}

/* A number, a negation or a name the hunk changes, added or removed. */
static bool says_fact(compare *c, const gl_words *a, const gl_words *b, const index_vec *d,
		      const index_vec *i, gl_buf *what, gl_text_id *id)
{
	long x = first_only(a, d, GL_WORD_DIGIT, b, i), y = first_only(b, i, GL_WORD_DIGIT, a, d);
	if (x >= 0 || y >= 0) {
		bool dates = x >= 0 && y >= 0 &&
			     (a->items.items[x].flags & b->items.items[y].flags & GL_WORD_DATE);
		*id = x >= 0 && y >= 0 ? (dates ? GL_T_EDIT_DATE : GL_T_EDIT_NUMBER)
		      : x >= 0         ? GL_T_EDIT_NUMBER_REMOVED
				       : GL_T_EDIT_NUMBER_ADDED;
		say_pair(c, what, *id, a, x, b, y);
		return true;
	}
	x = first_only(a, d, GL_WORD_NEG, b, i), y = first_only(b, i, GL_WORD_NEG, a, d);
	if (x >= 0 || y >= 0) {
		*id = x >= 0 ? GL_T_EDIT_NEGATION_REMOVED : GL_T_EDIT_NEGATION_ADDED;
		say_pair(c, what, *id, a, x, b, x >= 0 ? -1 : y);
		return true;
	}
	x = first_only(a, d, GL_WORD_NAME, b, i), y = first_only(b, i, GL_WORD_NAME, a, d);
	if (x >= 0 || y >= 0) {
		*id = d->len && i->len ? GL_T_EDIT_NAME
		      : x >= 0         ? GL_T_EDIT_NAME_REMOVED
				       : GL_T_EDIT_NAME_ADDED;
		/* "GitHub Actions" became "GitLab CI": a name of several words, whole. */
		if (d->len && i->len && d->len <= NAME_WORDS && i->len <= NAME_WORDS)
			say_phrases(c, what, *id, d, i, a, b);
		else if (d->len && i->len)
			say_pair(c, what, *id, a, x >= 0 ? x : (long)d->items[0], b,
				 y >= 0 ? y : (long)i->items[0]);
		else
			say_pair(c, what, *id, a, x, b, y);
		return true;
	}
	return false;
}

static bool has_flag(const gl_words *w, const index_vec *idx, unsigned flag)
{
	for (size_t k = 0; k < idx->len; k++)
		if (gl_words_flags(w, idx->items[k]) & flag)
			return true;
	return false;
}

/* Whether every word has the flag. */
static bool all_flag(const gl_words *w, const index_vec *idx, unsigned flag)
{
	for (size_t k = 0; k < idx->len; k++)
		if (!(gl_words_flags(w, idx->items[k]) & flag))
			return false;
	return true;
}

/* Words only added or only removed: grammar (an article, "also") is editorial,
 * anything else says something new or no longer says it. */
static gl_edit added_or_removed(compare *c, const gl_words *a, const gl_words *b,
				const index_vec *d, const index_vec *i, gl_buf *what,
				gl_text_id *id)
{
	*id = d->len ? GL_T_EDIT_WORDS_REMOVED : GL_T_EDIT_WORDS_ADDED;
	say_phrases(c, what, *id, d, i, a, b);
	bool grammar = d->len ? all_flag(a, d, GL_WORD_GRAMMAR) : all_flag(b, i, GL_WORD_GRAMMAR);
	return grammar && d->len + i->len < CLAUSE_WORDS ? GL_EDIT_EDITORIAL : GL_EDIT_MEANING;
}

/*
 * A sentence put in or taken out that records the decision being taken or
 * replaced, not what it says: "Godkendt på styregruppemødet 4. juni 2026.",
 * "This decision was superseded by ADR-0018." Its numbers are a date's.
 */
static bool is_status_note(const gl_words *w, const index_vec *idx)
{
	if (!idx->len || idx->len > NOTE_WORDS || has_flag(w, idx, GL_WORD_NEG) ||
	    !(w->items.items[idx->items[0]].flags & GL_WORD_OPENS))
		return false;
	bool year = has_flag(w, idx, GL_WORD_YEAR), status = false;
	for (size_t k = 0; k < idx->len; k++) {
		const gl_word *x = &w->items.items[idx->items[k]];
		size_t off;
		if ((x->flags & GL_WORD_DIGIT) && !(x->flags & GL_WORD_DATE) && !year)
			return false;
		if (k < STATUS_WITHIN && !(x->flags & GL_WORD_DIGIT) &&
		    gl_vocab_status(w->text + x->at, x->len, &off, NULL) >= GOVLOG_STATUS_ACCEPTED)
			status = true;
	}
	return status;
}

/* What one hunk of the decision text (or of the title) changed. */
static gl_edit classify(compare *c, const gl_hunks *hunks, const gl_hunk *h, bool title,
			gl_buf *what, gl_text_id *id)
{
	const gl_words *a = title ? &c->a.title : &c->a.words;
	const gl_words *b = title ? &c->b.title : &c->b.words;
	index_vec d = {0}, i = {0};
	content_of(&d, a, h->a0, h->a1);
	content_of(&i, b, h->b0, h->b1);
	gl_edit kind = GL_EDIT_MEANING;
	sameness same = DIFFERENT;
	int removed = title || i.len ? -1 : removed_section(c, h);
	const char *added = title || d.len ? NULL : added_section(c, h);
	if (!d.len && !i.len)
		kind = form_only(c, a, b, h, what, id);
	else if (d.len * i.len > MAX_PAIRS) { /* a rewrite too large to look into */
		*id = GL_T_EDIT_WORDS;
		say_phrases(c, what, *id, &d, &i, a, b);
	} else if (d.len && i.len && (same = same_words(a, b, &d, &i)) != DIFFERENT) {
		*id = has_flag(a, &d, GL_WORD_DIGIT) ? GL_T_EDIT_WRITTEN
		      : same == REWORDED             ? GL_T_EDIT_GRAMMAR
						     : GL_T_EDIT_SPELLING;
		say_phrases(c, what, *id, &d, &i, a, b);
		kind = GL_EDIT_EDITORIAL;
	} else if (removed >= 0) {
		*id = GL_T_EDIT_SECTION_REMOVED;
		gl_lang_printf(what, c->lang, *id, c->a.r->sections.items[removed].heading);
	} else if (added) {
		*id = GL_T_EDIT_SECTION_ADDED;
		gl_lang_printf(what, c->lang, *id, added);
		kind = GL_EDIT_EDITORIAL;
	} else if (!title && (d.len ? !i.len && is_status_note(a, &d) : is_status_note(b, &i))) {
		*id = d.len ? GL_T_EDIT_STATUS_NOTE_REMOVED : GL_T_EDIT_STATUS_NOTE;
		say_phrases(c, what, *id, &d, &i, a, b);
		kind = GL_EDIT_EDITORIAL;
	} else if (d.len && i.len && all_flag(a, &d, GL_WORD_GRAMMAR) &&
		   all_flag(b, &i, GL_WORD_GRAMMAR)) {
		*id = GL_T_EDIT_GRAMMAR; /* "a" became "an", "en" became "et" */
		say_phrases(c, what, *id, &d, &i, a, b);
		kind = GL_EDIT_EDITORIAL;
	} else if (!title && (!d.len || !i.len) && moved(c, hunks, h)) {
		*id = GL_T_EDIT_MOVED;
		gl_lang_printf(what, c->lang, *id);
		kind = GL_EDIT_EDITORIAL;
	} else if (says_fact(c, a, b, &d, &i, what, id))
		kind = GL_EDIT_MEANING;
	else if (d.len && i.len) {
		*id = GL_T_EDIT_WORDS;
		say_phrases(c, what, *id, &d, &i, a, b);
	} else {
		kind = added_or_removed(c, a, b, &d, &i, what, id);
		if (title) /* a word put into a title or left out names another decision */
			kind = GL_EDIT_MEANING;
	}
	gl_vec_free(&d);
	gl_vec_free(&i);
	return kind;
}

/* ---- the whole record ---- */

static void add_note(compare *c, gl_text_id id, const char *text)
{
	for (size_t k = 0; k < c->notes.len; k++)
		if (!strcmp(c->notes.items[k].text, text))
			return;
	note n = {id, gl_xstrdup(text)};
	gl_vec_push(&c->notes, n);
}

/* Counts the content words a meaning hunk replaced or removed, by section. */
static void count_changed(compare *c, const gl_hunk *h)
{
	for (size_t i = h->a0; i < h->a1; i++) {
		const gl_word *w = &c->a.words.items.items[i];
		if (gl_decision_is_content(w))
			c->changed[w->block + 1]++;
	}
}

/* The hunks that change the meaning of before section s (its rewrite counts them all). */
static size_t meaning_in(compare *c, const gl_hunks *hunks, int s)
{
	size_t n = 0;
	gl_buf what = GL_BUF_INIT;
	for (size_t k = 0; k < hunks->len; k++) {
		const gl_hunk *h = &hunks->items[k];
		gl_text_id id = GL_T__COUNT;
		gl_buf_clear(&what);
		if (h->a1 > h->a0 && c->a.words.items.items[h->a0].block == s &&
		    classify(c, hunks, h, false, &what, &id) == GL_EDIT_MEANING)
			n++;
	}
	gl_buf_release(&what);
	return n;
}

static void body_hunks(compare *c, gl_hunks *hunks)
{
	gl_buf what = GL_BUF_INIT;
	gl_words_diff(hunks, &c->a.words, &c->b.words);
	for (size_t k = 0; k < hunks->len; k++) {
		gl_text_id id = GL_T__COUNT;
		gl_buf_clear(&what);
		gl_edit kind = classify(c, hunks, &hunks->items[k], false, &what, &id);
		/* A word or two left out or put in is still rewording, not a change of form. */
		if (kind == GL_EDIT_MEANING || id == GL_T_EDIT_WORDS_ADDED ||
		    id == GL_T_EDIT_WORDS_REMOVED)
			count_changed(c, &hunks->items[k]);
		if (kind == GL_EDIT_EDITORIAL) {
			add_note(c, id, what.ptr);
			continue;
		}
		if (!c->meaning++) {
			gl_buf_puts(&c->first, what.ptr);
			c->first_hunk = k;
			c->first_removes_section = id == GL_T_EDIT_SECTION_REMOVED;
		}
	}
	gl_buf_release(&what);
}

/* Whether the title changed in meaning; editorial changes become notes. */
static bool title_changed(compare *c)
{
	gl_hunks hunks = {0};
	gl_buf what = GL_BUF_INIT;
	bool meaning = false;
	gl_words_diff(&hunks, &c->a.title, &c->b.title);
	for (size_t k = 0; k < hunks.len; k++) {
		gl_text_id id = GL_T__COUNT;
		gl_buf_clear(&what);
		if (classify(c, &hunks, &hunks.items[k], true, &what, &id) == GL_EDIT_MEANING)
			meaning = true;
		else
			add_note(c, id, what.ptr);
	}
	gl_buf_release(&what);
	gl_vec_free(&hunks);
	return meaning;
}

/* The after section a hunk lies in: where its removed words' heading still is, else
 * where its added words are. */
static int hunk_section(const compare *c, const gl_hunk *h)
{
	const gl_words *a = &c->a.words, *b = &c->b.words;
	if (h->a1 > h->a0 && a->items.items[h->a0].block >= 0) {
		int s = gl_decision_find_heading(
			c->b.r, c->a.r->sections.items[a->items.items[h->a0].block].heading);
		if (s >= 0)
			return s;
	}
	if (h->b0 < b->items.len)
		return b->items.items[h->b0].block;
	return h->b0 ? b->items.items[h->b0 - 1].block : GL_PREAMBLE;
}

static void place(gl_edit_report *out, const compare *c, int section)
{
	out->heading = NULL;
	out->pos = govlog_record_title_pos(c->b.r);
	if (section >= 0) {
		out->heading = c->b.r->sections.items[section].heading;
		out->pos = c->b.r->sections.items[section].pos;
	}
}

static void more(gl_buf *out, const compare *c, size_t others)
{
	if (!others)
		return;
	gl_buf_puts(out, ", ");
	if (others == 1)
		gl_lang_printf(out, c->lang, GL_T_EDIT_MORE_ONE);
	else
		gl_lang_printf(out, c->lang, GL_T_EDIT_MORE, others);
}

static void report_meaning(gl_edit_report *out, compare *c, const gl_hunks *hunks, bool title)
{
	out->kind = GL_EDIT_MEANING;
	if (title) {
		place(out, c, -1);
		gl_lang_printf(&out->what, c->lang, GL_T_EDIT_TITLE, gl_record_bare_title(c->a.r),
			       gl_record_bare_title(c->b.r));
		more(&out->what, c, c->meaning);
		size_t changed = 0;
		for (size_t s = 0; s <= c->a.r->sections.len; s++)
			changed += c->changed[s];
		out->other_decision = c->a.total >= CLAUSE_WORDS && changed * 2 >= c->a.total;
		return;
	}
	const gl_hunk *h = &hunks->items[c->first_hunk];
	place(out, c, c->first_removes_section ? -1 : hunk_section(c, h));
	int s = h->a1 > h->a0 ? c->a.words.items.items[h->a0].block : -2;
	size_t words = s >= GL_PREAMBLE ? c->a.content[s + 1] : 0;
	size_t others = c->meaning - 1;
	if (!c->first_removes_section && words >= 3 && c->changed[s + 1] * 2 >= words) {
		gl_lang_printf(&out->what, c->lang, GL_T_EDIT_REWRITTEN, c->changed[s + 1], words);
		others = c->meaning - meaning_in(c, hunks, s);
	} else
		gl_buf_puts(&out->what, c->first.ptr);
	more(&out->what, c, others);
}

/* The after section whose layout differs first from its before version's, or -1. */
static int first_reworked(const compare *c)
{
	gl_buf x = GL_BUF_INIT, y = GL_BUF_INIT;
	int found = -1;
	for (size_t k = 0; found < 0 && k < c->b.blocks.len; k++) {
		const gl_decision_block *q = &c->b.blocks.items[k];
		int p = q->section >= 0
				? gl_decision_find_heading(
					  c->a.r, c->b.r->sections.items[q->section].heading)
				: GL_PREAMBLE;
		const gl_decision_block *o = NULL;
		for (size_t j = 0; !o && j < c->a.blocks.len; j++)
			if (c->a.blocks.items[j].section == p)
				o = &c->a.blocks.items[j];
		gl_buf_clear(&x);
		gl_buf_clear(&y);
		if (o)
			gl_decision_trimmed(&x, c->a.r->text.data, o->start, o->end);
		gl_decision_trimmed(&y, c->b.r->text.data, q->start, q->end);
		if (strcmp(x.ptr, y.ptr))
			found = q->section;
	}
	gl_buf_release(&x);
	gl_buf_release(&y);
	return found;
}

/* Editorial only: the notes, else a renamed heading, else layout. */
static void report_editorial(gl_edit_report *out, compare *c, const gl_hunks *hunks)
{
	gl_buf x = GL_BUF_INIT, y = GL_BUF_INIT;
	gl_decision_layout(&x, &c->a);
	gl_decision_layout(&y, &c->b);
	bool differs = strcmp(x.ptr, y.ptr) != 0;
	gl_buf_release(&x);
	gl_buf_release(&y);
	if (!c->notes.len && !differs)
		return;
	out->kind = GL_EDIT_EDITORIAL;
	place(out, c, hunks->len ? hunk_section(c, &hunks->items[0]) : first_reworked(c));
	for (size_t k = 0; k < c->notes.len && k < MAX_NOTES; k++) {
		if (k)
			gl_buf_puts(&out->what, "; ");
		gl_buf_puts(&out->what, c->notes.items[k].text);
	}
	for (size_t k = 0; !out->what.len && k < c->a.blocks.len && k < c->b.blocks.len; k++) {
		int p = c->a.blocks.items[k].section, q = c->b.blocks.items[k].section;
		if (p >= 0 && q >= 0 &&
		    strcmp(c->a.r->sections.items[p].heading, c->b.r->sections.items[q].heading)) {
			gl_lang_printf(&out->what, c->lang, GL_T_EDIT_HEADING,
				       c->a.r->sections.items[p].heading,
				       c->b.r->sections.items[q].heading);
			place(out, c, q);
		}
	}
	if (!out->what.len)
		gl_lang_printf(&out->what, c->lang, GL_T_EDIT_LAYOUT);
}

void gl_edit_compare(gl_edit_report *out, const govlog_record *before, const govlog_record *after,
		     govlog_lang lang)
{
	*out = (gl_edit_report){GL_EDIT_NONE, false, NULL, govlog_record_title_pos(after),
				GL_BUF_INIT};
	if (gl_edit_same_text(before, after)) /* a status or metadata change: no words to read */
		return;
	compare c = {.lang = lang, .first = GL_BUF_INIT};
	gl_decision_read(&c.a, before, true);
	gl_decision_read(&c.b, after, true);
	c.changed = gl_xcalloc(before->sections.len + 1, sizeof(*c.changed));
	gl_hunks hunks = {0};
	bool title = title_changed(&c);
	body_hunks(&c, &hunks);
	if (title || c.meaning)
		report_meaning(out, &c, &hunks, title);
	else
		report_editorial(out, &c, &hunks);
	for (size_t k = 0; k < c.notes.len; k++)
		free(c.notes.items[k].text);
	gl_vec_free(&c.notes);
	gl_vec_free(&hunks);
	gl_buf_release(&c.first);
	free(c.changed);
	gl_decision_release(&c.a);
	gl_decision_release(&c.b);
}

void gl_edit_report_release(gl_edit_report *r)
{
	gl_buf_release(&r->what);
}
