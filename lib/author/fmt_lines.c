/* The lines of a record fmt writes again (its metadata) and the ones it keeps byte for byte. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "author/fmt_internal.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/banned.h"

bool gl_fmt_status_heading(const char *h)
{
	return !strcasecmp(h, "status") || !strcasecmp(h, "status:");
}

bool gl_fmt_metadata_heading(const char *h)
{
	return gl_fmt_status_heading(h) || !strcasecmp(h, "metadata") ||
	       !strcasecmp(h, "metadata:");
}

bool gl_fmt_blank_line(const govlog_record *r, unsigned l)
{
	size_t a = gl_text_line_start(&r->text, l), b = gl_text_line_end(&r->text, l);
	for (; a < b; a++)
		if (!strchr(" \t\r", r->text.data[a]))
			return false;
	return true;
}

bool gl_fmt_rewrites_field(const gl_fmt *fmt, const govlog_field *f)
{
	(void)fmt;
	/* A checkbox trail says more than a status: it stays where it is, as it is.
	 * A link read from the Status section ("Superseded by …") is part of its
	 * text: it goes where the status goes, or stays with the section. */
	/* A key Jekyll reads to place the page stays in front matter, as written. */
	return f->style != GOVLOG_META_CHECKBOX &&
	       (f->style != GOVLOG_META_STATUS_SECTION || !strcmp(f->name, "status")) &&
	       (f->style != GOVLOG_META_FRONTMATTER || !gl_vocab_site_key(f->name));
}

size_t gl_fmt_col_offset(const govlog_record *r, unsigned l, unsigned col)
{
	size_t at = gl_text_line_start(&r->text, l), end = gl_text_line_end(&r->text, l);
	for (unsigned c = 1; c < col && at < end; c++) {
		at++;
		while (at < end && ((unsigned char)r->text.data[at] & 0xC0) == 0x80)
			at++;
	}
	return at;
}

bool gl_fmt_field_line(const govlog_record *r, unsigned l)
{
	for (size_t i = 0; i < r->fields.len; i++)
		if (r->fields.items[i].key_pos.line == l)
			return true;
	return false;
}

/* Whether line l goes on with the text of the line before (no blank, item, heading or field). */
static bool continues(const govlog_record *r, unsigned l)
{
	if (l > gl_text_line_count(&r->text) || gl_fmt_blank_line(r, l) || gl_fmt_field_line(r, l))
		return false;
	const char *s = r->text.data + gl_text_line_start(&r->text, l);
	while (*s == ' ' || *s == '\t')
		s++;
	if (strchr("-*+#>|", *s))
		return false;
	while (gl_isdigit(*s))
		s++;
	return !(s > r->text.data && (*s == '.' || *s == ')') && gl_isdigit(s[-1]));
}

bool gl_fmt_source_value(gl_buf *out, const govlog_record *r, const govlog_field *f)
{
	if (f->style == GOVLOG_META_FRONTMATTER || f->style == GOVLOG_META_CHECKBOX)
		return false;
	unsigned l = f->value_pos.line ? f->value_pos.line : f->key_pos.line;
	if (continues(r, l + 1))
		return false;
	if (!f->value[0])
		return true;
	size_t a = gl_fmt_col_offset(r, l, f->value_pos.col), b = gl_text_line_end(&r->text, l);
	while (b > a && strchr(" \t\r", r->text.data[b - 1]))
		b--;
	gl_buf_put(out, r->text.data + a, b - a);
	return true;
}

size_t gl_fmt_indent(const char *line)
{
	size_t n = strspn(line, " ");
	return line[n] == '\t' ? SIZE_MAX : n;
}

/* Where a list item's text starts on its line: after the indent, the marker and its spaces. */
static size_t item_text_column(const govlog_record *r, unsigned l)
{
	const char *s = r->text.data + gl_text_line_start(&r->text, l), *p = s;
	while (*p == ' ')
		p++;
	if (*p == '-' || *p == '*' || *p == '+')
		p++;
	else
		while (gl_isdigit(*p) || *p == '.' || *p == ')')
			p++;
	while (*p == ' ')
		p++;
	return (size_t)(p - s);
}

