/* Markdown to a stand-alone HTML page with cmark; raw HTML in the input is never passed on. */
#include "render/html.h"

#include <cmark.h>
#include <stdlib.h>

#include "diag/texts.h"
#include "util/banned.h"

static void escaped(gl_buf *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<':
			gl_buf_puts(out, "&lt;");
			break;
		case '>':
			gl_buf_puts(out, "&gt;");
			break;
		case '&':
			gl_buf_puts(out, "&amp;");
			break;
		case '"':
			gl_buf_puts(out, "&quot;");
			break;
		default:
			gl_buf_putc(out, *s);
		}
	}
}

void gl_render_html_page(gl_buf *out, const char *title, const char *md, size_t len,
			 govlog_lang lang)
{
	/* CMARK_OPT_DEFAULT is safe: raw HTML and javascript: links are dropped. */
	char *body = cmark_markdown_to_html(md, len, CMARK_OPT_DEFAULT | CMARK_OPT_SMART);
	gl_buf_printf(out,
		      "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
		      gl_lang_code(lang));
	gl_buf_puts(out,
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		    "<title>");
	escaped(out, title);
	gl_buf_puts(out, "</title>\n<style>body{font-family:system-ui,sans-serif;max-width:60rem;"
			 "margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:"
			 "collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}</style>\n"
			 "</head>\n<body>\n");
	gl_buf_puts(out, body ? body : "");
	gl_buf_puts(out, "</body>\n</html>\n");
	free(body);
}
