/* The site's front page: every record in one table, and the controls the script fills in. */
#include "site/site.h"

#include <string.h>

#include "util/banned.h"

void gl_site_index_headers(gl_buf *out, govlog_lang lang, bool with_repo)
{
	const gl_text_id cols[] = {GL_T_FIELD_STATUS, GL_T_FIELD_DATE, GL_T_FIELD_TYPE,
				   GL_T_FIELD_DECIDERS};
	gl_buf_puts(out, "<thead>\n<tr><th scope=\"col\">ID</th><th scope=\"col\">");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_TITLE_COL));
	gl_buf_puts(out, "</th>");
	for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
		gl_buf_puts(out, "<th scope=\"col\">");
		gl_site_text(out, gl_lang_text(lang, cols[i]));
		gl_buf_puts(out, "</th>");
	}
	if (with_repo) {
		gl_buf_puts(out, "<th scope=\"col\">");
		gl_site_text(out, gl_lang_text(lang, GL_T_SITE_REPOSITORY));
		gl_buf_puts(out, "</th>");
	}
	gl_buf_puts(out, "</tr>\n</thead>\n");
}

static void deciders(gl_buf *out, const govlog_record *r)
{
	for (size_t k = 0; k < govlog_record_decider_count(r); k++) {
		gl_buf_puts(out, k ? ", " : "");
		gl_site_text(out, govlog_record_decider_at(r, k));
	}
}

void gl_site_index_row(gl_buf *out, const gl_site *s, size_t i, size_t entry, const char *repo,
		       govlog_lang lang)
{
	const govlog_record *r = s->entries[i].record;
	const char *date = govlog_record_date(r), *type = govlog_type_code(govlog_record_type(r));
	govlog_status st = govlog_record_status(r);
	gl_buf_printf(
		out,
		"<tr data-entry=\"%zu\" data-status=\"%s\" data-type=\"%s\" data-year=\"%.4s\"",
		entry, st ? govlog_status_name(st) : "none", type, date ? date : "");
	if (repo) { /* the front page of several: the record's page lies in its repository's folder
		     */
		gl_buf_puts(out, " data-repo=\"");
		gl_site_text(out, repo);
		gl_buf_puts(out, "\"");
	}
	gl_buf_puts(out, "><td><a href=\"");
	if (repo) {
		gl_site_text(out, s->org_dir);
		gl_buf_putc(out, '/');
	}
	gl_site_text(out, s->entries[i].page);
	gl_buf_puts(out, "\">");
	gl_site_text(out, govlog_record_id(r));
	gl_buf_puts(out, "</a></td><td>");
	gl_site_text(out, govlog_record_title(r));
	gl_buf_puts(out, "</td><td>");
	gl_site_status(out, st, lang);
	gl_buf_puts(out, "</td><td>");
	gl_site_text(out, date);
	gl_buf_puts(out, "</td><td>");
	gl_site_text(out, type);
	gl_buf_puts(out, "</td><td>");
	deciders(out, r);
	if (repo) {
		gl_buf_puts(out, "</td><td>");
		gl_site_text(out, repo);
	}
	gl_buf_puts(out, "</td></tr>\n");
}

/*
 * The filters, hidden until the script runs: without JavaScript the page is
 * the whole table. The script fills the choices from the table's own rows.
 */
void gl_site_index_filters(gl_buf *out, govlog_lang lang, bool with_repo)
{
	const struct {
		const char *id;
		gl_text_id label;
	} selects[] = {{"status", GL_T_FIELD_STATUS},
		       {"type", GL_T_FIELD_TYPE},
		       {"year", GL_T_SITE_YEAR},
		       {"repo", GL_T_SITE_REPOSITORY}};
	gl_buf_puts(
		out,
		"<form id=\"filters\" role=\"search\" hidden aria-labelledby=\"filters-title\">\n"
		"<h2 id=\"filters-title\">");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_FILTERS));
	gl_buf_puts(out, "</h2>\n<p><label for=\"q\">");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_SEARCH));
	gl_buf_puts(out, "</label> <input type=\"search\" id=\"q\" name=\"q\"></p>\n");
	for (size_t i = 0; i < sizeof(selects) / sizeof(selects[0]) - !with_repo; i++) {
		gl_buf_printf(out, "<p><label for=\"f-%s\">", selects[i].id);
		gl_site_text(out, gl_lang_text(lang, selects[i].label));
		gl_buf_printf(out,
			      "</label> <select id=\"f-%s\" data-filter=\"%s\"><option value=\"\">",
			      selects[i].id, selects[i].id);
		gl_site_text(out, gl_lang_text(lang, GL_T_SITE_ANY));
		gl_buf_puts(out, "</option></select></p>\n");
	}
	gl_buf_puts(out, "<p id=\"shown\" aria-live=\"polite\" data-text=\"");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_SHOWN));
	gl_buf_puts(out, "\"></p>\n</form>\n");
}

void gl_site_index_main(gl_buf *out, const gl_site *s, bool with_filters)
{
	govlog_lang lang = s->frame.lang;
	gl_site_heading(out, 1, lang, GL_T_SITE_DECISIONS);
	if (with_filters)
		gl_site_index_filters(out, lang, false);
	gl_buf_puts(out, "<table id=\"records\">\n<caption>");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_CAPTION));
	gl_buf_puts(out, "</caption>\n");
	gl_site_index_headers(out, lang, false);
	gl_buf_puts(out, "<tbody>\n");
	for (size_t i = 0; i < s->count; i++)
		gl_site_index_row(out, s, i, i, NULL, lang);
	gl_buf_puts(out, "</tbody>\n</table>\n");
	if (!with_filters)
		return;
	gl_buf_puts(out, "<p id=\"none\" hidden>");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_NO_MATCH));
	gl_buf_puts(out, "</p>\n");
}

void gl_site_index_page(gl_buf *out, const gl_site *s)
{
	gl_site_page_open(out, &s->frame, gl_lang_text(s->frame.lang, GL_T_SITE_DECISIONS));
	gl_site_index_main(out, s, true);
	const char *const scripts[] = {"assets/search-index.js", "assets/site.js", NULL};
	gl_site_page_close(out, &s->frame, scripts);
}
