/* Whether a rewritten record still says all the old one said: fmt's last guard before it writes. */
#include <stdlib.h>
#include <string.h>

#include "author/fmt_internal.h"
#include "util/banned.h"

static bool same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

static const char *date_text(const govlog_record *r)
{
	if (r->date_iso)
		return r->date_iso;
	return r->date_field == GL_NO_FIELD ? NULL : r->fields.items[r->date_field].value;
}

/* Fields other than those compared as derived values; n-th of a name against n-th. */
static bool same_fields(const govlog_record *a, const govlog_record *b, const char **what)
{
	static const char *const derived[] = {"status", "date", "deciders", "type", NULL};
	for (size_t i = 0; i < a->fields.len; i++) {
		const govlog_field *f = &a->fields.items[i];
		bool skip = false;
		for (size_t k = 0; derived[k]; k++)
			skip = skip || !strcmp(f->name, derived[k]);
		size_t nth = 0, seen = 0;
		for (size_t k = 0; k < i; k++)
			nth += !strcmp(a->fields.items[k].name, f->name);
		const govlog_field *g = NULL;
		for (size_t k = 0; !skip && !g && k < b->fields.len; k++)
			if (!strcmp(b->fields.items[k].name, f->name) && seen++ == nth)
				g = &b->fields.items[k];
		if (!skip && (!g || strcmp(f->value, g->value))) {
			*what = f->name;
			return false;
		}
	}
	return true;
}

static bool same_deciders(const govlog_record *a, const govlog_record *b)
{
	if (a->deciders.len != b->deciders.len)
		return false;
	for (size_t i = 0; i < a->deciders.len; i++)
		if (strcmp(a->deciders.items[i], b->deciders.items[i]))
			return false;
	return true;
}

static bool same_links(const govlog_record *a, const govlog_record *b)
{
	if (a->links.len != b->links.len || a->relations.len != b->relations.len)
		return false;
	for (size_t i = 0; i < a->links.len; i++)
		if (strcmp(a->links.items[i].url, b->links.items[i].url))
			return false;
	for (size_t i = 0; i < a->relations.len; i++)
		if (a->relations.items[i].successor != b->relations.items[i].successor ||
		    strcmp(a->relations.items[i].text, b->relations.items[i].text))
			return false;
	return true;
}

/*
 * The field whose item line l is nested in, and that item's text column:
 * fmt moves such lines with their field, indented for the form's marker, or
 * writes them as its value. NULL for other lines.
 */
static const govlog_field *nested_in(const govlog_record *r, unsigned l, size_t *column)
{
	for (size_t i = 0; i < r->fields.len; i++) {
		unsigned from, to;
		*column = gl_fmt_nested_lines(r, &r->fields.items[i], &from, &to);
		if (l >= from && l < to)
			return &r->fields.items[i];
	}
	*column = 0;
	return NULL;
}

/* Appends lines [from, to) that are not metadata and not blank, each ending in '\n'. */
static void text_of(gl_buf *out, const govlog_record *r, unsigned from, unsigned to)
{
	for (unsigned l = from; l < to && l <= gl_text_line_count(&r->text); l++) {
		size_t column;
		const govlog_field *owner = nested_in(r, l, &column);
		/* a list that is its field's value is compared as that value */
		if (gl_fmt_blank_line(r, l) || gl_fmt_field_line(r, l) ||
		    (owner && gl_fmt_nested_is_value(r, owner)))
			continue;
		size_t a = gl_text_line_start(&r->text, l), b = gl_text_line_end(&r->text, l);
		for (; column && a < b && r->text.data[a] == ' '; column--)
			a++;
		while (b > a && r->text.data[b - 1] == '\r')
			b--;
		gl_buf_put(out, r->text.data + a, b - a);
		gl_buf_putc(out, '\n');
	}
}

/*
 * Every section's heading and text, the status paragraph of a Status section
 * left out (it is the status); a section of metadata only is no text.
 */
