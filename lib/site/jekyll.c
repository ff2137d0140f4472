/* govlog site --format jekyll: the pages as a Jekyll folder's, framed by the site's own layout. */
#include "site/site.h"

#include <string.h>

#include "render/json.h"
#include "util/banned.h"

/*
 * Jekyll runs Liquid over every page that has front matter, and GitHub Pages'
 * Jekyll (3.x) knows no render_with_liquid: a record's "{{" or "{%" would run.
 * Braces become character references, which the browser shows as braces.
 */
static void without_liquid(gl_buf *out, const char *html, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (html[i] == '{')
			gl_buf_puts(out, "&#123;");
		else if (html[i] == '}')
			gl_buf_puts(out, "&#125;");
		else
			gl_buf_putc(out, html[i]);
	}
}

/*
 * A front matter value: a JSON string is a YAML double-quoted scalar, escapes
 * and all. Themes put titles into their navigation and <title> as they are
 * (just-the-docs does), so the value is HTML text already: a record titled
 * <script> shows as text there too.
 */
static void yaml_value(gl_buf *out, const char *key, const char *value)
{
	gl_buf html = GL_BUF_INIT, safe = GL_BUF_INIT;
	gl_site_text(&html, value);
	without_liquid(&safe, html.ptr, html.len);
	gl_buf_printf(out, "%s: ", key);
	gl_json_string(out, safe.ptr);
	gl_buf_putc(out, '\n');
	gl_buf_release(&html);
	gl_buf_release(&safe);
}

static void page(gl_buf *out, const char *front, const gl_buf *content)
{
	gl_buf_printf(out, "---\n%srender_with_liquid: false\n---\n", front);
	without_liquid(out, content->ptr, content->len);
}

/* The views as top-level pages of the theme's navigation, after the decisions. */
static int views(const gl_site *s, const char *dir, govlog_site_fn fn, void *payload)
{
	gl_buf front = GL_BUF_INIT, content = GL_BUF_INIT, out = GL_BUF_INIT, name = GL_BUF_INIT;
	int rc = 0;
	for (size_t k = 0; gl_site_views[k].name && !rc; k++) {
		const gl_site_view *v = &gl_site_views[k];
		gl_buf_clear(&front);
		gl_buf_clear(&content);
		gl_buf_clear(&out);
		gl_buf_clear(&name);
		gl_buf_puts(&front, "layout: default\n");
		yaml_value(&front, "title", gl_lang_text(s->frame.lang, v->title));
		gl_buf_printf(&front, "nav_order: %zu\n", k + 2);
		v->main(&content, s, 1);
		page(&out, front.ptr, &content);
		gl_buf_printf(&name, "%s.html", v->name);
		rc = gl_site_put(dir, name.ptr, out.ptr, out.len, fn, payload);
	}
	gl_buf_release(&front);
	gl_buf_release(&content);
	gl_buf_release(&out);
	gl_buf_release(&name);
	return rc;
}

int gl_site_write_jekyll(const gl_site *s, const char *dir, govlog_site_fn fn, void *payload)
{
	const char *index_title = gl_lang_text(s->frame.lang, GL_T_SITE_DECISIONS);
	gl_buf front = GL_BUF_INIT, content = GL_BUF_INIT, out = GL_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; i < s->count && !rc; i++) {
		gl_buf_clear(&front);
		gl_buf_clear(&content);
		gl_buf_clear(&out);
		gl_buf_puts(&front, "layout: default\n");
		yaml_value(&front, "title", gl_site_title_of(s->entries[i].record));
		yaml_value(&front, "parent", index_title);
		gl_buf_printf(&front, "nav_order: %zu\n", i + 1);
		gl_site_record_main(&content, s, i);
		page(&out, front.ptr, &content);
		rc = gl_site_put(dir, s->entries[i].page, out.ptr, out.len, fn, payload);
	}
	if (!rc) {
		gl_buf_clear(&front);
		gl_buf_clear(&content);
		gl_buf_clear(&out);
		gl_buf_puts(&front, "layout: default\n");
		yaml_value(&front, "title", index_title);
		gl_buf_puts(&front, "has_children: true\n");
		gl_site_index_main(&content, s, false);
		page(&out, front.ptr, &content);
		rc = gl_site_put(dir, s->index_page, out.ptr, out.len, fn, payload);
	}
	if (!rc)
		rc = views(s, dir, fn, payload);
	gl_buf_release(&front);
	gl_buf_release(&content);
	gl_buf_release(&out);
	return rc;
}
