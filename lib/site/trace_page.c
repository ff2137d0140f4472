/*
 * The trace as inline SVG: requests → decisions → commits and pull requests →
 * releases in four columns, from lib/trace's model, gaps as dashed boxes with
 * the word; the newest releases only, so a long history stays a small page;
 * the same content as lists after the drawing.
 */
#include "site/site.h"
#include "site/story.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "site/svg.h"
#include "trace/trace_internal.h"
#include "util/banned.h"

#define MAX_RELEASES 6 /* the newest releases drawn, and the unreleased commits */
#define MAX_ROWS 60    /* boxes a column */
#define NONE SIZE_MAX

enum { COL_REQUESTS, COL_DECISIONS, COL_COMMITS, COL_RELEASES, COLS };

typedef struct tview {
	const gl_site *s;
	const gl_trace *t;        /* the site's story's: the history is read once */
	size_t *row[COLS];        /* per request, decision, change, release (+1: unreleased) */
	size_t *gap[COLS];        /* the first gap about it, or NONE */
	GL_VEC(size_t) col[COLS]; /* what each column draws, top to bottom */
	size_t left_out, first_release;
} tview;

static const gl_history *hist(const tview *v)
{
	return v->t->sel.h;
}

static size_t unreleased_slot(const tview *v)
{
	return hist(v)->releases.len;
}

/* Puts item x in column c when there is room; counts it left out when not. */
static void place(tview *v, int c, size_t x)
{
	if (v->row[c][x] != NONE)
		return;
	if (v->col[c].len == MAX_ROWS) {
		v->left_out++;
		v->row[c][x] = NONE - 1; /* seen, not drawn */
		return;
	}
	v->row[c][x] = v->col[c].len;
	gl_vec_push(&v->col[c], x);
}

static bool drawn(const tview *v, int c, size_t x)
{
	return v->row[c][x] < NONE - 1;
}

static size_t release_slot(const tview *v, const gl_change *c)
{
	return c->release == GL_UNRELEASED ? unreleased_slot(v) : c->release;
}

static void mark_gaps(tview *v)
{
	for (size_t g = v->t->gaps.len; g-- > 0;) { /* backwards: the first gap stays */
		const gl_gap *gap = &v->t->gaps.items[g];
		if (gap->change != NONE) {
			v->gap[COL_COMMITS][gap->change] = g;
			continue;
		}
		for (size_t q = 0; gap->kind == GL_GAP_REQUEST_NO_COMMIT && q < v->t->requests.len;
		     q++)
			if (!strcmp(v->t->requests.items[q].key, gap->subject))
				v->gap[COL_REQUESTS][q] = g;
		for (size_t d = 0;
		     gap->kind == GL_GAP_DECISION_NOT_IMPLEMENTED && d < v->t->decisions.len; d++)
			if (!strcmp(govlog_record_id(v->t->decisions.items[d].record),
				    gap->subject))
				v->gap[COL_DECISIONS][d] = g;
	}
}

/* Whether a commit takes part in the trace: it names a request or a decision, or is a gap. */
static void traced_commits(const tview *v, bool *traced)
{
	for (size_t q = 0; q < v->t->requests.len; q++)
		for (size_t k = 0; k < v->t->requests.items[q].commits.len; k++)
			traced[v->t->requests.items[q].commits.items[k]] = true;
	for (size_t d = 0; d < v->t->decisions.len; d++)
		for (size_t k = 0; k < v->t->decisions.items[d].commits.len; k++)
			traced[v->t->decisions.items[d].commits.items[k]] = true;
	for (size_t g = 0; g < v->t->gaps.len; g++)
		if (v->t->gaps.items[g].change != NONE)
			traced[v->t->gaps.items[g].change] = true;
}

/* The commits of the newest releases (and the unreleased ones), newest first, and their
 * releases. */
