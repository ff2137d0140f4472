/* The steering group's view of a release: decisions, requests, vendors, review, backports, gaps. */
#include "trace/steering.h"

#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"
#include "render/html.h"
#include "render/json.h"
#include "render/render.h"
#include "repo/history.h"
#include "trace/backport.h"
#include "trace/entry.h"
#include "trace/review.h"
#include "trace/trace_internal.h"
#include "util/error.h"
#include "util/escape.h"
#include "util/banned.h"

typedef struct view {
	const gl_trace *t;
	const gl_history *h;
	size_t release;
	govlog_lang lang;
	GL_VEC(size_t) changes; /* the release's, newest first */
	bool *in;               /* per change of the history: in the release */
	gl_accepted_list accepted;
	const govlog_meetings *meetings; /* the log's minutes, for approval evidence; or NULL */
} view;

static bool commits_in(const view *v, const gl_index_vec *commits, size_t *count)
{
	size_t n = 0;
	for (size_t i = 0; i < commits->len; i++)
		n += v->in[commits->items[i]];
	if (count)
		*count = n;
	return n > 0;
}

static void heading_md(gl_buf *out, const view *v, int level, gl_text_id title)
{
	gl_buf_printf(out, "\n%.*s %s\n\n", level, "######", gl_lang_text(v->lang, title));
}

/*
 * The approval evidence of one decision, as govlog show finds it: the minutes
 * of its deciding body on its date, or the pull request that approved it; a
 * meeting the text names whose minutes are missing is said too, and where
 * the log keeps minutes, a decision with no evidence, so the steering group
 * sees what is not documented.
 */
static void approval_evidence_md(gl_buf *out, const view *v, const govlog_record *r)
{
	if (!v->meetings)
		return;
	govlog_approval a;
	govlog_approval_find(&a, v->meetings, r);
	gl_buf text = GL_BUF_INIT;
	gl_render_approval_text(&text, &a, v->lang);
	/* a log without minutes would say so under every decision: only where minutes exist */
	if (!text.len && govlog_meetings_count(v->meetings) > 0)
		gl_buf_puts(&text, gl_lang_text(v->lang, GL_T_STEERING_NO_APPROVAL));
	if (text.len) {
		gl_buf_printf(out, "  - %s: ", gl_lang_text(v->lang, GL_T_STEERING_APPROVAL));
		gl_md_text(out, text.ptr);
		gl_buf_putc(out, '\n');
	}
	gl_buf_release(&text);
}

static bool accepted_here(const view *v, const char *id)
{
	for (size_t i = 0; i < v->accepted.len; i++)
		if (!strcmp(v->accepted.items[i].id, id))
			return true;
	return false;
}

static void decisions_md(gl_buf *out, const view *v)
{
	heading_md(out, v, 2, GL_T_STEERING_DECISIONS);
	bool any = false;
	for (size_t i = 0; i < v->t->decisions.len; i++) {
		const gl_decision_trace *d = &v->t->decisions.items[i];
		const char *id = govlog_record_id(d->record);
		size_t commits;
		bool implemented = commits_in(v, &d->commits, &commits);
		bool accepted = id && accepted_here(v, id);
		if (!implemented && !accepted)
			continue;
		any = true;
		gl_buf_puts(out, "- ");
		gl_md_text(out, id ? id : "");
		gl_buf_puts(out, ": ");
		gl_notes_file_link(out, &v->t->notes, govlog_record_title(d->record),
				   govlog_record_path(d->record), NULL);
		gl_buf_printf(out, " — %s",
			      accepted ? gl_lang_text(v->lang, GL_T_STEERING_ACCEPTED) : "");
		if (implemented) {
			gl_buf_printf(out, "%s%s (", accepted ? "; " : "",
				      gl_lang_text(v->lang, GL_T_STEERING_IMPLEMENTED));
			gl_lang_printf(out, v->lang, commits == 1 ? GL_T_COMMITS_ONE : GL_T_COMMITS,
				       commits);
			gl_buf_putc(out, ')');
		}
		gl_buf_putc(out, '\n');
		approval_evidence_md(out, v, d->record);
	}
	if (!any)
		gl_buf_printf(out, "%s\n", gl_lang_text(v->lang, GL_T_NONE));
}

