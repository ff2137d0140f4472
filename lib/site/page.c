/* The frame of every page: language, skip link, landmarks, footer; status words with symbols. */
#include "site/page.h"
#include "site/site.h"

#include <string.h>

#include "author/template_data.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/escape.h"
#include "util/banned.h"

void gl_site_text(gl_buf *out, const char *s)
{
	gl_html_text(out, s);
}

static void nav_item(gl_buf *out, const gl_site_page *p, const char *page, gl_text_id name)
{
	gl_buf_printf(out, "<li><a href=\"%s", page[0] == '#' ? "" : p->root);
	gl_site_text(out, page);
	gl_buf_puts(out, "\">");
	gl_site_text(out, gl_lang_text(p->lang, name));
	gl_buf_puts(out, "</a></li>");
}

/*
 * The site's pages: the front page, the views, and in a repository the
 * releases and the gaps; in one file, its sections.
 */
static void navigation(gl_buf *out, const gl_site_page *p)
{
	gl_buf_puts(out, "<nav class=\"pages\" aria-label=\"");
	gl_site_text(out, gl_lang_text(p->lang, GL_T_SITE_NAV));
	gl_buf_puts(out, "\">\n<ul class=\"site-nav\">\n");
	if (p->in_org)
		nav_item(out, p, "../index.html", GL_T_SITE_REPOSITORIES);
	if (p->front_only) {
		nav_item(out, p, "index.html", GL_T_SITE_REPOSITORIES);
		gl_buf_puts(out, "</ul>\n</nav>\n");
		return;
	}
	nav_item(out, p, p->inline_assets ? "#main" : "index.html", GL_T_SITE_DECISIONS);
	gl_buf page = GL_BUF_INIT;
	for (const gl_site_view *v = gl_site_views; v->name; v++) {
		gl_buf_clear(&page);
		gl_buf_printf(&page, p->inline_assets ? "#%s" : "%s.html", v->name);
		nav_item(out, p, page.ptr, v->title);
	}
	gl_buf_release(&page);
	if (p->releases_page)
		nav_item(out, p, p->releases_page, GL_T_RELEASES);
	if (p->gaps_page)
		nav_item(out, p, p->gaps_page, GL_T_GAPS);
	gl_buf_puts(out, "</ul>\n</nav>\n");
}

void gl_site_page_open(gl_buf *out, const gl_site_page *p, const char *title)
{
	gl_buf_printf(out,
		      "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
		      gl_lang_code(p->lang));
	gl_buf_puts(out,
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		    "<title>");
	gl_site_text(out, title);
	gl_buf_puts(out, " – ");
	gl_site_text(out, gl_lang_text(p->lang, GL_T_SITE_TITLE));
	if (p->inline_assets)
		gl_buf_printf(out, "</title>\n<style>\n%s</style>\n", gl_site_asset("site.css"));
	else
		gl_buf_printf(out,
			      "</title>\n<link rel=\"stylesheet\" href=\"%sassets/site.css\">\n",
			      p->root);
	gl_buf_puts(out, "</head>\n<body>\n<a class=\"skip\" href=\"#main\">");
	gl_site_text(out, gl_lang_text(p->lang, GL_T_SITE_SKIP));
	gl_buf_printf(out, "</a>\n<header>\n<p class=\"site-name\"><a href=\"%sindex.html\">",
		      p->root);
	gl_site_text(out, gl_lang_text(p->lang, GL_T_SITE_TITLE));
	gl_buf_puts(out, "</a></p>\n");
	navigation(out, p);
	gl_buf_puts(out, "</header>\n<main id=\"main\" tabindex=\"-1\">\n");
}

void gl_site_page_close(gl_buf *out, const gl_site_page *p, const char *const *scripts)
{
	gl_buf_puts(out, "</main>\n<footer>\n<p>");
	gl_buf text = GL_BUF_INIT;
	gl_lang_printf(&text, p->lang, GL_T_SITE_MADE_BY, GOVLOG_VERSION);
	gl_site_text(out, text.ptr);
	gl_buf_release(&text);
	gl_buf_puts(out, "</p>\n</footer>\n");
	for (; scripts && *scripts; scripts++) {
		if (p->inline_assets)
			gl_buf_printf(out, "<script>\n%s</script>\n", *scripts);
		else
			gl_buf_printf(out, "<script src=\"%s%s\"></script>\n", p->root, *scripts);
	}
	gl_buf_puts(out, "</body>\n</html>\n");
}

void gl_site_status(gl_buf *out, govlog_status s, govlog_lang lang)
{
	static const char *const symbols[] = {"", "?", "◌", "✔", "✘", "⚠", "↻"};
	const char *word = s > GOVLOG_STATUS_UNKNOWN    ? gl_vocab_status_word(s, lang)
			   : s == GOVLOG_STATUS_UNKNOWN ? gl_lang_text(lang, GL_T_UNKNOWN_WORD)
							: gl_lang_text(lang, GL_T_SITE_NOT_SET);
	const char *name = s == GOVLOG_STATUS_NONE ? "none" : govlog_status_name(s);
	gl_buf_printf(out, "<span class=\"status status-%s\"><span aria-hidden=\"true\">%s</span> ",
		      name, (unsigned)s < GL_ARRAY_SIZE(symbols) ? symbols[s] : "");
	gl_site_text(out, word);
	gl_buf_puts(out, "</span>");
}

void gl_site_page_name(gl_buf *out, const char *id)
{
	if (!*id)
		gl_buf_puts(out, "record");
	/* No hidden file, no path: '.' only after the first character, no '/'. */
	for (const char *c = id; *c; c++)
		gl_buf_putc(out,
			    gl_isalnum(*c) || (c > id && *c == '.') || strchr("_-", *c) ? *c : '-');
}

const char *gl_site_asset(const char *name)
{
	gl_buf key = GL_BUF_INIT;
	gl_buf_printf(&key, "site/%s", name);
	const gl_template_data *t = gl_template_find(key.ptr);
	gl_buf_release(&key);
	return t ? t->text : "";
}

void gl_site_table_head(gl_buf *out, govlog_lang lang, const gl_text_id *cols, size_t n)
{
	gl_buf_puts(out, "<thead>\n<tr>");
	for (size_t i = 0; i < n; i++) {
		gl_buf_puts(out, "<th scope=\"col\">");
		gl_site_text(out, gl_lang_text(lang, cols[i]));
		gl_buf_puts(out, "</th>");
	}
	gl_buf_puts(out, "</tr>\n</thead>\n<tbody>\n");
}

void gl_site_heading(gl_buf *out, int level, govlog_lang lang, gl_text_id text)
{
	gl_buf_printf(out, "<h%d>", level);
	gl_site_text(out, gl_lang_text(lang, text));
	gl_buf_printf(out, "</h%d>\n", level);
}