static void place_commits(tview *v)
{
	const gl_history *h = hist(v);
	bool *traced = gl_xcalloc(h->changes.len + 1, sizeof(*traced));
	traced_commits(v, traced);
	/* newest first, in a copy: the story's trace is the other pages' too */
	gl_selection sel = {.h = v->t->sel.h, .release = v->t->sel.release};
	for (size_t k = 0; k < v->t->sel.changes.len; k++)
		gl_vec_push(&sel.changes, v->t->sel.changes.items[k]);
	gl_selection_sort(&sel, h);
	for (size_t k = 0; k < sel.changes.len; k++) {
		size_t ci = sel.changes.items[k];
		const gl_change *c = &h->changes.items[ci];
		if (!traced[ci] || (c->release != GL_UNRELEASED && c->release < v->first_release))
			continue;
		place(v, COL_COMMITS, ci);
		if (drawn(v, COL_COMMITS, ci) && v->row[COL_RELEASES][release_slot(v, c)] == NONE)
			v->row[COL_RELEASES][release_slot(v, c)] = 0; /* ordered below */
	}
	gl_vec_free(&sel.changes);
	free(traced);
	/* releases newest first, the unreleased commits on top */
	if (v->row[COL_RELEASES][unreleased_slot(v)] != NONE) {
		v->row[COL_RELEASES][unreleased_slot(v)] = NONE;
		place(v, COL_RELEASES, unreleased_slot(v));
	}
	for (size_t r = h->releases.len; r-- > v->first_release;)
		if (v->row[COL_RELEASES][r] != NONE) {
			v->row[COL_RELEASES][r] = NONE;
			place(v, COL_RELEASES, r);
		}
}

/* Decisions that drawn commits implement or that are gaps, in the site's order; then the
 * requests they or the drawn commits answer. */
static void place_records(tview *v)
{
	const gl_site *s = v->s;
	size_t *decision_of = gl_xcalloc(s->count + 1, sizeof(*decision_of));
	for (size_t d = 0; d < v->t->decisions.len; d++)
		decision_of[s->entry_of[d]] = d; /* the trace's decisions are the log's records */
	for (size_t i = 0; i < s->count; i++) {
		size_t d = decision_of[i];
		const gl_decision_trace *dt = &v->t->decisions.items[d];
		bool in = v->gap[COL_DECISIONS][d] != NONE;
		for (size_t k = 0; k < dt->commits.len && !in; k++)
			in = drawn(v, COL_COMMITS, dt->commits.items[k]);
		if (in)
			place(v, COL_DECISIONS, d);
	}
	free(decision_of);
	for (size_t q = 0; q < v->t->requests.len; q++) {
		const gl_request *r = &v->t->requests.items[q];
		bool in = v->gap[COL_REQUESTS][q] != NONE;
		for (size_t k = 0; k < r->decisions.len && !in; k++)
			in = drawn(v, COL_DECISIONS, r->decisions.items[k]);
		for (size_t k = 0; k < r->commits.len && !in; k++)
			in = drawn(v, COL_COMMITS, r->commits.items[k]);
		if (in)
			place(v, COL_REQUESTS, q);
	}
}

static size_t *nones(size_t n)
{
	size_t *a = gl_xmalloc((n + 1) * sizeof(*a));
	for (size_t i = 0; i <= n; i++)
		a[i] = NONE;
	return a;
}

static void tview_init(tview *v)
{
	const gl_history *h = hist(v);
	size_t sizes[COLS] = {v->t->requests.len, v->t->decisions.len, h->changes.len,
			      h->releases.len + 1};
	for (int c = 0; c < COLS; c++) {
		v->row[c] = nones(sizes[c]);
		v->gap[c] = nones(sizes[c]);
	}
	v->first_release = h->releases.len > MAX_RELEASES ? h->releases.len - MAX_RELEASES : 0;
	mark_gaps(v);
	place_commits(v);
	place_records(v);
}

static void tview_release(tview *v)
{
	for (int c = 0; c < COLS; c++) {
		free(v->row[c]);
		free(v->gap[c]);
		gl_vec_free(&v->col[c]);
	}
}

