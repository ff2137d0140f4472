/* Reading a record's decision text as words, aligning two versions of them, spelling. */
#include "check/rules/history_words.h"

#include <stdint.h>
#include <string.h>

#include "record/date.h"
#include "util/ascii.h"
#include "util/utf8.h"
#include "util/banned.h"

/* Words that turn a statement around, in English and Danish. */
static const char *const negations[] = {
	"not",   "no",    "never",   "none",   "nor",     "neither", "without",   "cannot",
	"can't", "don't", "doesn't", "won't",  "isn't",   "aren't",  "mustn't",   "shouldn't",
	"ikke",  "ingen", "intet",   "aldrig", "hverken", "uden",    "ingenting",
};

/* Words that set who, how much or how firmly: adding one changes the decision. */
static const char *const qualifiers[] = {
	"only", "all",      "every",        "each",     "must",      "shall",    "should",
	"may",  "might",    "always",       "required", "mandatory", "optional", "kun",
	"alle", "hver",     "hvert",        "skal",     "bør",       "må",       "altid",
	"krav", "påkrævet", "obligatorisk", "valgfri",  "valgfrit",
};

/* Words whose swap, addition or removal is a grammar fix ("a" for "an", "en"
 * for "et", "also" put in): neither "and" nor "or", whose swap is not. */
static const char *const grammar[] = {
	"a",     "an",    "the",  "of",      "in",        "on",   "at",    "to",     "for",
	"with",  "by",    "from", "into",    "this",      "that", "these", "those",  "it",
	"its",   "is",    "are",  "was",     "were",      "be",   "been",  "has",    "have",
	"had",   "en",    "et",   "den",     "det",       "de",   "af",    "i",      "på",
	"til",   "med",   "fra",  "ved",     "om",        "som",  "der",   "er",     "var",
	"har",   "havde", "sin",  "sit",     "sine",      "dens", "dets",  "deres",  "denne",
	"dette", "disse", "also", "however", "therefore", "then", "now",   "thus",   "just",
	"still", "very",  "også", "dog",     "derfor",    "nu",   "så",    "altså",  "jo",
	"vel",   "meget", "blot", "will",    "would",     "vil",  "ville", "bliver", "blev",
};

enum {
	WORD_CPS = 64, /* code points compared for a misspelling */
	NO_LINK = -1,
	MAX_TARGET = 4096, /* bytes a link target is looked for in */
};

typedef struct reader {
	gl_words *w;
	const char *t;
	size_t i, end;
	int block;
	bool sentence;   /* the next word starts a sentence */
	bool line_start; /* at the start of a line: list markers and quotes come first */
	long link_open;  /* the index of the first word inside an open '[', or NO_LINK */
} reader;

static size_t decode(const reader *r, size_t i, uint32_t *cp)
{
	bool valid;
	if (i >= r->end) {
		*cp = 0;
		return 0;
	}
	return gl_utf8_decode(r->t + i, r->end - i, cp, &valid);
}

/* A letter or digit of a word; general punctuation (dashes, quotes, …) is not. */
static bool is_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return gl_isalnum((char)cp);
	if (cp >= 0x2000 && cp <= 0x2BFF)
		return false;
	return gl_utf8_is_letter(cp);
}

/* c is one of `set` (never the NUL strchr would find). */
static bool one_of(char c, const char *set)
{
	return c && strchr(set, c);
}

static bool in_list(const char *const *list, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (list[i][0] == s[0] && strlen(list[i]) == len && !memcmp(list[i], s, len))
			return true;
	return false;
}

