/* What the Markdown readers share: cmark-gfm's tree of a record's body (markdown.c, links.c,
 * gfm.c). */
#ifndef GOVLOG_RECORD_MARKDOWN_H
#define GOVLOG_RECORD_MARKDOWN_H

#include <cmark-gfm.h>

#include "record/record_internal.h"
#include "util/buf.h"

/*
 * Parses Markdown as GitHub does: CommonMark with the table, task list,
 * autolink and strikethrough extensions. Invalid UTF-8 becomes U+FFFD;
 * valid_utf8 says the caller has found the text valid UTF-8 already (as
 * gl_utf8_validate does), which spares the parser its own check. The caller
 * frees the tree with gl_md_free before it parses the next (a record's tree
 * is allocated from one arena).
 */
cmark_node *gl_md_parse(const char *text, size_t len, bool valid_utf8);
void gl_md_free(cmark_node *doc);

/* Appends the plain text of a node's inlines, without recursion (hostile nesting is cheap). */
void gl_md_plain_text(cmark_node *node, gl_buf *out);

/*
 * Adds every link of the body `doc` to r->links, bare URLs too, each at the
 * position it is written at. The body's first line is the file's line0 + 1.
 */
void gl_md_read_links(govlog_record *r, cmark_node *doc, unsigned line0);

#endif
