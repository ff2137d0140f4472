/*
 * decision/duplicate: one proposal filed twice under different names, told by
 * near-identical titles or text. file/possible-duplicate already reports
 * near-identical file names and equal titles; this rule reports the pairs it
 * cannot see, among live records (not rejected, deprecated or superseded)
 * that do not name each other (a successor may copy its predecessor).
 *
 * Titles: two titles of as many words that differ in one word, one or two
 * letters apart and not just another ending ("Brug af Comora" / "Brug af
 * Cormora"). Each title is filed under every way of leaving one word out, so
 * candidates meet in one sort.
 *
 * Text: five-word shingles of the body, without the lines that still hold a
 * template's placeholder (section/placeholder reports those; two records
 * that are nothing but adr-tools' template are no duplicate). A shingle more than three records
 * share, or every record of a small log, is the log's own boilerplate (its
 * template, its usual phrases) and is dropped, so records written from one
 * template do not look alike. Records that share the rest pairwise become
 * candidates through one radix sort; near-identical text is a Jaccard
 * similarity of 60 % or more over at least twenty shingles, with the same
 * numbers ("version 2" and "version 3" of one text are two decisions). The
 * cost grows with the text, not with the square of the number of records.
 */
#include "check/rules/rules.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check/rules/words.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/banned.h"

enum { SHINGLE = 5, MAX_DF = 3, MIN_SHARED = 20, MAX_TITLE_WORDS = 24 };
/* The shingles of a large log are gathered and sorted a quarter of the hash
 * space at a time: records sharing a shingle share its quarter, so the pairs
 * come out the same, and the peak memory of a 20,000-record log stays a
 * quarter as big. A log whose live text is at most SMALL_TEXT bytes is read
 * in one pass, as each pass reads every record's text again. */
enum { SHINGLE_PARTS = 4, SMALL_TEXT = 4 << 20 };

typedef struct entry {
	uint32_t hash;
	uint32_t a; /* the record */
} entry;

/* A title filed under one way of leaving a word out. */
typedef struct title_entry {
	uint64_t hash;
	uint32_t a, b; /* the record, and the word left out */
} title_entry;

typedef GL_VEC(entry) entry_vec;
typedef GL_VEC(title_entry) title_entry_vec;
typedef GL_VEC(uint64_t) pair_vec;

typedef struct dup {
	govlog_diag_list *out;
	const struct gl_match *placeholder; /* lines holding one are the template's, not text */
	const govlog_log *log;
	size_t n;
	size_t live;       /* records neither rejected, deprecated nor superseded */
	unsigned parts;    /* passes over the hash space: 1 or SHINGLE_PARTS */
	pair_vec reported; /* pairs already said, a * n + b with a < b */
	/* Per record, whether some line of its text holds a placeholder (GUIDED_*):
	 * asked once, where each quarter's pass would ask every line again. */
	unsigned char *guided;
} dup;

enum { GUIDED_UNKNOWN, GUIDED_NONE, GUIDED_SOME };

/*
 * Letters, digits and UTF-8 bytes make words: each byte as a word compares it
 * (ASCII letters in lower case), or 0 for a byte between words. A table, as
 * every byte of every record is asked.
 */
static const unsigned char word_fold[256] = {
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A,
	0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79,
	0x7A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68,
	0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
	0x78, 0x79, 0x7A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86,
	0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95,
	0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2, 0xA3, 0xA4,
	0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF, 0xB0, 0xB1, 0xB2, 0xB3,
	0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF, 0xC0, 0xC1, 0xC2,
	0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF, 0xD0, 0xD1,
	0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xE0,
	0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF,
	0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE,
	0xFF,
};

static bool word_byte(char c)
{
	return word_fold[(unsigned char)c] != 0;
}

/* Where a record's own text begins: its first "## " heading (after title and metadata). */
static size_t text_start(const govlog_record *r)
{
	if (r->sections.len) {
		unsigned line = r->sections.items[0].pos.line;
		return gl_text_line_start(&r->text, line);
	}
	return r->title ? gl_text_line_start(&r->text, r->title_pos.line + 1) : 0;
}

