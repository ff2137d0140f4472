/* Markdown as a stand-alone HTML page, through cmark in safe mode (no raw HTML). */
#ifndef GOVLOG_RENDER_HTML_H
#define GOVLOG_RENDER_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "govlog/common.h"
#include "util/buf.h"

/*
 * What becomes of a link or image target: GL_URL_KEEP it; GL_URL_CHANGE it
 * to what the function appended to `to`; GL_URL_DROP the link (its text
 * stays; an image becomes its description).
 */
typedef enum gl_url_fate { GL_URL_KEEP, GL_URL_CHANGE, GL_URL_DROP } gl_url_fate;
typedef gl_url_fate (*gl_url_fn)(gl_buf *to, const char *url, bool image, void *payload);

/* How a record's text becomes part of a page. */
typedef struct gl_md_html {
	bool drop_title;       /* leave out a level-1 heading that opens the text */
	int shift;             /* headings this many levels down (a page of many records) */
	const char *id_prefix; /* before each heading's id, NULL: no ids */
	gl_url_fn map;         /* each link's and image's target through it, or NULL */
	void *payload;
} gl_md_html;

/*
 * Appends md as HTML, as GitHub renders it (tables, task lists, autolinks),
 * in safe mode (no raw HTML, no javascript: links), without smart
 * punctuation, with what `o` asks for. A heading's id is GitHub's anchor of
 * it (its text in lower case, spaces as '-', other punctuation left out;
 * "-1", "-2" for a repeat) after the prefix, so "file.md#decision" finds its
 * section.
 */
void gl_render_markdown_html(gl_buf *out, const char *md, size_t len, const gl_md_html *o);

/* Appends a whole HTML page titled `title` with `md` rendered as its body, in language `lang`. */
void gl_render_html_page(gl_buf *out, const char *title, const char *md, size_t len,
			 govlog_lang lang);

#endif
