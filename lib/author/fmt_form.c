/* The header of each profile's form, from the record's own fields and values as written. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "author/encode.h"
#include "author/fmt_internal.h"
#include "record/vocab.h"
#include "util/text.h"
#include "util/banned.h"

/* A record with more fields than this is left as it is: comparing them would cost too much. */
#define GL_FMT_MAX_FIELDS 256

enum { AS_MD = 0, AS_YAML = 1 };

static const govlog_field *field_of(const govlog_record *r, const char *name)
{
	int i = gl_record_find_field(r, name);
	return i == GL_NO_FIELD ? NULL : &r->fields.items[i];
}

/* A field the header writes (not a checkbox trail's), or NULL. */
static const govlog_field *written(const gl_fmt *fmt, const char *name)
{
	const govlog_field *f = field_of(fmt->r, name);
	return f && gl_fmt_rewrites_field(fmt, f) ? f : NULL;
}

/* The lines after a front matter key up to the next key: a value YAML writes over lines. */
static bool spans_lines(const govlog_record *r, const govlog_field *f)
{
	unsigned next = 0;
	for (size_t i = 0; i < r->fields.len; i++) {
		unsigned l = r->fields.items[i].key_pos.line;
		if (r->fields.items[i].style == GOVLOG_META_FRONTMATTER && l > f->key_pos.line &&
		    (!next || l < next))
			next = l;
	}
	if (!next) { /* the closing "---" */
		next = f->key_pos.line + 1;
		while (next <= gl_text_line_count(&r->text) &&
		       strncmp(r->text.data + gl_text_line_start(&r->text, next), "---", 3))
			next++;
	}
	return next > f->key_pos.line + 1;
}

/* Whether a list is nested under the field's own item. */
static bool has_nested(const govlog_record *r, const govlog_field *f)
{
	unsigned from, to;
	gl_fmt_nested_lines(r, f, &from, &to);
	return to > from;
}

/* The value of f for a YAML scalar or Markdown text, as written wherever it can be. */
static void put_value(gl_fmt *fmt, const govlog_field *f, int as, unsigned md_flags)
{
	gl_buf src = GL_BUF_INIT;
	/* A form without bullets folds a list nested under the key into the value
	 * the reader made of it (refuse_nested has seen that nothing else is there). */
	bool folded = !fmt->bullets && has_nested(fmt->r, f);
	bool copied = !folded && gl_fmt_source_value(&src, fmt->r, f);
	if (f->style != GOVLOG_META_FRONTMATTER && !copied && !folded)
		gl_fmt_refuse(fmt, GL_T_FMT_LEFT_LINES, f->key);
	else if (as == AS_YAML)
		gl_encode_yaml(fmt->out, f->value, false);
	else if (copied)
		gl_buf_put(fmt->out, src.ptr, src.len);
	else
		gl_encode_md(fmt->out, f->value, md_flags);
	gl_buf_release(&src);
}

/* The length of the status word in the status as written (the note and its separator after it). */
static size_t word_length(const govlog_record *r)
{
	const char *raw = govlog_record_status_raw(r);
	size_t n = strlen(raw), note = r->status_note ? strlen(r->status_note) : 0;
	n = note <= n ? n - note : n;
	while (n && strchr(" \t-:,;", raw[n - 1]))
		n--;
	return n;
}

/* The status as written; with canonical words, the profile's word, the rest as written. */
static void put_status(gl_fmt *fmt, const govlog_field *f, int as, govlog_lang lang, bool lower)
{
	const govlog_record *r = fmt->r;
	govlog_status s = r->status;
	if (!fmt->canonical_words || s <= GOVLOG_STATUS_UNKNOWN) {
		put_value(fmt, f, as, GL_MD_LINE_START);
		return;
	}
	const char *word = lower ? govlog_status_name(s) : gl_vocab_status_word(s, lang);
	size_t wl = word_length(r);
	gl_buf src = GL_BUF_INIT, v = GL_BUF_INIT;
	if (as != AS_YAML && gl_fmt_source_value(&src, r, f) && src.len >= wl) {
		gl_buf_puts(fmt->out, word);
		gl_buf_put(fmt->out, src.ptr + wl, src.len - wl);
	} else {
		gl_buf_printf(&v, "%s%s", word, govlog_record_status_raw(r) + wl);
		if (as == AS_YAML)
			gl_encode_yaml(fmt->out, v.ptr, false);
		else
			gl_encode_md(fmt->out, v.ptr, GL_MD_LINE_START);
	}
	gl_buf_release(&src);
	gl_buf_release(&v);
}