static unsigned hash_of(const char *s, size_t len)
{
	unsigned h = 2166136261u;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* "ADR-0005", "MADR-077": capitals, a dash and digits. */
static bool is_ref_shape(const char *s, size_t len)
{
	size_t caps = 0;
	while (caps < len && gl_isupper(s[caps]))
		caps++;
	if (caps < 2 || caps > 6 || caps + 1 >= len || s[caps] != '-')
		return false;
	for (size_t i = caps + 1; i < len; i++)
		if (!gl_isdigit(s[i]))
			return false;
	return true;
}

static bool all_caps(const char *s, size_t len)
{
	if (len < 2 || len > 6)
		return false;
	for (size_t i = 0; i < len; i++)
		if (!gl_isupper(s[i]))
			return false;
	return true;
}

static bool all_digits(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!gl_isdigit(s[i]))
			return false;
	return len > 0;
}

static unsigned word_flags(const reader *r, size_t at, size_t len)
{
	const char *s = r->t + at;
	unsigned flags = 0;
	gl_date date;
	for (size_t i = 0; i < len; i++)
		if (gl_isdigit(s[i]))
			flags |= GL_WORD_DIGIT;
	if ((flags & GL_WORD_DIGIT) && gl_date_parse(s, len, &date) == GL_DATE_OK)
		flags |= GL_WORD_DATE;
	const gl_word *prev = r->w->items.len ? &r->w->items.items[r->w->items.len - 1] : NULL;
	bool after_prefix = prev && prev->block == r->block && prev->at + prev->len + 1 == at &&
			    all_caps(r->t + prev->at, prev->len);
	if (is_ref_shape(s, len) || (all_digits(s, len) && (after_prefix || (at && s[-1] == '#'))))
		flags |= GL_WORD_REF;
	uint32_t cp;
	decode(r, at, &cp);
	if (!r->sentence && !(flags & GL_WORD_REF) && gl_utf8_lower_cp(cp) != cp)
		flags |= GL_WORD_NAME;
	if (r->sentence)
		flags |= GL_WORD_OPENS;
	if (len == 4 && all_digits(s, 4) &&
	    (s[0] == '1' ? s[1] == '9' : s[0] == '2' && s[1] == '0'))
		flags |= GL_WORD_YEAR;
	return flags;
}

static void push(reader *r, size_t at, size_t len, unsigned flags)
{
	gl_words *w = r->w;
	gl_word word = {.at = at, .len = len, .fold = w->folded.len, .block = r->block};
	gl_utf8_lower(&w->folded, r->t + at, len);
	word.flen = w->folded.len - word.fold;
	gl_buf_putc(&w->folded, '\0');
	const char *fold = w->folded.ptr + word.fold;
	word.hash = hash_of(fold, word.flen);
	word.flags = flags | (flags & GL_WORD_LINK ? 0 : word_flags(r, at, len));
	gl_vec_push(&w->items, word);
	r->sentence = false;
}

/* Joins a word and the next part: "ADR-0005", "40.000", "don't", "snake_case". */
static bool joins(const reader *r, size_t i, uint32_t prev)
{
	char c = r->t[i];
	uint32_t next;
	size_t n = decode(r, i + 1, &next);
	if (!n || !is_word_cp(next))
		return false;
	if (c == '-' || c == '_' || c == '\'')
		return is_word_cp(prev);
	if (c == '.' || c == ',' || c == '/')
		return prev < 0x80 && gl_isdigit((char)prev) && gl_isdigit(r->t[i + 1]);
	return false;
}

static void read_word(reader *r)
{
	size_t start = r->i;
	uint32_t cp = 0, prev = 0;
	while (r->i < r->end) {
		size_t n = decode(r, r->i, &cp);
		if (is_word_cp(cp))
			r->i += n;
		else if (cp < 0x80 && joins(r, r->i, prev))
			r->i += 1;
		else
			break;
		prev = cp;
	}
	push(r, start, r->i - start, 0);
}

static bool starts(const reader *r, const char *s)
{
	size_t n = strlen(s);
	return r->i + n <= r->end && !strncmp(r->t + r->i, s, n);
}

