/*
 * The record's full structure (the model in record.c), filled by the parser
 * modules (parse.c, frontmatter.c, markdown.c) and read by the rules. Not part
 * of the public API.
 */
#ifndef GOVLOG_RECORD_INTERNAL_H
#define GOVLOG_RECORD_INTERNAL_H

#include "govlog/record.h"
#include "util/text.h"
#include "util/arena.h"
#include "util/vec.h"

enum { GL_NO_FIELD = -1 };

/* A link in the body: where it points, its text, and where it starts. */
typedef struct gl_link {
	const char *url;
	const char *text;
	govlog_pos pos;
} gl_link;

/*
 * A front matter value left in the template's braces ("status: { accepted }",
 * MADR 3 and 4 templates write "{…}"): read as the text inside them.
 */
typedef struct gl_braced {
	int field;           /* index into fields */
	const char *written; /* the value as written, braces and all */
	bool template_text;  /* the braces still hold the template's own text: nothing filled in */
	char open;           /* '{' (MADR 3 and 4) or '[' (MADR 2's Markdown list) */
} gl_braced;

/*
 * A supersede link written outside a field of its own: in the status text
 * ("accepted; supersedes ADR-0045") or on a line of the text ("* Supersedes
 * [ADR-0003](…)" under "## Links", log4brains' way).
 */
typedef struct gl_relation {
	bool successor; /* "Superseded by …"; false for "Supersedes …" */
	const char
		*text;  /* what the words name, up to the end of the line or the next link words */
	govlog_pos pos; /* where that text starts */
	unsigned end_col; /* the column after it, on pos.line */
} gl_relation;

/* Lines first..last (1-based, of the record's text) that one block holds. */
typedef struct gl_lines {
	unsigned first, last;
} gl_lines;

/*
 * A line of a paragraph that stands for a heading: a section's name alone in
 * bold ("**Beslutning**") or as plain words ("Beslutning" on a line of its
 * own, as OS2's decision template writes it). The section rule takes it for
 * the section it names, and says to make it a heading.
 */
typedef struct gl_pseudo_heading {
	const char *text; /* the name, without its emphasis and colon */
	govlog_pos pos;
	bool bold;
} gl_pseudo_heading;

/* A front matter key written a second time: readers disagree on which value counts. */
typedef struct gl_duplicate_key {
	const char *key;
	govlog_pos first, second; /* where each is written */
} gl_duplicate_key;

struct govlog_record {
	gl_arena arena; /* every string below */
	const char *path;
	gl_text text;      /* the file's bytes, BOM removed */
	size_t body_start; /* where the Markdown starts in text: after any front matter */

	const char *id;
	const char *title;
	govlog_pos title_pos;
	GL_VEC(govlog_field) fields;
	GL_VEC(govlog_section) sections;
	GL_VEC(const char *) deciders;
	/* The first deciders field's value as GitHub shows it ("[Ana](url)" → "Ana"),
	 * when it is written as Markdown that holds marks; the names are read from it. */
	const char *deciders_shown;
	GL_VEC(gl_link) links;
	GL_VEC(gl_braced) braced;
	GL_VEC(gl_relation) relations;
	GL_VEC(gl_duplicate_key) duplicate_keys;
	GL_VEC(gl_lines) code; /* the code blocks, as the Markdown parser sees them, in order */
	GL_VEC(gl_pseudo_heading) pseudo_headings; /* in order */

	/* Derived from the fields by the parse driver (parse.c). */
	int status_field; /* index into fields, or GL_NO_FIELD */
	govlog_status status;
	const char *status_note;
	int date_field;
	int date_result; /* a gl_date_result for the date field */
	const char *date_iso;
	govlog_decision_type type;
	govlog_meta_style style;
	const char *lang;