/* An ISO date; a value that is no date stays as written (and fmt says so). */
static void put_date(gl_fmt *fmt, const govlog_field *f, int as)
{
	if (fmt->r->date_iso) {
		gl_buf_puts(fmt->out, fmt->r->date_iso);
		return;
	}
	fmt->kept_date = fmt->kept_date || f->value[0];
	put_value(fmt, f, as, 0);
}

static void put_field(gl_fmt *fmt, const govlog_field *f, int as, govlog_lang lang, bool lower)
{
	if (!strcmp(f->name, "status") && f == field_of(fmt->r, "status"))
		put_status(fmt, f, as, lang, lower);
	else if (!strcmp(f->name, "date") && f == field_of(fmt->r, "date"))
		put_date(fmt, f, as);
	else
		put_value(fmt, f, as, 0);
}

/* Ends a field's line: no space after a key whose value is below it. */
static void end_line(gl_buf *out)
{
	while (out->len && out->ptr[out->len - 1] == ' ')
		out->len--;
	gl_buf_putc(out, '\n');
}

/*
 * The lines nested under a bullet field, moved with it and indented for the
 * form's "- " as they were for the item's own marker, so a nested list stays
 * the item's and the metadata list stays tight.
 */
static void put_nested(gl_fmt *fmt, const govlog_field *f)
{
	const govlog_record *r = fmt->r;
	unsigned from, to;
	size_t column = gl_fmt_nested_lines(r, f, &from, &to);
	for (unsigned l = from; fmt->bullets && l < to; l++) {
		size_t a = gl_text_line_start(&r->text, l), b = gl_text_line_end(&r->text, l);
		size_t indent = gl_fmt_indent(r->text.data + a);
		if (gl_fmt_blank_line(r, l)) { /* a blank line inside the item */
			gl_buf_putc(fmt->out, '\n');
			continue;
		}
		if (indent == SIZE_MAX || indent < column) {
			/* a tab's width, or whose line it is, the reader decides */
			gl_fmt_refuse(fmt, GL_T_FMT_LEFT_LINES, f->key);
			return;
		}
		for (size_t k = 0; k < indent - column + 2; k++)
			gl_buf_putc(fmt->out, ' ');
		gl_buf_put(fmt->out, r->text.data + a + indent, b - a - indent);
		gl_buf_putc(fmt->out, '\n');
	}
}

static bool listed(const char *name, const char *const *names)
{
	for (; *names; names++)
		if (!strcmp(name, *names))
			return true;
	return false;
}

/* The fields the form has no place of its own for, each with its key as written. */
static void extras(gl_fmt *fmt, const char *const *placed, const char *lead, const char *sep,
		   int as)
{
	const govlog_record *r = fmt->r;
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (!gl_fmt_rewrites_field(fmt, f) || listed(f->name, placed))
			continue;
		if (f->style == GOVLOG_META_FRONTMATTER && spans_lines(r, f))
			gl_fmt_refuse(fmt, GL_T_FMT_LEFT_FORM, f->key);
		gl_buf_puts(fmt->out, lead);
		if (as == AS_YAML)
			gl_encode_yaml(fmt->out, f->key, false);
		else
			gl_buf_puts(fmt->out, f->key);
		gl_buf_puts(fmt->out, sep);
		put_field(fmt, f, as, GOVLOG_LANG_EN, true);
		end_line(fmt->out);
		put_nested(fmt, f);
	}
}