/* A bare URL or an autolink's: one link word, without the sentence's full stop. */
static void read_url(reader *r)
{
	size_t start = r->i;
	while (r->i < r->end && !gl_isspace(r->t[r->i]) && !one_of(r->t[r->i], "<>()[]\""))
		r->i++;
	size_t end = r->i;
	while (end > start && one_of(r->t[end - 1], ".,;:!?'"))
		end--;
	push(r, start, end - start, GL_WORD_LINK);
}

static bool is_record_target(const char *s, size_t len)
{
	size_t n = 0;
	while (n < len && s[n] != '#' && s[n] != '?' && s[n] != ' ')
		n++;
	return (n > 3 && !memcmp(s + n - 3, ".md", 3)) ||
	       (n > 9 && !memcmp(s + n - 9, ".markdown", 9));
}

/* "](target)" ends a link: the target is a link word; numbers in the text of a
 * link to a record are references ("[5. Use X](0005-use-x.md)"). */
static void read_link_target(reader *r)
{
	size_t start = r->i + 2, i = start;
	int depth = 1;
	while (i < r->end && i - start < MAX_TARGET && r->t[i] != '\n' && depth) {
		depth += r->t[i] == '(' ? 1 : r->t[i] == ')' ? -1 : 0;
		i += depth ? 1 : 0;
	}
	size_t len = i - start;
	if (r->link_open != NO_LINK && is_record_target(r->t + start, len))
		for (size_t k = (size_t)r->link_open; k < r->w->items.len; k++)
			if (r->w->items.items[k].flags & GL_WORD_DIGIT)
				r->w->items.items[k].flags |= GL_WORD_REF;
	if (len)
		push(r, start, len, GL_WORD_LINK);
	r->i = i < r->end ? i + 1 : i;
	r->link_open = NO_LINK;
}

static void skip_blanks(reader *r)
{
	while (r->i < r->end && (r->t[r->i] == ' ' || r->t[r->i] == '\t'))
		r->i++;
}

/* "[label]: url" — a link reference definition: only its URL counts, as a link.
 * The URL may stand on the next line (CommonMark allows one line ending). */
static bool read_definition(reader *r)
{
	size_t i = r->i + 1;
	while (i < r->end && r->t[i] != ']' && r->t[i] != '\n')
		i++;
	if (i + 1 >= r->end || r->t[i] != ']' || r->t[i + 1] != ':')
		return false;
	r->i = i + 2;
	skip_blanks(r);
	if (r->i < r->end && r->t[r->i] == '\r')
		r->i++;
	if (r->i < r->end && r->t[r->i] == '\n')
		r->i++;
	skip_blanks(r);
	read_url(r);
	while (r->i < r->end && r->t[r->i] != '\n')
		r->i++;
	return true;
}

/* Quote markers, list markers ("- ", "* ", "1. ") and definitions open a line. */
static void line_prefix(reader *r)
{
	const char *t = r->t;
	r->line_start = false;
	while (r->i < r->end && (t[r->i] == ' ' || t[r->i] == '\t' || t[r->i] == '>'))
		r->i++;
	if (r->i >= r->end || t[r->i] == '\n' || t[r->i] == '\r') {
		r->sentence = true; /* a blank line ends a paragraph */
		return;
	}
	size_t k = r->i;
	while (k < r->end && gl_isdigit(t[k]))
		k++;
	bool ordered = k > r->i && k < r->end && (t[k] == '.' || t[k] == ')');
	bool bullet = one_of(t[r->i], "-*+");
	size_t after = ordered ? k + 1 : r->i + 1;
	if ((ordered || bullet) && (after >= r->end || t[after] == ' ' || t[after] == '\t')) {
		r->i = after;
		while (r->i < r->end && (t[r->i] == ' ' || t[r->i] == '\t'))
			r->i++;
		/* A task list's box ("- [x] ") is a mark, not a word. */
		if (r->i + 2 < r->end && t[r->i] == '[' && one_of(t[r->i + 1], " xX") &&
		    t[r->i + 2] == ']')
			r->i += 3;
		r->sentence = true;
		return;
	}
	if (t[r->i] == '[')
		read_definition(r);
}

