/* Markdown as a stand-alone HTML page, through cmark in safe mode (no raw HTML). */
#ifndef GOVLOG_RENDER_HTML_H
#define GOVLOG_RENDER_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "govlog/common.h"
#include "util/buf.h"

/*
 * Appends md as HTML, as GitHub renders it (tables, task lists, autolinks),
 * in safe mode (no raw HTML, no javascript: links), without smart
 * punctuation. With `drop_title`, a level-1 heading that opens the text is
 * left out (a page that shows the title itself).
 */
void gl_render_markdown_html(gl_buf *out, const char *md, size_t len, bool drop_title);

/*
 * What becomes of a link or image target: GL_URL_KEEP it; GL_URL_CHANGE it
 * to what the function appended to `to`; GL_URL_DROP the link (its text
 * stays; an image becomes its description).
 */
typedef enum gl_url_fate { GL_URL_KEEP, GL_URL_CHANGE, GL_URL_DROP } gl_url_fate;
typedef gl_url_fate (*gl_url_fn)(gl_buf *to, const char *url, bool image, void *payload);

/*
 * gl_render_markdown_html with each link's and image's target passed through
 * map, and each heading given an id as GitHub gives it (its text in lower
 * case, spaces as '-', other punctuation left out; "-1", "-2" for a repeat),
 * so "file.md#decision" finds its section.
 */
void gl_render_markdown_html_mapped(gl_buf *out, const char *md, size_t len, bool drop_title,
				    gl_url_fn map, void *payload);

/* Appends a whole HTML page titled `title` with `md` rendered as its body, in language `lang`. */
void gl_render_html_page(gl_buf *out, const char *title, const char *md, size_t len,
			 govlog_lang lang);

#endif