/*
 * The title without its type code, and without its number when that is the
 * file's ("7. …" in 0007-x.md): another number ("1. one" in record 7, "2. …"
 * in a record named by its date) is the title's own and stays.
 */
static const char *bare_title(const govlog_record *r)
{
	return gl_fmt_title_words(r);
}

/* Skips "N. " at *p when it is there. */
static void skip_number(const char **p, const char *e)
{
	const char *q = *p;
	while (q < e && *q >= '0' && *q <= '9')
		q++;
	if (q > *p && q + 1 < e && q[0] == '.' && q[1] == ' ')
		*p = q + 2;
}

/*
 * The title's words as its heading writes them, Markdown kept ("Use `make`"):
 * the heading line without its marks, closing sequence, and the code and
 * number the form writes its own way. False when the title is no ATX
 * heading of the text (a front matter title:).
 */
static bool written_title_words(gl_buf *out, const govlog_record *r)
{
	unsigned l = r->title_pos.line;
	const char *line = r->text.data + gl_text_line_start(&r->text, l);
	if (line[strspn(line, " ")] != '#')
		return false;
	/* the title's position is where its text starts, after the marks */
	const char *p = r->text.data + gl_fmt_col_offset(r, l, r->title_pos.col),
		   *e = r->text.data + gl_text_line_end(&r->text, l);
	e = p + gl_atx_text_len(p, (size_t)(e - p)); /* an optional closing "##" goes */
	if (r->title_type_code && p < e && *p == '[' && memchr(p, ']', (size_t)(e - p))) {
		p = (const char *)memchr(p, ']', (size_t)(e - p)) + 1;
		while (p < e && *p == ' ')
			p++;
	}
	if (gl_fmt_title_words(r) != gl_record_title_after_code(r))
		skip_number(&p, e); /* the file's number, which the form writes its own way */
	gl_buf_put(out, p, (size_t)(e - p));
	return p < e;
}

/* "# PREFIX title": the original line when it already says that. */
static void title(gl_fmt *fmt, const char *prefix)
{
	const govlog_record *r = fmt->r;
	if (!r->title)
		return;
	gl_buf t = GL_BUF_INIT, words = GL_BUF_INIT;
	gl_buf_printf(&t, "%s%s", prefix, bare_title(r));
	size_t a = gl_text_line_start(&r->text, r->title_pos.line),
	       b = gl_text_line_end(&r->text, r->title_pos.line);
	if (!strcmp(t.ptr, r->title) && b - a > 2 && !strncmp(r->text.data + a, "# ", 2)) {
		gl_buf_put(fmt->out, r->text.data + a, b - a);
	} else {
		gl_buf_printf(fmt->out, "# %s", prefix);
		/* as written, so its code and emphasis stay; the read-back compares the words */
		if (written_title_words(&words, r))
			gl_buf_put(fmt->out, words.ptr, words.len);
		else
			gl_encode_md(fmt->out, bare_title(r), GL_MD_HEADING);
	}
	gl_buf_puts(fmt->out, "\n\n");
	gl_buf_release(&t);
	gl_buf_release(&words);
}

/* Front matter kept line for line; only a date in another form becomes ISO, or a status word
 * canonical. */
