/* One record's page: its metadata as a list of terms, its text as GitHub shows it, its links
 * mended. */
#include "site/site.h"

#include <string.h>
#include <strings.h>

#include "config/config.h"
#include "log/log_internal.h"
#include "record/record_internal.h"
#include "record/vocab.h"
#include "render/common.h"
#include "render/html.h"
#include "site/story.h"
#include "trace/relgraph.h"
#include "util/banned.h"

typedef struct link_ctx {
	const gl_site *site;
	const govlog_record *record;
} link_ctx;

/* A target with a scheme ("https:", "mailto:") or only a fragment: left as written. */
static bool absolute_or_fragment(const char *url)
{
	size_t i = 0;
	while ((url[i] >= 'a' && url[i] <= 'z') || (url[i] >= 'A' && url[i] <= 'Z'))
		i++;
	return url[0] == '#' || (i && url[i] == ':');
}

/*
 * A relative target leads into the repository: to another record's page,
 * else to the file on GitHub when the repository is known, else nowhere
 * (the site holds no other file).
 */
static gl_url_fate mend(gl_buf *to, const char *url, bool image, void *payload)
{
	const link_ctx *c = payload;
	if (!*url || absolute_or_fragment(url))
		return GL_URL_KEEP;
	/* another repository's record, "owner/repo#ADR-0007", when several are one site */
	const char *other = image ? NULL : gl_site_org_page_of(c->site, url);
	if (other) {
		gl_buf_printf(to, "%s%s", c->site->frame.root, other);
		return GL_URL_CHANGE;
	}
	const char *path = govlog_record_path(c->record), *slash = strrchr(path, '/');
	gl_buf dir = GL_BUF_INIT, target = GL_BUF_INIT;
	gl_buf_put(&dir, path, slash ? (size_t)(slash - path) : 0);
	size_t plain = strcspn(url, "#?");
	gl_buf rel = GL_BUF_INIT;
	gl_buf_put(&rel, url, plain);
	gl_buf_puts(&dir, "/");
	gl_buf from_root = GL_BUF_INIT;
	gl_render_root_path(&from_root, c->site->base, dir.ptr);
	gl_render_root_path(&target, from_root.ptr, rel.ptr);
	gl_buf_release(&from_root);
	const char *page = gl_site_page_of(c->site, target.ptr);
	const char *repo = gl_log_config(c->site->log)->repository;
	gl_url_fate fate = GL_URL_DROP;
	if (page && !image && page[0] == '#' && url[plain] == '#') {
		/* one file: the section's own anchors carry its name */
		gl_buf_printf(to, "%s--%s", page, url + plain + 1);
		fate = GL_URL_CHANGE;
	} else if (page && !image) {
		gl_buf_printf(to, "%s%s%s", c->site->frame.root, page, url + plain);
		fate = GL_URL_CHANGE;
	} else if (repo && url[0] != '/' && strncmp(target.ptr, "../", 3)) {
		/* an image as its bytes (raw), a file as GitHub shows it (blob) */
		gl_buf_printf(to, "https://github.com/%s/%s/HEAD/%s%s", repo,
			      image ? "raw" : "blob", target.ptr, url + plain);
		fate = GL_URL_CHANGE;
	}
	gl_buf_release(&dir);
	gl_buf_release(&target);
	gl_buf_release(&rel);
	return fate;
}

/*
 * A task list's boxes as GitHub draws them are form fields without a label,
 * which a screen reader announces as an unnamed checkbox: here they are a
 * symbol named in words (an approval trail "- [x] Godkendt" reads "afkrydset").
 */
static void tasks_as_text(gl_buf *out, const char *html, govlog_lang lang)
{
	static const char box[] = "<input type=\"checkbox\"";
	for (const char *p = html; *p;) {
		const char *at = strstr(p, box), *end = at ? strstr(at, "/>") : NULL;
		if (!end) {
			gl_buf_puts(out, p);
			return;
		}
		gl_buf_put(out, p, (size_t)(at - p));
		bool done = false;
		for (const char *q = at; q + 7 <= end && !done; q++)
			done = !strncmp(q, "checked", 7);
		gl_buf_printf(out, "<span class=\"task\" role=\"img\" aria-label=\"%s\">%s</span>",
			      gl_lang_text(lang, done ? GL_T_SITE_TASK_DONE : GL_T_SITE_TASK_OPEN),
			      done ? "☑" : "☐");
		p = end + 2;
	}
}

