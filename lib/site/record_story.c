/* What Git tells on a record's page: its status history, the commits that name it and the
 * releases that hold them, the requests it answers. */
#include <stdio.h>

#include "site/story.h"
#include "trace/notes.h"
#include "util/ascii.h"
#include "util/strmap.h"
#include "util/banned.h"

static void table_open(gl_buf *out, govlog_lang lang, gl_text_id caption, const gl_text_id *cols,
		       size_t n)
{
	gl_buf_puts(out, "<table>\n<caption>");
	gl_site_text(out, gl_lang_text(lang, caption));
	gl_buf_puts(out, "</caption>\n");
	gl_site_table_head(out, lang, cols, n);
}

static void paragraph(gl_buf *out, govlog_lang lang, gl_text_id text)
{
	gl_buf_puts(out, "<p>");
	gl_site_text(out, gl_lang_text(lang, text));
	gl_buf_puts(out, "</p>\n");
}

/* A commit's date and short id, linked to the commit when the links are known. */
static void commit_cells(gl_buf *out, const gl_site *s, const gl_change *c)
{
	char date[11], id[8];
	gl_notes_date(date, c->time);
	snprintf(id, sizeof(id), "%.7s", GL_CHANGE_HEX(c));
	gl_buf_printf(out, "<td>%s</td><td><code>", date);
	gl_buf url = GL_BUF_INIT;
	bool linked = gl_link_url(&url, &s->story->trace.notes.links, GL_LINK_COMMIT, NULL,
				  GL_CHANGE_HEX(c));
	if (linked) {
		gl_buf_puts(out, "<a href=\"");
		gl_site_text(out, url.ptr);
		gl_buf_puts(out, "\">");
	}
	gl_site_text(out, id);
	gl_buf_puts(out, linked ? "</a></code></td>" : "</code></td>");
	gl_buf_release(&url);
}

static void status_history(gl_buf *out, const gl_site *s, size_t i, int level)
{
	static const gl_text_id cols[] = {GL_T_FIELD_DATE, GL_T_SITE_COMMIT, GL_T_SITE_AUTHOR,
					  GL_T_SITE_CHANGE};
	govlog_lang lang = s->frame.lang;
	const gl_site_steps *steps = &s->story->steps[i];
	gl_site_heading(out, level, lang, GL_T_SITE_HISTORY);
	if (!steps->len) {
		paragraph(out, lang, GL_T_SITE_NO_HISTORY);
		return;
	}
	table_open(out, lang, GL_T_SITE_HISTORY_CAPTION, cols, sizeof(cols) / sizeof(cols[0]));
	for (size_t k = 0; k < steps->len; k++) {
		const gl_site_step *st = &steps->items[k];
		gl_buf_puts(out, "<tr>");
		commit_cells(out, s, st->change);
		gl_buf_puts(out, "<td>");
		gl_site_text(out, st->change->who->author);
		gl_buf_puts(out, "</td><td>");
		gl_site_status(out, st->from, lang);
		gl_buf_puts(out, " → ");
		gl_site_status(out, st->to, lang);
		gl_buf_puts(out, "</td></tr>\n");
	}
	gl_buf_puts(out, "</tbody>\n</table>\n");
}

static void release_cell(gl_buf *out, const gl_site *s, const gl_change *c)
{
	const char *page = gl_site_release_page(s, c->release);
	gl_buf_puts(out, "<td>");
	if (!page) {
		gl_site_text(out, gl_lang_text(s->frame.lang, GL_T_UNRELEASED));
	} else {
		gl_buf_puts(out, "<a href=\"");
		gl_site_href(out, s, page);
		gl_buf_puts(out, "\">");
		gl_site_text(out, gl_site_history(s)->releases.items[c->release].tag);
		gl_buf_puts(out, "</a>");
	}
	gl_buf_puts(out, "</td>");
}

/* The commits that name the record: its Decision: trailers, and its Refs: when it is a request
 * record (FR-12), each once, newest first. */
