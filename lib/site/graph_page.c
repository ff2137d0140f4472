/*
 * The relation graph as inline SVG: records in columns by their generation in
 * the supersede chain, arrows for every relation `govlog graph` reads, each
 * box a link to the record's page; the same relations as a list after it.
 */
#include "site/site.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "site/svg.h"
#include "trace/relgraph.h"
#include "util/banned.h"

/* A graph of a few hundred boxes stays readable and small; the list holds the rest. */
#define MAX_BOXES 300
/* A supersede chain longer than this (or a cycle) is drawn in its last column. */
#define MAX_GENERATIONS 24

typedef struct layout {
	size_t *col, *row; /* per entry; SIZE_MAX: not drawn */
	size_t cols, rows, drawn, related;
} layout;

static size_t entry_at(const gl_site *s, size_t log_index)
{
	return s->entry_of[log_index];
}

/* A supersedes B: A is a generation after B. Relaxed until nothing moves (a cycle stops at
 * the cap). */
static void generations(const gl_site *s, size_t *gen)
{
	const gl_relgraph *g = s->graph;
	for (bool moved = true; moved;) {
		moved = false;
		for (size_t k = 0; k < g->edges.len; k++) {
			const gl_relgraph_edge *e = &g->edges.items[k];
			size_t a = entry_at(s, e->from), b = entry_at(s, e->to);
			if (e->supersedes && gen[a] <= gen[b] && gen[b] + 1 < MAX_GENERATIONS) {
				gen[a] = gen[b] + 1;
				moved = true;
			}
		}
	}
}

/* Columns by generation; in a column the entries' order, newest first. */
static void lay_out(layout *l, const gl_site *s)
{
	size_t *gen = gl_xcalloc(s->count + 1, sizeof(*gen));
	bool *related = gl_xcalloc(s->count + 1, sizeof(*related));
	l->col = gl_xcalloc(s->count + 1, sizeof(*l->col));
	l->row = gl_xcalloc(s->count + 1, sizeof(*l->row));
	for (size_t k = 0; k < s->graph->edges.len; k++) {
		related[entry_at(s, s->graph->edges.items[k].from)] = true;
		related[entry_at(s, s->graph->edges.items[k].to)] = true;
	}
	generations(s, gen);
	size_t rows[MAX_GENERATIONS] = {0};
	for (size_t i = 0; i < s->count; i++) {
		l->col[i] = l->row[i] = SIZE_MAX;
		if (!related[i])
			continue;
		l->related++;
		if (l->drawn == MAX_BOXES)
			continue;
		l->drawn++;
		l->col[i] = gen[i];
		l->row[i] = rows[gen[i]]++;
		l->cols = gen[i] + 1 > l->cols ? gen[i] + 1 : l->cols;
		l->rows = rows[gen[i]] > l->rows ? rows[gen[i]] : l->rows;
	}
	free(gen);
	free(related);
}

static void box_of(gl_svg_box *b, gl_buf *href, const gl_site *s, size_t i, int x, int y)
{
	const govlog_record *r = s->entries[i].record;
	gl_buf_clear(href);
	gl_site_entry_href(href, s, i);
	*b = (gl_svg_box){x, y, href->ptr, govlog_record_id(r), govlog_record_title(r), NULL};
}