size_t gl_fmt_nested_lines(const govlog_record *r, const govlog_field *f, unsigned *from,
			   unsigned *to)
{
	unsigned lines = gl_text_line_count(&r->text), l = f->key_pos.line + 1, end = l;
	*from = *to = l;
	if (f->style != GOVLOG_META_BULLET)
		return 0;
	size_t column = item_text_column(r, f->key_pos.line);
	/* A blank line inside the item is its own when an indented line follows it. */
	for (; l <= lines; l++) {
		if (gl_fmt_blank_line(r, l))
			continue;
		if (gl_fmt_indent(r->text.data + gl_text_line_start(&r->text, l)) < 1 ||
		    gl_fmt_field_line(r, l))
			break;
		end = l + 1;
	}
	*to = end;
	return column;
}

/* Whether the item's own line holds text after the key: then the nested list is not the value. */
static bool key_line_has_value(const govlog_record *r, const govlog_field *f)
{
	unsigned l = f->key_pos.line;
	size_t a = gl_fmt_col_offset(r, l, f->value_pos.col), b = gl_text_line_end(&r->text, l);
	return f->value_pos.line != l || a + strspn(r->text.data + a, " \t\r") < b;
}

/* Whether the n bytes at p hold the start of an HTML comment. */
static bool holds_comment(const char *p, size_t n)
{
	for (size_t i = 0; i + 4 <= n; i++)
		if (!memcmp(p + i, "<!--", 4))
			return true;
	return false;
}

/*
 * Whether lines [from, to) are a list of plain one-line items at one indent
 * (no task boxes, no text or lists below an item), blank lines between.
 */
static bool plain_items(const govlog_record *r, unsigned from, unsigned to)
{
	size_t indent = SIZE_MAX;
	for (unsigned l = from; l < to; l++) {
		if (gl_fmt_blank_line(r, l))
			continue;
		size_t a = gl_text_line_start(&r->text, l), b = gl_text_line_end(&r->text, l);
		const char *s = r->text.data + a;
		size_t n = strspn(s, " ");
		/* an HTML comment is no part of the value: folding would lose it */
		if (holds_comment(s + n, b - a - n) || (indent != SIZE_MAX && n != indent) ||
		    !strchr("-*+", s[n]) || s[n + 1] != ' ' ||
		    (s[n + 2] == '[' && s[n + 3] && s[n + 4] == ']'))
			return false;
		indent = n;
	}
	return true;
}

bool gl_fmt_nested_is_value(const govlog_record *r, const govlog_field *f)
{
	unsigned from, to;
	gl_fmt_nested_lines(r, f, &from, &to);
	return to > from && !key_line_has_value(r, f) && plain_items(r, from, to);
}

/* Whether line l holds a field the header does not write (a link read from the status). */
static bool kept_field_line(const gl_fmt *fmt, unsigned l)
{
	for (size_t i = 0; i < fmt->r->fields.len; i++)
		if (fmt->r->fields.items[i].key_pos.line == l &&
		    !gl_fmt_rewrites_field(fmt, &fmt->r->fields.items[i]))
			return true;
	return false;
}

void gl_fmt_status_rest(gl_fmt *fmt, const govlog_field *status)
{
	const govlog_record *r = fmt->r;
	if (status->style != GOVLOG_META_STATUS_SECTION || !status->value_pos.line)
		return;
	unsigned lines = gl_text_line_count(&r->text), first = status->value_pos.line + 1, l;
	for (l = first; l <= lines && !gl_fmt_blank_line(r, l); l++)
		if (!kept_field_line(fmt, l))
			return;
	for (unsigned k = first; k < l; k++) {
		size_t a = gl_text_line_start(&r->text, k), b = gl_text_line_end(&r->text, k);
		gl_buf_put(fmt->out, r->text.data + a, b - a);
		gl_buf_putc(fmt->out, '\n');
	}
}

/* The Status section's heading and its first paragraph (the status): lines [from, to). */
static void status_paragraph(const govlog_record *r, const govlog_field *f, unsigned *from,
			     unsigned *to)
{
	unsigned lines = gl_text_line_count(&r->text), l = f->value_pos.line;
	*from = l;
	for (size_t i = 0; i < r->sections.len; i++)
		if (gl_fmt_status_heading(r->sections.items[i].heading) &&
		    r->sections.items[i].pos.line <= l)
			*from = r->sections.items[i].pos.line;
	while (l <= lines && !gl_fmt_blank_line(r, l))
		l++;
	*to = l;
}

