/*
 * A long Markdown body in parts cmark-gfm can parse one at a time, so the
 * tree of a hostile record (millions of headings or list items) never
 * exists whole: memory stays bounded by the part, not the record.
 */
#ifndef GOVLOG_RECORD_PARTS_H
#define GOVLOG_RECORD_PARTS_H

#include <stddef.h>

#include "util/vec.h"

/* Bodies up to this size are parsed whole, as GitHub reads them. */
#define GL_MD_WHOLE_BODY (1024u * 1024u)
/* Parts of a longer body are at least this long. */
#define GL_MD_PART (256u * 1024u)

typedef GL_VEC(size_t) gl_offsets;

/*
 * Appends to cuts the offsets in body[0..len) before which a part may start:
 * line starts where cmark-gfm begins a new top-level block anyway (an ATX
 * heading, a line at the margin after a blank line, the next item of a tight
 * list at the margin), never inside a fenced code block or an HTML comment,
 * at least GL_MD_PART apart. Nothing for a body of GL_MD_WHOLE_BODY or less.
 */
void gl_md_cuts(const char *body, size_t len, gl_offsets *cuts);

#endif