static void naming(gl_selection *out, const gl_site *s, const gl_decision_trace *d)
{
	const gl_trace *t = &s->story->trace;
	gl_buf key = GL_BUF_INIT;
	for (const char *c = govlog_record_id(d->record); *c; c++)
		gl_buf_putc(&key, gl_toupper(*c)); /* as the trace keys requests */
	size_t q;
	bool request = gl_str_map_get(t->request_map, key.ptr, &q) &&
		       t->requests.items[q].kind == GL_REF_RECORD;
	gl_buf_release(&key);
	for (size_t k = 0; k < d->commits.len; k++)
		gl_vec_push(&out->changes, d->commits.items[k]);
	for (size_t k = 0; request && k < t->requests.items[q].commits.len; k++) {
		size_t c = t->requests.items[q].commits.items[k], seen = 0;
		while (seen < d->commits.len && d->commits.items[seen] != c)
			seen++;
		if (seen == d->commits.len)
			gl_vec_push(&out->changes, c);
	}
	gl_selection_sort(out, gl_site_history(s));
}

/* The commits that name the record, newest first, with their releases. */
static void named_by(gl_buf *out, const gl_site *s, const gl_decision_trace *d, int level)
{
	static const gl_text_id cols[] = {GL_T_FIELD_DATE, GL_T_SITE_COMMIT, GL_T_SITE_SUBJECT,
					  GL_T_SITE_RELEASE};
	govlog_lang lang = s->frame.lang;
	const gl_history *h = gl_site_history(s);
	gl_selection named = {0};
	naming(&named, s, d);
	gl_site_heading(out, level, lang, GL_T_SITE_NAMED_BY);
	if (!named.changes.len) {
		paragraph(out, lang, GL_T_SITE_NO_COMMITS);
		gl_vec_free(&named.changes);
		return;
	}
	table_open(out, lang, GL_T_SITE_NAMED_CAPTION, cols, sizeof(cols) / sizeof(cols[0]));
	for (size_t k = 0; k < named.changes.len; k++) {
		const gl_change *c = &h->changes.items[named.changes.items[k]];
		gl_buf_puts(out, "<tr>");
		commit_cells(out, s, c);
		gl_buf_puts(out, "<td>");
		gl_site_text(out, c->subject);
		gl_buf_puts(out, "</td>");
		release_cell(out, s, c);
		gl_buf_puts(out, "</tr>\n");
	}
	gl_buf_puts(out, "</tbody>\n</table>\n");
	gl_vec_free(&named.changes);
}

/* A request: a request record's page, an issue or ticket where the links say, else its key. */
static void request_item(gl_buf *out, const gl_site *s, const gl_request *q)
{
	gl_buf url = GL_BUF_INIT;
	const char *page = q->kind == GL_REF_RECORD ? gl_site_page_of(s, q->key) : NULL;
	if (page) {
		gl_site_href(&url, s, page);
	} else {
		gl_buf link = GL_BUF_INIT;
		gl_link_kind kind = q->kind == GL_REF_ISSUE ? GL_LINK_ISSUE : GL_LINK_TICKET;
		if (q->kind != GL_REF_RECORD &&
		    gl_link_url(&link, &s->story->trace.notes.links, kind, q->repo, q->id))
			gl_site_text(&url, link.ptr);
		gl_buf_release(&link);
	}
	gl_buf_puts(out, "<li>");
	if (url.len)
		gl_buf_printf(out, "<a href=\"%s\">", url.ptr);
	gl_site_text(out, q->key);
	gl_buf_puts(out, url.len ? "</a></li>\n" : "</li>\n");
	gl_buf_release(&url);
}

static void requests(gl_buf *out, const gl_site *s, const gl_decision_trace *d, int level)
{
	const gl_trace *t = &s->story->trace;
	gl_site_heading(out, level, s->frame.lang, GL_T_SITE_REQUESTS);
	if (!d->requests.len) {
		paragraph(out, s->frame.lang, GL_T_SITE_NO_REQUESTS);
		return;
	}
	gl_buf_puts(out, "<ul>\n");
	for (size_t k = 0; k < d->requests.len; k++)
		request_item(out, s, &t->requests.items[d->requests.items[k]]);
	gl_buf_puts(out, "</ul>\n");
}

void gl_site_record_story(gl_buf *out, const gl_site *s, size_t i, int level)
{
	if (!s->story)
		return;
	const gl_trace *t = &s->story->trace;
	size_t at = s->entries[i].at;
	gl_buf_puts(out, "<div class=\"record-story\">\n");
	status_history(out, s, i, level);
	if (at < t->decisions.len) {
		named_by(out, s, &t->decisions.items[at], level);
		requests(out, s, &t->decisions.items[at], level);
	}
	gl_buf_puts(out, "</div>\n");
}