static uint64_t fnv(uint64_t h, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

/*
 * Sorts by hash, keeping the order of equal hashes (a radix sort, eight bits
 * a pass, sixteen for long runs): entries pushed record by record come out by
 * (hash, record).
 */
#define GL_RADIX_SORT(name, type, key_bits)                                                        \
	static void name(type *v, size_t n)                                                        \
	{                                                                                          \
		unsigned bits = n < 65536 ? 8 : 16;                                                \
		size_t buckets = (size_t)1 << bits;                                                \
		type *tmp = gl_xcalloc(n ? n : 1, sizeof(*tmp)), *from = v, *to = tmp;             \
		size_t *count = gl_xcalloc(buckets, sizeof(*count));                               \
		for (unsigned shift = 0; shift < (key_bits); shift += bits) {                      \
			memset(count, 0, buckets * sizeof(*count));                                \
			for (size_t i = 0; i < n; i++)                                             \
				count[(from[i].hash >> shift) & (buckets - 1)]++;                  \
			for (size_t b = 0, sum = 0; b < buckets; b++) {                            \
				size_t c = count[b];                                               \
				count[b] = sum;                                                    \
				sum += c;                                                          \
			}                                                                          \
			for (size_t i = 0; i < n; i++)                                             \
				to[count[(from[i].hash >> shift) & (buckets - 1)]++] = from[i];    \
			type *t = from;                                                            \
			from = to;                                                                 \
			to = t;                                                                    \
		}                                                                                  \
		if (from != v)                                                                     \
			memcpy(v, from, n * sizeof(*v));                                           \
		free(tmp);                                                                         \
		free(count);                                                                       \
	}

GL_RADIX_SORT(sort_entries, entry, 32)
GL_RADIX_SORT(sort_title_entries, title_entry, 64)

static int compare_u64(const void *pa, const void *pb)
{
	uint64_t x = *(const uint64_t *)pa, y = *(const uint64_t *)pb;
	return x < y ? -1 : x > y;
}

static bool contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (const char *p = hay; n && *p; p++)
		if (!strncasecmp(p, needle, n))
			return true;
	return false;
}

/* The file name without folder and extension. */
static void stem_of(gl_buf *out, const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	gl_buf_put(out, base, strcspn(base, "."));
}

/* Whether record a mentions b: its ID or its file name (a link, "Supersedes ADR-0003"). */
static bool mentions(const govlog_record *a, const govlog_record *b)
{
	gl_buf stem = GL_BUF_INIT;
	stem_of(&stem, b->path);
	bool yes = (b->id && strlen(b->id) >= 3 && contains_nocase(a->text.data, b->id)) ||
		   (stem.len >= 3 && strstr(a->text.data, stem.ptr));
	gl_buf_release(&stem);
	return yes;
}

static bool live(const govlog_record *r)
{
	return r->status != GOVLOG_STATUS_REJECTED && r->status != GOVLOG_STATUS_DEPRECATED &&
	       r->status != GOVLOG_STATUS_SUPERSEDED;
}

/* "Opgradering til version 2" / "… version 3": titles apart only in their numbers. */
static bool numbered_apart(const govlog_record *x, const govlog_record *y)
{
	const char *a = gl_record_bare_title(x), *b = gl_record_bare_title(y);
	bool differ = false;
	while (*a || *b) {
		if (gl_isdigit(*a) || gl_isdigit(*b)) {
			differ = differ || *a != *b;
			a += gl_isdigit(*a);
			b += gl_isdigit(*b);
			continue;
		}
		if (gl_tolower(*a) != gl_tolower(*b))
			return false;
		a++, b++;
	}
	return differ;
}

/* Whether a line holds one of the record's metadata fields (its status, its date…). */
static bool field_line(const govlog_record *r, unsigned line)
{
	for (size_t i = 0; i < r->fields.len; i++)
		if (r->fields.items[i].value_pos.line == line)
			return true;
	return false;
}

