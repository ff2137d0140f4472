/*
 * Parsing one file into a record: BOM, UTF-8 check and line index, then front
 * matter and Markdown, then the canonical fields derived from what they read.
 */
#include "record/parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "record/date.h"
#include "util/error.h"
#include "util/utf8.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/banned.h"

/*
 * The value without the marks GitHub does not show around it: emphasis
 * ("*Accepted*") and a code span ("`2026-08-22`", a word set as code).
 */
static void strip_emphasis(const char **s, size_t *len)
{
	while (*len >= 2 && strchr("*_`", (*s)[0]) && (*s)[*len - 1] == (*s)[0]) {
		(*s)++;
		*len -= 2;
	}
}

/*
 * A status word set as code before the rest of the value ("`superseded` (by
 * ADR 0005)"): the word read inside the span, the note after it. UNKNOWN
 * when the value does not open with a span that holds a status word alone.
 */
static govlog_status status_in_code(const char *v, size_t len, size_t *note_off, const char **lang)
{
	const char *close = len > 2 && v[0] == '`' ? memchr(v + 1, '`', len - 1) : NULL;
	if (!close)
		return GOVLOG_STATUS_UNKNOWN;
	size_t inner = (size_t)(close - v - 1), word_end;
	govlog_status s = gl_vocab_status(v + 1, inner, &word_end, lang);
	if (s <= GOVLOG_STATUS_UNKNOWN || word_end < inner)
		return GOVLOG_STATUS_UNKNOWN;
	*note_off = (size_t)(close - v) + 1;
	while (*note_off < len && strchr(" ,;:-", v[*note_off]))
		++*note_off;
	return s;
}

/* A configured word at the start of the value ("Endeligt godkendt på mødet"). */
static govlog_status configured_status(const govlog_record_options *opts, const char *v, size_t len,
				       size_t *note_off)
{
	for (size_t i = 0; i < opts->status_word_count; i++) {
		const char *w = opts->status_words[i].word;
		size_t n = strlen(w);
		if (n <= len && gl_utf8_ieq(v, n, w, n) && (n == len || !gl_isalnum(v[n]))) {
			*note_off = n;
			while (*note_off < len && (v[*note_off] == ' ' || v[*note_off] == ',' ||
						   v[*note_off] == '-' || v[*note_off] == ':'))
				++*note_off;
			return opts->status_words[i].status;
		}
	}
	return GOVLOG_STATUS_UNKNOWN;
}

/* Whether a quote opens the text at pos (a quoted YAML scalar starts after it). */
static bool is_quote_at(const gl_text *t, govlog_pos pos)
{
	size_t at = gl_text_line_start(t, pos.line), end = gl_text_line_end(t, pos.line);
	for (unsigned col = 1; col < pos.col && at < end; col++) {
		uint32_t cp;
		bool valid;
		at += gl_utf8_decode(t->data + at, end - at, &cp, &valid);
	}
	return at < end && (t->data[at] == '"' || t->data[at] == '\'');
}

/* A status value read: the state, and where its note starts in the value without marks. */
typedef struct status_reading {
	govlog_status status;
	const char *v; /* the value without emphasis around it */
	size_t len, note_off;
	const char *lang;
} status_reading;

static void read_status(status_reading *s, const govlog_record_options *opts, const char *value)
{
	s->v = value;
	s->len = strlen(value);
	s->lang = NULL;
	size_t written = s->len;
	strip_emphasis(&s->v, &s->len);
	s->status = gl_vocab_status(s->v, s->len, &s->note_off, &s->lang);
	if (s->status == GOVLOG_STATUS_UNKNOWN || s->status == GOVLOG_STATUS_NONE) {
		govlog_status coded = status_in_code(s->v, s->len, &s->note_off, &s->lang);
		s->status = coded != GOVLOG_STATUS_UNKNOWN ? coded : s->status;
	}
	/* "________", "****": the line to write a status on, or marks around nothing, name none. */
	if (s->status == GOVLOG_STATUS_NONE && written)
		s->status = GOVLOG_STATUS_UNKNOWN;
	if (s->status == GOVLOG_STATUS_UNKNOWN)
		s->status = configured_status(opts, s->v, s->len, &s->note_off);
}

/*
 * The record's status field: the first, unless it names no known state and a
 * later one does, as when a documentation tool's front matter keeps a page's
 * maturity ("status: stable") above the decision's own "**Status**: accepted".
 */
static int status_field(const govlog_record *r, const govlog_record_options *opts,
			status_reading *s)
{
	int first = gl_record_find_field(r, "status");
	if (first == GL_NO_FIELD)
		return first;
	read_status(s, opts, r->fields.items[first].value);
	for (size_t i = (size_t)first + 1; s->status == GOVLOG_STATUS_UNKNOWN && i < r->fields.len;
	     i++) {
		status_reading later;
		if (strcmp(r->fields.items[i].name, "status"))
			continue;
		read_status(&later, opts, r->fields.items[i].value);
		if (later.status > GOVLOG_STATUS_UNKNOWN) {
			*s = later;
			return (int)i;
		}
	}
	return first;
}

