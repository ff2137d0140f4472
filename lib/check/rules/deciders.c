/*
 * decider/unknown: deciders against the log's own vocabulary of names.
 *
 * The vocabulary is the configuration's decisions.deciders when it has one,
 * else the names two or more records use. A field is split into names on
 * ',', ';', '/', '&', '+', '-', "og", "and" ("Styregruppen og
 * Koordinationsgruppen"); parenthesised roles and e-mail addresses are left
 * out, case and spacing do not count. A name one or two letters from a known
 * one, and not just another ending of it ("Styregruppe", "Styregruppen"),
 * gets "did you mean". With a configured list, any other name is not in it;
 * without one, a name used once is just a name. A log with fewer than two
 * records naming deciders has too little vocabulary to judge.
 */
#include "check/rules/rules.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check/rules/words.h"
#include "config/config.h"
#include "log/log_internal.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/strmap.h"
#include "util/utf8.h"
#include "record/vocab.h"
#include "util/banned.h"

enum { NAME_MAX_BYTES = 60 };

typedef struct name {
	char *key;     /* lower case, single spaces, no dots */
	char *shown;   /* as first written */
	size_t value;  /* the deciders value it was read from (an index into `values`) */
	size_t offset; /* of the name in that value */
	size_t weight; /* the records that write that value */
} name;

typedef GL_VEC(name) name_vec;

/* One deciders value as written, and the records that write it so (most share theirs). */
typedef struct value {
	const char *text;
	GL_VEC(size_t) records;
} value;

typedef GL_VEC(value) value_vec;

/* A known name, and how many records use it. */
typedef struct known {
	const char *key, *shown;
	size_t uses;
} known;

typedef GL_VEC(known) known_vec;

static void trim(const char **s, size_t *len)
{
	while (*len && (gl_isspace(**s) || strchr("*_.:;\"'", **s)))
		(*s)++, (*len)--;
	while (*len && (gl_isspace((*s)[*len - 1]) || strchr("*_.:;\"'", (*s)[*len - 1])))
		(*len)--;
}

/* "Anders And (Magenta) <a@b.dk>" → key "anders and", shown "Anders And". */
static bool name_of(name *n, const char *s, size_t len)
{
	gl_buf shown = GL_BUF_INIT;
	gl_buf_grow(&shown, len + 1);
	char *w = shown.ptr;
	int depth = 0;
	bool ascii = true;
	for (size_t i = 0; i < len; i++) {
		char c = s[i] == '\t' ? ' ' : s[i];
		depth += c == '(' || c == '<';
		if (!depth && !(c == ' ' && (w == shown.ptr || w[-1] == ' ')))
			*w++ = c;
		depth -= depth && (c == ')' || c == '>');
		ascii = ascii && (unsigned char)c < 0x80;
	}
	*w = '\0';
	shown.len = (size_t)(w - shown.ptr);
	const char *p = shown.ptr;
	size_t n_len = shown.len;
	trim(&p, &n_len);
	bool ok = n_len && n_len <= NAME_MAX_BYTES && !memchr(p, '{', n_len) &&
		  !memchr(p, '[', n_len) && !memchr(p, '@', n_len) && !memchr(p, '|', n_len);
	if (ok) {
		gl_buf lower = GL_BUF_INIT;
		if (ascii)
			gl_buf_put(&lower, p, n_len);
		else
			gl_utf8_lower(&lower, p, n_len);
		size_t k = 0;
		for (size_t i = 0; i < lower.len; i++)
			if (lower.ptr[i] != '.')
				lower.ptr[k++] = ascii ? gl_tolower(lower.ptr[i]) : lower.ptr[i];
		gl_buf_truncate(&lower, k);
		n->key = gl_buf_detach(&lower);
		n->shown = gl_xstrndup(p, n_len);
	}
	gl_buf_release(&shown);
	return ok;
}

/* The length of a separator at s[i], or 0: punctuation, a dash, or the word "og" / "and". */
static size_t separator_at(const char *s, size_t len, size_t i)
{
	switch (s[i]) {
	case ',':
	case ';':
	case '/':
	case '&':
	case '+':
	case '|':
	case '-':
		return 1;
	case 'o':
	case 'O':
	case 'a':
	case 'A':
	case 's':
	case 'S':
	case '\xE2':
		break;
	default:
		return 0;
	}
	if (i + 3 <= len && !memcmp(s + i, "\xE2\x80\x93", 3)) /* – */
		return 3;
	static const char *const words[] = {"og", "and", "samt"};
	if (i == 0 || s[i - 1] != ' ')
		return 0;
	for (size_t k = 0; k < GL_ARRAY_SIZE(words); k++) {
		size_t w = strlen(words[k]);
		if (i + w < len && !strncasecmp(s + i, words[k], w) && s[i + w] == ' ')
			return w;
	}
	return 0;
}

