/* Markdown to a stand-alone HTML page with cmark-gfm; raw HTML in the input is never passed on. */
#include "render/html.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <stdlib.h>

#include "diag/texts.h"
#include "util/ascii.h"
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

/* The body as GitHub renders it: tables, task lists, autolinks and strikethrough. */
static char *markdown_to_html(const char *md, size_t len)
{
	/*
	 * CMARK_OPT_DEFAULT is safe: raw HTML and javascript: links are dropped.
	 * No CMARK_OPT_SMART: it rewrites what people wrote ("--strict" became
	 * "–strict", quotes curled), and an option or a quoted value must stay
	 * as typed to be copied.
	 */
	static const char *const extensions[] = {"table", "tasklist", "autolink", "strikethrough"};
	int options = CMARK_OPT_DEFAULT;
	cmark_gfm_core_extensions_ensure_registered();
	cmark_parser *parser = cmark_parser_new(options);
	for (size_t i = 0; i < GL_ARRAY_SIZE(extensions); i++) {
		cmark_syntax_extension *ext = cmark_find_syntax_extension(extensions[i]);
		if (ext)
			cmark_parser_attach_syntax_extension(parser, ext);
	}
	cmark_parser_feed(parser, md, len);
	cmark_node *doc = cmark_parser_finish(parser);
	char *html =
		doc ? cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser))
		    : NULL;
	cmark_node_free(doc);
	cmark_parser_free(parser);
	return html;
}

void gl_render_html_page(gl_buf *out, const char *title, const char *md, size_t len,
			 govlog_lang lang)
{
	char *body = markdown_to_html(md, len);
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
