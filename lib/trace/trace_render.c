/* The trace graph as Markdown tables, JSON, CSV edges, an HTML page or a Graphviz graph. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

#include "diag/texts.h"
#include "util/error.h"
#include "render/html.h"
#include "render/json.h"
#include "trace/backport.h"
#include "trace/review.h"
#include "trace/trace_internal.h"
#include "util/ascii.h"
#include "util/escape.h"
#include "util/fs.h"
#include "util/banned.h"

static const gl_change *change_at(const gl_trace *t, size_t i)
{
	return &t->sel.h->changes.items[i];
}

static const char *release_tag(const gl_trace *t, const gl_change *c)
{
	return c->release == GL_UNRELEASED ? NULL : t->sel.h->releases.items[c->release].tag;
}

static void request_md(gl_buf *out, const gl_trace *t, const gl_request *q)
{
	gl_buf url = GL_BUF_INIT;
	gl_link_kind kind = q->kind == GL_REF_ISSUE ? GL_LINK_ISSUE : GL_LINK_TICKET;
	if (q->kind != GL_REF_RECORD && gl_link_url(&url, &t->notes.links, kind, q->repo, q->id))
		gl_md_link(out, q->key, url.ptr);
	else
		gl_md_text(out, q->key);
	gl_buf_release(&url);
}

/* The distinct pull requests and releases of some commits, ", "-separated. */
/* Appends s unless the list has it: a whole item, so "#3" is not "#31"'s. */
static void add_once(gl_strvec *v, const char *s)
{
	if (!gl_strvec_contains(v, s))
		gl_vec_push(v, gl_xstrdup(s));
}

/* The pull requests and the release tags of the commits, each once, in order. */
static void prs_and_tags(gl_strvec *prs, gl_strvec *tags, bool *unreleased, const gl_trace *t,
			 const gl_index_vec *commits)
{
	*unreleased = false;
	for (size_t i = 0; i < commits->len; i++) {
		const gl_change *c = change_at(t, commits->items[i]);
		char pr[80];
		if (c->pr) {
			snprintf(pr, sizeof(pr), "%c%s", c->pr_gitlab ? '!' : '#', c->pr);
			add_once(prs, pr);
		}
		const char *tag = release_tag(t, c);
		if (tag)
			add_once(tags, tag);
		else
			*unreleased = true;
	}
}

static void joined(gl_buf *out, const gl_strvec *v)
{
	for (size_t i = 0; i < v->len; i++)
		gl_buf_printf(out, "%s%s", i ? ", " : "", v->items[i]);
}

static void prs_and_releases(gl_buf *prs, gl_buf *rels, const gl_trace *t,
			     const gl_index_vec *commits)
{
	gl_strvec p = {0}, r = {0};
	bool unreleased;
	prs_and_tags(&p, &r, &unreleased, t, commits);
	joined(prs, &p);
	joined(rels, &r);
	if (unreleased)
		gl_buf_printf(rels, "%s%s", rels->len ? ", " : "",
			      gl_lang_text(t->notes.lang, GL_T_UNRELEASED));
	gl_strvec_free(&p);
	gl_strvec_free(&r);
}

static void requests_md(gl_buf *out, const gl_trace *t)
{
	govlog_lang lang = t->notes.lang;
	gl_buf_printf(
		out,
		"\n## %s\n\n| %s | %s | Commits | Pull requests | %s |\n|---|---|---|---|---|\n",
		gl_lang_text(lang, GL_T_REQUESTS), gl_lang_text(lang, GL_T_REQUEST),
		gl_lang_text(lang, GL_T_DECISIONS), gl_lang_text(lang, GL_T_RELEASES));
	gl_buf prs = GL_BUF_INIT, rels = GL_BUF_INIT;
	for (size_t i = 0; i < t->requests.len; i++) {
		const gl_request *q = &t->requests.items[i];
		gl_buf_puts(out, "| ");
		request_md(out, t, q);
		gl_buf_puts(out, " | ");
		for (size_t k = 0; k < q->decisions.len; k++) {
			gl_buf_puts(out, k ? ", " : "");
			gl_md_text(out, govlog_record_id(
						t->decisions.items[q->decisions.items[k]].record));
		}
		gl_buf_clear(&prs);
		gl_buf_clear(&rels);
		prs_and_releases(&prs, &rels, t, &q->commits);
		gl_buf_printf(out, " | %zu | ", q->commits.len);
		gl_md_text(out, prs.ptr);
		gl_buf_puts(out, " | ");
		gl_md_text(out, rels.ptr);
		gl_buf_puts(out, " |\n");
	}
	gl_buf_release(&prs);
	gl_buf_release(&rels);
}

