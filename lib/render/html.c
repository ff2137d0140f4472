/* Markdown to a stand-alone HTML page with cmark-gfm; raw HTML in the input is never passed on. */
#include "render/html.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"
#include "util/ascii.h"
#include "util/utf8.h"
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

/* Puts node's children in its place (a link without its target keeps its text). */
static void unwrap(cmark_node *node)
{
	cmark_node *child;
	while ((child = cmark_node_first_child(node)))
		cmark_node_insert_before(node, child);
	cmark_node_free(node);
}

/* An image without its target: its description, as text. */
static void image_to_text(cmark_node *node)
{
	cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
	cmark_node *child = cmark_node_first_child(node);
	const char *alt = child ? cmark_node_get_literal(child) : NULL;
	cmark_node_set_literal(text, alt ? alt : "");
	cmark_node_insert_before(node, text);
	cmark_node_free(node);
}

/* Each link's and image's target through map; the nodes to drop are dropped after the walk. */
static void map_urls(cmark_node *doc, gl_url_fn map, void *payload)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_node *drop[256];
	size_t ndrop = 0;
	gl_buf to = GL_BUF_INIT;
	for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);
		if (ev != CMARK_EVENT_ENTER || (t != CMARK_NODE_LINK && t != CMARK_NODE_IMAGE))
			continue;
		gl_buf_clear(&to);
		gl_url_fate fate = map(&to, cmark_node_get_url(n), t == CMARK_NODE_IMAGE, payload);
		if (fate == GL_URL_CHANGE)
			cmark_node_set_url(n, to.ptr);
		else if (fate == GL_URL_DROP && ndrop < sizeof(drop) / sizeof(drop[0]))
			drop[ndrop++] = n;
		else if (fate == GL_URL_DROP)
			cmark_node_set_url(n, ""); /* more than the walk can hold: no target */
	}
	cmark_iter_free(it);
	gl_buf_release(&to);
	for (size_t i = ndrop; i-- > 0;) {
		if (cmark_node_get_type(drop[i]) == CMARK_NODE_IMAGE)
			image_to_text(drop[i]);
		else
			unwrap(drop[i]);
	}
}

/* The text a heading shows: its text and code spans, in order. */
static void heading_text(gl_buf *out, cmark_node *heading)
{
	cmark_iter *it = cmark_iter_new(heading);
	for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);
		if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE))
			gl_buf_puts(out, cmark_node_get_literal(n));
	}
	cmark_iter_free(it);
}

/* GitHub's anchor of a heading: lower case, spaces as '-', punctuation left out. */
static void slug(gl_buf *out, const char *text)
{
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p >= 'A' && *p <= 'Z')
			gl_buf_putc(out, (char)(*p + 32));
		else if (*p == ' ')
			gl_buf_putc(out, '-');
		else if (*p >= 0x80 || gl_isalnum((char)*p) || *p == '-' || *p == '_')
			gl_buf_putc(out, (char)*p);
	}
}

static bool listed(const gl_buf *ids, const char *id)
{
	for (size_t at = 0; at < ids->len; at += strlen(ids->ptr + at) + 1)
		if (!strcmp(ids->ptr + at, id))
			return true;
	return false;
}

/* Each heading's id, in document order, NUL-separated; a repeat gets -1, -2, ... */
static void heading_ids(gl_buf *ids, size_t *count, cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	gl_buf text = GL_BUF_INIT, id = GL_BUF_INIT;
	for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_HEADING)
			continue;
		gl_buf_clear(&text);
		gl_buf_clear(&id);
		heading_text(&text, n);
		slug(&id, text.ptr);
		size_t base = id.len;
		for (unsigned k = 1; listed(ids, id.ptr); k++) {
			gl_buf_truncate(&id, base);
			gl_buf_printf(&id, "-%u", k);
		}
		gl_buf_put(ids, id.ptr, id.len + 1);
		(*count)++;
	}
	gl_buf_release(&text);
	gl_buf_release(&id);
	cmark_iter_free(it);
}

/*
 * The ids put on the rendered headings, in order. Safe mode leaves no raw
 * HTML, so every "<hN>" of the output is a heading of the document.
 */
static void with_ids(gl_buf *out, const char *html, const gl_buf *ids, size_t count,
		     const char *prefix)
{
	const char *id = ids->ptr;
	for (const char *p = html; *p;) {
		const char *h = strstr(p, "<h");
		if (!h || !count) {
			gl_buf_puts(out, p);
			break;
		}
		gl_buf_put(out, p, (size_t)(h - p));
		p = h + 2;
		gl_buf_puts(out, "<h");
		if (*p >= '1' && *p <= '6' && p[1] == '>') {
			gl_buf_printf(out, "%c id=\"%s%s\">", *p, prefix, id);
			p += 2;
			id += strlen(id) + 1;
			count--;
		}
	}
}

/* The body as GitHub renders it: tables, task lists, autolinks and strikethrough. */
/* Every heading `shift` levels down, at most to level 6. */
static void shift_headings(cmark_node *doc, int shift)
{
	cmark_iter *it = cmark_iter_new(doc);
	for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING) {
			int level = cmark_node_get_heading_level(n) + shift;
			cmark_node_set_heading_level(n, level > 6 ? 6 : level);
		}
	}
	cmark_iter_free(it);
}

static void markdown_to_html(gl_buf *out, const char *md, size_t len, const gl_md_html *o)
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
	/* A page is UTF-8: a byte that is no character becomes U+FFFD, as a browser shows it. */
	gl_buf clean = GL_BUF_INIT;
	gl_utf8_sanitize(&clean, md, len);
	cmark_parser_feed(parser, clean.ptr, clean.len);
	gl_buf_release(&clean);
	cmark_node *doc = cmark_parser_finish(parser);
	cmark_node *first = doc ? cmark_node_first_child(doc) : NULL;
	if (o->drop_title && first && cmark_node_get_type(first) == CMARK_NODE_HEADING &&
	    cmark_node_get_heading_level(first) == 1)
		cmark_node_free(first); /* unlinks it too */
	if (doc && o->map)
		map_urls(doc, o->map, o->payload);
	gl_buf ids = GL_BUF_INIT;
	size_t nids = 0;
	if (doc && o->id_prefix)
		heading_ids(&ids, &nids, doc);
	if (doc && o->shift)
		shift_headings(doc, o->shift);
	char *html =
		doc ? cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser))
		    : NULL;
	with_ids(out, html ? html : "", &ids, nids, o->id_prefix ? o->id_prefix : "");
	free(html);
	gl_buf_release(&ids);
	cmark_node_free(doc);
	cmark_parser_free(parser);
}

void gl_render_html_page(gl_buf *out, const char *title, const char *md, size_t len,
			 govlog_lang lang)
{
	gl_buf body = GL_BUF_INIT;
	gl_md_html plain = {0};
	markdown_to_html(&body, md, len, &plain);
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
	gl_buf_put(out, body.ptr, body.len);
	gl_buf_puts(out, "</body>\n</html>\n");
	gl_buf_release(&body);
}

void gl_render_markdown_html(gl_buf *out, const char *md, size_t len, const gl_md_html *o)
{
	markdown_to_html(out, md, len, o);
}
