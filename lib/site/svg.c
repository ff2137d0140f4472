/* The diagrams' drawing primitives: boxes, arrows and headings as inline SVG, every word escaped.
 */
#include "site/svg.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "util/escape.h"
#include "util/utf8.h"
#include "util/banned.h"

int gl_svg_col_x(size_t col)
{
	return GL_SVG_MARGIN + (int)col * (GL_SVG_BOX_W + GL_SVG_GAP_X);
}

int gl_svg_row_y(size_t row)
{
	return GL_SVG_HEAD + (int)row * (GL_SVG_BOX_H + GL_SVG_GAP_Y);
}

void gl_svg_short(gl_buf *out, const char *s, size_t max)
{
	size_t len = s ? strlen(s) : 0, i = 0, chars = 0;
	while (i < len && chars < max) {
		uint32_t cp;
		bool valid;
		i += gl_utf8_decode(s + i, len - i, &cp, &valid);
		chars++;
	}
	if (i >= len) {
		gl_html_text(out, s);
		return;
	}
	/* one character less, for the ellipsis; cut at a character's start, never inside it */
	size_t cut = 0, n = 0;
	while (n + 1 < max) {
		uint32_t cp;
		bool valid;
		cut += gl_utf8_decode(s + cut, len - cut, &cp, &valid);
		n++;
	}
	gl_buf part = GL_BUF_INIT;
	gl_buf_put(&part, s, cut);
	while (part.len && part.ptr[part.len - 1] == ' ')
		gl_buf_truncate(&part, part.len - 1);
	gl_html_text(out, part.ptr);
	gl_buf_puts(out, "…");
	gl_buf_release(&part);
}

/*
 * role="graphics-document", not "img": an image's children are
 * presentational, so the boxes' links would be hidden from screen readers
 * (axe-core: nested-interactive). The region scrolls a wide diagram and can
 * be reached by keyboard.
 */
void gl_svg_open(gl_buf *out, const char *id, int w, int h, const char *title, const char *desc)
{
	gl_buf_puts(out, "<div class=\"diagram\" role=\"region\" tabindex=\"0\" aria-label=\"");
	gl_html_text(out, title);
	gl_buf_printf(out,
		      "\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"graphics-document\" "
		      "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
		      "aria-labelledby=\"%s-title\" aria-describedby=\"%s-desc\">\n",
		      w, h, w, h, id, id);
	gl_buf_printf(out, "<title id=\"%s-title\">", id);
	gl_html_text(out, title);
	gl_buf_printf(out, "</title>\n<desc id=\"%s-desc\">", id);
	gl_html_text(out, desc);
	gl_buf_printf(
		out,
		"</desc>\n<defs><marker id=\"%s-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" "
		"refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">"
		"<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4a4a4a\"/></marker></defs>\n",
		id);
}

void gl_svg_close(gl_buf *out)
{
	gl_buf_puts(out, "</svg>\n</div>\n");
}

void gl_svg_box_write(gl_buf *out, const gl_svg_box *b)
{
	if (b->href) {
		gl_buf_puts(out, "<a href=\"");
		gl_html_text(out, b->href);
		gl_buf_puts(out, "\">");
	}
	gl_buf_printf(out,
		      "<g class=\"box%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
		      "rx=\"4\"/>",
		      b->gap ? " gap" : "", b->x, b->y, GL_SVG_BOX_W, GL_SVG_BOX_H);
	gl_buf_printf(out, "<text x=\"%d\" y=\"%d\" class=\"id\">", b->x + 8, b->y + 18);
	gl_svg_short(out, b->line1, GL_SVG_TITLE_CHARS - (b->gap ? 6 : 0));
	gl_buf_puts(out, "</text>");
	if (b->gap) {
		gl_buf_printf(out,
			      "<text x=\"%d\" y=\"%d\" class=\"gap-word\" text-anchor=\"end\">",
			      b->x + GL_SVG_BOX_W - 8, b->y + 18);
		gl_html_text(out, b->gap);
		gl_buf_puts(out, "</text>");
	}
	if (b->line2 && *b->line2) {
		gl_buf_printf(out, "<text x=\"%d\" y=\"%d\">", b->x + 8, b->y + 36);
		gl_svg_short(out, b->line2, GL_SVG_TITLE_CHARS);
		gl_buf_puts(out, "</text>");
	}
	gl_buf_puts(out, b->href ? "</g></a>\n" : "</g>\n");
}

void gl_svg_arrow(gl_buf *out, const char *id, const gl_svg_box *from, const gl_svg_box *to,
		  const char *label)
{
	int y1 = from->y + GL_SVG_BOX_H / 2, y2 = to->y + GL_SVG_BOX_H / 2, x1, x2, mx, my;
	if (from->x == to->x) { /* one column: a bow out to the right */
		x1 = x2 = from->x + GL_SVG_BOX_W;
		int bow = x1 + GL_SVG_GAP_X / 2 + 8;
		gl_buf_printf(out, "<path d=\"M%d,%d C%d,%d %d,%d %d,%d\"", x1, y1, bow, y1, bow,
			      y2, x2, y2);
		mx = bow - 6;
		my = (y1 + y2) / 2;
	} else {
		bool right = from->x < to->x;
		x1 = right ? from->x + GL_SVG_BOX_W : from->x;
		x2 = right ? to->x : to->x + GL_SVG_BOX_W;
		int c = (x1 + x2) / 2;
		gl_buf_printf(out, "<path d=\"M%d,%d C%d,%d %d,%d %d,%d\"", x1, y1, c, y1, c, y2,
			      x2, y2);
		mx = c;
		my = (y1 + y2) / 2 - 4;
	}
	gl_buf_printf(out, " class=\"arrow\" marker-end=\"url(#%s-arrow)\"/>\n", id);
	if (label && *label) {
		gl_buf_printf(
			out, "<text x=\"%d\" y=\"%d\" class=\"edge-label\" text-anchor=\"middle\">",
			mx, my);
		gl_svg_short(out, label, 14);
		gl_buf_puts(out, "</text>\n");
	}
}

void gl_svg_heading(gl_buf *out, int x, const char *text)
{
	gl_buf_printf(out, "<text x=\"%d\" y=\"%d\" class=\"heading\">", x, GL_SVG_HEAD - 14);
	gl_svg_short(out, text, GL_SVG_TITLE_CHARS);
	gl_buf_puts(out, "</text>\n");
}
