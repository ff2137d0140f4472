/*
 * The parse driver's interface to the modules it calls: the front matter and
 * Markdown readers that fill a record, and what a file name says of its ID.
 */
#ifndef GOVLOG_RECORD_PARSE_H
#define GOVLOG_RECORD_PARSE_H

#include "record/record_internal.h"

/* Reads YAML front matter into fields (frontmatter.c). */
void gl_frontmatter_read(govlog_record *r, size_t yaml_off, size_t yaml_len);
/*
 * Splits off front matter at the start of the text. Returns the offset where
 * the Markdown body begins (0 when there is no front matter).
 */
size_t gl_frontmatter_split(govlog_record *r);
/* Reads the title, sections and Markdown metadata from the body (markdown.c). */
void gl_markdown_read(govlog_record *r, size_t body_off);

/* What a file name's stem ("0007-use-x", "ADR-7-x", "BS1-x", "2026-05-28-x") says of its ID. */
typedef enum gl_stem_kind { GL_STEM_NONE, GL_STEM_NUMBERED, GL_STEM_DATED } gl_stem_kind;

/*
 * NUMBERED with *number, the count of *letters before it ("ADR", "BS"; 0 for
 * a bare number) and the *len of the ID part; DATED for a date-named file;
 * NONE when the name carries no ID.
 */
gl_stem_kind gl_record_stem_number(const char *stem, unsigned long *number, size_t *letters,
				   size_t *len);

#endif