static void decisions_md(gl_buf *out, const gl_trace *t)
{
	govlog_lang lang = t->notes.lang;
	gl_buf_printf(out,
		      "\n## %s\n\n| %s | Status | %s | Commits | %s |\n|---|---|---|---|---|\n",
		      gl_lang_text(lang, GL_T_DECISIONS), gl_lang_text(lang, GL_T_DECISION),
		      gl_lang_text(lang, GL_T_REQUESTS), gl_lang_text(lang, GL_T_RELEASES));
	gl_buf prs = GL_BUF_INIT, rels = GL_BUF_INIT;
	for (size_t i = 0; i < t->decisions.len; i++) {
		const gl_decision_trace *d = &t->decisions.items[i];
		const char *title = govlog_record_title(d->record);
		gl_buf_puts(out, "| ");
		gl_notes_file_link(out, &t->notes, govlog_record_id(d->record),
				   govlog_record_path(d->record), NULL);
		gl_buf_putc(out, ' ');
		gl_md_text(out, title);
		gl_buf_printf(out, " | %s | ", govlog_status_name(govlog_record_status(d->record)));
		for (size_t k = 0; k < d->requests.len; k++) {
			gl_buf_puts(out, k ? ", " : "");
			request_md(out, t, &t->requests.items[d->requests.items[k]]);
		}
		gl_buf_clear(&prs);
		gl_buf_clear(&rels);
		prs_and_releases(&prs, &rels, t, &d->commits);
		gl_buf_printf(out, " | %zu | ", d->commits.len);
		gl_md_text(out, d->commits.len ? rels.ptr : "");
		gl_buf_puts(out, " |\n");
	}
	gl_buf_release(&prs);
	gl_buf_release(&rels);
}

/* "Gaps since 2.0.0 (3 releases)." in the trace's language. */
static void window_line(gl_buf *out, const gl_trace *t)
{
	gl_buf line = GL_BUF_INIT;
	gl_window_line(&line, &t->window, t->notes.lang);
	gl_md_text(out, line.ptr); /* the tag as written, Markdown characters and all */
	gl_buf_release(&line);
}

/* "3 requests without commits, 5 features and fixes without a request": kinds with gaps. */
static void counts_line(gl_buf *out, const gl_trace *t)
{
	static const gl_text_id many[] = {GL_T_GAP_COUNT_REQUEST, GL_T_GAP_COUNT_COMMIT,
					  GL_T_GAP_COUNT_DECISION, GL_T_GAP_COUNT_UNACCEPTED,
					  GL_T_GAP_COUNT_UNKNOWN};
	static const gl_text_id one[] = {GL_T_GAP_COUNT_REQUEST_ONE, GL_T_GAP_COUNT_COMMIT_ONE,
					 GL_T_GAP_COUNT_DECISION_ONE, GL_T_GAP_COUNT_UNACCEPTED_ONE,
					 GL_T_GAP_COUNT_UNKNOWN_ONE};
	_Static_assert(GL_ARRAY_SIZE(many) == GL_GAP__COUNT, "one count per kind of gap");
	bool first = true;
	for (int k = 0; k < GL_GAP__COUNT; k++) {
		size_t n = t->gap_counts[k];
		if (!n)
			continue;
		gl_buf_puts(out, first ? "" : ", ");
		first = false;
		gl_lang_printf(out, t->notes.lang, n == 1 ? one[k] : many[k], n);
	}
}

/* The release a commit came in ("v1.2.0", or "(unreleased)"), as written. */
static const char *release_shown(const gl_trace *t, const gl_change *c)
{
	const char *tag = release_tag(t, c);
	return tag ? tag : gl_lang_text(t->notes.lang, GL_T_UNRELEASED);
}