static void term(gl_buf *out, govlog_lang lang, gl_text_id name)
{
	gl_buf_puts(out, "<dt>");
	gl_site_text(out, gl_lang_text(lang, name));
	gl_buf_puts(out, "</dt><dd>");
}

/* A supersede field's value: a link to the record it names, else its text. */
/* Links the records the supersede edges of entry i lead to (its successors, or those it replaces);
 * false when it has none. */
static bool related(gl_buf *out, const gl_site *s, size_t i, bool successors)
{
	size_t at = s->entries[i].at, n = 0;
	for (size_t k = 0; s->graph && k < s->graph->edges.len; k++) {
		const gl_relgraph_edge *e = &s->graph->edges.items[k];
		if (!e->supersedes || (successors ? e->to : e->from) != at)
			continue;
		size_t other = s->entry_of[successors ? e->from : e->to];
		gl_buf_puts(out, n++ ? ", <a href=\"" : "<a href=\"");
		gl_site_entry_href(out, s, other);
		gl_buf_puts(out, "\">");
		gl_site_text(out, govlog_record_id(s->entries[other].record));
		gl_buf_puts(out, "</a> (");
		gl_site_text(out, gl_site_title_of(s->entries[other].record));
		gl_buf_puts(out, ")");
	}
	return n > 0;
}

/*
 * A supersede row: the records the relation graph resolves it to, each a link
 * to its page (the field's Markdown link is not shown as written); else the
 * field's words as written, linked when they name a record of the site.
 */
static void relation(gl_buf *out, const gl_site *s, size_t i, const char *field, gl_text_id name)
{
	const govlog_field *f = govlog_record_field(s->entries[i].record, field);
	gl_buf links = GL_BUF_INIT;
	bool resolved = related(&links, s, i, !strcmp(field, "superseded-by"));
	if (resolved || (f && f->value && *f->value)) {
		term(out, s->frame.lang, name);
		const char *page = resolved ? NULL : gl_site_page_of(s, f->value);
		if (resolved) {
			gl_buf_put(out, links.ptr, links.len);
		} else if (page) { /* another repository's record, "owner/repo#ADR-0007" */
			gl_buf_printf(out, "<a href=\"%s", s->frame.root);
			gl_site_text(out, page);
			gl_buf_puts(out, "\">");
			gl_site_text(out, f->value);
			gl_buf_puts(out, "</a>");
		} else {
			gl_site_text(out, f->value);
		}
		gl_buf_puts(out, "</dd>\n");
	}
	gl_buf_release(&links);
}

/*
 * The status as the log writes it, as GitHub shows that line: a supersede
 * link ("Erstattet af [ADR-0004](0004-x.md)") is its text, linked to the
 * record's page; words that are no single paragraph are shown as text.
 */
static void status_as_written(gl_buf *out, const gl_site *s, size_t i, const char *raw)
{
	link_ctx c = {s, s->entries[i].record};
	gl_md_html how = {false, 0, NULL, mend, &c};
	gl_buf html = GL_BUF_INIT;
	gl_render_markdown_html(&html, raw, strlen(raw), &how);
	size_t n = html.len;
	while (n && html.ptr[n - 1] == '\n')
		n--;
	bool one_paragraph = n >= 7 && !strncmp(html.ptr, "<p>", 3) &&
			     !strncmp(html.ptr + n - 4, "</p>", 4) && !strstr(html.ptr + 3, "<p>");
	if (one_paragraph)
		gl_buf_put(out, html.ptr + 3, n - 7);
	else
		gl_site_text(out, raw);
	gl_buf_release(&html);
}