static void requests_md(gl_buf *out, const view *v)
{
	heading_md(out, v, 2, GL_T_STEERING_REQUESTS);
	bool any = false;
	for (size_t i = 0; i < v->t->requests.len; i++) {
		const gl_request *q = &v->t->requests.items[i];
		size_t commits;
		if (!commits_in(v, &q->commits, &commits))
			continue;
		any = true;
		gl_buf_puts(out, "- ");
		gl_md_text(out, q->key);
		gl_buf_puts(out, " (");
		gl_lang_printf(out, v->lang, commits == 1 ? GL_T_COMMITS_ONE : GL_T_COMMITS,
			       commits);
		gl_buf_puts(out, ")\n");
	}
	if (!any)
		gl_buf_printf(out, "%s\n", gl_lang_text(v->lang, GL_T_NONE));
}

/* ---- changes by vendor ---- */

typedef struct tally {
	const char *vendor; /* NULL: unknown */
	size_t changes;
} tally;
typedef GL_VEC(tally) tally_vec;

static void count_vendor(tally_vec *t, const char *vendor)
{
	for (size_t i = 0; i < t->len; i++)
		if (t->items[i].vendor == vendor ||
		    (vendor && t->items[i].vendor && !strcmp(t->items[i].vendor, vendor))) {
			t->items[i].changes++;
			return;
		}
	gl_vec_push(t, ((tally){vendor, 1}));
}

static int by_changes(const void *a, const void *b)
{
	const tally *x = a, *y = b;
	if (x->changes != y->changes)
		return x->changes < y->changes ? 1 : -1;
	if (!x->vendor || !y->vendor) /* unknown last */
		return !x->vendor - !y->vendor;
	return strcmp(x->vendor, y->vendor);
}

/* Each entry counts once for each vendor among its authors (its folded commits', else its own). */
static void tally_entries(tally_vec *t, const view *v)
{
	gl_entries e;
	const size_t *ch = v->changes.items;
	gl_entries_build(&e, v->h, ch, v->changes.len);
	for (size_t i = 0; i < e.count; i++) {
		if (e.role[i] != GL_ENTRY_SHOWN)
			continue;
		const char *seen[8];
		size_t n = 0;
		for (size_t k = e.first[i]; k != GL_ENTRY_NONE && n < 8; k = e.next[k]) {
			const char *vendor = v->h->changes.items[ch[k]].who->vendor;
			bool again = false;
			for (size_t j = 0; j < n && !again; j++)
				again = seen[j] == vendor; /* interned: one pointer per name */
			if (!again && !v->h->changes.items[ch[k]].joins)
				seen[n++] = vendor;
		}
		if (!n)
			seen[n++] = v->h->changes.items[ch[i]].who->vendor;
		for (size_t j = 0; j < n; j++)
			count_vendor(t, seen[j]);
	}
	gl_entries_release(&e);
	if (t->len > 1)
		qsort(t->items, t->len, sizeof(tally), by_changes);
}

static void vendors_md(gl_buf *out, const view *v)
{
	tally_vec t = {0};
	tally_entries(&t, v);
	heading_md(out, v, 2, GL_T_STEERING_VENDORS);
	for (size_t i = 0; i < t.len; i++) {
		gl_buf_puts(out, "- ");
		gl_md_text(out, t.items[i].vendor ? t.items[i].vendor
						  : gl_lang_text(v->lang, GL_T_UNKNOWN_VENDOR));
		gl_buf_puts(out, ": ");
		gl_lang_printf(out, v->lang,
			       t.items[i].changes == 1 ? GL_T_CHANGE_COUNT_ONE : GL_T_CHANGE_COUNT,
			       t.items[i].changes);
		gl_buf_putc(out, '\n');
	}
	if (!t.len)
		gl_buf_printf(out, "%s\n", gl_lang_text(v->lang, GL_T_NONE));
	gl_vec_free(&t);
}

/* ---- review, backports, gaps ---- */

/* "#2" and the entry's subject. */
static void pr_md(gl_buf *out, const gl_change *c)
{
	gl_buf_printf(out, "- %c", c->pr_gitlab ? '!' : '#');
	gl_md_text(out, c->pr);
	gl_buf_putc(out, ' ');
	gl_md_text(out, c->subject);
}