/* " — v1.2.0, [#12](…)": where a commit's gap came in. */
static void gap_where_md(gl_buf *out, const gl_trace *t, const gl_gap *g)
{
	if (g->change == SIZE_MAX)
		return;
	const gl_change *c = change_at(t, g->change);
	gl_buf_puts(out, " — ");
	gl_md_text(out, release_shown(t, c));
	gl_buf_puts(out, ", ");
	if (!c->pr) {
		gl_md_text(out, gl_lang_text(t->notes.lang, GL_T_GAP_NO_PR));
		return;
	}
	char text[80];
	snprintf(text, sizeof(text), "%c%s", c->pr_gitlab ? '!' : '#', c->pr);
	gl_buf url = GL_BUF_INIT;
	if (gl_link_url(&url, &t->notes.links, c->pr_gitlab ? GL_LINK_MERGE_REQUEST : GL_LINK_PULL,
			NULL, c->pr))
		gl_md_link(out, text, url.ptr);
	else
		gl_md_text(out, text);
	gl_buf_release(&url);
}

static void gaps_md(gl_buf *out, const gl_trace *t)
{
	govlog_lang lang = t->notes.lang;
	gl_buf_printf(out, "\n## %s (%zu)\n\n", gl_lang_text(lang, GL_T_GAPS), t->gaps.len);
	window_line(out, t);
	gl_buf_putc(out, '\n');
	if (!t->gaps.len)
		gl_buf_printf(out, "\n%s\n", gl_lang_text(lang, GL_T_NONE));
	else {
		gl_buf_putc(out, '\n');
		counts_line(out, t);
		gl_buf_puts(out, ".\n");
	}
	for (size_t i = 0; i < t->gaps.len; i++) {
		const gl_gap *g = &t->gaps.items[i];
		if (!i || g->kind != t->gaps.items[i - 1].kind)
			gl_buf_printf(out, "\n### %s\n\n", gl_gap_title(g->kind, lang));
		gl_buf_puts(out, "- ");
		gl_md_text(out, g->message);
		gap_where_md(out, t, g);
		gl_buf_putc(out, '\n');
	}
}

void gl_trace_md(gl_buf *out, const gl_trace *t)
{
	govlog_lang lang = t->notes.lang;
	gl_buf_printf(out, "# %s\n\n", gl_lang_text(lang, GL_T_TRACEABILITY));
	gl_lang_printf(out, lang, GL_T_TRACE_SUMMARY, t->sel.changes.len, t->sel.h->releases.len,
		       t->requests.len, t->decisions.len);
	gl_review_count review;
	gl_review_count_of(&review, t->sel.h, t->sel.changes.items, t->sel.changes.len);
	gl_buf_puts(out, review.merged ? " " : "");
	gl_review_line(out, lang, &review);
	gl_buf_putc(out, '\n');
	requests_md(out, t);
	decisions_md(out, t);
	gl_backport_section_md(out, lang, t->sel.h, 2);
	gaps_md(out, t);
}

static void ids_json(gl_buf *out, const gl_trace *t, const char *key, const gl_index_vec *v,
		     bool changes)
{
	gl_buf_printf(out, ", \"%s\": [", key);
	for (size_t i = 0; i < v->len; i++) {
		gl_buf_puts(out, i ? ", " : "");
		if (changes)
			gl_json_string(out, GL_CHANGE_HEX(change_at(t, v->items[i])));
		else
			gl_json_string(out,
				       govlog_record_id(t->decisions.items[v->items[i]].record));
	}
	gl_buf_putc(out, ']');
}

static void strings_json(gl_buf *out, const char *key, const gl_strvec *v)
{
	gl_buf_printf(out, ", \"%s\": [", key);
	for (size_t i = 0; i < v->len; i++) {
		gl_buf_puts(out, i ? ", " : "");
		gl_json_string(out, v->items[i]);
	}
	gl_buf_putc(out, ']');
}

/* The pull requests and release tags as lists; "unreleased" when a commit is in none. */
static void releases_json(gl_buf *out, const gl_trace *t, const gl_index_vec *commits)
{
	gl_strvec prs = {0}, tags = {0};
	bool unreleased;
	prs_and_tags(&prs, &tags, &unreleased, t, commits);
	strings_json(out, "pull_requests", &prs);
	strings_json(out, "releases", &tags);
	gl_buf_printf(out, ", \"unreleased\": %s", unreleased ? "true" : "false");
	gl_strvec_free(&prs);
	gl_strvec_free(&tags);
}