/* Marks the lines the header writes again: front matter, title, field lines, the status. */
static void mark_metadata(const gl_fmt *fmt, bool *drop, unsigned lines)
{
	const govlog_record *r = fmt->r;
	for (unsigned l = 1; r->has_frontmatter && l <= lines; l++) {
		drop[l] = true;
		const char *s = r->text.data + gl_text_line_start(&r->text, l);
		if (l > 1 && !strncmp(s, "---", 3))
			break;
	}
	if (r->title)
		drop[r->title_pos.line] = true;
	for (unsigned l = 1; l < fmt->lead_to && l <= lines; l++)
		drop[l] = true; /* the header wrote them above the title */
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (f->style == GOVLOG_META_FRONTMATTER || !gl_fmt_rewrites_field(fmt, f))
			continue;
		unsigned from = f->key_pos.line, to = from + 1, nested_from, nested_to;
		if (f->style == GOVLOG_META_STATUS_SECTION)
			status_paragraph(r, f, &from, &to);
		else if (gl_fmt_nested_lines(r, f, &nested_from, &nested_to))
			to = nested_to; /* they go where the field goes */
		for (unsigned l = from; l < to && l <= lines; l++)
			drop[l] = true;
	}
}

/* Whether the form writes a "## Status" section of its own (adr-tools'), as the header does. */
static bool writes_status_section(const gl_fmt *fmt)
{
	int i = gl_record_find_field(fmt->r, "status");
	return !strcmp(fmt->profile->name, "nygard") && i != GL_NO_FIELD &&
	       gl_fmt_rewrites_field(fmt, &fmt->r->fields.items[i]);
}

/*
 * A "## Metadata" heading whose lines all held metadata goes with them; so
 * does an empty "## Status" heading where the form writes its own Status
 * section: it would follow that one as a second. Any other heading is the
 * record's own and stays.
 */
static void drop_emptied_headings(const gl_fmt *fmt, bool *drop, unsigned lines)
{
	const govlog_record *r = fmt->r;
	bool own_status = writes_status_section(fmt);
	for (size_t i = 0; i < r->sections.len; i++) {
		const char *name = r->sections.items[i].heading;
		if (!gl_fmt_metadata_heading(name))
			continue;
		unsigned h = r->sections.items[i].pos.line,
			 end = i + 1 < r->sections.len ? r->sections.items[i + 1].pos.line
						       : lines + 1;
		bool dropped_any = false, kept_text = false;
		for (unsigned l = h + 1; l < end; l++) {
			dropped_any = dropped_any || drop[l];
			kept_text = kept_text || (!drop[l] && !gl_fmt_blank_line(r, l));
		}
		if ((dropped_any || (own_status && gl_fmt_status_heading(name))) && !kept_text)
			for (unsigned l = h; l < end; l++)
				drop[l] = true;
	}
}

/* Whether what was written since `start` ends with a blank line. */
static bool ends_blank(const gl_buf *out, size_t start)
{
	const char *p = out->ptr + out->len;
	size_t n = out->len - start;
	return (n >= 2 && p[-1] == '\n' && p[-2] == '\n') ||
	       (n >= 3 && p[-1] == '\n' && p[-2] == '\r' && p[-3] == '\n');
}

void gl_fmt_content(gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	unsigned lines = gl_text_line_count(&r->text);
	bool *drop = gl_xcalloc(lines + 2, sizeof(bool));
	mark_metadata(fmt, drop, lines);
	drop_emptied_headings(fmt, drop, lines);
	size_t start = fmt->out->len;
	bool gap = false; /* lines were dropped since the last line of text */
	for (unsigned l = 1; l <= lines; l++) {
		size_t a = gl_text_line_start(&r->text, l);
		size_t b = l < lines ? gl_text_line_start(&r->text, l + 1) : r->text.len;
		if (l == fmt->meta_line) /* the metadata list, where the author put it */
			gl_buf_put(fmt->out, fmt->in_place.ptr, fmt->in_place.len);
		gap = (gap || drop[l]) && (drop[l] || gl_fmt_blank_line(r, l));
		/* a blank line after one: the two around the lines that went are one */
		bool doubled = gap && gl_fmt_blank_line(r, l) && ends_blank(fmt->out, start);
		if (!drop[l] && !doubled && !(gl_fmt_blank_line(r, l) && fmt->out->len == start))
			gl_buf_put(fmt->out, r->text.data + a, b - a);
	}
	free(drop);
}