/* The numbers a record's own text names (its metadata aside), in order of first use, each once. */
static void numbers_of(gl_strvec *out, const govlog_record *r)
{
	const char *s = r->text.data;
	for (size_t i = text_start(r); i < r->text.len;) {
		if (!gl_isdigit(s[i]) || (i && word_byte(s[i - 1])) ||
		    field_line(r, gl_text_pos(&r->text, i).line)) {
			i++;
			continue;
		}
		size_t n = 0;
		while (i + n < r->text.len && gl_isdigit(s[i + n]))
			n++;
		char *number = gl_xstrndup(s + i, n);
		if (gl_strvec_contains(out, number))
			free(number);
		else
			gl_vec_push(out, number);
		i += n;
	}
}

/* Whether each names a number the other does not: one text for two versions, years, amounts. */
static bool numbers_differ(const govlog_record *x, const govlog_record *y)
{
	gl_strvec a = {0}, b = {0};
	numbers_of(&a, x);
	numbers_of(&b, y);
	bool differ = a.len != b.len;
	for (size_t i = 0; i < a.len && !differ; i++)
		differ = !gl_strvec_contains(&b, a.items[i]);
	gl_strvec_free(&a);
	gl_strvec_free(&b);
	return differ;
}

/* Whether the pair is for this rule to report, and not yet reported. */
static bool eligible(dup *d, size_t a, size_t b)
{
	uint64_t key = (uint64_t)a * d->n + b;
	for (size_t i = 0; i < d->reported.len; i++)
		if (d->reported.items[i] == key)
			return false;
	const govlog_record *x = govlog_log_record_at(d->log, a);
	const govlog_record *y = govlog_log_record_at(d->log, b);
	if (!live(x) || !live(y) || gl_similar_names(x, y) || numbered_apart(x, y) ||
	    mentions(x, y) || mentions(y, x))
		return false;
	gl_vec_push(&d->reported, key);
	return true;
}

/* Reports on the later of the two paths, naming the earlier. */
static void report(dup *d, size_t a, size_t b, gl_text_id msg, const char *wa, const char *wb)
{
	const govlog_record *x = govlog_log_record_at(d->log, a);
	const govlog_record *y = govlog_log_record_at(d->log, b);
	if (strcmp(x->path, y->path) > 0) {
		const govlog_record *t = x;
		const char *tw = wa;
		x = y, y = t;
		wa = wb, wb = tw;
	}
	govlog_pos pos = y->title ? y->title_pos : (govlog_pos){1, 1};
	const char *hint = gl_lang_text(gl_diag_list_lang(d->out), GL_T_DUPLICATE_HINT);
	if (msg == GL_T_DUPLICATE_TITLE)
		gl_diag_addt(d->out, GL_RULE_DECISION_DUPLICATE, y->path, pos, hint, msg, y->path,
			     x->path, wb, wa);
	else
		gl_diag_addt(d->out, GL_RULE_DECISION_DUPLICATE, y->path, pos, hint, msg, y->path,
			     x->path);
}

/* ---- titles ---- */

typedef struct title_words {
	char *slug;                /* the title's slug words, each ended by '\0' */
	GL_VEC(const char *) word; /* into slug, in order */
} title_words;

static void title_words_of(title_words *t, const govlog_record *r)
{
	const char *title = gl_record_bare_title(r);
	gl_buf slug = GL_BUF_INIT;
	size_t len = strlen(title);
	bool ascii = true;
	for (size_t i = 0; i < len && ascii; i++)
		ascii = (unsigned char)title[i] < 0x80 && title[i] != '&';
	if (ascii) {
		/* what gl_slug makes of plain ASCII, without a buffer per word */
		gl_buf_grow(&slug, len + 1);
		for (size_t i = 0; i < len; i++)
			slug.ptr[slug.len++] = gl_isalnum(title[i]) ? gl_tolower(title[i]) : '-';
		slug.ptr[slug.len] = '\0';
	} else {
		gl_words_slug_da(&slug, title, len);
	}
	memset(t, 0, sizeof(*t));
	t->slug = gl_buf_detach(&slug);
	for (char *p = t->slug; *p;) {
		size_t n = strcspn(p, "-");
		if (n)
			gl_vec_push(&t->word, p);
		p += n;
		if (*p)
			*p++ = '\0';
	}
}