static void review_md(gl_buf *out, const view *v)
{
	gl_review_count count;
	gl_review_count_of(&count, v->h, v->changes.items, v->changes.len);
	heading_md(out, v, 2, GL_T_STEERING_REVIEW);
	if (!count.merged) {
		gl_buf_printf(out, "%s\n", gl_lang_text(v->lang, GL_T_NONE));
		return;
	}
	gl_review_line(out, v->lang, &count);
	gl_buf_puts(out, "\n\n");
	for (size_t i = 0; i < v->changes.len; i++) {
		const gl_change *c = &v->h->changes.items[v->changes.items[i]];
		if (c->review != GL_REVIEW_WITHIN && c->review != GL_REVIEW_UNKNOWN)
			continue;
		pr_md(out, c);
		gl_buf_puts(out, " — ");
		gl_buf line = GL_BUF_INIT;
		if (c->review == GL_REVIEW_WITHIN)
			gl_lang_printf(&line, v->lang, GL_T_REVIEW_WITHIN, c->more->merger_vendor);
		else
			gl_buf_puts(&line, gl_lang_text(v->lang, GL_T_REVIEW_VENDOR_UNKNOWN));
		gl_md_text(out, line.ptr);
		gl_buf_release(&line);
		gl_buf_putc(out, '\n');
	}
}

/* The release's backports, and its fixes picked onto other lines ("also in v1.4.1"). */
static void backports_md(gl_buf *out, const view *v)
{
	const gl_history *h = v->h;
	bool any = false;
	for (size_t i = 0; i < h->changes.len; i++) {
		const gl_change *c = &h->changes.items[i];
		bool pick_here = v->in[i] && c->more->picked;
		bool picked_elsewhere =
			c->more->origin != GL_NO_HEAD && v->in[c->more->origin] && !v->in[i];
		if (!pick_here && !picked_elsewhere)
			continue;
		if (!any)
			heading_md(out, v, 2, GL_T_BACKPORTS);
		any = true;
		const gl_change *shown = pick_here ? c : &h->changes.items[c->more->origin];
		gl_buf_printf(out, "- %.7s ", GL_CHANGE_HEX(shown));
		gl_md_text(out, shown->subject);
		gl_buf_puts(out, " — ");
		if (pick_here) {
			gl_backport_md(out, v->lang, h, c);
		} else {
			gl_buf_printf(out, "%s ", gl_lang_text(v->lang, GL_T_ALSO_IN));
			gl_md_text(out, c->release < h->releases.len
						? h->releases.items[c->release].tag
						: gl_lang_text(v->lang, GL_T_NOT_RELEASED));
			gl_buf_printf(out, " [%.7s]", GL_CHANGE_HEX(c));
		}
		gl_buf_putc(out, '\n');
	}
}

/* Its commits' gaps, and those of no commit: requests never worked on, decisions never implemented.
 */
static void gaps_md(gl_buf *out, const view *v)
{
	heading_md(out, v, 2, GL_T_STEERING_GAPS);
	bool any = false;
	for (size_t i = 0; i < v->t->gaps.len; i++) {
		const gl_gap *g = &v->t->gaps.items[i];
		if (g->change != SIZE_MAX && !v->in[g->change])
			continue;
		any = true;
		gl_buf_puts(out, "- ");
		gl_md_text(out, g->message);
		gl_buf_putc(out, '\n');
	}
	if (!any)
		gl_buf_printf(out, "%s\n", gl_lang_text(v->lang, GL_T_NONE));
}

/* ---- the document ---- */

static void title_md(gl_buf *out, const view *v, const char *range)
{
	const gl_release *r =
		v->release < v->h->releases.len ? &v->h->releases.items[v->release] : NULL;
	gl_buf title = GL_BUF_INIT;
	gl_lang_printf(&title, v->lang, GL_T_STEERING_TITLE, r ? r->tag : range ? range : "HEAD");
	gl_buf_puts(out, "# ");
	gl_md_text(out, title.ptr);
	gl_buf_release(&title);
	if (r) {
		char date[11];
		gl_notes_date(date, r->time);
		gl_buf_printf(out, " (%s)", date);
	}
	gl_buf_puts(out, "\n\n");
	size_t n = v->changes.len;
	gl_lang_printf(out, v->lang, n == 1 ? GL_T_COMMIT_COUNT_ONE : GL_T_COMMIT_COUNT, n);
	gl_buf_putc(out, '\n');
}