/* Every name of one deciders value. */
static void split_names(name_vec *out, const char *text, size_t index, size_t weight)
{
	size_t len = strlen(text), start = 0;
	for (size_t i = 0; i <= len;) {
		size_t sep = i < len ? separator_at(text, len, i) : 1;
		if (!sep) {
			i++;
			continue;
		}
		name n = {NULL, NULL, index, start, weight};
		while (n.offset < i && text[n.offset] == ' ')
			n.offset++;
		if (i > start && name_of(&n, text + start, i - start))
			gl_vec_push(out, n);
		i += sep;
		start = i;
	}
}

static int compare_keys(const void *pa, const void *pb)
{
	const name *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);
	if (!c)
		c = strcmp(a->shown, b->shown);
	return c ? c : (a->value < b->value ? -1 : a->value > b->value);
}

/* The way most records write a name of sorted[from..to) (sorted by form); capitals win a tie. */
static const char *usual_form(const name_vec *sorted, size_t from, size_t to)
{
	const char *best = sorted->items[from].shown;
	size_t best_n = 0;
	for (size_t i = from; i < to;) {
		const char *shown = sorted->items[i].shown;
		size_t k = i;
		size_t n = 0;
		for (; k < to && !strcmp(sorted->items[k].shown, shown); k++)
			n += sorted->items[k].weight;
		if (n > best_n || (n == best_n && gl_isupper(shown[0]) && !gl_isupper(best[0]))) {
			best = shown;
			best_n = n;
		}
		i = k;
	}
	return best;
}

/* The vocabulary: distinct keys with the number of records using each. */
static void vocabulary(known_vec *out, const name_vec *sorted, size_t min_uses)
{
	for (size_t i = 0; i < sorted->len;) {
		size_t k = i, uses = 0;
		/* a value naming one person twice counts once */
		for (; k < sorted->len && !strcmp(sorted->items[k].key, sorted->items[i].key); k++)
			uses += k == i || sorted->items[k].value != sorted->items[k - 1].value
					? sorted->items[k].weight
					: 0;
		if (uses >= min_uses) {
			known e = {sorted->items[i].key, usual_form(sorted, i, k), uses};
			gl_vec_push(out, e);
		}
		i = k;
	}
}

typedef struct judge {
	govlog_diag_list *out;
	const govlog_log *log;
	const gl_config *config;
	known_vec known;
	const value_vec *values;
	bool listed; /* the vocabulary is the configuration's list */
} judge;

static int compare_known(const void *key, const void *entry)
{
	return strcmp((const char *)key, ((const known *)entry)->key);
}

/* The known name with this key (the vocabulary is sorted by key). */
static const known *find_known(const judge *j, const char *key)
{
	if (!j->known.len)
		return NULL;
	return bsearch(key, j->known.items, j->known.len, sizeof(known), compare_known);
}

/* "alice" for "alice jensen": a short form of one known name. */
static bool short_form(const judge *j, const char *key)
{
	size_t len = strlen(key), hits = 0;
	for (size_t i = 0; i < j->known.len; i++) {
		const char *k = j->known.items[i].key;
		hits += !strncmp(k, key, len) && k[len] == ' ';
	}
	return hits == 1;
}

/* The known name one or two letters away; NULL when none, or when it is another ending. */
static const known *nearest(const judge *j, const char *key, bool *same)
{
	size_t len = strlen(key), best_d = (size_t)-1;
	const known *best = NULL;
	*same = false;
	for (size_t i = 0; i < j->known.len; i++) {
		const char *k = j->known.items[i].key;
		size_t klen = strlen(k), limit = gl_words_typo_limit(len < klen ? len : klen);
		if (klen + 2 < len || len + 2 < klen)
			continue;
		if (gl_words_same_stem(key, len, k, klen)) {
			*same = true;
			return NULL;
		}
		size_t d = gl_vocab_distance(key, len, k, klen);
		if (d && d <= limit && d < best_d) {
			best_d = d;
			best = &j->known.items[i];
		}
	}
	return best;
}