typedef struct ends {
	GL_VEC(size_t) items;
	int col;
} ends;

/* Where item x of column c leads, among what is drawn: the next columns' items. */
static void targets(const tview *v, int c, size_t x, ends out[2])
{
	out[0].items.len = out[1].items.len = 0;
	out[0].col = c == COL_REQUESTS ? COL_DECISIONS : c + 1;
	out[1].col = COL_COMMITS;
	const gl_index_vec *a = NULL, *b = NULL;
	if (c == COL_REQUESTS) {
		a = &v->t->requests.items[x].decisions;
		b = &v->t->requests.items[x].commits;
	} else if (c == COL_DECISIONS) {
		a = &v->t->decisions.items[x].commits;
	} else if (c == COL_COMMITS) {
		size_t r = release_slot(v, &hist(v)->changes.items[x]);
		if (drawn(v, COL_RELEASES, r))
			gl_vec_push(&out[0].items, r);
		return;
	}
	for (size_t k = 0; a && k < a->len; k++)
		if (drawn(v, out[0].col, a->items[k]))
			gl_vec_push(&out[0].items, a->items[k]);
	for (size_t k = 0; b && k < b->len; k++)
		if (drawn(v, COL_COMMITS, b->items[k]))
			gl_vec_push(&out[1].items, b->items[k]);
}

typedef struct label {
	gl_buf href, line1;
	const char *line2;
	const char *gap; /* the gap's message, or NULL */
	char date[11];
} label;

static void request_label(const tview *v, size_t x, label *l)
{
	const gl_request *q = &v->t->requests.items[x];
	const char *page = q->kind == GL_REF_RECORD ? gl_site_page_of(v->s, q->key) : NULL;
	gl_buf_puts(&l->line1, q->key);
	if (page)
		gl_buf_printf(&l->href, "%s%s", v->s->frame.root, page);
	else if (q->kind == GL_REF_ISSUE || q->kind == GL_REF_TICKET)
		gl_link_url(&l->href, &v->t->notes.links,
			    q->kind == GL_REF_ISSUE ? GL_LINK_ISSUE : GL_LINK_TICKET, q->repo,
			    q->id);
}

static void commit_label(const tview *v, size_t x, label *l)
{
	const gl_change *c = &hist(v)->changes.items[x];
	gl_buf_printf(&l->line1, "%.7s", GL_CHANGE_HEX(c));
	if (c->pr)
		gl_buf_printf(&l->line1, " %c%s", c->pr_gitlab ? '!' : '#', c->pr);
	l->line2 = c->subject;
	gl_link_url(&l->href, &v->t->notes.links, GL_LINK_COMMIT, NULL, GL_CHANGE_HEX(c));
}

static void release_label(const tview *v, size_t x, label *l)
{
	if (x == unreleased_slot(v)) {
		gl_buf_puts(&l->line1, gl_lang_text(v->t->notes.lang, GL_T_UNRELEASED));
		return;
	}
	const gl_release *r = &hist(v)->releases.items[x];
	gl_buf_puts(&l->line1, r->tag);
	gl_notes_date(l->date, r->time);
	l->line2 = l->date;
}

/* What a box and a list item say about item x of column c. */
static void label_of(const tview *v, int c, size_t x, label *l)
{
	gl_buf_clear(&l->href);
	gl_buf_clear(&l->line1);
	l->line2 = l->gap = NULL;
	if (c == COL_REQUESTS) {
		request_label(v, x, l);
	} else if (c == COL_DECISIONS) {
		const govlog_record *r = v->t->decisions.items[x].record;
		gl_buf_puts(&l->line1, govlog_record_id(r));
		l->line2 = govlog_record_title(r);
		gl_site_entry_href(&l->href, v->s, v->s->entry_of[x]);
	} else if (c == COL_COMMITS) {
		commit_label(v, x, l);
	} else {
		release_label(v, x, l);
	}
	if (c != COL_RELEASES && v->gap[c][x] != NONE)
		l->gap = v->t->gaps.items[v->gap[c][x]].message;
}