static void derive_status(govlog_record *r, const govlog_record_options *opts)
{
	status_reading s;
	r->status_field = status_field(r, opts, &s);
	if (r->status_field == GL_NO_FIELD)
		return;
	r->status = s.status;
	if (s.note_off < s.len)
		r->status_note = gl_arena_strndup(&r->arena, s.v + s.note_off, s.len - s.note_off);
	if (s.lang && !r->lang)
		r->lang = s.lang;
	/* "accepted; supersedes ADR-0045", "Erstattet af ADR-0003": links in the status text. */
	const govlog_field *f = &r->fields.items[r->status_field];
	govlog_pos at = f->value_pos;
	if (f->style == GOVLOG_META_FRONTMATTER && is_quote_at(&r->text, at))
		at.col++;
	gl_record_add_relations(r, f->value, strlen(f->value), at, true);
}

static void derive_date(govlog_record *r)
{
	if (gl_record_find_field(r, "date") == GL_NO_FIELD && r->checkbox_date) {
		const char *key = r->lang && !strcmp(r->lang, "en") ? "Date" : "Dato";
		gl_record_add_field(r, key, strlen(key), r->checkbox_date, strlen(r->checkbox_date),
				    r->checkbox_date_pos, r->checkbox_date_pos,
				    GOVLOG_META_CHECKBOX);
	}
	r->date_field = gl_record_find_field(r, "date");
	if (r->date_field == GL_NO_FIELD)
		return;
	const char *v = r->fields.items[r->date_field].value;
	size_t len = strlen(v);
	strip_emphasis(&v, &len);
	gl_date d;
	r->date_result = gl_date_parse(v, len, &d);
	if (r->date_result == GL_DATE_OK) {
		char iso[11];
		gl_date_iso(&d, iso);
		r->date_iso = gl_arena_strdup(&r->arena, iso);
	}
}

/* A built-in type word, else one the configuration adds (compared whole), marks left out. */
static govlog_decision_type type_of(const govlog_record_options *opts, const char *v)
{
	size_t len = strlen(v);
	strip_emphasis(&v, &len);
	govlog_decision_type t = gl_vocab_type(v, len);
	for (size_t i = 0; t == GOVLOG_TYPE_UNKNOWN && i < opts->type_word_count; i++) {
		const char *w = opts->type_words[i].word;
		if (gl_utf8_ieq(v, len, w, strlen(w)))
			t = opts->type_words[i].type;
	}
	return t;
}

static void derive_type(govlog_record *r, const govlog_record_options *opts)
{
	int i = gl_record_find_field(r, "type");
	if (r->title_type_code)
		r->title_type = type_of(opts, r->title_type_code);
	if (i != GL_NO_FIELD)
		r->field_type = type_of(opts, r->fields.items[i].value);
	r->type = i != GL_NO_FIELD ? r->field_type : r->title_type;
}

static void derive_deciders(govlog_record *r)
{
	int i = gl_record_find_field(r, "deciders");
	if (i == GL_NO_FIELD)
		return;
	/* the names GitHub shows, for a field written as Markdown (md_meta.c notes them) */
	const char *v = r->deciders_shown ? r->deciders_shown : r->fields.items[i].value;
	while (*v) {
		size_t n = strcspn(v, ",;");
		const char *s = v, *e = v + n;
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		if (e > s)
			gl_vec_push(&r->deciders, gl_arena_strndup(&r->arena, s, (size_t)(e - s)));
		v += n + (v[n] != '\0');
	}
}

/* Words no English title writes: Danish letters, or a Danish word of a title ("af", "og"). */
static bool reads_danish(const char *text)
{
	static const char *const marks[] = {"æ", "ø", "å", "Æ", "Ø", "Å"};
	static const char *const words[] = {"af", "og", "til", "ikke", "skal", "ved", "fra"};
	for (size_t i = 0; text && i < GL_ARRAY_SIZE(marks); i++)
		if (strstr(text, marks[i]))
			return true;
	for (const char *w = text; w && *w;) {
		while (*w && !gl_isalpha(*w))
			w++;
		size_t n = 0;
		while (gl_isalpha(w[n]))
			n++;
		for (size_t i = 0; n && i < GL_ARRAY_SIZE(words); i++)
			if (strlen(words[i]) == n && !strncasecmp(w, words[i], n))
				return true;
		w += n;
	}
	return false;
}

/*
 * When no word of the vote below names a language: Danish when the title or
 * a heading reads Danish (a log of its own headings, "Tilgængelige
 * rapporter"), else none.
 */