/* "gap_window": where the gap list starts ("since": null for every release) and its releases. */
static void window_json(gl_buf *out, const gl_trace *t)
{
	static const char *const kinds[] = {"year", "after-release", "from-date", "all"};
	const gl_gap_window *w = &t->window;
	gl_buf_printf(out, "  \"gap_window\": {\"kind\": \"%s\", \"since\": ", kinds[w->kind]);
	gl_json_string(out, gl_window_since(w));
	gl_buf_printf(out, ", \"releases\": %zu},\n  \"gap_counts\": {", w->releases);
	for (int k = 0; k < GL_GAP__COUNT; k++)
		gl_buf_printf(out, "%s\"%s\": %zu", k ? ", " : "", gl_gap_key((gl_gap_kind)k),
			      t->gap_counts[k]);
	gl_buf_puts(out, "},\n");
}

/* A gap's commit, release and pull request; null when it is about no commit (or has none). */
static void gap_where_json(gl_buf *out, const gl_trace *t, const gl_gap *g)
{
	const gl_change *c = g->change == SIZE_MAX ? NULL : change_at(t, g->change);
	gl_buf_puts(out, ", \"commit\": ");
	gl_json_string(out, c ? GL_CHANGE_HEX(c) : NULL);
	gl_buf_puts(out, ", \"release\": ");
	gl_json_string(out, c ? release_tag(t, c) : NULL);
	char pr[80] = "";
	if (c && c->pr)
		snprintf(pr, sizeof(pr), "%c%s", c->pr_gitlab ? '!' : '#', c->pr);
	gl_buf_puts(out, ", \"pr\": ");
	gl_json_string(out, *pr ? pr : NULL);
	gl_buf url = GL_BUF_INIT;
	bool linked = *pr &&
		      gl_link_url(&url, &t->notes.links,
				  c->pr_gitlab ? GL_LINK_MERGE_REQUEST : GL_LINK_PULL, NULL, c->pr);
	gl_buf_puts(out, ", \"pr_url\": ");
	gl_json_string(out, linked ? url.ptr : NULL);
	gl_buf_release(&url);
}

static void gaps_json(gl_buf *out, const gl_trace *t)
{
	window_json(out, t);
	gl_buf_puts(out, "  \"gaps\": [");
	for (size_t i = 0; i < t->gaps.len; i++) {
		const gl_gap *g = &t->gaps.items[i];
		gl_buf_printf(out, "%s\n    {\"kind\": \"%s\", \"subject\": ", i ? "," : "",
			      gl_gap_key(g->kind));
		gl_json_string(out, g->subject);
		gl_buf_puts(out, ", \"message\": ");
		gl_json_string(out, g->message);
		gap_where_json(out, t, g);
		gl_buf_putc(out, '}');
	}
	gl_buf_putc(out, ']');
}

void gl_trace_json(gl_buf *out, const gl_trace *t)
{
	static const char *const kinds[] = {"issue", "merge-request", "ticket", "record"};
	gl_buf_printf(out,
		      "{\n  \"schema\": \"" GL_JSON_SCHEMA_TRACE
		      "\",\n  \"commits\": %zu,\n  \"requests\": [",
		      t->sel.changes.len);
	for (size_t i = 0; i < t->requests.len; i++) {
		const gl_request *q = &t->requests.items[i];
		gl_buf_printf(out, "%s\n    {\"key\": ", i ? "," : "");
		gl_json_string(out, q->key);
		gl_buf_printf(out, ", \"kind\": \"%s\"", kinds[q->kind]);
		ids_json(out, t, "decisions", &q->decisions, false);
		ids_json(out, t, "commits", &q->commits, true);
		releases_json(out, t, &q->commits);
		gl_buf_putc(out, '}');
	}
	gl_buf_puts(out, "],\n  \"decisions\": [");
	for (size_t i = 0; i < t->decisions.len; i++) {
		const gl_decision_trace *d = &t->decisions.items[i];
		gl_buf_printf(out, "%s\n    {\"id\": ", i ? "," : "");
		gl_json_string(out, govlog_record_id(d->record));
		gl_buf_puts(out, ", \"title\": ");
		gl_json_string(out, govlog_record_title(d->record));
		gl_buf_printf(out, ", \"status\": \"%s\", \"path\": ",
			      govlog_status_name(govlog_record_status(d->record)));
		gl_json_string(out, govlog_record_path(d->record));
		gl_buf_puts(out, ", \"requests\": [");
		for (size_t k = 0; k < d->requests.len; k++) {
			gl_buf_puts(out, k ? ", " : "");
			gl_json_string(out, t->requests.items[d->requests.items[k]].key);
		}
		gl_buf_putc(out, ']');
		ids_json(out, t, "commits", &d->commits, true);
		releases_json(out, t, &d->commits);
		gl_buf_putc(out, '}');
	}
	gl_buf_puts(out, "],\n  \"review\": ");
	gl_review_json(out, t->sel.h, t->sel.changes.items, t->sel.changes.len);
	gl_buf_puts(out, ",\n  \"backports\": ");
	gl_backport_section_json(out, t->sel.h);
	gl_buf_puts(out, ",\n");
	gaps_json(out, t);
	gl_buf_puts(out, "\n}\n");
}

