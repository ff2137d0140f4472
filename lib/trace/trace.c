/* Building the trace graph: requests ↔ decisions ↔ commits ↔ releases, and the gaps in it. */
#include "trace/trace_internal.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config/config.h"
#include "diag/texts.h"
#include "log/log_internal.h"
#include "util/strmap.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/banned.h"

typedef struct builder {
	gl_trace *t;
	const govlog_log *log;
	gl_str_map *decision_map; /* upper-case record ID → record index */
	gl_str_map *pr_refs;      /* pull request → the change of its merge, when it has refs */
} builder;

static void upper(gl_buf *out, const char *s)
{
	for (; *s; s++)
		gl_buf_putc(out, *s >= 'a' && *s <= 'z' ? (char)(*s - 32) : *s);
}

/*
 * A gap whose message is the text `text` in the trace's language, with its
 * arguments; about the commit h->changes[change] (SIZE_MAX: none), when its
 * release is inside the gap window.
 */
static void add_gap(gl_trace *t, gl_gap_kind kind, size_t change, const char *subject,
		    gl_text_id text, ...)
{
	if (change != SIZE_MAX && !gl_window_has(t, t->sel.h->changes.items[change].release))
		return;
	gl_buf msg = GL_BUF_INIT;
	va_list ap;
	va_start(ap, text);
	gl_lang_vprintf(&msg, t->notes.lang, text, ap);
	va_end(ap);
	gl_gap g = {kind, gl_xstrdup(subject), gl_buf_detach(&msg), change};
	gl_vec_push(&t->gaps, g);
	t->gap_counts[kind]++;
}

/* The record with this ID (any case), or NULL. */
static const govlog_record *record_named(const builder *b, const char *id, size_t *index)
{
	gl_buf key = GL_BUF_INIT;
	upper(&key, id);
	size_t i;
	bool found = gl_str_map_get(b->decision_map, key.ptr, &i);
	gl_buf_release(&key);
	if (!found)
		return NULL;
	if (index)
		*index = i;
	return govlog_log_record_at(b->log, i);
}

/* The request a reference names, created on first sight; SIZE_MAX for what is no request. */
static size_t request_of(builder *b, const gl_ref *r)
{
	gl_trace *t = b->t;
	if (r->kind == GL_REF_MERGE_REQUEST)
		return (size_t)-1;
	const char *repo = r->repo && t->notes.links.repository &&
					   !strcasecmp(r->repo, t->notes.links.repository)
				   ? NULL
				   : r->repo;
	gl_buf key = GL_BUF_INIT;
	/* A request record is one request however its number is written (FR-12, FR-0012). */
	const govlog_record *rec =
		r->kind == GL_REF_RECORD ? govlog_log_find_request(b->log, r->id) : NULL;
	if (r->kind == GL_REF_ISSUE)
		gl_buf_printf(&key, "%s#%s", repo ? repo : "", r->id);
	else
		upper(&key, rec ? govlog_record_id(rec) : r->id);
	size_t at;
	if (!gl_str_map_get(t->request_map, key.ptr, &at)) {
		at = t->requests.len;
		gl_request q = {gl_xstrdup(key.ptr),
				r->kind,
				repo ? gl_xstrdup(repo) : NULL,
				NULL,
				{0},
				{0}};
		q.id = r->kind == GL_REF_ISSUE ? strrchr(q.key, '#') + 1 : q.key;
		gl_vec_push(&t->requests, q);
		gl_str_map_put(t->request_map, key.ptr, at);
	}
	gl_buf_release(&key);
	return at;
}

static void push_unique(gl_index_vec *v, size_t x)
{
	if (!v->len || v->items[v->len - 1] != x)
		gl_vec_push(v, x);
}

/* The requests a decision's `requests` field names, read as a Refs: trailer would be. */
static void decision_requests(builder *b, size_t d)
{
	gl_trace *t = b->t;
	const govlog_record *r = t->decisions.items[d].record;
	const govlog_field *f = govlog_record_field(r, "requests");
	if (!f || !f->value)
		return;
	gl_buf text = GL_BUF_INIT;
	gl_buf_printf(&text, "requests\n\nRefs: %s\n", f->value);
	const gl_config *c = gl_log_config(b->log);
	gl_message m = {0};
	gl_message_parse(&m, text.ptr, text.len,
			 (const gl_match *const *)c->reference_matches.items,
			 c->reference_matches.len);
	for (size_t i = 0; i < m.refs.len; i++) {
		const gl_ref *ref = &m.refs.items[i];
		if (ref->kind == GL_REF_RECORD && !record_named(b, ref->id, NULL) &&
		    !govlog_log_find_request(b->log, ref->id)) {
			add_gap(t, GL_GAP_UNKNOWN_RECORD, SIZE_MAX, ref->id,
				GL_T_GAP_UNKNOWN_REQUEST, govlog_record_id(r), ref->id);
			continue;
		}
		size_t q = request_of(b, ref);
		if (q == (size_t)-1)
			continue;
		gl_request *req = &t->requests.items[q];
		push_unique(&req->decisions, d);
		push_unique(&t->decisions.items[d].requests, q);
	}
	gl_message_release(&m);
	gl_buf_release(&text);
}

