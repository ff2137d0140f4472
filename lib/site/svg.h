/*
 * Drawing for the site's diagrams: inline SVG laid out by govlog (boxes,
 * arrows, labels), every word escaped, accessible (named by its title and
 * description, links focusable inside).
 */
#ifndef GOVLOG_SITE_SVG_H
#define GOVLOG_SITE_SVG_H

#include <stddef.h>

#include "util/buf.h"

enum {
	GL_SVG_BOX_W = 232, /* a box: the ID on one line, a shortened title on the next */
	GL_SVG_BOX_H = 44,
	GL_SVG_GAP_X = 88, /* room for the arrows between two columns */
	GL_SVG_GAP_Y = 14,
	GL_SVG_MARGIN = 16,
	GL_SVG_HEAD = 40,        /* room for the columns' headings */
	GL_SVG_TITLE_CHARS = 28, /* a title in a box, shortened with "…" */
};

typedef struct gl_svg_box {
	int x, y;
	const char *href;  /* NULL: a box that is no link */
	const char *line1; /* the ID, in full */
	const char *line2; /* NULL, or a title, shortened */
	const char *gap;   /* NULL, or the word that marks a gap (with a dashed outline) */
} gl_svg_box;

/*
 * Opens a diagram of w × h units in a scrolling region: an <svg> named by its
 * <title> and described by its <desc> (ids from `id`, which must be unique in
 * the page), with an arrow marker named id-arrow.
 */
void gl_svg_open(gl_buf *out, const char *id, int w, int h, const char *title, const char *desc);
void gl_svg_close(gl_buf *out);
void gl_svg_box_write(gl_buf *out, const gl_svg_box *b);
/* An arrow from one box's side to another's: straight across, or a bow when both are in
 * one column. `label` (NULL: none) is written at its middle. */
void gl_svg_arrow(gl_buf *out, const char *id, const gl_svg_box *from, const gl_svg_box *to,
		  const char *label);
/* A column's heading above its boxes. */
void gl_svg_heading(gl_buf *out, int x, const char *text);
/* s escaped, cut to at most max characters with "…" when longer. */
void gl_svg_short(gl_buf *out, const char *s, size_t max);
/* The x of column `col`, and the y of row `row`. */
int gl_svg_col_x(size_t col);
int gl_svg_row_y(size_t row);

#endif