static void sections(gl_buf *out, const govlog_record *r)
{
	unsigned lines = gl_text_line_count(&r->text);
	bool checkbox = r->status_field != GL_NO_FIELD &&
			r->fields.items[r->status_field].style == GOVLOG_META_CHECKBOX;
	unsigned first = r->sections.len ? r->sections.items[0].pos.line : lines + 1;
	if (r->title && r->title_pos.line < first)
		text_of(out, r, r->title_pos.line + 1, first);
	for (size_t i = 0; i < r->sections.len; i++) {
		const govlog_section *s = &r->sections.items[i];
		unsigned from = s->pos.line + 1, to = i + 1 < r->sections.len
							      ? r->sections.items[i + 1].pos.line
							      : lines + 1;
		if (gl_fmt_status_heading(s->heading) && !checkbox) {
			while (from < to && gl_fmt_blank_line(r, from))
				from++;
			while (from < to && !gl_fmt_blank_line(r, from))
				from++;
		}
		size_t at = out->len;
		text_of(out, r, from, to);
		bool has_text = out->len > at, has_field = gl_fmt_metadata_heading(s->heading);
		gl_buf_truncate(out, at);
		if (!has_text && has_field)
			continue;
		gl_buf_printf(out, "%d %s\n", s->level, s->heading);
		text_of(out, r, from, to);
	}
}

const char *gl_fmt_title_words(const govlog_record *r)
{
	const char *t = gl_record_title_after_code(r);
	const char *p = t;
	while (*p >= '0' && *p <= '9')
		p++;
	if (p > t && *p == '.' && p[1] == ' ' && r->file_number &&
	    strtoul(t, NULL, 10) == r->file_number)
		t = p + 2;
	return t;
}

/* The number a title starts with ("7. …", after any "[SDR] "); 0 when none. */
static unsigned long lead_number(const govlog_record *r)
{
	const char *t = gl_record_title_after_code(r);
	const char *p = t;
	while (*p >= '0' && *p <= '9')
		p++;
	return p > t && p[0] == '.' && p[1] == ' ' ? strtoul(t, NULL, 10) : 0;
}

/* The title's own words (with a number that is not the file's) and its type code. */
static bool same_title(const govlog_record *a, const govlog_record *b)
{
	if (!same(gl_fmt_title_words(a), gl_fmt_title_words(b)))
		return false;
	/* "34. 1. one" written "1. one" in record 34: the words are the same, the number is not. */
	unsigned long nb = lead_number(b);
	if (nb && nb != b->file_number && nb != lead_number(a))
		return false;
	/* A form without a code ("7. …") may drop one the type field says too. */
	if (a->title_type_code && !b->title_type_code)
		return a->title_type == govlog_record_type(a);
	if (!a->title_type_code && b->title_type_code)
		return b->title_type == govlog_record_type(a);
	return same(a->title_type_code, b->title_type_code);
}

bool gl_fmt_same_content(const govlog_record *a, const govlog_record *b, bool canonical_words,
			 const char **what)
{
	gl_buf sa = GL_BUF_INIT, sb = GL_BUF_INIT;
	*what = NULL;
	if (!same(govlog_record_id(a), govlog_record_id(b)))
		*what = "id";
	else if (!same_title(a, b))
		*what = "title";
	else if (a->status != b->status || !same(a->status_note, b->status_note) ||
		 (!canonical_words &&
		  !same(govlog_record_status_raw(a), govlog_record_status_raw(b))))
		*what = "status";
	else if (!same(date_text(a), date_text(b)))
		*what = "date";
	else if (govlog_record_type(a) != govlog_record_type(b))
		*what = "type";
	else if (!same_deciders(a, b))
		*what = "deciders";
	else if (!same_links(a, b))
		*what = "links";
	else if (same_fields(a, b, what) && same_fields(b, a, what)) {
		sections(&sa, a);
		sections(&sb, b);
		if (sa.len != sb.len || memcmp(sa.ptr, sb.ptr, sa.len))
			*what = "sections";
	}
	gl_buf_release(&sa);
	gl_buf_release(&sb);
	return !*what;
}