static void load_decisions(builder *b)
{
	gl_trace *t = b->t;
	for (size_t i = 0; i < govlog_log_count(b->log); i++) {
		const govlog_record *r = govlog_log_record_at(b->log, i);
		gl_decision_trace d = {r, {0}, {0}};
		gl_vec_push(&t->decisions, d);
		gl_buf key = GL_BUF_INIT;
		upper(&key, govlog_record_id(r));
		gl_str_map_put(b->decision_map, key.ptr, i);
		gl_buf_release(&key);
	}
	for (size_t i = 0; i < t->decisions.len; i++)
		decision_requests(b, i);
}

static bool names_request(const builder *b, const gl_change *c)
{
	for (size_t i = 0; i < c->ref_count; i++)
		if (c->refs[i].kind != GL_REF_MERGE_REQUEST)
			return true;
	size_t ignored;
	char key[80];
	if (!c->pr)
		return false;
	snprintf(key, sizeof(key), "%c%s", c->pr_gitlab ? '!' : '#', c->pr);
	return gl_str_map_get(b->pr_refs, key, &ignored);
}

/* "proposed" / "forslag": the state in the report's language, lower case. */
static void status_word(char out[32], govlog_status s, govlog_lang lang)
{
	snprintf(out, 32, "%s",
		 lang == GOVLOG_LANG_DA ? gl_vocab_status_word(s, lang) : govlog_status_name(s));
	if (out[0] >= 'A' && out[0] <= 'Z')
		out[0] = (char)(out[0] + 32);
}

static void short_id(char out[8], const gl_change *c)
{
	snprintf(out, 8, "%.7s", GL_CHANGE_HEX(c));
}

static void trace_decisions(builder *b, size_t ci)
{
	gl_trace *t = b->t;
	const gl_change *c = &t->sel.h->changes.items[ci];
	char id[8];
	short_id(id, c);
	for (size_t i = 0; i < c->more->decision_count; i++) {
		size_t d;
		const govlog_record *r = record_named(b, c->more->decisions[i], &d);
		if (!r) {
			add_gap(t, GL_GAP_UNKNOWN_RECORD, ci, c->more->decisions[i],
				GL_T_GAP_UNKNOWN_DECISION, id, c->more->decisions[i]);
			continue;
		}
		push_unique(&t->decisions.items[d].commits, ci);
		govlog_status s = govlog_record_status(r);
		char state[32];
		status_word(state, s, t->notes.lang);
		if (c->release != GL_UNRELEASED &&
		    (s == GOVLOG_STATUS_PROPOSED || s == GOVLOG_STATUS_REJECTED))
			add_gap(t, GL_GAP_UNACCEPTED_RELEASED, ci, id, GL_T_GAP_UNACCEPTED_RELEASED,
				id, t->sel.h->releases.items[c->release].tag, govlog_record_id(r),
				state);
	}
}

static void trace_refs(builder *b, size_t ci)
{
	gl_trace *t = b->t;
	const gl_change *c = &t->sel.h->changes.items[ci];
	for (size_t i = 0; i < c->ref_count; i++) {
		const gl_ref *r = &c->refs[i];
		if (r->kind == GL_REF_RECORD && !record_named(b, r->id, NULL) &&
		    !govlog_log_find_request(b->log, r->id)) {
			char id[8];
			short_id(id, c);
			add_gap(t, GL_GAP_UNKNOWN_RECORD, ci, r->id, GL_T_GAP_UNKNOWN_REFERENCE, id,
				r->id);
			continue;
		}
		size_t q = request_of(b, r);
		if (q != (size_t)-1)
			push_unique(&t->requests.items[q].commits, ci);
	}
}

/* A backport naming no request lands the requests its original (or its pull request) names. */
static void trace_pick(builder *b, size_t ci)
{
	gl_trace *t = b->t;
	const gl_change *c = &t->sel.h->changes.items[ci];
	if (c->ref_count || c->more->origin == GL_NO_HEAD)
		return;
	const gl_change *o = &t->sel.h->changes.items[c->more->origin];
	if (!o->ref_count && o->head != GL_NO_HEAD) /* its pull request named the request */
		o = &t->sel.h->changes.items[o->head];
	for (size_t i = 0; i < o->ref_count; i++) {
		size_t q = o->refs[i].kind == GL_REF_RECORD && !record_named(b, o->refs[i].id, NULL)
				   ? (size_t)-1
				   : request_of(b, &o->refs[i]);
		if (q != (size_t)-1)
			push_unique(&t->requests.items[q].commits, ci);
	}
}

static void trace_commit(builder *b, size_t ci)
{
	const gl_change *c = &b->t->sel.h->changes.items[ci];
	trace_refs(b, ci);
	trace_pick(b, ci);
	trace_decisions(b, ci);
	/* A backport of a commit read is one change with it: the original's gap is its own. */
	bool pick_of_read = c->more->origin != GL_NO_HEAD;
	if (gl_gap_counts(c) && !pick_of_read && !names_request(b, c)) {
		char id[8];
		short_id(id, c);
		const char *what = gl_lang_text(b->t->notes.lang, c->kind == GL_CHANGE_FEATURE
									  ? GL_T_GAP_FEATURE
									  : GL_T_GAP_FIX);
		add_gap(b->t, GL_GAP_COMMIT_NO_REQUEST, ci, id, GL_T_GAP_COMMIT_NO_REQUEST, what,
			id, c->subject, c->who->vendor ? c->who->vendor : c->who->author);
	}
}