/* A CSV field, quoted when it must be and never read as a formula. */
static void csv(gl_buf *out, const char *s, char end)
{
	gl_csv_cell(out, s);
	gl_buf_putc(out, end);
}

/* One row: an edge, and for a gap about a commit its release and pull request. */
static void csv_row(gl_buf *out, const char *relation, const char *from, const char *to,
		    const char *release, const char *pr)
{
	csv(out, relation, ',');
	csv(out, from, ',');
	csv(out, to, ',');
	csv(out, release ? release : "", ',');
	csv(out, pr ? pr : "", '\n');
}

static void csv_edge(gl_buf *out, const char *relation, const char *from, const char *to)
{
	csv_row(out, relation, from, to, NULL, NULL);
}

/* gap-window and gap-count rows, then each gap with its release and pull request. */
static void gaps_csv(gl_buf *out, const gl_trace *t)
{
	char n[32];
	const gl_gap_window *w = &t->window;
	snprintf(n, sizeof(n), "%zu", w->releases);
	csv_edge(out, "gap-window", w->kind == GL_WINDOW_ALL ? "all" : gl_window_since(w), n);
	for (int k = 0; k < GL_GAP__COUNT; k++) {
		snprintf(n, sizeof(n), "%zu", t->gap_counts[k]);
		csv_edge(out, "gap-count", gl_gap_key((gl_gap_kind)k), n);
	}
	gl_buf rel = GL_BUF_INIT;
	for (size_t i = 0; i < t->gaps.len; i++) {
		const gl_gap *g = &t->gaps.items[i];
		const gl_change *c = g->change == SIZE_MAX ? NULL : change_at(t, g->change);
		char pr[80] = "";
		if (c && c->pr)
			snprintf(pr, sizeof(pr), "%c%s", c->pr_gitlab ? '!' : '#', c->pr);
		gl_buf_clear(&rel);
		gl_buf_printf(&rel, "gap:%s", gl_gap_key(g->kind));
		csv_row(out, rel.ptr, g->subject, g->message, c ? release_shown(t, c) : NULL, pr);
	}
	gl_buf_release(&rel);
}

void gl_trace_csv(gl_buf *out, const gl_trace *t)
{
	gl_buf_puts(out, "relation,source,target,release,pull_request\n");
	for (size_t i = 0; i < t->requests.len; i++) {
		const gl_request *q = &t->requests.items[i];
		for (size_t k = 0; k < q->decisions.len; k++)
			csv_edge(
				out, "request-decision", q->key,
				govlog_record_id(t->decisions.items[q->decisions.items[k]].record));
		for (size_t k = 0; k < q->commits.len; k++)
			csv_edge(out, "request-commit", q->key,
				 GL_CHANGE_HEX(change_at(t, q->commits.items[k])));
	}
	for (size_t i = 0; i < t->decisions.len; i++) {
		const gl_decision_trace *d = &t->decisions.items[i];
		for (size_t k = 0; k < d->commits.len; k++)
			csv_edge(out, "decision-commit", govlog_record_id(d->record),
				 GL_CHANGE_HEX(change_at(t, d->commits.items[k])));
	}
	for (size_t i = 0; i < t->sel.changes.len; i++) {
		const gl_change *c = change_at(t, t->sel.changes.items[i]);
		if (c->pr)
			csv_edge(out, "commit-pull-request", GL_CHANGE_HEX(c), c->pr);
		if (c->release != GL_UNRELEASED)
			csv_edge(out, "commit-release", GL_CHANGE_HEX(c), release_tag(t, c));
	}
	gaps_csv(out, t);
}