static void frontmatter_in_place(gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	const govlog_field *date = field_of(r, "date"), *status = field_of(r, "status");
	unsigned lines = gl_text_line_count(&r->text);
	for (unsigned l = 1; l <= lines; l++) {
		size_t a = gl_text_line_start(&r->text, l),
		       b = l < lines ? gl_text_line_start(&r->text, l + 1) : r->text.len;
		const govlog_field *f = NULL;
		if (date && date->style == GOVLOG_META_FRONTMATTER && date->value_pos.line == l &&
		    r->date_iso && strcmp(date->value, r->date_iso))
			f = date;
		if (fmt->canonical_words && status && status->value_pos.line == l &&
		    status->style == GOVLOG_META_FRONTMATTER && r->status > GOVLOG_STATUS_UNKNOWN)
			f = status;
		if (f) {
			size_t v = gl_fmt_col_offset(r, l, f->value_pos.col),
			       e = gl_text_line_end(&r->text, l);
			gl_buf_put(fmt->out, r->text.data + a, v - a);
			put_field(fmt, f, AS_YAML, GOVLOG_LANG_EN, true);
			v += gl_encode_yaml_end(r->text.data + v, e - v);
			gl_buf_put(fmt->out, r->text.data + v, b - v);
		} else {
			gl_buf_put(fmt->out, r->text.data + a, b - a);
		}
		if (l > 1 && !strncmp(r->text.data + a, "---", 3))
			break;
	}
}

/* The front matter field whose lines include line l (a key's value may go on over lines). */
static const govlog_field *frontmatter_owner(const govlog_record *r, unsigned l)
{
	const govlog_field *owner = NULL;
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (f->style == GOVLOG_META_FRONTMATTER && f->key_pos.line <= l &&
		    (!owner || f->key_pos.line > owner->key_pos.line))
			owner = f;
	}
	return owner;
}

/*
 * For a form that keeps its metadata in the text: the front matter lines of
 * the keys Jekyll reads (layout, parent, nav_order…), line for line, so the
 * page keeps its place on the site; nothing when there are none.
 */
static void site_frontmatter(gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	bool any = false;
	for (size_t i = 0; r->has_frontmatter && i < r->fields.len; i++)
		any = any || (r->fields.items[i].style == GOVLOG_META_FRONTMATTER &&
			      !gl_fmt_rewrites_field(fmt, &r->fields.items[i]));
	if (!any)
		return;
	gl_buf_puts(fmt->out, "---\n");
	unsigned lines = gl_text_line_count(&r->text);
	for (unsigned l = 2; l <= lines; l++) {
		size_t a = gl_text_line_start(&r->text, l),
		       b = l < lines ? gl_text_line_start(&r->text, l + 1) : r->text.len;
		if (!strncmp(r->text.data + a, "---", 3))
			break;
		const govlog_field *owner = frontmatter_owner(r, l);
		if (owner && !gl_fmt_rewrites_field(fmt, owner))
			gl_buf_put(fmt->out, r->text.data + a, b - a);
	}
	gl_buf_puts(fmt->out, "---\n\n");
}

/* Whether the body after the front matter opens with a blank line. */
static bool blank_after_frontmatter(const govlog_record *r)
{
	return r->body_start < r->text.len &&
	       gl_fmt_blank_line(r, gl_text_pos(&r->text, r->body_start).line);
}

/*
 * The lines between the front matter and a title that are not all blank
 * (MADR's own "<!-- markdownlint-disable-next-line MD025 -->" over its title)
 * stay above it: written here as they are, and passed over by the content
 * (fmt->lead_to). False when there are none.
 */
static bool keeps_lead(gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	if (r->body_start >= r->text.len || r->title_pos.line < 1)
		return false;
	unsigned from = gl_text_pos(&r->text, r->body_start).line, to = r->title_pos.line;
	bool words = false;
	for (unsigned l = from; l < to; l++)
		words = words || !gl_fmt_blank_line(r, l);
	if (!words || gl_fmt_field_line(r, from))
		return false;
	size_t a = gl_text_line_start(&r->text, from), b = gl_text_line_start(&r->text, to);
	gl_buf_put(fmt->out, r->text.data + a, b - a);
	fmt->lead_to = to;
	return true;
}

/*
 * The front matter key for a field: MADR 4 calls the deciders
 * "decision-makers", MADR 3 "deciders"; a record written with MADR 4's word
 * keeps it.
 */
static const char *madr_key(const govlog_field *f, const char *name)
{
	return !strcmp(name, "deciders") && !strcasecmp(f->key, "decision-makers")
		       ? "decision-makers"
		       : name;
}