/* The first `close` in s[0..len), or NULL. */
static const char *find_in(const char *s, size_t len, const char *close)
{
	size_t n = strlen(close);
	while (len >= n) {
		const char *p = memchr(s, close[0], len - n + 1);
		if (!p)
			return NULL;
		if (!memcmp(p, close, n))
			return p;
		len -= (size_t)(p + 1 - s);
		s = p + 1;
	}
	return NULL;
}

/* Past the next `close` before `limit` (the stretch's end when there is none, or just
 * past the opening character when `keep` says the opening was no markup). */
static void skip_to(reader *r, const char *close, size_t limit, bool keep)
{
	const char *at = find_in(r->t + r->i, limit - r->i, close);
	if (at)
		r->i = (size_t)(at - r->t) + strlen(close);
	else
		r->i = keep ? r->i + 1 : limit;
}

/* The end of the current line (or of the stretch). */
static size_t line_end(const reader *r)
{
	const char *nl = memchr(r->t + r->i, '\n', r->end - r->i);
	return nl ? (size_t)(nl - r->t) : r->end;
}

static void step(reader *r)
{
	const char *t = r->t;
	char c = t[r->i];
	uint32_t cp;
	size_t n = decode(r, r->i, &cp);
	if (c == '\n' || c == '\r') {
		r->i += c == '\r' && r->i + 1 < r->end && t[r->i + 1] == '\n' ? 2 : 1;
		r->line_start = true;
	} else if (starts(r, "<!--")) {
		skip_to(r, "-->", r->end, false);
	} else if (c == '<' && r->i + 1 < r->end &&
		   (gl_isalpha(t[r->i + 1]) || t[r->i + 1] == '/') && !starts(r, "<http") &&
		   !starts(r, "<mailto:")) {
		skip_to(r, ">", line_end(r), true); /* an HTML tag (<br>) is markup, not words */
	} else if (starts(r, "{%") || starts(r, "{{")) {
		/* Liquid is Jekyll's, not the text */
		skip_to(r, t[r->i + 1] == '%' ? "%}" : "}}", line_end(r), true);
	} else if (starts(r, "http://") || starts(r, "https://") || starts(r, "www.") ||
		   starts(r, "mailto:")) {
		read_url(r);
	} else if (c == '[') {
		r->link_open = (long)r->w->items.len;
		r->i++;
	} else if (c == ']' && r->i + 1 < r->end && t[r->i + 1] == '(') {
		read_link_target(r);
	} else if (is_word_cp(cp)) {
		read_word(r);
	} else {
		if (one_of(c, ".!?:|") && (r->i + 1 >= r->end || gl_isspace(t[r->i + 1])))
			r->sentence = true;
		r->i += n ? n : 1;
	}
}

void gl_words_read(gl_words *w, const char *text, size_t start, size_t end, int block)
{
	reader r = {w, text, start, end, block, true, true, NO_LINK};
	w->text = text;
	while (r.i < r.end) {
		if (r.line_start)
			line_prefix(&r);
		else
			step(&r);
	}
}

void gl_words_release(gl_words *w)
{
	gl_vec_free(&w->items);
	gl_buf_release(&w->folded);
}

unsigned gl_words_flags(const gl_words *w, size_t i)
{
	const gl_word *x = &w->items.items[i];
	const char *fold = w->folded.ptr + x->fold;
	unsigned flags = x->flags;
	if (flags & (GL_WORD_LINK | GL_WORD_DIGIT))
		return flags;
	if (in_list(negations, GL_ARRAY_SIZE(negations), fold, x->flen))
		flags |= GL_WORD_NEG;
	if (in_list(qualifiers, GL_ARRAY_SIZE(qualifiers), fold, x->flen))
		flags |= GL_WORD_QUAL;
	if (in_list(grammar, GL_ARRAY_SIZE(grammar), fold, x->flen))
		flags |= GL_WORD_GRAMMAR;
	return flags;
}