static void box_at(const tview *v, int c, size_t x, const label *l, gl_svg_box *b)
{
	*b = (gl_svg_box){gl_svg_col_x((size_t)c),
			  gl_svg_row_y(v->row[c][x]),
			  l->href.len ? l->href.ptr : NULL,
			  l->line1.ptr,
			  l->line2,
			  l->gap ? gl_lang_text(v->t->notes.lang, GL_T_SITE_GAP_WORD) : NULL};
}

static const gl_text_id column_titles[COLS] = {GL_T_SITE_TRACE_REQUESTS, GL_T_SITE_DECISIONS,
					       GL_T_SITE_TRACE_COMMITS, GL_T_SITE_TRACE_RELEASES};

static void draw_arrows(gl_buf *out, const tview *v, label *la, label *lb)
{
	ends to[2] = {0};
	for (int c = 0; c < COL_RELEASES; c++) {
		for (size_t k = 0; k < v->col[c].len; k++) {
			size_t x = v->col[c].items[k];
			gl_svg_box from, b;
			label_of(v, c, x, la);
			box_at(v, c, x, la, &from);
			targets(v, c, x, to);
			for (int e = 0; e < 2; e++)
				for (size_t n = 0; n < to[e].items.len; n++) {
					label_of(v, to[e].col, to[e].items.items[n], lb);
					box_at(v, to[e].col, to[e].items.items[n], lb, &b);
					gl_svg_arrow(out, "trace-svg", &from, &b, NULL);
				}
		}
	}
	gl_vec_free(&to[0].items);
	gl_vec_free(&to[1].items);
}

static void draw(gl_buf *out, const tview *v, const char *title, const char *desc)
{
	size_t rows = 1;
	for (int c = 0; c < COLS; c++)
		rows = v->col[c].len > rows ? v->col[c].len : rows;
	gl_svg_open(out, "trace-svg", gl_svg_col_x(COLS) - GL_SVG_GAP_X + GL_SVG_MARGIN,
		    gl_svg_row_y(rows) + GL_SVG_MARGIN, title, desc);
	label la = {GL_BUF_INIT, GL_BUF_INIT, NULL, NULL, {0}};
	label lb = {GL_BUF_INIT, GL_BUF_INIT, NULL, NULL, {0}};
	for (int c = 0; c < COLS; c++)
		gl_svg_heading(out, gl_svg_col_x((size_t)c),
			       gl_lang_text(v->t->notes.lang, column_titles[c]));
	draw_arrows(out, v, &la, &lb);
	for (int c = 0; c < COLS; c++)
		for (size_t k = 0; k < v->col[c].len; k++) {
			gl_svg_box b;
			label_of(v, c, v->col[c].items[k], &la);
			box_at(v, c, v->col[c].items[k], &la, &b);
			gl_svg_box_write(out, &b);
		}
	gl_svg_close(out);
	gl_buf_release(&la.href);
	gl_buf_release(&la.line1);
	gl_buf_release(&lb.href);
	gl_buf_release(&lb.line1);
}