static void draw(gl_buf *out, const gl_site *s, const layout *l, const char *title,
		 const char *desc)
{
	int w = gl_svg_col_x(l->cols) - GL_SVG_GAP_X + GL_SVG_MARGIN + GL_SVG_GAP_X / 2;
	int h = gl_svg_row_y(l->rows) + GL_SVG_MARGIN;
	gl_svg_open(out, "relations-svg", w, h, title, desc);
	gl_buf ha = GL_BUF_INIT, hb = GL_BUF_INIT;
	for (size_t k = 0; k < s->graph->edges.len; k++) {
		const gl_relgraph_edge *e = &s->graph->edges.items[k];
		size_t a = entry_at(s, e->from), b = entry_at(s, e->to);
		if (l->col[a] == SIZE_MAX || l->col[b] == SIZE_MAX)
			continue;
		gl_svg_box from, to;
		box_of(&from, &ha, s, a, gl_svg_col_x(l->col[a]), gl_svg_row_y(l->row[a]));
		box_of(&to, &hb, s, b, gl_svg_col_x(l->col[b]), gl_svg_row_y(l->row[b]));
		gl_svg_arrow(out, "relations-svg", &from, &to, e->label);
	}
	for (size_t i = 0; i < s->count; i++) {
		if (l->col[i] == SIZE_MAX)
			continue;
		gl_svg_box b;
		box_of(&b, &ha, s, i, gl_svg_col_x(l->col[i]), gl_svg_row_y(l->row[i]));
		gl_svg_box_write(out, &b);
	}
	gl_buf_release(&ha);
	gl_buf_release(&hb);
	gl_svg_close(out);
}

static void record_link(gl_buf *out, const gl_site *s, size_t i, bool here)
{
	const govlog_record *r = s->entries[i].record;
	if (!here) {
		gl_buf href = GL_BUF_INIT;
		gl_site_entry_href(&href, s, i);
		gl_buf_puts(out, "<a href=\"");
		gl_site_text(out, href.ptr);
		gl_buf_puts(out, "\">");
		gl_buf_release(&href);
	}
	gl_site_text(out, govlog_record_id(r));
	gl_buf_puts(out, here ? "" : "</a>");
	const char *t = govlog_record_title(r);
	if (t && *t) {
		gl_buf_puts(out, " (");
		gl_site_text(out, t);
		gl_buf_puts(out, ")");
	}
}

/* One relation in words: "ADR-0002 (Next) Supersedes ADR-0001 (Old)". */
static void relation_item(gl_buf *out, const gl_site *s, const gl_relgraph_edge *e, size_t here)
{
	size_t a = entry_at(s, e->from), b = entry_at(s, e->to);
	gl_buf_puts(out, "<li>");
	record_link(out, s, a, a == here);
	gl_buf_puts(out, " ");
	gl_site_text(out, e->label);
	gl_buf_puts(out, " ");
	record_link(out, s, b, b == here);
	gl_buf_puts(out, "</li>\n");
}

static void heading(gl_buf *out, int level, const char *id, const char *text)
{
	gl_buf_printf(out, "<h%d", level);
	if (id)
		gl_buf_printf(out, " id=\"%s\"", id);
	gl_buf_putc(out, '>');
	gl_site_text(out, text);
	gl_buf_printf(out, "</h%d>\n", level);
}

static void paragraph(gl_buf *out, const char *text)
{
	gl_buf_puts(out, "<p>");
	gl_site_text(out, text);
	gl_buf_puts(out, "</p>\n");
}

void gl_site_graph_main(gl_buf *out, const gl_site *s, int level)
{
	govlog_lang lang = s->frame.lang;
	const char *title = gl_lang_text(lang, GL_T_SITE_GRAPH);
	heading(out, level, level > 1 ? "graph-title" : NULL, title);
	if (!s->graph->edges.len) {
		paragraph(out, gl_lang_text(lang, GL_T_SITE_GRAPH_NONE));
		return;
	}
	layout l = {0};
	lay_out(&l, s);
	const char *desc = gl_lang_text(lang, GL_T_SITE_GRAPH_DESC);
	paragraph(out, desc);
	gl_buf text = GL_BUF_INIT;
	if (l.drawn < l.related) {
		gl_lang_printf(&text, lang, GL_T_SITE_GRAPH_CAP, l.drawn, l.related);
		paragraph(out, text.ptr);
	}
	if (l.related < s->count) {
		gl_buf_clear(&text);
		gl_lang_printf(&text, lang, GL_T_SITE_GRAPH_APART, s->count - l.related);
		paragraph(out, text.ptr);
	}
	draw(out, s, &l, title, desc);
	heading(out, level + 1, NULL, gl_lang_text(lang, GL_T_SITE_GRAPH_LIST));
	gl_buf_puts(out, "<ul class=\"relations\">\n");
	for (size_t k = 0; k < s->graph->edges.len; k++)
		relation_item(out, s, &s->graph->edges.items[k], SIZE_MAX);
	gl_buf_puts(out, "</ul>\n");
	gl_buf_release(&text);
	free(l.col);
	free(l.row);
}

