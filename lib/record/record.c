/* The record model: the object, adding fields, the getters, freeing. */
#include "record/record_internal.h"

#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/utf8.h"
#include "record/vocab.h"
#include "record/date.h"
#include "util/error.h"
#include "util/ascii.h"
#include "util/banned.h"

const char *govlog_status_name(govlog_status s)
{
	static const char *const names[] = {"",         "unknown",    "proposed",  "accepted",
					    "rejected", "deprecated", "superseded"};
	return (unsigned)s < GL_ARRAY_SIZE(names) ? names[s] : "";
}

govlog_status govlog_status_from_word(const char *word)
{
	size_t len = strlen(word), note = len;
	govlog_status s = gl_vocab_status(word, len, &note, NULL);
	/* A whole word only: "Godkendt på mødet" names a state with a note, not a state. */
	return s > GOVLOG_STATUS_UNKNOWN && note >= len ? s : GOVLOG_STATUS_UNKNOWN;
}

int govlog_date_read(char iso[11], const char *text)
{
	gl_date d;
	size_t len = strlen(text);
	iso[0] = '\0';
	if (gl_date_parse(text, len, &d) != GL_DATE_OK)
		return gl_error_set(GOVLOG_EINVALID, "not a date: '%s'", text);
	gl_date_iso(&d, iso);
	return 0;
}

const char *govlog_type_name(govlog_decision_type t)
{
	static const char *const names[] = {"", "unknown", "architecture", "strategic",
					    "operational"};
	return (unsigned)t < GL_ARRAY_SIZE(names) ? names[t] : "";
}

const char *govlog_type_code(govlog_decision_type t)
{
	static const char *const codes[] = {"", "", "ADR", "SDR", "ODR"};
	return (unsigned)t < GL_ARRAY_SIZE(codes) ? codes[t] : "";
}

const char *gl_record_field_name(const govlog_record *r, const char *key, size_t len)
{
	const char *canon = gl_vocab_field(key, len);
	for (size_t i = 0; !canon && r->opts && i < r->opts->field_alias_count; i++) {
		const govlog_field_alias *a = &r->opts->field_aliases[i];
		if (gl_utf8_ieq(key, len, a->alias, strlen(a->alias)))
			canon = a->field;
	}
	return canon;
}

int gl_record_add_field(govlog_record *r, const char *key, size_t key_len, const char *value,
			size_t value_len, govlog_pos key_pos, govlog_pos value_pos,
			govlog_meta_style style)
{
	const char *canon = gl_record_field_name(r, key, key_len);
	govlog_field f = {
		.key = gl_arena_strndup(&r->arena, key, key_len),
		.value = gl_arena_strndup(&r->arena, value, value_len),
		.key_pos = key_pos,
		.value_pos = value_pos,
		.style = style,
	};
	if (canon) {
		f.name = canon;
	} else {
		gl_buf lower = GL_BUF_INIT;
		gl_utf8_lower(&lower, key, key_len);
		f.name = gl_arena_strndup(&r->arena, lower.ptr, lower.len);
		gl_buf_release(&lower);
	}
	gl_vec_push(&r->fields, f);
	return (int)r->fields.len - 1;
}

/* Whether a supersede field or link is already read from this line. */
static bool relation_on_line(const govlog_record *r, unsigned line)
{
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (f->key_pos.line == line &&
		    (!strcmp(f->name, "supersedes") || !strcmp(f->name, "superseded-by")))
			return true;
	}
	for (size_t i = 0; i < r->relations.len; i++)
		if (r->relations.items[i].pos.line == line)
			return true;
	return false;
}

/* Where the next supersede words start in s[from..len) (at a word's start), or len. */
static size_t next_relation(const char *s, size_t len, size_t from, bool anywhere, size_t *n,
			    bool *successor)
{
	for (size_t i = from; i < len; i++) {
		bool word_start = i == 0 || !gl_isalnum(s[i - 1]);
		if (word_start && gl_vocab_relation(s + i, len - i, n, successor))
			return i;
		if (!anywhere)
			break;
	}
	return len;
}