static const char *language_of_text(const govlog_record *r)
{
	bool danish = reads_danish(r->title);
	for (size_t i = 0; !danish && i < r->sections.len; i++)
		danish = reads_danish(r->sections.items[i].heading);
	return danish ? "da" : "";
}

/*
 * The record's language by a vote of its words: the status word (read before,
 * in r->lang), the keys and the headings, one vote each. A team often keeps a
 * template's English keys ("Date:", "Title:") over text in its own language.
 */
static void derive_language(govlog_record *r)
{
	int da = r->lang && !strcmp(r->lang, "da"), en = r->lang && !strcmp(r->lang, "en");
	for (size_t i = 0; i < r->fields.len; i++) {
		const char *k = r->fields.items[i].key;
		/* YAML keys are English by convention: they say nothing of the text's language. */
		if (r->fields.items[i].style == GOVLOG_META_FRONTMATTER)
			continue;
		const char *lang = gl_vocab_field_language(k, strlen(k));
		da += lang && !strcmp(lang, "da");
		en += lang && !strcmp(lang, "en");
	}
	for (size_t i = 0; i < r->sections.len; i++) {
		const char *lang = gl_vocab_heading_language(r->sections.items[i].heading);
		da += lang && !strcmp(lang, "da");
		en += lang && !strcmp(lang, "en");
	}
	if (da != en)
		r->lang = da > en ? "da" : "en";
	if (!r->lang)
		r->lang = language_of_text(r);
}

/*
 * The record's metadata style: its status's, else its first field's. A
 * status ticked in a task list under its bold key is one of the record's
 * bullets (OS2's), not a "## Status" checklist.
 */
static void derive_style(govlog_record *r)
{
	if (r->status_field != GL_NO_FIELD) {
		r->style = r->status_boxes_in_bullets ? GOVLOG_META_BULLET
						      : r->fields.items[r->status_field].style;
		return;
	}
	if (r->frontmatter_error)
		r->style = GOVLOG_META_FRONTMATTER; /* the metadata is there, just unreadable */
	else
		r->style = r->fields.len ? r->fields.items[0].style : GOVLOG_META_NONE;
}

/* Digits at s: their count, the value in *n. */
static size_t leading_number(const char *s, unsigned long *n)
{
	size_t i = 0;
	*n = 0;
	while (gl_isdigit(s[i]) && i < 9)
		*n = *n * 10 + (unsigned long)(s[i++] - '0');
	return i;
}

static bool is_id_end(char c)
{
	return c == '\0' || c == '-' || c == '_' || c == '.' || c == ' ';
}

/* Whether s starts with `pattern`, where '9' stands for any digit. */
static bool has_shape(const char *s, const char *pattern)
{
	for (; *pattern; pattern++, s++)
		if (*pattern == '9' ? !gl_isdigit(*s) : *s != *pattern)
			return false;
	return is_id_end(*s);
}

/*
 * "2026-05-28-slug" or log4brains' "20260528-slug": a file named by its date.
 * The year starts with 1 or 2 and the month with 0 or 1, so "0002-12-30.md"
 * (record 2, titled "12:30") stays numbered.
 */
static bool is_dated_stem(const char *s)
{
	bool year = s[0] == '1' || s[0] == '2';
	bool compact = has_shape(s, "99999999") && (s[4] == '0' || s[4] == '1');
	bool dashed = has_shape(s, "9999-99-99") && (s[5] == '0' || s[5] == '1');
	return year && (dashed || compact);
}

gl_stem_kind gl_record_stem_number(const char *stem, unsigned long *number, size_t *letters,
				   size_t *len)
{
	size_t l = 0, sep, digits = leading_number(stem, number);
	if (is_dated_stem(stem))
		return GL_STEM_DATED;
	if (digits && is_id_end(stem[digits])) {
		*letters = 0;
		*len = digits;
		return GL_STEM_NUMBERED;
	}
	while (l < 8 && ((stem[l] >= 'A' && stem[l] <= 'Z') || (stem[l] >= 'a' && stem[l] <= 'z')))
		l++;
	sep = stem[l] == '-' || stem[l] == '_' ? 1 : 0;
	digits = l ? leading_number(stem + l + sep, number) : 0;
	if (!digits || !is_id_end(stem[l + sep + digits]))
		return GL_STEM_NONE;
	*letters = l;
	*len = l + sep + digits;
	return GL_STEM_NUMBERED;
}