static govlog_pos name_pos(const govlog_record *r, const name *n)
{
	const govlog_field *f = govlog_record_field(r, "deciders");
	govlog_pos pos = f->value_pos;
	if (f->style != GOVLOG_META_FRONTMATTER)
		pos.col += (unsigned)gl_utf8_count(f->value, n->offset);
	return pos;
}

/* A name outside the vocabulary: said for every record that writes its value. */
static void judge_name(const judge *j, const name *n)
{
	if (find_known(j, n->key) || (j->listed && short_form(j, n->key)))
		return;
	bool same;
	const known *k = nearest(j, n->key, &same);
	if (same || (!k && !j->listed))
		return;
	govlog_lang lang = gl_diag_list_lang(j->out);
	gl_buf hint = GL_BUF_INIT;
	const char *origin = j->config->deciders_origin;
	if (k && j->listed)
		gl_lang_printf(&hint, lang, GL_T_DECIDER_SUGGEST_HINT_CONFIG, origin, k->shown);
	else if (k)
		gl_lang_printf(&hint, lang, GL_T_DECIDER_SUGGEST_HINT_RECORDS, k->shown, k->uses);
	else
		gl_lang_printf(&hint, lang, GL_T_DECIDER_NOT_LISTED_HINT, origin);
	const value *v = &j->values->items[n->value];
	for (size_t i = 0; i < v->records.len; i++) {
		const govlog_record *r = govlog_log_record_at(j->log, v->records.items[i]);
		if (k)
			gl_diag_addt(j->out, GL_RULE_DECIDER_UNKNOWN, r->path, name_pos(r, n),
				     hint.ptr, GL_T_DECIDER_SUGGEST, n->shown, k->shown);
		else
			gl_diag_addt(j->out, GL_RULE_DECIDER_UNKNOWN, r->path, name_pos(r, n),
				     hint.ptr, GL_T_DECIDER_NOT_LISTED, n->shown);
	}
	gl_buf_release(&hint);
}

static void free_names(name_vec *v)
{
	for (size_t i = 0; i < v->len; i++) {
		free(v->items[i].key);
		free(v->items[i].shown);
	}
	gl_vec_free(v);
}

/* The distinct deciders values of the log, each with the records that write it. */
static void read_values(value_vec *out, const govlog_log *log)
{
	gl_str_map *seen = gl_str_map_new();
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		const govlog_field *f =
			govlog_record_field(govlog_log_record_at(log, i), "deciders");
		size_t at;
		if (!f || !f->value[0])
			continue;
		if (!gl_str_map_get(seen, f->value, &at)) {
			value v = {f->value, {0}};
			at = out->len;
			gl_vec_push(out, v);
			gl_str_map_put(seen, f->value, at);
		}
		gl_vec_push(&out->items[at].records, i);
	}
	gl_str_map_free(seen);
}

void gl_rules_deciders(govlog_diag_list *out, const govlog_log *log)
{
	value_vec values = {0};
	read_values(&values, log);
	judge j = {out, log, gl_log_config(log), {0}, &values, false};
	name_vec used = {0}, listed = {0};
	size_t naming = 0;
	for (size_t i = 0; i < values.len; i++) {
		size_t before = used.len;
		split_names(&used, values.items[i].text, i, values.items[i].records.len);
		naming += used.len > before ? values.items[i].records.len : 0;
	}
	for (size_t i = 0; j.config->deciders && j.config->deciders[i]; i++)
		split_names(&listed, j.config->deciders[i], (size_t)-1, 1);
	j.listed = listed.len > 0;
	if (listed.len)
		qsort(listed.items, listed.len, sizeof(name), compare_keys);
	if (used.len)
		qsort(used.items, used.len, sizeof(name), compare_keys);
	vocabulary(&j.known, j.listed ? &listed : &used, j.listed ? 1 : 2);
	if (j.listed || naming >= 2)
		for (size_t i = 0; i < used.len; i++)
			if (!i || compare_keys(&used.items[i - 1], &used.items[i]))
				judge_name(&j, &used.items[i]);
	gl_vec_free(&j.known);
	free_names(&used);
	free_names(&listed);
	for (size_t i = 0; i < values.len; i++)
		gl_vec_free(&values.items[i].records);
	gl_vec_free(&values);
}