/*
 * Whether a reference opens s: a link, a URL, an ID ("ADR-0045", "MADR 099")
 * or a number. "Erstatter det gamle system" and "Replaces the cron job" are
 * prose, not links.
 */
static bool opens_reference(const char *s, size_t len)
{
	size_t i = 0;
	if (!len)
		return false;
	if (s[0] == '[' || s[0] == '<' || gl_isdigit(s[0]) || (len > 4 && !memcmp(s, "http", 4)))
		return true;
	while (i < len && i < 8 && gl_isalpha(s[i]))
		i++;
	if (i < 2 || i == len)
		return false;
	if (strchr("-_ ", s[i]) && i + 1 < len)
		i++;
	return gl_isdigit(s[i]);
}

void gl_record_add_relations(govlog_record *r, const char *text, size_t len, govlog_pos pos,
			     bool anywhere)
{
	size_t n = 0, at, next_n = 0;
	bool successor = false, next_successor = false;
	at = next_relation(text, len, 0, anywhere, &n, &successor);
	/* A template's list of choices ("proposed | … | superseded by ADR-0005") names nothing. */
	if (at == len || memchr(text, '|', len) || relation_on_line(r, pos.line))
		return;
	while (at < len) {
		size_t from = at + n;
		size_t end = next_relation(text, len, from, true, &next_n, &next_successor);
		while (from < end && strchr(" \t:*_(", text[from]))
			from++;
		if (!opens_reference(text + from, end - from)) {
			at = end;
			n = next_n;
			successor = next_successor;
			continue;
		}
		gl_relation rel = {
			successor, gl_arena_strndup(&r->arena, text + from, end - from),
			(govlog_pos){pos.line, pos.col + (unsigned)gl_utf8_count(text, from)},
			pos.col + (unsigned)gl_utf8_count(text, end)};
		gl_vec_push(&r->relations, rel);
		at = end;
		n = next_n;
		successor = next_successor;
	}
}

int gl_record_find_field(const govlog_record *r, const char *name)
{
	for (size_t i = 0; i < r->fields.len; i++)
		if (!strcmp(r->fields.items[i].name, name))
			return (int)i;
	return GL_NO_FIELD;
}

void govlog_record_free(govlog_record *r)
{
	if (!r)
		return;
	gl_text_release(&r->text);
	gl_vec_free(&r->fields);
	gl_vec_free(&r->sections);
	gl_vec_free(&r->deciders);
	gl_vec_free(&r->links);
	gl_vec_free(&r->braced);
	gl_vec_free(&r->relations);
	gl_vec_free(&r->duplicate_keys);
	gl_vec_free(&r->code);
	gl_vec_free(&r->pseudo_headings);
	gl_arena_release(&r->arena);
	free(r);
}

const char *govlog_record_path(const govlog_record *r)
{
	return r->path;
}

const char *govlog_record_id(const govlog_record *r)
{
	return r->id;
}

const char *govlog_record_title(const govlog_record *r)
{
	return r->title;
}

govlog_pos govlog_record_title_pos(const govlog_record *r)
{
	return r->title_pos;
}

govlog_status govlog_record_status(const govlog_record *r)
{
	return r->status;
}

const char *govlog_record_status_raw(const govlog_record *r)
{
	return r->status_field == GL_NO_FIELD ? NULL : r->fields.items[r->status_field].value;
}

const char *govlog_record_status_note(const govlog_record *r)
{
	return r->status_note;
}

const char *govlog_record_date(const govlog_record *r)
{
	return r->date_iso;
}

govlog_decision_type govlog_record_type(const govlog_record *r)
{
	return r->type;
}

govlog_meta_style govlog_record_meta_style(const govlog_record *r)
{
	return r->style;
}

const char *govlog_record_language(const govlog_record *r)
{
	return r->lang;
}

