/*
 * file/possible-duplicate: two records whose names (without number or date)
 * differ by a letter or two ("…-comora-indkoebes…" beside
 * "…-cormora-indkoebes…") or not at all. Names that differ only in their
 * digits ("upgrade-to-v2", "upgrade-to-v3") are different decisions.
 *
 * Records are grouped by the letters of their name; equal letters with equal
 * digits are duplicates. Groups a letter or two apart are found through
 * one-deletion variants sorted by hash (symmetric delete), so the cost grows
 * with the number of distinct names, not with its square.
 */
#include "check/rules/rules.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "record/vocab.h"
#include "util/banned.h"

enum { MIN_NAME = 6, MAX_NAME = 120, MAX_DISTANCE = 2 };

typedef struct name {
	char *letters; /* the slug without digits, lower case */
	char *digits;  /* its digits, in order */
	size_t record;
} name;

typedef struct variant {
	uint64_t hash;
	size_t group; /* index of the group's first name */
} variant;

typedef struct finder {
	govlog_diag_list *out;
	const govlog_log *log;
	name *names; /* sorted by letters, then digits */
	size_t n;
} finder;

/*
 * "0004-upgrade-to-v2.md" → letters "upgrade-to-v", digits "2"; the dash
 * before a number goes with it ("use-ui-kit-2" → "use-ui-kit", "2"): a
 * version of a name, as "UI Kit 2" beside "UI Kit", is no letter apart.
 */
static name name_of(const govlog_record *r, size_t record)
{
	const char *base = strrchr(r->path, '/');
	base = base ? base + 1 : r->path;
	size_t len = strcspn(base, "."), i = 0;
	while (i < len && ((base[i] >= '0' && base[i] <= '9') || base[i] == '-' || base[i] == '_'))
		i++;
	gl_buf lower = GL_BUF_INIT, letters = GL_BUF_INIT, digits = GL_BUF_INIT;
	gl_utf8_lower(&lower, base + i, len - i);
	for (size_t k = 0; k < lower.len; k++) {
		char c = lower.ptr[k];
		bool before_number =
			(c == '-' || c == '_') && k + 1 < lower.len && gl_isdigit(lower.ptr[k + 1]);
		if (!before_number)
			gl_buf_putc(gl_isdigit(c) ? &digits : &letters, c);
	}
	gl_buf_release(&lower);
	name n = {gl_buf_detach(&letters), gl_buf_detach(&digits), record};
	return n;
}

static int compare_names(const void *pa, const void *pb)
{
	const name *a = pa, *b = pb;
	int c = strcmp(a->letters, b->letters);
	if (!c)
		c = strcmp(a->digits, b->digits);
	return c ? c : (a->record < b->record ? -1 : a->record > b->record);
}

static int compare_variants(const void *pa, const void *pb)
{
	const variant *a = pa, *b = pb;
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return a->group < b->group ? -1 : a->group > b->group;
}

