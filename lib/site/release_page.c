/* The releases: a list, newest first, and a page per release with its notes as release-notes
 * writes them and the steering group's view. */
#include <string.h>

#include "render/html.h"
#include "site/story.h"
#include "trace/notes.h"
#include "trace/steering.h"
#include "util/banned.h"

/* A link in the notes: to a record's page when it names a record's file, else as written
 * when absolute; a path of the repository leads nowhere the site holds. */
static gl_url_fate mend(gl_buf *to, const char *url, bool image, void *payload)
{
	const gl_site *s = payload;
	if (strstr(url, "://") || url[0] == '#' || !strncmp(url, "mailto:", 7))
		return GL_URL_KEEP;
	const char *page = image ? NULL : gl_site_page_of(s, url);
	if (!page)
		return GL_URL_DROP;
	gl_site_href(to, s, page);
	return GL_URL_CHANGE;
}

static void back_link(gl_buf *out, const gl_site *s)
{
	gl_buf_puts(out, "<nav aria-label=\"");
	gl_site_text(out, gl_lang_text(s->frame.lang, GL_T_SITE_ALL_RELEASES));
	gl_buf_puts(out, "\"><p><a href=\"");
	gl_site_href(out, s, s->frame.releases_page);
	gl_buf_puts(out, "\">");
	gl_site_text(out, gl_lang_text(s->frame.lang, GL_T_SITE_ALL_RELEASES));
	gl_buf_puts(out, "</a></p></nav>\n");
}

int gl_site_release_main(gl_buf *out, const gl_site *s, size_t release, int level)
{
	gl_buf md = GL_BUF_INIT;
	/* the notes read the history only; the story holds it for every page */
	int rc = gl_release_notes_md(&md, (gl_history *)gl_site_history(s), release);
	if (!rc) {
		back_link(out, s);
		gl_md_html how = {false, level - 1, NULL, mend, (void *)s};
		gl_render_markdown_html(out, md.ptr, md.len, &how);
		gl_buf_clear(&md);
		rc = gl_steering_md(&md, &s->story->trace, release, s->meetings);
	}
	if (!rc) { /* the steering group's view: a section below the notes, one level down */
		gl_md_html how = {false, level, NULL, mend, (void *)s};
		gl_render_markdown_html(out, md.ptr, md.len, &how);
	}
	gl_buf_release(&md);
	return rc;
}

int gl_site_release_page_write(gl_buf *out, const gl_site *s, size_t release)
{
	gl_site in_folder = *s; /* a release's page lies in releases/ */
	in_folder.frame.root = "../";
	const gl_history *h = gl_site_history(s);
	gl_site_page_open(out, &in_folder.frame, h->releases.items[release].tag);
	int rc = gl_site_release_main(out, &in_folder, release, 1);
	gl_site_page_close(out, &in_folder.frame, NULL);
	return rc;
}

static size_t commits_of(const gl_history *h, size_t release)
{
	size_t n = 0;
	for (size_t i = 0; i < h->changes.len; i++)
		n += h->changes.items[i].release == release;
	return n;
}

static void release_row(gl_buf *out, const gl_site *s, size_t r)
{
	const gl_history *h = gl_site_history(s);
	char date[11];
	gl_notes_date(date, h->releases.items[r].time);
	gl_buf_puts(out, "<tr><th scope=\"row\"><a href=\"");
	gl_site_href(out, s, gl_site_release_page(s, r));
	gl_buf_puts(out, "\">");
	gl_site_text(out, h->releases.items[r].tag);
	gl_buf_printf(out, "</a></th><td>%s</td><td>%zu</td></tr>\n", date, commits_of(h, r));
}

void gl_site_releases_main(gl_buf *out, const gl_site *s, int level)
{
	govlog_lang lang = s->frame.lang;
	const gl_history *h = gl_site_history(s);
	gl_site_heading(out, level, lang, GL_T_RELEASES);
	gl_buf_puts(out, "<table id=\"releases-table\">\n<caption>");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_RELEASES_CAPTION));
	gl_buf_puts(out, "</caption>\n<thead>\n<tr><th scope=\"col\">");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_RELEASE));
	gl_buf_puts(out, "</th><th scope=\"col\">");
	gl_site_text(out, gl_lang_text(lang, GL_T_FIELD_DATE));
	gl_buf_puts(out, "</th><th scope=\"col\">");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_COMMITS_COL));
	gl_buf_puts(out, "</th></tr>\n</thead>\n<tbody>\n");
	for (size_t r = h->releases.len; r-- > 0;) /* ascending precedence: newest last */
		release_row(out, s, r);
	gl_buf_puts(out, "</tbody>\n</table>\n");
}

void gl_site_releases_page(gl_buf *out, const gl_site *s)
{
	gl_site_page_open(out, &s->frame, gl_lang_text(s->frame.lang, GL_T_RELEASES));
	gl_site_releases_main(out, s, 1);
	gl_site_page_close(out, &s->frame, NULL);
}