	/* Facts the rules report on. */
	bool has_bom;
	bool invalid_utf8;
	size_t bad_offset; /* of the first invalid byte, in the original file */
	govlog_pos bad_pos;
	unsigned char bad_byte;
	bool has_frontmatter;
	const char *frontmatter_error; /* NULL when it parsed; in English */
	govlog_pos frontmatter_error_pos;
	/* The same error for the message table: its row (a gl_text_id), libyaml's own
	 * problem and context (or NULL), and where that context began ({0, 0}: not
	 * shown), so rules can say it in the log's language. */
	int frontmatter_error_text;
	const char *frontmatter_error_problem, *frontmatter_error_context;
	govlog_pos frontmatter_error_from;
	const char *title_type_code;     /* "SDR" from "[SDR] …", or NULL */
	govlog_decision_type title_type; /* what the title's prefix says */
	govlog_decision_type field_type; /* what the type field says */
	/* An ID in the title: "ADR 001 - …" → ("ADR", 1), "1. …" → (NULL, 1). */
	const char *title_id_letters;
	unsigned long title_id_number;
	/* The ID the file name gives ("0007-x.md" → "ADR-0007", number 7), or NULL / 0. */
	const char *file_id;
	unsigned long file_number;
	/* The options of the parse under way (NULL after it). */
	const govlog_record_options *opts;
	/* A date found in the ticked status checkbox ("… - Dato: 2026-06-04"). */
	const char *checkbox_date;
	govlog_pos checkbox_date_pos;
	bool status_boxes_in_bullets; /* the status is a task list under "- **Status**:" */
};

/* The record's Markdown after its front matter: *len bytes. */
const char *gl_record_body(const govlog_record *r, size_t *len);

/* The title after the "[SDR]" it was read with and its blanks; "" when there is no title. */
const char *gl_record_title_after_code(const govlog_record *r);
/* The title without its "[SDR]" prefix or "7." number; "" when there is no title. */
const char *gl_record_bare_title(const govlog_record *r);

/* The canonical field a key names, built-in or configured; NULL when unknown. */
const char *gl_record_field_name(const govlog_record *r, const char *key, size_t len);

/* Adds a field; key and value are copied. Returns its index. */
int gl_record_add_field(govlog_record *r, const char *key, size_t key_len, const char *value,
			size_t value_len, govlog_pos key_pos, govlog_pos value_pos,
			govlog_meta_style style);

/*
 * A value still in its template's marks, "{ accepted }" (MADR 3 and 4) or
 * "[ accepted ]" (MADR 2): the field gets the text inside, nothing when that
 * is the template's own text (choices, a date mask, an instruction), and the
 * record remembers how it was written (meta/template-braces). Returns the
 * field's index.
 */
int gl_record_add_wrapped_field(govlog_record *r, const char *key, size_t key_len,
				const char *written, size_t written_len, govlog_pos key_pos,
				govlog_pos value_pos, govlog_meta_style style);

/*
 * Whether the line holds a value still in its template's marks (one with
 * only the template's own text, when `template_only`): meta/template-braces
 * speaks of it, so the placeholder and link rules need not.
 */
bool gl_record_line_is_braced(const govlog_record *r, unsigned line, bool template_only);

/* Whether a Markdown value is one text in square brackets, not links ("[Ana](url)"). */
bool gl_record_value_in_brackets(const char *v, size_t len);

/*
 * Adds the supersede links written in text[0..len) at `pos` (code points on
 * one line): each "Supersedes …" / "Superseded by …" whose words a link, an
 * ID or a number follows, up to the next such words. `anywhere`: the words
 * may stand after other text (a status "accepted; supersedes ADR-0045");
 * else only at the start. A line that already holds a supersede field adds
 * nothing.
 */
void gl_record_add_relations(govlog_record *r, const char *text, size_t len, govlog_pos pos,
			     bool anywhere);

/* "ADR-0003", "adr3", "BS1", "MADR 099": letters (2 to 8, upper-cased) and a number. */
bool gl_record_id_split(const char *s, size_t len, char letters[9], unsigned long *number);

/*
 * The record of `records` whose ID is `id` in any case; else the one record
 * whose ID has its letters and number written with other zeros ("ADR-001",
 * "adr-1" for ADR-0001): a log of 001-….md files is named as its authors
 * write the numbers. NULL when none, or several by number, match.
 */
const govlog_record *gl_records_find_id(govlog_record *const *records, size_t count,
					const char *id);

/* The index of the first field with canonical name `name`, or GL_NO_FIELD. */
int gl_record_find_field(const govlog_record *r, const char *name);

/* Byte range of section i's body: from the line after its heading to the next heading. */
void gl_record_section_body(const govlog_record *r, size_t i, size_t *start, size_t *end);

#endif
