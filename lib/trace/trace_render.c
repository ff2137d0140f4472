/* The trace graph as Markdown tables, JSON, CSV edges, an HTML page or a Graphviz graph. */
#include <stdio.h>
#include <stddef.h>
#include <string.h>

#include "diag/texts.h"
#include "util/error.h"
#include "render/html.h"
#include "render/json.h"
#include "trace/trace_internal.h"
#include "util/escape.h"
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
static void prs_and_releases(gl_buf *prs, gl_buf *rels, const gl_trace *t,
			     const gl_index_vec *commits)
{
	for (size_t i = 0; i < commits->len; i++) {
		const gl_change *c = change_at(t, commits->items[i]);
		char pr[80];
		if (c->pr) {
			snprintf(pr, sizeof(pr), "%c%s", c->pr_gitlab ? '!' : '#', c->pr);
			if (!strstr(prs->ptr, pr))
				gl_buf_printf(prs, "%s%s", prs->len ? ", " : "", pr);
		}
		const char *tag = release_tag(t, c);
		if (!tag)
			tag = gl_lang_text(t->notes.lang, GL_T_UNRELEASED);
		if (!strstr(rels->ptr, tag))
			gl_buf_printf(rels, "%s%s", rels->len ? ", " : "", tag);
	}
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

static void gaps_md(gl_buf *out, const gl_trace *t)
{
	govlog_lang lang = t->notes.lang;
	gl_buf_printf(out, "\n## %s (%zu)\n", gl_lang_text(lang, GL_T_GAPS), t->gaps.len);
	if (!t->gaps.len)
		gl_buf_printf(out, "\n%s\n", gl_lang_text(lang, GL_T_NONE));
	for (size_t i = 0; i < t->gaps.len; i++) {
		const gl_gap *g = &t->gaps.items[i];
		if (!i || g->kind != t->gaps.items[i - 1].kind)
			gl_buf_printf(out, "\n### %s\n\n", gl_gap_title(g->kind, lang));
		gl_buf_puts(out, "- ");
		gl_md_text(out, g->message);
		gl_buf_putc(out, '\n');
	}
}

void gl_trace_md(gl_buf *out, const gl_trace *t)
{
	govlog_lang lang = t->notes.lang;
	gl_buf_printf(out, "# %s\n\n", gl_lang_text(lang, GL_T_TRACEABILITY));
	gl_lang_printf(out, lang, GL_T_TRACE_SUMMARY, t->sel.changes.len, t->sel.h->releases.len,
		       t->requests.len, t->decisions.len);
	gl_buf_putc(out, '\n');
	requests_md(out, t);
	decisions_md(out, t);
	gaps_md(out, t);
}

static void ids_json(gl_buf *out, const gl_trace *t, const char *key, const gl_index_vec *v,
		     bool changes)
{
	gl_buf_printf(out, ", \"%s\": [", key);
	for (size_t i = 0; i < v->len; i++) {
		gl_buf_puts(out, i ? ", " : "");
		if (changes)
			gl_json_string(out, change_at(t, v->items[i])->id);
		else
			gl_json_string(out,
				       govlog_record_id(t->decisions.items[v->items[i]].record));
	}
	gl_buf_putc(out, ']');
}

static void releases_json(gl_buf *out, const gl_trace *t, const gl_index_vec *commits)
{
	gl_buf prs = GL_BUF_INIT, rels = GL_BUF_INIT;
	prs_and_releases(&prs, &rels, t, commits);
	gl_buf_puts(out, ", \"pull_requests\": ");
	gl_json_string(out, prs.ptr);
	gl_buf_puts(out, ", \"releases\": ");
	gl_json_string(out, rels.ptr);
	gl_buf_release(&prs);
	gl_buf_release(&rels);
}

void gl_trace_json(gl_buf *out, const gl_trace *t)
{
	static const char *const kinds[] = {"issue", "merge-request", "ticket", "record"};
	gl_buf_printf(out, "{\n  \"commits\": %zu,\n  \"requests\": [", t->sel.changes.len);
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
	gl_buf_puts(out, "],\n  \"gaps\": [");
	for (size_t i = 0; i < t->gaps.len; i++) {
		const gl_gap *g = &t->gaps.items[i];
		gl_buf_printf(out, "%s\n    {\"kind\": \"%s\", \"subject\": ", i ? "," : "",
			      gl_gap_key(g->kind));
		gl_json_string(out, g->subject);
		gl_buf_puts(out, ", \"message\": ");
		gl_json_string(out, g->message);
		gl_buf_putc(out, '}');
	}
	gl_buf_puts(out, "]\n}\n");
}

/* A CSV field, quoted when it must be and never read as a formula. */
static void csv(gl_buf *out, const char *s, char end)
{
	gl_csv_cell(out, s);
	gl_buf_putc(out, end);
}

static void csv_edge(gl_buf *out, const char *relation, const char *from, const char *to)
{
	csv(out, relation, ',');
	csv(out, from, ',');
	csv(out, to, '\n');
}

void gl_trace_csv(gl_buf *out, const gl_trace *t)
{
	gl_buf_puts(out, "relation,source,target\n");
	for (size_t i = 0; i < t->requests.len; i++) {
		const gl_request *q = &t->requests.items[i];
		for (size_t k = 0; k < q->decisions.len; k++)
			csv_edge(
				out, "request-decision", q->key,
				govlog_record_id(t->decisions.items[q->decisions.items[k]].record));
		for (size_t k = 0; k < q->commits.len; k++)
			csv_edge(out, "request-commit", q->key,
				 change_at(t, q->commits.items[k])->id);
	}
	for (size_t i = 0; i < t->decisions.len; i++) {
		const gl_decision_trace *d = &t->decisions.items[i];
		for (size_t k = 0; k < d->commits.len; k++)
			csv_edge(out, "decision-commit", govlog_record_id(d->record),
				 change_at(t, d->commits.items[k])->id);
	}
	for (size_t i = 0; i < t->sel.changes.len; i++) {
		const gl_change *c = change_at(t, t->sel.changes.items[i]);
		if (c->pr)
			csv_edge(out, "commit-pull-request", c->id, c->pr);
		if (c->release != GL_UNRELEASED)
			csv_edge(out, "commit-release", c->id, release_tag(t, c));
	}
	for (size_t i = 0; i < t->gaps.len; i++) {
		gl_buf rel = GL_BUF_INIT;
		gl_buf_printf(&rel, "gap:%s", gl_gap_key(t->gaps.items[i].kind));
		csv_edge(out, rel.ptr, t->gaps.items[i].subject, t->gaps.items[i].message);
		gl_buf_release(&rel);
	}
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
	if (opts && opts->version == 1) /* the fields version 1 had; pr_data stays NULL */
		memcpy(&defaults, opts, offsetof(govlog_trace_options, pr_data));
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