bool gl_words_same(const gl_words *a, size_t i, const gl_words *b, size_t k)
{
	const gl_word *x = &a->items.items[i], *y = &b->items.items[k];
	return x->hash == y->hash && x->flen == y->flen &&
	       !memcmp(a->folded.ptr + x->fold, b->folded.ptr + y->fold, x->flen);
}

/* Beyond this many cells the middle of a change is one hunk: a rewrite. */
enum { ALIGN_LIMIT = 1000000 };

static void push_hunk(gl_hunks *out, size_t a0, size_t a1, size_t b0, size_t b1)
{
	gl_hunk h = {a0, a1, b0, b1};
	gl_vec_push(out, h);
}

/* The longest common subsequence of the middles, walked from the front. */
static void align(gl_hunks *out, const gl_words *a, const gl_words *b, size_t p, size_t n, size_t m)
{
	uint32_t *L = gl_xcalloc((n + 1) * (m + 1), sizeof(*L));
#define CELL(i, k) L[(i) * (m + 1) + (k)]
	for (size_t i = n; i-- > 0;)
		for (size_t k = m; k-- > 0;)
			CELL(i, k) = gl_words_same(a, p + i, b, p + k)
					     ? CELL(i + 1, k + 1) + 1
					     : (CELL(i + 1, k) > CELL(i, k + 1) ? CELL(i + 1, k)
										: CELL(i, k + 1));
	size_t i = 0, k = 0, a0 = 0, b0 = 0;
	bool open = false;
	while (i < n || k < m) {
		if (i < n && k < m && gl_words_same(a, p + i, b, p + k)) {
			if (open)
				push_hunk(out, p + a0, p + i, p + b0, p + k);
			open = false;
			i++, k++;
			continue;
		}
		if (!open)
			a0 = i, b0 = k, open = true;
		if (k < m && (i == n || CELL(i, k + 1) >= CELL(i + 1, k)))
			k++;
		else
			i++;
	}
	if (open)
		push_hunk(out, p + a0, p + n, p + b0, p + m);
#undef CELL
	free(L);
}

void gl_words_diff(gl_hunks *out, const gl_words *a, const gl_words *b)
{
	size_t n = a->items.len, m = b->items.len, p = 0, s = 0;
	while (p < n && p < m && gl_words_same(a, p, b, p))
		p++;
	while (s < n - p && s < m - p && gl_words_same(a, n - 1 - s, b, m - 1 - s))
		s++;
	size_t rn = n - p - s, rm = m - p - s;
	if (!rn && !rm)
		return;
	if (!rn || !rm || rn * rm > ALIGN_LIMIT)
		push_hunk(out, p, n - s, p, m - s);
	else
		align(out, a, b, p, rn, rm);
}

/* ---- spelling ---- */

/* A word's code points lower-cased, æ ø å written ae oe aa, without - ' _ . */
static size_t spelled(uint32_t *out, const gl_words *w, size_t i)
{
	const gl_word *x = &w->items.items[i];
	const char *s = w->folded.ptr + x->fold;
	size_t n = 0;
	for (size_t k = 0; k < x->flen && n + 2 <= WORD_CPS;) {
		uint32_t cp;
		bool valid;
		k += gl_utf8_decode(s + k, x->flen - k, &cp, &valid);
		if (cp == '-' || cp == '\'' || cp == '_' || cp == '.' || cp == 0x2019)
			continue;
		if (cp == 0xE6 || cp == 0xF8 || cp == 0xE5) {
			out[n++] = 'a' + (cp == 0xF8 ? 'o' - 'a' : 0);
			out[n++] = cp == 0xE5 ? 'a' : 'e';
		} else
			out[n++] = cp;
	}
	return n;
}