/* The title's word as written that slug word k comes from ("Danmark" for "danmark"). */
static void written_word(gl_buf *out, const govlog_record *r, size_t k)
{
	const char *title = gl_record_bare_title(r);
	gl_buf slug = GL_BUF_INIT;
	size_t seen = 0;
	for (const char *p = title; *p;) {
		p += strspn(p, " \t");
		size_t n = strcspn(p, " \t");
		gl_buf_clear(&slug);
		gl_words_slug_da(&slug, p, n);
		size_t words = 0;
		for (size_t i = 0; i < slug.len; i++)
			words += slug.ptr[i] != '-' && (!i || slug.ptr[i - 1] == '-');
		if (k < seen + words) {
			while (n && !gl_isalnum(p[n - 1]) && (unsigned char)p[n - 1] < 0x80)
				n--;
			while (n && !gl_isalnum(*p) && (unsigned char)*p < 0x80)
				p++, n--;
			gl_buf_put(out, p, n);
			break;
		}
		seen += words;
		p += n;
	}
	gl_buf_release(&slug);
}

static bool has_digit(const char *s)
{
	return strpbrk(s, "0123456789") != NULL;
}

/* Titles a and b, alike but for word k: is that word a typo of the other? */
static void title_pair(dup *d, const title_words *t, size_t a, size_t b, size_t k)
{
	for (size_t i = 0; i < t[a].word.len; i++)
		if (i != k && strcmp(t[a].word.items[i], t[b].word.items[i]))
			return; /* a collision of hashes */
	const char *wa = t[a].word.items[k], *wb = t[b].word.items[k];
	size_t la = strlen(wa), lb = strlen(wb);
	size_t limit = gl_words_typo_limit(la < lb ? la : lb);
	if (!strcmp(wa, wb) || has_digit(wa) || has_digit(wb) ||
	    gl_words_same_stem(wa, la, wb, lb) || gl_vocab_distance(wa, la, wb, lb) > limit ||
	    !eligible(d, a, b))
		return;
	gl_buf xa = GL_BUF_INIT, xb = GL_BUF_INIT;
	written_word(&xa, govlog_log_record_at(d->log, a), k);
	written_word(&xb, govlog_log_record_at(d->log, b), k);
	report(d, a, b, GL_T_DUPLICATE_TITLE, xa.ptr, xb.ptr);
	gl_buf_release(&xa);
	gl_buf_release(&xb);
}

static void near_titles(dup *d)
{
	title_words *t = gl_xcalloc(d->n ? d->n : 1, sizeof(*t));
	title_entry_vec v = {0};
	for (size_t r = 0; r < d->n; r++) {
		if (!live(govlog_log_record_at(d->log, r)))
			continue;
		title_words_of(&t[r], govlog_log_record_at(d->log, r));
		size_t n = t[r].word.len;
		if (n < 2 || n > MAX_TITLE_WORDS)
			continue;
		uint64_t word[MAX_TITLE_WORDS];
		for (size_t i = 0; i < n; i++)
			word[i] = fnv(1469598103934665603u, t[r].word.items[i],
				      strlen(t[r].word.items[i]));
		for (size_t k = 0; k < n; k++) {
			uint64_t h = n * 0x9E3779B97F4A7C15u + k;
			for (size_t i = 0; i < n; i++)
				h = (h ^ (i == k ? 1 : word[i])) * 1099511628211u;
			title_entry e = {h ^ (h >> 31), (uint32_t)r, (uint32_t)k};
			gl_vec_push(&v, e);
		}
	}
	sort_title_entries(v.items, v.len);
	for (size_t i = 0; i < v.len; i++)
		for (size_t j = i + 1; j < v.len && j < i + 8 && v.items[j].hash == v.items[i].hash;
		     j++)
			if (v.items[j].a != v.items[i].a)
				title_pair(d, t, v.items[i].a, v.items[j].a, v.items[i].b);
	for (size_t r = 0; r < d->n; r++) {
		free(t[r].slug);
		gl_vec_free(&t[r].word);
	}
	free(t);
	gl_vec_free(&v);
}