static const char *const madr_placed[] = {"status",     "date",          "deciders", "type",
					  "supersedes", "superseded-by", "requests", NULL};

/* The record's own list marker ('-', '*' or '+'), else '-'. */
static char bullet_marker(const govlog_record *r)
{
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (f->style != GOVLOG_META_BULLET)
			continue;
		const char *line = r->text.data + gl_text_line_start(&r->text, f->key_pos.line);
		line += strspn(line, " ");
		if (strchr("-*+", *line) && *line)
			return *line;
	}
	return '-';
}

/* The first line of the record's bullet metadata the header writes again, else 0. */
static unsigned first_bullet_line(const gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	unsigned first = 0;
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (f->style == GOVLOG_META_BULLET && gl_fmt_rewrites_field(fmt, f) &&
		    (!first || f->key_pos.line < first))
			first = f->key_pos.line;
	}
	return first;
}

/*
 * MADR 2's header: the title, then "- Key: value" for each field, in the
 * record's order; where the record has such a list already, the list is
 * written where it is, so its other items ("- Tags: …") stay in it.
 */
static void header_madr_bullets(gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	char marker = bullet_marker(r);
	title(fmt, "");
	gl_buf *below_title = fmt->out;
	fmt->meta_line = first_bullet_line(fmt);
	if (fmt->meta_line)
		fmt->out = &fmt->in_place;
	bool any = false;
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (!gl_fmt_rewrites_field(fmt, f))
			continue;
		gl_buf_printf(fmt->out, "%c %s: ", marker, f->key);
		put_field(fmt, f, AS_MD, GOVLOG_LANG_EN, true);
		end_line(fmt->out);
		put_nested(fmt, f);
		any = true;
	}
	if (any && !fmt->meta_line)
		gl_buf_putc(fmt->out, '\n');
	fmt->out = below_title;
}

static void header_madr(gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	if (!r->has_frontmatter && fmt->madr_bullets) {
		header_madr_bullets(fmt);
		return;
	}
	if (r->has_frontmatter) {
		frontmatter_in_place(fmt);
	} else if (r->fields.len) {
		gl_buf_puts(fmt->out, "---\n");
		for (size_t i = 0; madr_placed[i]; i++) {
			const govlog_field *f = written(fmt, madr_placed[i]);
			if (f) {
				gl_buf_printf(fmt->out, "%s: ", madr_key(f, madr_placed[i]));
				put_field(fmt, f, AS_YAML, GOVLOG_LANG_EN, true);
				gl_buf_putc(fmt->out, '\n');
			} else if (!strcmp(madr_placed[i], "type") && r->title_type_code) {
				gl_buf_printf(fmt->out, "type: %s\n", r->title_type_code);
			}
		}
		extras(fmt, madr_placed, "", ": ", AS_YAML);
		gl_buf_puts(fmt->out, "---\n");
	}
	/* MADR's template has a blank line between the front matter and the title, govlog's
	 * has none: the record's own habit stays */
	/* the lines before the title go with it, its blank ones too */
	bool lead = r->has_frontmatter && r->title && keeps_lead(fmt);
	if (!lead && r->has_frontmatter && r->title && blank_after_frontmatter(r))
		gl_buf_putc(fmt->out, '\n');
	title(fmt, "");
}

/* Ends the block written last with one blank line, whether or not it ended with one
 * (a title and a Refs: line do; a Date: line does not); nothing at the start. */
static void blank_line(gl_buf *out)
{
	if (out->len && !(out->len >= 2 && !memcmp(out->ptr + out->len - 2, "\n\n", 2)))
		gl_buf_putc(out, '\n');
}

static const char *const nygard_placed[] = {"status", "date", "requests", "supersedes", NULL};