/* "0007-x" → "ADR-0007", "ADR-0007-x" → "ADR-0007", "BS1-x" → "BS1"; NULL when none. */
static char *id_from_stem(govlog_record *r, const char *stem, const char *prefix,
			  unsigned long *number)
{
	char buf[64];
	unsigned long n;
	size_t letters = 0, len = 0;
	*number = 0;
	switch (gl_record_stem_number(stem, &n, &letters, &len)) {
	case GL_STEM_DATED:
		return gl_arena_strdup(&r->arena, stem);
	case GL_STEM_NONE:
		return NULL;
	default:
		break;
	}
	*number = n;
	if (!letters) {
		snprintf(buf, sizeof(buf), "%s-%04lu", prefix, n);
		return gl_arena_strdup(&r->arena, buf);
	}
	char *id = gl_arena_strndup(&r->arena, stem, len);
	for (size_t i = 0; i < letters; i++)
		if (id[i] >= 'a' && id[i] <= 'z')
			id[i] = (char)(id[i] - 32);
	return id;
}

/* The file name without its folder and its .md / .markdown extension. */
static char *file_stem(govlog_record *r)
{
	const char *base = strrchr(r->path, '/');
	base = base ? base + 1 : r->path;
	size_t len = strlen(base);
	if (len > 3 && !strcmp(base + len - 3, ".md"))
		len -= 3;
	else if (len > 9 && !strcmp(base + len - 9, ".markdown"))
		len -= 9;
	return gl_arena_strndup(&r->arena, base, len);
}

/*
 * Whether a front matter `id` is a site's page id that ends with the file's
 * ID ("adrs-adr001" for adr001-….md, as Docusaurus writes them): the same
 * record, named by its file.
 */
static bool page_id_naming(const char *id, const char *file_id)
{
	size_t n = strlen(id), f = file_id ? strlen(file_id) : 0;
	if (!f || n <= f || !strchr("-_/", id[n - f - 1]))
		return false;
	return !strcasecmp(id + n - f, file_id);
}

static void derive_id(govlog_record *r, const char *prefix)
{
	char *stem = file_stem(r);
	r->file_id = id_from_stem(r, stem, prefix, &r->file_number);
	int i = gl_record_find_field(r, "id");
	if (i != GL_NO_FIELD && r->fields.items[i].value[0] &&
	    !page_id_naming(r->fields.items[i].value, r->file_id)) {
		r->id = r->fields.items[i].value;
		return;
	}
	r->id = r->file_id;
	if (!r->id && r->title_id_number) {
		char buf[64];
		snprintf(buf, sizeof(buf), "%s-%04lu",
			 r->title_id_letters ? r->title_id_letters : prefix, r->title_id_number);
		r->id = gl_arena_strdup(&r->arena, buf);
	}
	if (!r->id)
		r->id = stem;
}

static void note_encoding(govlog_record *r, const char *data, size_t len)
{
	size_t bad;
	if (gl_utf8_validate(data, len, &bad))
		return;
	r->invalid_utf8 = true;
	r->bad_offset = bad + (r->has_bom ? 3 : 0);
	r->bad_byte = (unsigned char)data[bad];
	r->bad_pos = gl_text_pos(&r->text, bad);
}

/* A log keeps thousands of parsed records: none keeps the spare room its lists grew with. */
static void compact(govlog_record *r)
{
	gl_vec_shrink(&r->text.line_starts);
	gl_vec_shrink(&r->fields);
	gl_vec_shrink(&r->sections);
	gl_vec_shrink(&r->deciders);
	gl_vec_shrink(&r->links);
	gl_vec_shrink(&r->braced);
	gl_vec_shrink(&r->relations);
	gl_vec_shrink(&r->duplicate_keys);
}

int govlog_record_parse(govlog_record **out, const char *path, const char *data, size_t len,
			const govlog_record_options *opts)
{
	govlog_record_options defaults = GOVLOG_RECORD_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (opts->version != GOVLOG_RECORD_OPTIONS_VERSION)
		return gl_error_set(GOVLOG_EINVALID, "unsupported record options version %u",
				    opts->version);
	govlog_record *r = gl_xcalloc(1, sizeof(*r));
	/* The path, the text and what parsing keeps of it (fields, title,
	 * words): most records fit one chunk; a larger one's rest goes into
	 * further chunks. */
	gl_arena_reserve(&r->arena, len + len / 4 + strlen(path) + 512);
	r->path = gl_arena_strdup(&r->arena, path);
	r->opts = opts;
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		r->has_bom = true;
		data += 3;
		len -= 3;
	}
	char *copy = gl_arena_strndup(&r->arena, data, len);
	gl_text_init(&r->text, copy, len);
	note_encoding(r, copy, len);

	size_t body = gl_frontmatter_split(r);
	r->body_start = body;
	gl_markdown_read(r, body);

	derive_status(r, opts);
	derive_language(r);
	derive_date(r);
	derive_type(r, opts);
	derive_deciders(r);
	derive_style(r);
	derive_id(r, opts->id_prefix ? opts->id_prefix : "ADR");
	r->opts = NULL;
	compact(r);
	*out = r;
	return 0;
}