/* ---- text ---- */

/* Template guidance a record may still hold: "{…}", "[…]" that is no link, "<!-- … -->". */
static size_t skip_guidance(const char *s, size_t len, size_t i)
{
	if (s[i] == '<' && i + 4 <= len && !memcmp(s + i, "<!--", 4)) {
		for (size_t e = i + 4; e + 3 <= len; e++)
			if (!memcmp(s + e, "-->", 3))
				return e + 3;
		return len;
	}
	char close = s[i] == '{' ? '}' : s[i] == '[' ? ']' : 0;
	if (!close)
		return i;
	size_t e = i + 1;
	while (e < len && e - i < 400 && s[e] != close && s[e] != '\n')
		e++;
	if (e >= len || s[e] != close || (close == ']' && e + 1 < len && s[e + 1] == '('))
		return i;
	return e + 1;
}

/* Whether the line from `i` holds a template placeholder; *next is the next line's start. */
static bool placeholder_line(const struct gl_match *m, const char *s, size_t len, size_t i,
			     size_t *next)
{
	const char *nl = memchr(s + i, '\n', len - i);
	size_t end = nl ? (size_t)(nl - s) : len, a, b;
	*next = nl ? end + 1 : len;
	return gl_placeholder_in_line(m, s + i, end - i, false, &a, &b);
}

/* From a line's start, the start of the first line that holds no template placeholder. */
static size_t past_placeholder_lines(const struct gl_match *m, const char *s, size_t len, size_t i)
{
	size_t next;
	while (m && i < len && placeholder_line(m, s, len, i, &next))
		i = next;
	return i;
}

/* The placeholder pattern for a record some line of which holds one, else NULL (none to skip). */
static const struct gl_match *placeholder_for(dup *d, size_t record, const govlog_record *r)
{
	if (!d->placeholder)
		return NULL;
	if (d->guided[record] == GUIDED_UNKNOWN) {
		const char *s = r->text.data;
		size_t len = r->text.len, next;
		d->guided[record] = GUIDED_NONE;
		for (size_t i = text_start(r); i < len; i = next)
			if (placeholder_line(d->placeholder, s, len, i, &next)) {
				d->guided[record] = GUIDED_SOME;
				break;
			}
	}
	return d->guided[record] == GUIDED_SOME ? d->placeholder : NULL;
}

/* The shingles of one record's text (a rolling hash over its last five words) in part `part`. */
static void shingles(entry_vec *out, dup *d, size_t record, unsigned part)
{
	const govlog_record *r = govlog_log_record_at(d->log, record);
	const struct gl_match *placeholder = placeholder_for(d, record, r);
	const uint64_t BASE = 1099511628211u;
	uint64_t last[SHINGLE] = {0}, roll = 0, top = 1; /* top: BASE^SHINGLE */
	for (int k = 0; k < SHINGLE; k++)
		top *= BASE;
	size_t words = 0, slot = 0;
	const char *s = r->text.data;
	size_t len = r->text.len;
	for (size_t i = past_placeholder_lines(placeholder, s, len, text_start(r)); i < len;) {
		while (i < len && !word_fold[(unsigned char)s[i]]) {
			char b = s[i];
			if (b == '\n') { /* guidance left from the template shares no one's text */
				i = past_placeholder_lines(placeholder, s, len, i + 1);
				continue;
			}
			size_t after =
				b == '<' || b == '{' || b == '[' ? skip_guidance(s, len, i) : i;
			i = after > i ? after : i + 1;
		}
		uint64_t h = 1469598103934665603u;
		size_t from = i;
		for (unsigned char c; i < len && (c = word_fold[(unsigned char)s[i]]); i++)
			h = (h ^ c) * BASE;
		if (i == from)
			break;
		roll = roll * BASE + h - last[slot] * top;
		last[slot] = h;
		slot = slot + 1 == SHINGLE ? 0 : slot + 1;
		if (++words < SHINGLE)
			continue;
		uint64_t sh = (roll ^ (roll >> 29)) * 0xBF58476D1CE4E5B9u;
		sh ^= sh >> 32;
		uint32_t hash = (uint32_t)(sh ^ (sh >> 32));
		if (hash % d->parts == part)
			gl_vec_push(out, ((entry){hash, (uint32_t)record}));
	}
}

