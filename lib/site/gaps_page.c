/* The gaps page: the trace's gaps as `govlog trace` finds them, counted by kind, then each in a
 * table naming its release and pull request. */
#include <stdio.h>

#include "site/story.h"
#include "util/ascii.h"
#include "util/banned.h"

/* "Gaps since v2.0.0 (3 releases)." as `govlog trace` words it. */
static void window_line(gl_buf *out, const gl_trace *t, govlog_lang lang)
{
	gl_buf line = GL_BUF_INIT;
	gl_window_line(&line, &t->window, lang);
	gl_buf_puts(out, "<p>");
	gl_site_text(out, line.ptr);
	gl_buf_puts(out, "</p>\n");
	gl_buf_release(&line);
}

static void counts_table(gl_buf *out, const gl_trace *t, govlog_lang lang)
{
	static const gl_text_id cols[] = {GL_T_SITE_GAP_KIND, GL_T_SITE_GAP_COUNT};
	gl_buf_puts(out, "<table id=\"gap-counts\">\n<caption>");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_GAP_COUNTS));
	gl_buf_puts(out, "</caption>\n");
	gl_site_table_head(out, lang, cols, GL_ARRAY_SIZE(cols));
	for (int k = 0; k < GL_GAP__COUNT; k++) {
		gl_buf_printf(out, "<tr data-kind=\"%s\"><th scope=\"row\">",
			      gl_gap_key((gl_gap_kind)k));
		gl_site_text(out, gl_gap_title((gl_gap_kind)k, lang));
		gl_buf_printf(out, "</th><td>%zu</td></tr>\n", t->gap_counts[k]);
	}
	gl_buf_puts(out, "</tbody>\n</table>\n");
}

/* The release cell (a link to its page) and the pull request cell of a gap about a commit. */
static void where_cells(gl_buf *out, const gl_site *s, const gl_trace *t, const gl_gap *g)
{
	govlog_lang lang = s->frame.lang;
	if (g->change == SIZE_MAX) {
		gl_buf_puts(out, "<td></td><td></td>");
		return;
	}
	const gl_change *c = &t->sel.h->changes.items[g->change];
	const char *page = gl_site_release_page(s, c->release);
	gl_buf_puts(out, "<td>");
	if (page) {
		gl_buf_puts(out, "<a href=\"");
		gl_site_href(out, s, page);
		gl_buf_puts(out, "\">");
		gl_site_text(out, t->sel.h->releases.items[c->release].tag);
		gl_buf_puts(out, "</a>");
	} else {
		gl_site_text(out, gl_lang_text(lang, GL_T_UNRELEASED));
	}
	gl_buf_puts(out, "</td><td>");
	char text[80];
	snprintf(text, sizeof(text), "%c%s", c->pr_gitlab ? '!' : '#', c->pr ? c->pr : "");
	gl_buf url = GL_BUF_INIT;
	if (!c->pr)
		gl_site_text(out, gl_lang_text(lang, GL_T_GAP_NO_PR));
	else if (gl_link_url(&url, &t->notes.links,
			     c->pr_gitlab ? GL_LINK_MERGE_REQUEST : GL_LINK_PULL, NULL, c->pr)) {
		gl_buf_puts(out, "<a href=\"");
		gl_site_text(out, url.ptr);
		gl_buf_puts(out, "\">");
		gl_site_text(out, text);
		gl_buf_puts(out, "</a>");
	} else {
		gl_site_text(out, text);
	}
	gl_buf_release(&url);
	gl_buf_puts(out, "</td>");
}

static void gaps_table(gl_buf *out, const gl_site *s, const gl_trace *t)
{
	static const gl_text_id cols[] = {GL_T_SITE_GAP_KIND, GL_T_SITE_GAP_ABOUT, GL_T_SITE_GAP,
					  GL_T_SITE_RELEASE, GL_T_SITE_PR};
	govlog_lang lang = s->frame.lang;
	gl_buf_puts(out, "<table id=\"gaps-table\">\n<caption>");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_GAP_LIST));
	gl_buf_puts(out, "</caption>\n");
	gl_site_table_head(out, lang, cols, GL_ARRAY_SIZE(cols));
	for (size_t i = 0; i < t->gaps.len; i++) {
		const gl_gap *g = &t->gaps.items[i];
		gl_buf_printf(out, "<tr data-kind=\"%s\"><td>", gl_gap_key(g->kind));
		gl_site_text(out, gl_gap_title(g->kind, lang));
		gl_buf_puts(out, "</td><th scope=\"row\">");
		gl_site_text(out, g->subject);
		gl_buf_puts(out, "</th><td>");
		gl_site_text(out, g->message);
		gl_buf_puts(out, "</td>");
		where_cells(out, s, t, g);
		gl_buf_puts(out, "</tr>\n");
	}
	gl_buf_puts(out, "</tbody>\n</table>\n");
}

void gl_site_gaps_main(gl_buf *out, const gl_site *s, int level)
{
	const gl_trace *t = &s->story->trace;
	govlog_lang lang = s->frame.lang;
	gl_buf_printf(out, "<h%d>", level);
	gl_site_text(out, gl_lang_text(lang, GL_T_GAPS));
	gl_buf_printf(out, " (%zu)</h%d>\n", t->gaps.len, level);
	window_line(out, t, lang);
	counts_table(out, t, lang);
	if (!t->gaps.len) {
		gl_buf_puts(out, "<p>");
		gl_site_text(out, gl_lang_text(lang, GL_T_NONE));
		gl_buf_puts(out, "</p>\n");
		return;
	}
	gaps_table(out, s, t);
}

void gl_site_gaps_page(gl_buf *out, const gl_site *s)
{
	gl_site_page_open(out, &s->frame, gl_lang_text(s->frame.lang, GL_T_GAPS));
	gl_site_gaps_main(out, s, 1);
	gl_site_page_close(out, &s->frame, NULL);
}
