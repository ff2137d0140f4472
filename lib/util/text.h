/* A line index over one document: byte offsets ↔ 1-based line and code-point column. */
#ifndef GOVLOG_TEXT_H
#define GOVLOG_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "govlog/common.h"
#include "util/vec.h"

typedef struct gl_text {
	const char *data;
	size_t len;
	/* line_starts.items[n - 1] is where line n begins. 32 bits: a log keeps
	 * the index of every record, and no text govlog reads nears 4 GiB (a
	 * line starting beyond is part of the line before). */
	GL_VEC(uint32_t) line_starts;
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

/* What gl_text_marked_block found. */
typedef enum gl_marks {
	GL_MARKS_NONE = 0, /* neither marker */
	GL_MARKS_PAIR,     /* one complete pair, begin before end */
	GL_MARKS_UNCLOSED, /* a begin marker with no end after it */
	GL_MARKS_UNOPENED, /* an end marker with no begin before it */
	GL_MARKS_REPEATED  /* a second begin marker (nested or a second block) */
} gl_marks;

/*
 * The one block of `data` between the markers `begin` and `end` (plain
 * strings): for GL_MARKS_PAIR, *from is where begin starts and *to where end
 * stops; for a problem, *line is the 1-based line of the marker at fault.
 */
gl_marks gl_text_marked_block(const char *data, size_t len, const char *begin, const char *end,
			      size_t *from, size_t *to, unsigned *line);

/*
 * Markdown's line-level marks, shared by the readers and the writers:
 * whether an HTML comment is open after s[0..n), when `open` says whether one
 * was open before it ("<!-- a" → true, "b --> c" with open → false); and the
 * length of an ATX heading's text without its trailing blanks and the
 * optional closing run of '#' after a blank ("Use C#" keeps its '#',
 * "Status ##" drops it).
 */
bool gl_html_comment_open_after(const char *s, size_t n, bool open);
size_t gl_atx_text_len(const char *p, size_t n);

#endif
