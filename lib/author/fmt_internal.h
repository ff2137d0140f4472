/*
 * What the fmt modules share: the form a record is written in (fmt_form.c),
 * the lines of its text that hold metadata (fmt_lines.c) and the check that
 * the new text says what the old one said (fmt_keep.c).
 */
#ifndef GOVLOG_AUTHOR_FMT_INTERNAL_H
#define GOVLOG_AUTHOR_FMT_INTERNAL_H

#include <stdbool.h>

#include "config/profile.h"
#include "diag/texts.h"
#include "record/record_internal.h"
#include "util/buf.h"

/* One rewrite under way. */
typedef struct gl_fmt {
	const govlog_record *r;
	const gl_profile *profile;
	bool canonical_words; /* the profile's status words, not the record's */
	gl_buf *out;
	/* Why the record is left as it is (a gl_text_id, 0: it is not) and the
	 * fact named in that message. */
	int refused;
	const char *refused_what;
	bool kept_date; /* a date that is no date, kept as written */
	bool bullets;   /* the form writes metadata as bullets: nested lists go with their key */
	/* The madr form keeps MADR 2's "- Status: …" list, as the log's own template
	 * does (log4brains' and many MADR 2 logs'): front matter would be unread there. */
	bool madr_bullets;
	/* The line a bullet form's metadata list stays at, when the author put it
	 * inside a section ("## Beskrivelse af beslutningen" then the list): the
	 * list is written into `in_place` and goes there; 0 when it goes under the title. */
	unsigned meta_line;
	/* Lines before this one the header wrote as they are (those between the
	 * front matter and the title); 0 when it wrote none. */
	unsigned lead_to;
	gl_buf in_place;
} gl_fmt;

/* Whether field `f` is metadata the header writes again (its line is dropped). */
bool gl_fmt_rewrites_field(const gl_fmt *fmt, const govlog_field *f);

/*
 * The field's value as its source line writes it (Markdown kept as Markdown:
 * a link stays a link), from its position to the end of the line. False when
 * it cannot be copied so: read from YAML, or its value goes on over more lines.
 */
bool gl_fmt_source_value(gl_buf *out, const govlog_record *r, const govlog_field *f);

/*
 * The lines a bullet field's item holds below its own ("- **Beslutningstagere**:"
 * then "  - Styregruppen"): [*from, *to), empty when *from == *to. Returns
 * the column the item's text starts at on its line (2 after "- "); 0 for a
 * field that is no bullet.
 */
size_t gl_fmt_nested_lines(const govlog_record *r, const govlog_field *f, unsigned *from,
			   unsigned *to);

/* Whether a heading is "Status" ("Status:"), or one over metadata: that or "Metadata". */
bool gl_fmt_status_heading(const char *h);
bool gl_fmt_metadata_heading(const char *h);

/* Whether line l of the record's text holds only blanks. */
bool gl_fmt_blank_line(const govlog_record *r, unsigned l);

/* Whether line l holds a field's key. */
bool gl_fmt_field_line(const govlog_record *r, unsigned l);

/* The spaces a line starts with; SIZE_MAX when a tab is among them (its width is the reader's). */
size_t gl_fmt_indent(const char *line);

/*
 * Whether the list nested under field f is all its value says: plain one-line
 * items at one indent (no task boxes, nothing below an item) under a key
 * with no text after it. A form without bullets writes such a list as the
 * value ("Alice, Bob").
 */
bool gl_fmt_nested_is_value(const govlog_record *r, const govlog_field *f);

/* The byte offset of 1-based code point column `col` on line `l` of the record's text. */
size_t gl_fmt_col_offset(const govlog_record *r, unsigned l, unsigned col);

/* The header of the profile's form: front matter, title, field lines, status. */
void gl_fmt_header(gl_fmt *fmt);

/*
 * The lines after the status in its paragraph, when each is a link the
 * status section holds ("Accepted" / "Supersedes ADR-0001"): they stay with
 * the status, as written.
 */
void gl_fmt_status_rest(gl_fmt *fmt, const govlog_field *status);

/* The record's other lines, in order, the blank lines they start with left out. */
void gl_fmt_content(gl_fmt *fmt);

/* Marks fmt refused: the record is left as it is, the message names `what`. */
void gl_fmt_refuse(gl_fmt *fmt, gl_text_id why, const char *what);

/*
 * The title without its type code ("[SDR] "), and without its number when
 * that is the file's ("7. " in 0007-x.md): the words every form keeps.
 */
const char *gl_fmt_title_words(const govlog_record *r);

/*
 * Whether `after` says all that `before` says: ID, title, status (and its
 * word unless canonical_words), note, date, type, deciders, every other
 * field, links and section texts. When not, *what names the first fact that
 * differs (a static string).
 */
bool gl_fmt_same_content(const govlog_record *before, const govlog_record *after,
			 bool canonical_words, const char **what);

#endif