/* Optimal string alignment distance: substitutions, insertions, deletions, swaps. */
static size_t osa(const uint32_t *a, size_t n, const uint32_t *b, size_t m)
{
	size_t d[WORD_CPS + 1][WORD_CPS + 1];
	for (size_t i = 0; i <= n; i++)
		d[i][0] = i;
	for (size_t k = 0; k <= m; k++)
		d[0][k] = k;
	for (size_t i = 1; i <= n; i++)
		for (size_t k = 1; k <= m; k++) {
			size_t best = d[i - 1][k - 1] + (a[i - 1] != b[k - 1]);
			if (d[i - 1][k] + 1 < best)
				best = d[i - 1][k] + 1;
			if (d[i][k - 1] + 1 < best)
				best = d[i][k - 1] + 1;
			if (i > 1 && k > 1 && a[i - 1] == b[k - 2] && a[i - 2] == b[k - 1] &&
			    d[i - 2][k - 2] + 1 < best)
				best = d[i - 2][k - 2] + 1;
			d[i][k] = best;
		}
	return d[n][m];
}

static void digits_of(gl_buf *out, const gl_words *w, size_t i)
{
	const gl_word *x = &w->items.items[i];
	for (size_t k = 0; k < x->len; k++)
		if (gl_isdigit(w->text[x->at + k]))
			gl_buf_putc(out, w->text[x->at + k]);
}

/* "40.000" and "40000"; "04-03-2026" and "2026-03-04": the same number or date. */
static bool same_number(const gl_words *a, size_t i, const gl_words *b, size_t k)
{
	const gl_word *x = &a->items.items[i], *y = &b->items.items[k];
	gl_date dx, dy;
	if ((x->flags & y->flags & GL_WORD_DATE) &&
	    gl_date_parse(a->text + x->at, x->len, &dx) == GL_DATE_OK &&
	    gl_date_parse(b->text + y->at, y->len, &dy) == GL_DATE_OK)
		return dx.year == dy.year && dx.month == dy.month && dx.day == dy.day;
	gl_buf p = GL_BUF_INIT, q = GL_BUF_INIT;
	digits_of(&p, a, i);
	digits_of(&q, b, k);
	bool same = !strcmp(p.ptr, q.ptr);
	gl_buf_release(&p);
	gl_buf_release(&q);
	return same;
}

bool gl_words_respelled(const gl_words *a, size_t i, const gl_words *b, size_t k)
{
	const gl_word *x = &a->items.items[i], *y = &b->items.items[k];
	if ((x->flags | y->flags) & GL_WORD_DIGIT)
		return (x->flags & y->flags & GL_WORD_DIGIT) && same_number(a, i, b, k);
	uint32_t p[WORD_CPS], q[WORD_CPS];
	size_t n = spelled(p, a, i), m = spelled(q, b, k), longer = n > m ? n : m;
	size_t d = osa(p, n, q, m);
	if (d == 0)
		return true;
	if ((gl_words_flags(a, i) | gl_words_flags(b, k)) & (GL_WORD_NEG | GL_WORD_QUAL))
		return false;
	bool swap = n == m && d == 1 && n >= 3;
	for (size_t c = 0; swap && c < n; c++)
		swap = p[c] == q[c] || (c + 1 < n && p[c] == q[c + 1] && p[c + 1] == q[c]) ||
		       (c > 0 && p[c] == q[c - 1] && p[c - 1] == q[c]);
	return (d == 1 && longer >= 4) || (d == 2 && longer >= 7) || swap;
}

bool gl_words_joined(const gl_words *a, const size_t *d, size_t dn, const gl_words *b,
		     const size_t *i, size_t in)
{
	uint32_t p[WORD_CPS * 2], q[WORD_CPS * 2];
	size_t n = 0, m = 0;
	for (size_t k = 0; k < dn && n + WORD_CPS <= GL_ARRAY_SIZE(p); k++)
		n += spelled(p + n, a, d[k]);
	for (size_t k = 0; k < in && m + WORD_CPS <= GL_ARRAY_SIZE(q); k++)
		m += spelled(q + m, b, i[k]);
	return dn + in > 2 && n == m && !memcmp(p, q, n * sizeof(*p));
}