static void dot_id(gl_buf *out, const char *s)
{
	gl_buf_putc(out, '"');
	for (; *s; s++)
		gl_buf_puts(out,
			    *s == '"' || *s == '\\' ? (char[3]){'\\', *s, 0} : (char[2]){*s, 0});
	gl_buf_putc(out, '"');
}

static void dot_edge(gl_buf *out, const char *a, const char *b)
{
	gl_buf_puts(out, "  ");
	dot_id(out, a);
	gl_buf_puts(out, " -> ");
	dot_id(out, b);
	gl_buf_puts(out, ";\n");
}

/* Requests → decisions → releases, and requests → releases through their commits. */
void gl_trace_dot(gl_buf *out, const gl_trace *t)
{
	gl_buf_puts(out, "digraph trace {\n  rankdir=LR;\n  node [shape=box];\n");
	for (size_t i = 0; i < t->decisions.len; i++) {
		const gl_decision_trace *d = &t->decisions.items[i];
		gl_buf_puts(out, "  ");
		dot_id(out, govlog_record_id(d->record));
		gl_buf_puts(out, " [shape=ellipse];\n");
		for (size_t k = 0; k < d->commits.len; k++) {
			const char *tag = release_tag(t, change_at(t, d->commits.items[k]));
			dot_edge(out, govlog_record_id(d->record), tag ? tag : "unreleased");
		}
	}
	for (size_t i = 0; i < t->requests.len; i++) {
		const gl_request *q = &t->requests.items[i];
		for (size_t k = 0; k < q->decisions.len; k++)
			dot_edge(
				out, q->key,
				govlog_record_id(t->decisions.items[q->decisions.items[k]].record));
		for (size_t k = 0; k < q->commits.len; k++) {
			const char *tag = release_tag(t, change_at(t, q->commits.items[k]));
			dot_edge(out, q->key, tag ? tag : "unreleased");
		}
	}
	gl_buf_puts(out, "}\n");
}

int govlog_trace_write(size_t *gaps, FILE *f, const govlog_log *log,
		       const govlog_trace_options *opts)
{
	govlog_trace_options defaults = GOVLOG_TRACE_OPTIONS_INIT;
	*gaps = 0;
	if (opts && (opts->version < 1 || opts->version > GOVLOG_TRACE_OPTIONS_VERSION))
		return gl_error_set(GOVLOG_EINVALID, "unsupported trace options version %u",
				    opts->version);
	if (opts && opts->version == 1) /* the fields version 1 had; the rest keep their defaults */
		memcpy(&defaults, opts, offsetof(govlog_trace_options, since));
	else if (opts)
		defaults = *opts;
	const govlog_trace_options *o = &defaults;
	gl_trace t;
	gl_buf out = GL_BUF_INIT, md = GL_BUF_INIT;
	int rc = gl_trace_build(&t, log, o);
	if (!rc) {
		*gaps = t.gaps.len;
		switch (o->format) {
		case GOVLOG_TRACE_JSON:
			gl_trace_json(&out, &t);
			break;
		case GOVLOG_TRACE_CSV:
			gl_trace_csv(&out, &t);
			break;
		case GOVLOG_TRACE_DOT:
			gl_trace_dot(&out, &t);
			break;
		case GOVLOG_TRACE_HTML:
			t.notes.standalone = true;
			gl_trace_md(&md, &t);
			gl_render_html_page(&out, gl_lang_text(t.notes.lang, GL_T_TRACEABILITY),
					    md.ptr, md.len, t.notes.lang);
			break;
		default:
			gl_trace_md(&out, &t);
		}
		if (gl_buf_write(&out, f) < 0)
			rc = gl_error_errno(GOVLOG_EIO, "cannot write the trace");
	}
	gl_buf_release(&out);
	gl_buf_release(&md);
	gl_trace_release(&t);
	return rc;
}