/* One item in words: its name (a link when it has one), its title, its gap, where it leads. */
static void list_item(gl_buf *out, const tview *v, int c, size_t x, label *la, label *lb)
{
	label_of(v, c, x, la);
	gl_buf_puts(out, "<li>");
	if (la->href.len) {
		gl_buf_puts(out, "<a href=\"");
		gl_site_text(out, la->href.ptr);
		gl_buf_puts(out, "\">");
	}
	gl_site_text(out, la->line1.ptr);
	gl_buf_puts(out, la->href.len ? "</a>" : "");
	if (la->line2 && *la->line2) {
		gl_buf_puts(out, " ");
		gl_site_text(out, la->line2);
	}
	if (la->gap) {
		gl_buf_puts(out, " <strong class=\"gap-word\">");
		gl_site_text(out, gl_lang_text(v->t->notes.lang, GL_T_SITE_GAP_WORD));
		gl_buf_puts(out, ":</strong> ");
		gl_site_text(out, la->gap);
	}
	ends to[2] = {0};
	targets(v, c, x, to);
	for (int e = 0, n = 0; e < 2; e++)
		for (size_t k = 0; k < to[e].items.len; k++, n++) {
			label_of(v, to[e].col, to[e].items.items[k], lb);
			if (!n) {
				gl_buf_puts(out, "; ");
				gl_site_text(out,
					     gl_lang_text(v->t->notes.lang, GL_T_SITE_LEADS_TO));
			}
			gl_buf_puts(out, n ? ", " : " ");
			gl_site_text(out, lb->line1.ptr);
		}
	gl_vec_free(&to[0].items);
	gl_vec_free(&to[1].items);
	gl_buf_puts(out, "</li>\n");
}

static void lists(gl_buf *out, const tview *v, int level)
{
	label la = {GL_BUF_INIT, GL_BUF_INIT, NULL, NULL, {0}};
	label lb = {GL_BUF_INIT, GL_BUF_INIT, NULL, NULL, {0}};
	gl_site_heading(out, level + 1, v->t->notes.lang, GL_T_SITE_TRACE_LIST);
	for (int c = 0; c < COLS; c++) {
		if (!v->col[c].len)
			continue;
		gl_site_heading(out, level + 2, v->t->notes.lang, column_titles[c]);
		gl_buf_puts(out, "<ul class=\"trace\">\n");
		for (size_t k = 0; k < v->col[c].len; k++)
			list_item(out, v, c, v->col[c].items[k], &la, &lb);
		gl_buf_puts(out, "</ul>\n");
	}
	gl_buf_release(&la.href);
	gl_buf_release(&la.line1);
	gl_buf_release(&lb.href);
	gl_buf_release(&lb.line1);
}

static void paragraph(gl_buf *out, const char *text)
{
	gl_buf_puts(out, "<p>");
	gl_site_text(out, text);
	gl_buf_puts(out, "</p>\n");
}

/* The sentences that say what is left out. */
static void caps(gl_buf *out, const tview *v)
{
	gl_buf text = GL_BUF_INIT;
	if (v->first_release) {
		gl_lang_printf(&text, v->t->notes.lang, GL_T_SITE_TRACE_CAP_RELEASES,
			       (size_t)MAX_RELEASES, hist(v)->releases.len);
		paragraph(out, text.ptr);
	}
	if (v->left_out) {
		gl_buf_clear(&text);
		gl_lang_printf(&text, v->t->notes.lang, GL_T_SITE_TRACE_CAP_ITEMS, (size_t)MAX_ROWS,
			       v->left_out);
		paragraph(out, text.ptr);
	}
	gl_buf_release(&text);
}

void gl_site_trace_main(gl_buf *out, const gl_site *s, int level)
{
	govlog_lang lang = s->frame.lang;
	const char *title = gl_lang_text(lang, GL_T_TRACEABILITY);
	gl_buf_printf(out, "<h%d%s>", level, level > 1 ? " id=\"trace-title\"" : "");
	gl_site_text(out, title);
	gl_buf_printf(out, "</h%d>\n", level);
	if (!s->story) {
		paragraph(out, gl_lang_text(lang, GL_T_SITE_TRACE_NO_HISTORY));
		return;
	}
	tview v = {.s = s, .t = &s->story->trace};
	tview_init(&v);
	const char *desc = gl_lang_text(lang, GL_T_SITE_TRACE_DESC);
	if (!v.col[COL_COMMITS].len && !v.col[COL_DECISIONS].len && !v.col[COL_REQUESTS].len) {
		paragraph(out, gl_lang_text(lang, GL_T_SITE_TRACE_NONE));
	} else {
		paragraph(out, desc);
		caps(out, &v);
		draw(out, &v, title, desc);
		lists(out, &v, level);
	}
	tview_release(&v);
}