static int view_init(view *v, const gl_trace *t, size_t release, const govlog_meetings *m)
{
	memset(v, 0, sizeof(*v));
	v->meetings = m;
	v->t = t;
	v->h = t->sel.h;
	v->release = release;
	v->lang = t->notes.lang;
	v->in = gl_xcalloc(v->h->changes.len + 1, sizeof(bool));
	for (size_t i = 0; i < t->sel.changes.len; i++) {
		size_t c = t->sel.changes.items[i];
		if (release == GL_UNRELEASED || v->h->changes.items[c].release == release) {
			v->in[c] = true;
			gl_vec_push(&v->changes, c);
		}
	}
	return gl_accepted_in(&v->accepted, v->h, v->changes.items, v->changes.len,
			      GL_WALK_REACHED);
}

static void view_release(view *v)
{
	free(v->in);
	gl_vec_free(&v->changes);
	gl_accepted_release(&v->accepted);
}

static void document_md(gl_buf *out, const view *v, const char *range)
{
	title_md(out, v, range);
	decisions_md(out, v);
	requests_md(out, v);
	vendors_md(out, v);
	review_md(out, v);
	backports_md(out, v);
	gaps_md(out, v);
}

int gl_steering_md(gl_buf *out, const gl_trace *t, size_t release, const govlog_meetings *m)
{
	view v;
	int rc = view_init(&v, t, release, m);
	if (!rc)
		document_md(out, &v, NULL);
	view_release(&v);
	return rc;
}

/* The release the options name: the tag's, else the newest HEAD reaches (none for a range). */
static int release_named(size_t *out, const gl_history *h, const govlog_release_options *o)
{
	*out = GL_UNRELEASED;
	if (o->range)
		return 0;
	if (o->tag) {
		*out = gl_history_release_named(h, o->tag);
		return *out == GL_UNRELEASED
			       ? gl_lang_error(GOVLOG_ENOTFOUND, govlog_log_language(h->log),
					       GL_T_NO_SUCH_RELEASE, o->tag)
			       : 0;
	}
	int rc = gl_history_current(h, out);
	if (!rc && *out == GL_UNRELEASED)
		rc = gl_lang_error(GOVLOG_ENOTFOUND, govlog_log_language(h->log),
				   GL_T_NO_RELEASE_YET);
	return rc;
}

int gl_steering_write(FILE *f, const govlog_log *log, const govlog_release_options *o)
{
	govlog_trace_options to = GOVLOG_TRACE_OPTIONS_INIT;
	to.range = o->range;
	to.all_gaps = true;
	to.pr_data = o->pr_data;
	if (o->format == GOVLOG_NOTES_JSON)
		return gl_error_set(GOVLOG_EINVALID,
				    "the steering group's view is written as Markdown or HTML");
	gl_trace t;
	size_t release = GL_UNRELEASED;
	gl_buf out = GL_BUF_INIT, md = GL_BUF_INIT, title = GL_BUF_INIT;
	govlog_meetings *meetings = NULL;
	int rc = gl_trace_build(&t, log, &to);
	if (!rc)
		rc = govlog_meetings_load(&meetings, log);
	if (!rc)
		rc = release_named(&release, t.sel.h, o);
	view v = {0};
	if (!rc) {
		t.notes.standalone = o->format == GOVLOG_NOTES_HTML;
		rc = view_init(&v, &t, release, meetings);
	}
	if (!rc) {
		document_md(o->format == GOVLOG_NOTES_HTML ? &md : &out, &v, o->range);
		const gl_release *r =
			release < v.h->releases.len ? &v.h->releases.items[release] : NULL;
		gl_lang_printf(&title, v.lang, GL_T_STEERING_TITLE, r ? r->tag : o->range);
		if (o->format == GOVLOG_NOTES_HTML)
			gl_render_html_page(&out, title.ptr, md.ptr, md.len, v.lang);
		if (gl_buf_write(&out, f) != 0)
			rc = gl_error_errno(GOVLOG_EIO, "cannot write the release notes");
	}
	view_release(&v);
	govlog_meetings_free(meetings);
	gl_buf_release(&out);
	gl_buf_release(&md);
	gl_buf_release(&title);
	gl_trace_release(&t);
	return rc;
}