static uint64_t fnv1a(const char *s, size_t len, size_t skip)
{
	uint64_t h = 1469598103934665603u;
	for (size_t i = 0; i < len; i++)
		if (i != skip)
			h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

static char *bare_title(const govlog_record *r);

/* Whether same_titles names the pair already: one title, long enough to tell. */
static bool same_title(const govlog_record *a, const govlog_record *b)
{
	char *ta = bare_title(a), *tb = bare_title(b);
	bool same = strlen(ta) >= MIN_NAME * 2 && !strcmp(ta, tb);
	free(ta);
	free(tb);
	return same;
}

/* A file's name after its number or date ("0004-use-ui-kit-2.md" → "use-ui-kit-2.md"). */
static const char *name_after_number(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	while (gl_isdigit(*base) || *base == '-' || *base == '_')
		base++;
	return base;
}

/* How far the names are apart, digits too ("…v3" and "…v3v3": 2; "kit" and "kit-2": 2). */
static size_t names_apart(const govlog_record *a, const govlog_record *b)
{
	const char *x = name_after_number(a->path), *y = name_after_number(b->path);
	return gl_vocab_distance(x, strcspn(x, "."), y, strcspn(y, "."));
}

static void report(const finder *f, size_t first, size_t later, size_t distance)
{
	const govlog_record *a = govlog_log_record_at(f->log, f->names[first].record);
	const govlog_record *b = govlog_log_record_at(f->log, f->names[later].record);
	if (a->path && b->path && strcmp(a->path, b->path) > 0) {
		const govlog_record *t = a;
		a = b, b = t;
	}
	if (same_title(a, b))
		return; /* one finding a pair */
	/* the letters alone may be one apart where the names are two ("v3", "v3v3"), or
	 * more, when one is a version too ("ui-kti" and "ui-kit-2"): then they are no typo */
	size_t whole = names_apart(a, b);
	if (distance && whole > MAX_DISTANCE)
		return;
	if (distance && whole > distance)
		distance = whole;
	govlog_lang lang = gl_diag_list_lang(f->out);
	gl_text_id how = distance == 0   ? GL_T_NAMES_NUMBER_DATE
			 : distance == 1 ? GL_T_NAMES_ONE_LETTER
					 : GL_T_NAMES_TWO_LETTERS;
	gl_diag_addt(f->out, GL_RULE_FILE_POSSIBLE_DUPLICATE, b->path,
		     b->title ? b->title_pos : (govlog_pos){1, 1},
		     gl_lang_text(lang, GL_T_POSSIBLE_DUPLICATE_HINT), GL_T_POSSIBLE_DUPLICATE,
		     b->path, a->path, gl_lang_text(lang, how));
}

static size_t group_end(const finder *f, size_t start)
{
	size_t end = start + 1;
	while (end < f->n && !strcmp(f->names[end].letters, f->names[start].letters))
		end++;
	return end;
}

/* Within a group of equal letters: equal digits are duplicates. */
static void same_letters(const finder *f, size_t start, size_t end)
{
	if (strlen(f->names[start].letters) < MIN_NAME)
		return;
	for (size_t i = start + 1; i < end; i++)
		if (!strcmp(f->names[i].digits, f->names[i - 1].digits))
			report(f, i - 1, i, 0);
}

/* Two groups whose letters are close: every record of one against every one of the other. */
static void close_groups(const finder *f, size_t g1, size_t g2)
{
	const char *a = f->names[g1].letters, *b = f->names[g2].letters;
	size_t d = gl_vocab_distance(a, strlen(a), b, strlen(b));
	if (d == 0 || d > MAX_DISTANCE)
		return;
	for (size_t i = g1; i < group_end(f, g1); i++)
		for (size_t k = g2; k < group_end(f, g2); k++)
			report(f, i, k, d);
}

static void across_groups(const finder *f)
{
	GL_VEC(variant) v = {0};
	for (size_t g = 0; g < f->n; g = group_end(f, g)) {
		size_t len = strlen(f->names[g].letters);
		for (size_t skip = 0; len >= MIN_NAME && len <= MAX_NAME && skip <= len; skip++) {
			variant e = {fnv1a(f->names[g].letters, len, skip), g};
			gl_vec_push(&v, e);
		}
	}
	if (v.len)
		qsort(v.items, v.len, sizeof(variant), compare_variants);
	/* One pair of groups may share several variants: act on its first. */
	GL_VEC(size_t) done = {0};
	for (size_t i = 0; i < v.len; i++)
		for (size_t k = i + 1; k < v.len && v.items[k].hash == v.items[i].hash; k++) {
			size_t g1 = v.items[i].group, g2 = v.items[k].group, key = g1 * f->n + g2;
			bool seen = false;
			for (size_t j = 0; j < done.len && !seen; j++)
				seen = done.items[j] == key;
			if (g1 == g2 || seen)
				continue;
			gl_vec_push(&done, key);
			close_groups(f, g1, g2);
		}
	gl_vec_free(&done);
	gl_vec_free(&v);
}

/* A title without its type prefix and number, lower case: "[SDR] 2. Nyt CMS" → "nyt cms". */
static char *bare_title(const govlog_record *r)
{
	const char *t = gl_record_bare_title(r);
	gl_buf b = GL_BUF_INIT;
	gl_utf8_lower(&b, t, strlen(t));
	return gl_buf_detach(&b);
}

typedef struct titled {
	char *title;
	const govlog_record *r;
} titled;

static int compare_titled(const void *pa, const void *pb)
{
	const titled *a = pa, *b = pb;
	int c = strcmp(a->title, b->title);
	return c ? c : strcmp(a->r->path, b->r->path);
}

/* Two records with one title, whatever their file names. */
static void same_titles(govlog_diag_list *out, const govlog_log *log)
{
	size_t n = govlog_log_count(log);
	titled *t = gl_xcalloc(n ? n : 1, sizeof(*t));
	for (size_t i = 0; i < n; i++)
		t[i] = (titled){bare_title(govlog_log_record_at(log, i)),
				govlog_log_record_at(log, i)};
	if (n)
		qsort(t, n, sizeof(*t), compare_titled);
	for (size_t i = 1; i < n; i++) {
		if (strlen(t[i].title) < MIN_NAME * 2 || strcmp(t[i].title, t[i - 1].title))
			continue;
		gl_diag_addt(out, GL_RULE_FILE_POSSIBLE_DUPLICATE, t[i].r->path, t[i].r->title_pos,
			     gl_lang_text(gl_diag_list_lang(out), GL_T_POSSIBLE_DUPLICATE_HINT),
			     GL_T_POSSIBLE_DUPLICATE_TITLE, t[i].r->path, t[i - 1].r->path);
	}
	for (size_t i = 0; i < n; i++)
		free(t[i].title);
	free(t);
}

bool gl_similar_names(const govlog_record *a, const govlog_record *b)
{
	name x = name_of(a, 0), y = name_of(b, 1);
	size_t lx = strlen(x.letters), ly = strlen(y.letters);
	bool close = lx >= MIN_NAME && ly >= MIN_NAME && lx <= MAX_NAME && ly <= MAX_NAME;
	if (close && !strcmp(x.letters, y.letters))
		close = !strcmp(x.digits, y.digits);
	else if (close)
		close = gl_vocab_distance(x.letters, lx, y.letters, ly) <= MAX_DISTANCE;
	char *ta = bare_title(a), *tb = bare_title(b);
	close = close || (strlen(ta) >= MIN_NAME * 2 && !strcmp(ta, tb));
	free(ta);
	free(tb);
	free(x.letters), free(x.digits), free(y.letters), free(y.digits);
	return close;
}

void gl_rules_similar(govlog_diag_list *out, const govlog_log *log)
{
	same_titles(out, log);
	finder f = {out, log, NULL, govlog_log_count(log)};
	f.names = gl_xcalloc(f.n ? f.n : 1, sizeof(*f.names));
	for (size_t i = 0; i < f.n; i++)
		f.names[i] = name_of(govlog_log_record_at(log, i), i);
	if (f.n)
		qsort(f.names, f.n, sizeof(name), compare_names);
	for (size_t g = 0; g < f.n; g = group_end(&f, g))
		same_letters(&f, g, group_end(&f, g));
	across_groups(&f);
	for (size_t i = 0; i < f.n; i++) {
		free(f.names[i].letters);
		free(f.names[i].digits);
	}
	free(f.names);
}