/* Pull requests whose merge commit names a request: their commits need not. */
static void index_pull_requests(builder *b)
{
	const gl_history *h = b->t->sel.h;
	for (size_t i = 0; i < h->changes.len; i++) {
		const gl_change *c = &h->changes.items[i];
		if (!c->merge || !c->pr)
			continue;
		for (size_t k = 0; k < c->ref_count; k++)
			if (c->refs[k].kind != GL_REF_MERGE_REQUEST) {
				char key[80];
				snprintf(key, sizeof(key), "%c%s", c->pr_gitlab ? '!' : '#', c->pr);
				gl_str_map_put(b->pr_refs, key, i);
				break;
			}
	}
}

static void decision_gaps(builder *b)
{
	gl_trace *t = b->t;
	for (size_t i = 0; i < t->decisions.len; i++) {
		const gl_decision_trace *d = &t->decisions.items[i];
		if (govlog_record_status(d->record) == GOVLOG_STATUS_ACCEPTED && !d->commits.len)
			add_gap(t, GL_GAP_DECISION_NOT_IMPLEMENTED, SIZE_MAX,
				govlog_record_id(d->record), GL_T_GAP_DECISION_NOT_IMPLEMENTED,
				govlog_record_id(d->record));
	}
	for (size_t i = 0; i < t->requests.len; i++) {
		const gl_request *q = &t->requests.items[i];
		if (q->decisions.len && !q->commits.len)
			add_gap(t, GL_GAP_REQUEST_NO_COMMIT, SIZE_MAX, q->key,
				GL_T_GAP_REQUEST_NO_COMMIT, q->key,
				govlog_record_id(t->decisions.items[q->decisions.items[0]].record));
	}
}

static int gap_order(const void *pa, const void *pb)
{
	const gl_gap *a = pa, *b = pb;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	return strcmp(a->message, b->message);
}

int gl_trace_build(gl_trace *t, const govlog_log *log, const govlog_trace_options *o)
{
	memset(t, 0, sizeof(*t));
	builder b = {t, log, gl_str_map_new(), gl_str_map_new()};
	t->request_map = gl_str_map_new();
	int rc = gl_selection_load_all(&t->sel, log, o->range, o->pr_data);
	if (!rc)
		rc = gl_window_set(&t->window, t->sel.h, o->since, o->all_gaps);
	if (!rc) {
		gl_notes_init(&t->notes, t->sel.h);
		load_decisions(&b);
		index_pull_requests(&b);
		for (size_t i = 0; i < t->sel.changes.len; i++)
			trace_commit(&b, t->sel.changes.items[i]);
		decision_gaps(&b);
		if (t->gaps.len > 1)
			qsort(t->gaps.items, t->gaps.len, sizeof(gl_gap), gap_order);
	}
	gl_str_map_free(b.decision_map);
	gl_str_map_free(b.pr_refs);
	return rc;
}

void gl_trace_release(gl_trace *t)
{
	for (size_t i = 0; i < t->requests.len; i++) {
		free(t->requests.items[i].key);
		free(t->requests.items[i].repo);
		gl_vec_free(&t->requests.items[i].decisions);
		gl_vec_free(&t->requests.items[i].commits);
	}
	gl_vec_free(&t->requests);
	for (size_t i = 0; i < t->decisions.len; i++) {
		gl_vec_free(&t->decisions.items[i].requests);
		gl_vec_free(&t->decisions.items[i].commits);
	}
	gl_vec_free(&t->decisions);
	for (size_t i = 0; i < t->gaps.len; i++) {
		free(t->gaps.items[i].subject);
		free(t->gaps.items[i].message);
	}
	gl_vec_free(&t->gaps);
	gl_str_map_free(t->request_map);
	gl_selection_release(&t->sel);
}

const char *gl_gap_key(gl_gap_kind k)
{
	static const char *const keys[] = {"request-without-commit", "commit-without-request",
					   "decision-not-implemented",
					   "unaccepted-decision-released", "unknown-record"};
	return keys[k < GL_GAP__COUNT ? k : 0];
}

const char *gl_gap_title(gl_gap_kind k, govlog_lang lang)
{
	static const gl_text_id titles[] = {
		GL_T_GAPS_REQUEST_NO_COMMIT, GL_T_GAPS_COMMIT_NO_REQUEST,
		GL_T_GAPS_DECISION_NOT_IMPLEMENTED, GL_T_GAPS_UNACCEPTED_RELEASED,
		GL_T_GAPS_UNKNOWN_RECORD};
	_Static_assert(GL_ARRAY_SIZE(titles) == GL_GAP__COUNT, "one title per kind of gap");
	return gl_lang_text(lang, titles[k < GL_GAP__COUNT ? k : 0]);
}