size_t govlog_record_decider_count(const govlog_record *r)
{
	return r->deciders.len;
}

const char *govlog_record_decider_at(const govlog_record *r, size_t i)
{
	return i < r->deciders.len ? r->deciders.items[i] : NULL;
}

size_t govlog_record_field_count(const govlog_record *r)
{
	return r->fields.len;
}

const govlog_field *govlog_record_field_at(const govlog_record *r, size_t i)
{
	return i < r->fields.len ? &r->fields.items[i] : NULL;
}

const govlog_field *govlog_record_field(const govlog_record *r, const char *name)
{
	int i = gl_record_find_field(r, name);
	return i == GL_NO_FIELD ? NULL : &r->fields.items[i];
}

size_t govlog_record_section_count(const govlog_record *r)
{
	return r->sections.len;
}

const govlog_section *govlog_record_section_at(const govlog_record *r, size_t i)
{
	return i < r->sections.len ? &r->sections.items[i] : NULL;
}

void gl_record_section_body(const govlog_record *r, size_t i, size_t *start, size_t *end)
{
	const govlog_section *s = &r->sections.items[i];
	*start = gl_text_line_start(&r->text, s->pos.line + 1);
	*end = i + 1 < r->sections.len
		       ? gl_text_line_start(&r->text, r->sections.items[i + 1].pos.line)
		       : r->text.len;
	if (*end < *start)
		*end = *start;
}

const char *gl_record_title_after_code(const govlog_record *r)
{
	const char *t = r->title ? r->title : "";
	/* Only a type the title was read with: "[link](x) …" is no "[SDR] …". */
	if (*t == '[' && r->title_type_code && strchr(t, ']'))
		t = strchr(t, ']') + 1;
	while (*t == ' ')
		t++;
	return t;
}

const char *gl_record_bare_title(const govlog_record *r)
{
	const char *t = gl_record_title_after_code(r);
	const char *p = t;
	while (gl_isdigit(*p))
		p++;
	if (p > t && *p == '.' && p[1] == ' ')
		t = p + 2;
	return t;
}

const char *gl_record_body(const govlog_record *r, size_t *len)
{
	*len = r->text.len - r->body_start;
	return r->text.data + r->body_start;
}

bool gl_record_id_split(const char *s, size_t len, char letters[9], unsigned long *number)
{
	size_t i = 0;
	while (i < len && i < 8 && gl_isalpha(s[i]))
		letters[i] = gl_toupper(s[i]), i++;
	letters[i] = '\0';
	if (i < 2 || i == len)
		return false;
	if (s[i] == '-' || s[i] == '_' || s[i] == ' ')
		i++;
	*number = 0;
	size_t digits = 0;
	while (i < len && gl_isdigit(s[i]) && digits < 9)
		*number = *number * 10 + (unsigned long)(s[i++] - '0'), digits++;
	return digits && i == len;
}

/* The one record whose ID has the letters and number of `id`, or NULL when none or several do. */
static const govlog_record *find_by_number(govlog_record *const *records, size_t count,
					   const char *id, size_t len)
{
	char want[9], letters[9];
	unsigned long number, n;
	if (!gl_record_id_split(id, len, want, &number))
		return NULL;
	const govlog_record *found = NULL;
	for (size_t i = 0; i < count; i++) {
		const char *rid = govlog_record_id(records[i]);
		if (!gl_record_id_split(rid, strlen(rid), letters, &n) || n != number ||
		    strcmp(letters, want))
			continue;
		if (found)
			return NULL; /* FR-12 and FR-0012 both: say neither */
		found = records[i];
	}
	return found;
}

const govlog_record *gl_records_find_id(govlog_record *const *records, size_t count, const char *id)
{
	size_t n = strlen(id);
	for (size_t i = 0; i < count; i++) {
		const char *rid = govlog_record_id(records[i]);
		if (gl_utf8_ieq(rid, strlen(rid), id, n))
			return records[i];
	}
	return find_by_number(records, count, id, n);
}
