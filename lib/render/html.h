/* Markdown as a stand-alone HTML page, through cmark in safe mode (no raw HTML). */
#ifndef GOVLOG_RENDER_HTML_H
#define GOVLOG_RENDER_HTML_H

#include <stddef.h>

#include "govlog/common.h"
#include "util/buf.h"

/* Appends a whole HTML page titled `title` with `md` rendered as its body, in language `lang`. */
void gl_render_html_page(gl_buf *out, const char *title, const char *md, size_t len,
			 govlog_lang lang);

#endif
