/*
 * The reader of a record's Markdown body, shared by markdown.c (the walk:
 * title, sections, links) and md_meta.c (the metadata written as Markdown).
 * Private to lib/record.
 */
#ifndef GOVLOG_RECORD_MD_READER_H
#define GOVLOG_RECORD_MD_READER_H

#include <stdbool.h>
#include <stddef.h>

#include <cmark-gfm.h>

#include "record/record_internal.h"

/* The walk's state over one record's body. */
typedef struct md_reader {
	govlog_record *r;
	unsigned line0; /* file line of the body's first line, minus one */
	size_t sections_seen;
	bool section_has_content;
	bool meta_found;
	bool in_status;
	bool status_done;
	bool in_date; /* in a "## Date" section (a Nygard variant): its first line is the date */
} md_reader;

/* A run of the record's text, by byte offset. */
typedef struct span {
	size_t off, len; /* bytes in the record's text */
} span;

/* The span's first byte in the record's text. */
const char *gl_md_span_ptr(const md_reader *md, span s);
/* The file line (1-based) a node starts on. */
unsigned gl_md_file_line(const md_reader *md, cmark_node *n);
/* File line `line` from column `col` (1-based) to its end. */
span gl_md_line_from(const md_reader *md, unsigned line, unsigned col);
/* A node's first line from its first column. */
span gl_md_first_line(const md_reader *md, cmark_node *n);
/* The span without blanks at either end. */
void gl_md_trim(const md_reader *md, span *s);
/* A byte offset as the 1-based line and code-point column diagnostics give. */
govlog_pos gl_md_pos_of(const md_reader *md, size_t off);

/*
 * "Key: value" lines of a paragraph under the title (adr-tools "Date: …").
 * After other text (`keys_only`), a paragraph is metadata only when every
 * line is a known key and there are two or more.
 */
void gl_md_read_key_lines(md_reader *md, cmark_node *para, bool keys_only);
/*
 * A bullet list of metadata: taken when at least one item has a known key.
 * After other text (`keys_only`) only a list of "Key: value" items with two
 * or more known keys is metadata.
 */
void gl_md_read_bullets(md_reader *md, cmark_node *list, bool keys_only);
/*
 * A heading that is a "Key: value" line with a known key and a value ("##
 * Status: Accepted", "#### Date: 2024-08-19"): the field, read as such a
 * line is. `text` is the heading's text after its marks. False when it is
 * no such heading, only a section's name.
 */
bool gl_md_read_heading_field(md_reader *md, span text);
/* The lines of a paragraph that stand for headings (record_internal.h's gl_pseudo_heading). */
void gl_md_read_pseudo_headings(md_reader *md, cmark_node *para);
/* A block inside the "## Status" section: the status, a checklist, relation lines. */
void gl_md_read_status_block(md_reader *md, cmark_node *node, span heading_key);
/* A block inside a "## Date" section: its first paragraph's first line is the date,
 * unless the record has one already. */
void gl_md_read_date_block(md_reader *md, cmark_node *node, span heading_key);

#endif