/* The record in the middle; those naming it on the left, those it names on the right. */
static void draw_neighbours(gl_buf *out, const gl_site *s, size_t i, const char *id,
			    const char *title, const char *desc)
{
	const gl_relgraph *g = s->graph;
	size_t left = 0, right = 0;
	gl_buf body = GL_BUF_INIT, ha = GL_BUF_INIT, hb = GL_BUF_INIT;
	gl_svg_box me;
	for (size_t pass = 0; pass < 2; pass++) {
		size_t rows = left > right ? left : right;
		box_of(&me, &ha, s, i, gl_svg_col_x(1), gl_svg_row_y(rows ? (rows - 1) / 2 : 0));
		me.href = NULL; /* the page itself */
		left = right = 0;
		for (size_t k = 0; k < g->edges.len && k < MAX_BOXES; k++) {
			const gl_relgraph_edge *e = &g->edges.items[k];
			size_t a = entry_at(s, e->from), b = entry_at(s, e->to);
			if ((a == i) == (b == i))
				continue;
			gl_svg_box other;
			size_t o = a == i ? b : a, col = a == i ? 2 : 0;
			size_t row = a == i ? right++ : left++;
			box_of(&other, &hb, s, o, gl_svg_col_x(col), gl_svg_row_y(row));
			if (!pass)
				continue;
			gl_svg_arrow(&body, id, a == i ? &me : &other, a == i ? &other : &me,
				     e->label);
			gl_svg_box_write(&body, &other);
		}
	}
	size_t rows = left > right ? left : right;
	box_of(&me, &ha, s, i, gl_svg_col_x(1), gl_svg_row_y(rows ? (rows - 1) / 2 : 0));
	me.href = NULL;
	gl_svg_box_write(&body, &me);
	gl_svg_open(out, id, gl_svg_col_x(3) - GL_SVG_GAP_X + GL_SVG_MARGIN,
		    gl_svg_row_y(rows ? rows : 1) + GL_SVG_MARGIN, title, desc);
	gl_buf_put(out, body.ptr, body.len);
	gl_svg_close(out);
	gl_buf_release(&body);
	gl_buf_release(&ha);
	gl_buf_release(&hb);
}

void gl_site_graph_neighbourhood(gl_buf *out, const gl_site *s, size_t i, int level)
{
	const gl_relgraph *g = s->graph;
	size_t n = 0;
	for (size_t k = 0; k < g->edges.len; k++) {
		size_t a = entry_at(s, g->edges.items[k].from),
		       b = entry_at(s, g->edges.items[k].to);
		n += (a == i) != (b == i);
	}
	if (!n)
		return;
	govlog_lang lang = s->frame.lang;
	const char *title = gl_lang_text(lang, GL_T_SITE_NEIGHBOURS);
	heading(out, level, NULL, title);
	gl_buf desc = GL_BUF_INIT;
	gl_lang_printf(&desc, lang, GL_T_SITE_NEIGHBOURS_DESC,
		       govlog_record_id(s->entries[i].record));
	/* one file holds every record's diagram: the ids carry the record's section */
	gl_buf id = GL_BUF_INIT;
	gl_buf_printf(&id, "%s-relations", s->single ? s->entries[i].page + 1 : "record");
	draw_neighbours(out, s, i, id.ptr, title, desc.ptr);
	gl_buf_release(&id);
	gl_buf_puts(out, "<ul class=\"relations\">\n");
	for (size_t k = 0; k < g->edges.len; k++) {
		size_t a = entry_at(s, g->edges.items[k].from),
		       b = entry_at(s, g->edges.items[k].to);
		if ((a == i) != (b == i))
			relation_item(out, s, &g->edges.items[k], i);
	}
	gl_buf_puts(out, "</ul>\n");
	gl_buf_release(&desc);
}
