/* govlog site --format jekyll: the pages as a Jekyll folder's, framed by the site's own layout. */
#include "site/site.h"
#include "site/story.h"

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

/* The releases (each a child of their list, newest first) and the gaps, when the history has
 * them. */
static int write_story(const gl_site *s, const char *dir, govlog_site_fn fn, void *payload)
{
	const char *title = gl_lang_text(s->frame.lang, GL_T_RELEASES);
	const gl_history *h = gl_site_history(s);
	gl_site in_folder = *s; /* a release's page lies in releases/ */
	in_folder.frame.root = "../";
	gl_buf front = GL_BUF_INIT, content = GL_BUF_INIT, out = GL_BUF_INIT;
	int rc = 0;
	for (size_t r = 0; s->frame.releases_page && r < h->releases.len && !rc; r++) {
		gl_buf_clear(&front);
		gl_buf_clear(&content);
		gl_buf_clear(&out);
		gl_buf_puts(&front, "layout: default\n");
		yaml_value(&front, "title", h->releases.items[r].tag);
		yaml_value(&front, "parent", title);
		gl_buf_printf(&front, "nav_order: %zu\n", h->releases.len - r);
		rc = gl_site_release_main(&content, &in_folder, r, 1);
		page(&out, front.ptr, &content);
		if (!rc)
			rc = gl_site_put(dir, gl_site_release_page(s, r), out.ptr, out.len, fn,
					 payload);
	}
	for (int k = 0; k < 2 && !rc; k++) {
		const char *name = k ? s->frame.gaps_page : s->frame.releases_page;
		if (!name)
			continue;
		gl_buf_clear(&front);
		gl_buf_clear(&content);
		gl_buf_clear(&out);
		gl_buf_puts(&front, "layout: default\n");
		yaml_value(&front, "title",
			   gl_lang_text(s->frame.lang, k ? GL_T_GAPS : GL_T_RELEASES));
		gl_buf_puts(&front, k ? "" : "has_children: true\n");
		if (k)
			gl_site_gaps_main(&content, s, 1);
		else
			gl_site_releases_main(&content, s, 1);
		page(&out, front.ptr, &content);
		rc = gl_site_put(dir, name, out.ptr, out.len, fn, payload);
	}
	gl_buf_release(&front);
	gl_buf_release(&content);
	gl_buf_release(&out);
	return rc;
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
	return rc ? rc : write_story(s, dir, fn, payload);
}