static void header_nygard(gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	/* adr-tools' keys, in the record's language: a Danish record keeps "Dato:" */
	govlog_lang lang = gl_lang_of(govlog_record_language(r));
	char number[32] = "";
	/* adr-tools numbers a title by its file's number: "0007-x.md", not "survey-2025.md". */
	const char *base = strrchr(r->path, '/');
	base = base ? base + 1 : r->path;
	const char *words = gl_fmt_title_words(r), *p = words;
	while (*p >= '0' && *p <= '9')
		p++;
	/* "3. …" in 0002 is a Nygard title's own number, kept alone; in an "[ADR] 3. …"
	 * title the number is one of its words. */
	bool own_number = !r->title_type_code && p > words && p[0] == '.' && p[1] == ' ';
	/* "ADR-0012: …" in 0012-….md names its number already */
	bool names_id = r->title_id_letters && r->title_id_number == r->file_number;
	if (r->file_number && *base >= '0' && *base <= '9' && !own_number && !names_id)
		snprintf(number, sizeof(number), "%lu. ", r->file_number);
	site_frontmatter(fmt);
	title(fmt, number);
	size_t after_title = fmt->out->len;
	const govlog_field *date = written(fmt, "date"), *refs = written(fmt, "requests"),
			   *status = written(fmt, "status"), *sup = written(fmt, "supersedes");
	if (date) {
		gl_buf_printf(fmt->out, "%s: ", gl_lang_text(lang, GL_T_FIELD_DATE));
		put_field(fmt, date, AS_MD, GOVLOG_LANG_EN, false);
		gl_buf_putc(fmt->out, '\n');
	}
	extras(fmt, nygard_placed, "", ": ", AS_MD);
	if (refs) {
		gl_buf_puts(fmt->out, "Refs: ");
		put_field(fmt, refs, AS_MD, GOVLOG_LANG_EN, false);
		gl_buf_puts(fmt->out, "\n\n");
	}
	if (status) {
		blank_line(fmt->out);
		gl_buf_puts(fmt->out, "## Status\n\n");
		put_field(fmt, status, AS_MD, lang, false);
		gl_buf_putc(fmt->out, '\n');
		gl_fmt_status_rest(fmt, status);
	}
	if (sup) {
		blank_line(fmt->out);
		gl_buf_printf(fmt->out, "%s ", gl_lang_text(lang, GL_T_FIELD_SUPERSEDES));
		put_field(fmt, sup, AS_MD, GOVLOG_LANG_EN, false);
		gl_buf_putc(fmt->out, '\n');
	}
	if (fmt->out->len > after_title)
		blank_line(fmt->out);
}

static const char *const os2_placed[] = {"date",       "status",        "deciders", "type",
					 "supersedes", "superseded-by", "requests", NULL};
static const gl_text_id os2_keys[] = {
	GL_T_FIELD_DATE,       GL_T_FIELD_STATUS,        GL_T_FIELD_DECIDERS, GL_T_FIELD_TYPE,
	GL_T_FIELD_SUPERSEDES, GL_T_FIELD_SUPERSEDED_BY, GL_T_FIELD_REQUESTS};

/*
 * The first line of the metadata list when it sits inside a section, under a
 * heading below the title: the author's place for it, which the section's
 * heading would lose if the list moved up. 0 when it sits under the title.
 */
static unsigned line_inside_section(const gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	unsigned first = first_bullet_line(fmt);
	if (!first || !r->sections.len)
		return 0;
	/* a "## Metadata" or "## Status" heading over metadata alone goes with it */
	const govlog_section *s = &r->sections.items[0];
	bool own_heading = !gl_fmt_metadata_heading(s->heading);
	bool under_heading = s->pos.line < first && (!r->title || s->pos.line > r->title_pos.line);
	return under_heading && own_heading ? first : 0;
}

/* A title that names its ID by a type's code, "ADR 002 - …": its own marker. */
static bool names_id_by_type(const govlog_record *r)
{
	for (int t = GOVLOG_TYPE_ARCHITECTURE; r->title_id_letters && t <= GOVLOG_TYPE_OPERATIONAL;
	     t++)
		if (!strcasecmp(r->title_id_letters, govlog_type_code((govlog_decision_type)t)))
			return true;
	return false;
}