static void metadata(gl_buf *out, const gl_site *s, size_t i, int level)
{
	const govlog_record *r = s->entries[i].record;
	govlog_lang lang = s->frame.lang;
	gl_site_heading(out, level, lang, GL_T_SITE_ABOUT);
	gl_buf_puts(out, "<dl class=\"meta\">\n<dt>ID</dt><dd>");
	gl_site_text(out, govlog_record_id(r));
	gl_buf_puts(out, "</dd>\n");
	term(out, lang, GL_T_FIELD_STATUS);
	gl_site_status(out, govlog_record_status(r), lang);
	const char *raw = govlog_record_status_raw(r);
	const char *word = gl_vocab_status_word(govlog_record_status(r), lang);
	if (raw && (!word || strcasecmp(raw, word))) { /* the log's own word, when it differs */
		gl_buf_puts(out, " <span class=\"as-written\">(");
		status_as_written(out, s, i, raw);
		gl_buf_puts(out, ")</span>");
	}
	gl_buf_puts(out, "</dd>\n");
	term(out, lang, GL_T_FIELD_DATE);
	gl_site_text(out, govlog_record_date(r) ? govlog_record_date(r)
						: gl_lang_text(lang, GL_T_SITE_NOT_SET));
	gl_buf_puts(out, "</dd>\n");
	if (govlog_record_type(r)) {
		term(out, lang, GL_T_FIELD_TYPE);
		gl_site_text(out, govlog_type_code(govlog_record_type(r)));
		gl_buf_puts(out, "</dd>\n");
	}
	if (govlog_record_decider_count(r)) {
		term(out, lang, GL_T_FIELD_DECIDERS);
		for (size_t k = 0; k < govlog_record_decider_count(r); k++) {
			gl_buf_puts(out, k ? ", " : "");
			gl_site_text(out, govlog_record_decider_at(r, k));
		}
		gl_buf_puts(out, "</dd>\n");
	}
	relation(out, s, i, "supersedes", GL_T_FIELD_SUPERSEDES);
	relation(out, s, i, "superseded-by", GL_T_FIELD_SUPERSEDED_BY);
	term(out, lang, GL_T_SITE_SOURCE);
	gl_buf_puts(out, "<code>");
	gl_site_text(out, govlog_record_path(r));
	gl_buf_puts(out, "</code></dd>\n</dl>\n");
}

const char *gl_site_title_of(const govlog_record *r)
{
	const char *title = govlog_record_title(r);
	return title && *title ? title : govlog_record_id(r);
}

void gl_site_record_main(gl_buf *out, const gl_site *s, size_t i)
{
	const govlog_record *r = s->entries[i].record;
	const char *title = gl_site_title_of(r);
	/* One file: a section under the index, a level down; its anchors carry its name. */
	int level = s->single ? 2 : 1;
	gl_buf prefix = GL_BUF_INIT;
	if (s->single)
		gl_buf_printf(&prefix, "%s--", s->entries[i].page + 1);
	gl_buf_printf(out, "<nav aria-label=\"");
	gl_site_text(out, gl_lang_text(s->frame.lang, GL_T_SITE_BACK));
	gl_buf_printf(out, "\"><p><a href=\"%s%s\">", s->frame.root,
		      s->single ? "#main" : s->index_page);
	gl_site_text(out, gl_lang_text(s->frame.lang, GL_T_SITE_BACK));
	gl_buf_printf(out, "</a></p></nav>\n<h%d", level);
	if (s->single)
		gl_buf_printf(out, " id=\"%s-title\"", s->entries[i].page + 1);
	gl_buf_putc(out, '>');
	gl_site_text(out, title);
	gl_buf_printf(out, "</h%d>\n", level);
	metadata(out, s, i, level + 1);
	gl_site_graph_neighbourhood(out, s, i, level + 1);
	gl_buf_puts(out, "<div class=\"record-text\">\n");
	link_ctx c = {s, r};
	size_t len;
	const char *body = gl_record_body(r, &len);
	gl_md_html how = {true, level - 1, prefix.ptr, mend, &c};
	gl_buf html = GL_BUF_INIT;
	gl_render_markdown_html(&html, body, len, &how);
	if (s->org) {
		gl_buf tasks = GL_BUF_INIT;
		tasks_as_text(&tasks, html.ptr, s->frame.lang);
		gl_site_org_link_mentions(out, s, tasks.ptr);
		gl_buf_release(&tasks);
	} else {
		tasks_as_text(out, html.ptr, s->frame.lang);
	}
	gl_buf_release(&html);
	gl_buf_puts(out, "</div>\n");
	gl_site_record_story(out, s, i, level + 1);
	gl_buf_release(&prefix);
}

void gl_site_record_page(gl_buf *out, const gl_site *site, size_t i)
{
	gl_site in_folder = *site; /* a record's page lies in records/ */
	in_folder.frame.root = "../";
	gl_site_page_open(out, &in_folder.frame, gl_site_title_of(site->entries[i].record));
	gl_site_record_main(out, &in_folder, i);
	gl_site_page_close(out, &in_folder.frame, NULL);
}
