/* A line index over one document: byte offsets ↔ 1-based line and code-point column. */
#ifndef GOVLOG_TEXT_H
#define GOVLOG_TEXT_H

#include <stddef.h>

#include "govlog/common.h"
#include "util/vec.h"

typedef struct gl_text {
	const char *data;
	size_t len;
	GL_VEC(size_t) line_starts; /* line_starts.items[n - 1] is where line n begins */
} gl_text;

/* Indexes data[0..len); "\n", "\r\n" and a lone "\r" each end a line, as in CommonMark. */
void gl_text_init(gl_text *t, const char *data, size_t len);
void gl_text_release(gl_text *t);
unsigned gl_text_line_count(const gl_text *t);
/* Start of line n (1-based); len for lines past the end. */
size_t gl_text_line_start(const gl_text *t, unsigned line);
/* End of line n, before its line ending. */
size_t gl_text_line_end(const gl_text *t, unsigned line);
/* The position of a byte offset. */
govlog_pos gl_text_pos(const gl_text *t, size_t offset);
/* Offset of a 1-based byte column on a line, clamped to the line. */
size_t gl_text_offset(const gl_text *t, unsigned line, unsigned byte_col);

#endif