static void header_os2(gl_fmt *fmt, govlog_lang lang)
{
	const govlog_record *r = fmt->r;
	govlog_decision_type t = govlog_record_type(r);
	char prefix[32] = "";
	/* The title's own code stays, even where the type field says another; a
	 * title that names its ID by a code ("ADR 002 - …") needs no second one. */
	if (r->title_type_code)
		snprintf(prefix, sizeof(prefix), "[%.20s] ", r->title_type_code);
	else if (t >= GOVLOG_TYPE_ARCHITECTURE && !names_id_by_type(r))
		snprintf(prefix, sizeof(prefix), "[%s] ", govlog_type_code(t));
	site_frontmatter(fmt);
	title(fmt, prefix);
	gl_buf *below_title = fmt->out;
	fmt->meta_line = line_inside_section(fmt);
	if (fmt->meta_line)
		fmt->out = &fmt->in_place;
	bool any = false;
	for (size_t i = 0; os2_placed[i]; i++) {
		const govlog_field *f = written(fmt, os2_placed[i]);
		bool type_only = !f && !strcmp(os2_placed[i], "type") && r->title_type_code &&
				 t >= GOVLOG_TYPE_ARCHITECTURE;
		if (!f && !type_only)
			continue;
		gl_buf_printf(fmt->out, "- **%s**: ", gl_lang_text(lang, os2_keys[i]));
		if (type_only || (f == written(fmt, "type") && fmt->canonical_words &&
				  t >= GOVLOG_TYPE_ARCHITECTURE))
			gl_buf_puts(fmt->out, gl_vocab_type_word(t, lang));
		else
			put_field(fmt, f, AS_MD, lang, false);
		end_line(fmt->out);
		if (f)
			put_nested(fmt, f);
		any = true;
	}
	size_t before = fmt->out->len;
	extras(fmt, os2_placed, "- **", "**: ", AS_MD);
	if (!fmt->meta_line && (any || fmt->out->len > before))
		gl_buf_puts(fmt->out, "\n");
	fmt->out = below_title;
}

/* The same canonical field written twice: one of the values would be lost. */
static void refuse_repeats(gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	if (r->fields.len > GL_FMT_MAX_FIELDS) {
		gl_fmt_refuse(fmt, GL_T_FMT_LEFT_CHANGE, "fields");
		return;
	}
	for (size_t i = 0; i < r->fields.len; i++)
		for (size_t k = i + 1; k < r->fields.len; k++)
			if (!strcmp(r->fields.items[i].name, r->fields.items[k].name) &&
			    gl_fmt_rewrites_field(fmt, &r->fields.items[k]))
				gl_fmt_refuse(fmt, GL_T_FMT_LEFT_TWICE, r->fields.items[k].key);
}

/*
 * A form of "Key: value" lines or YAML writes a list nested under a key as
 * the one value the reader made of it ("Alice, Bob"): only a list of plain
 * one-line items under a key with nothing after it says no more than that.
 */
static void refuse_nested(gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (has_nested(r, f) && gl_fmt_rewrites_field(fmt, f) &&
		    !gl_fmt_nested_is_value(r, f))
			gl_fmt_refuse(fmt, GL_T_FMT_LEFT_LINES, f->key);
	}
}

void gl_fmt_header(gl_fmt *fmt)
{
	refuse_repeats(fmt);
	bool madr = !strcmp(fmt->profile->name, "madr");
	fmt->madr_bullets = madr && fmt->madr_bullets && !fmt->r->has_frontmatter;
	fmt->bullets = fmt->madr_bullets || (!madr && strcmp(fmt->profile->name, "nygard"));
	if (!fmt->bullets)
		refuse_nested(fmt);
	if (!strcmp(fmt->profile->name, "madr"))
		header_madr(fmt);
	else if (!strcmp(fmt->profile->name, "nygard"))
		header_nygard(fmt);
	else
		header_os2(fmt, gl_lang_of(fmt->profile->lang));
}