static void text_pairs(dup *d, const pair_vec *pairs, const size_t *own)
{
	for (size_t i = 0; i < pairs->len;) {
		size_t k = i;
		while (k < pairs->len && pairs->items[k] == pairs->items[i])
			k++;
		size_t shared = k - i, a = (size_t)(pairs->items[i] / d->n);
		size_t b = (size_t)(pairs->items[i] % d->n), all = own[a] + own[b] - shared;
		if (shared >= MIN_SHARED && shared * 10 >= all * 6 &&
		    !numbers_differ(govlog_log_record_at(d->log, a),
				    govlog_log_record_at(d->log, b)) &&
		    eligible(d, a, b))
			report(d, a, b, GL_T_DUPLICATE_TEXT, NULL, NULL);
		i = k;
	}
}

/* The pairs of records sharing the shingles of part `part` (a * n + b, once per shingle). */
static void shared_shingles(pair_vec *pairs, size_t *own, dup *d, unsigned part)
{
	entry_vec v = {0};
	for (size_t r = 0; r < d->n; r++)
		if (live(govlog_log_record_at(d->log, r)))
			shingles(&v, d, r, part);
	sort_entries(v.items, v.len);
	/* a shingle a record repeats counts once */
	size_t kept = 0;
	for (size_t i = 0; i < v.len; i++)
		if (!kept || v.items[i].hash != v.items[kept - 1].hash ||
		    v.items[i].a != v.items[kept - 1].a)
			v.items[kept++] = v.items[i];
	v.len = kept;
	for (size_t i = 0; i < v.len;) {
		size_t k = i;
		while (k < v.len && v.items[k].hash == v.items[i].hash)
			k++;
		bool boilerplate = k - i > MAX_DF || (d->live >= 3 && k - i == d->live);
		for (size_t x = i; !boilerplate && x < k; x++) {
			own[v.items[x].a]++;
			for (size_t y = x + 1; y < k; y++) {
				uint64_t key = (uint64_t)v.items[x].a * d->n + v.items[y].a;
				gl_vec_push(pairs, key);
			}
		}
		i = k;
	}
	gl_vec_free(&v);
}

static void near_texts(dup *d)
{
	size_t *own = gl_xcalloc(d->n ? d->n : 1, sizeof(*own));
	pair_vec pairs = {0};
	for (unsigned part = 0; part < d->parts; part++)
		shared_shingles(&pairs, own, d, part);
	if (pairs.len)
		qsort(pairs.items, pairs.len, sizeof(uint64_t), compare_u64);
	text_pairs(d, &pairs, own);
	gl_vec_free(&pairs);
	free(own);
}

void gl_rules_duplicates(govlog_diag_list *out, const govlog_log *log,
			 const struct gl_match *placeholder)
{
	dup d = {out, placeholder, log, govlog_log_count(log), 0, 1, {0}, NULL};
	d.guided = gl_xcalloc(d.n ? d.n : 1, 1);
	size_t text = 0;
	for (size_t r = 0; r < d.n; r++) {
		const govlog_record *rec = govlog_log_record_at(log, r);
		d.live += live(rec);
		text += live(rec) ? rec->text.len : 0;
	}
	d.parts = text > SMALL_TEXT ? SHINGLE_PARTS : 1;
	near_titles(&d);
	near_texts(&d);
	gl_vec_free(&d.reported);
	free(d.guided);
}
