/*
 * govlog_graph_write: the records and their supersede and link relations as
 * a graph, in Graphviz DOT (as `adr generate graph`) or Mermaid.
 */
#include "govlog/graph.h"
#include "trace/relgraph.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag/texts.h"
#include "record/record_internal.h"
#include "record/vocab.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/vec.h"
#include "util/banned.h"

typedef gl_relgraph_edge edge;
typedef gl_relgraph graph;

static size_t index_of(const govlog_log *log, const govlog_record *r)
{
	for (size_t i = 0; i < govlog_log_count(log); i++)
		if (govlog_log_record_at(log, i) == r)
			return i;
	return (size_t)-1;
}

static void add_edge(graph *g, size_t from, size_t to, const char *label, size_t len,
		     bool supersedes)
{
	if (from == to || from == (size_t)-1 || to == (size_t)-1)
		return;
	for (size_t i = 0; i < g->edges.len; i++) {
		const edge *e = &g->edges.items[i];
		if (e->from == from && e->to == to && strlen(e->label) == len &&
		    !strncmp(e->label, label, len))
			return;
	}
	edge e = {from, to, strndup(label, len), supersedes};
	gl_vec_push(&g->edges, e);
}

/* The record a link target names: its file name among the log's files ("0003-x.md#top"). */
static size_t by_url(const govlog_log *log, const char *url, size_t len)
{
	size_t end = strcspn(url, "#?");
	end = end < len ? end : len;
	const char *base = url;
	for (size_t i = 0; i < end; i++)
		if (url[i] == '/')
			base = url + i + 1;
	size_t blen = (size_t)(url + end - base);
	for (size_t i = 0; blen && i < govlog_log_count(log); i++) {
		const char *p = govlog_record_path(govlog_log_record_at(log, i)),
			   *slash = strrchr(p, '/');
		p = slash ? slash + 1 : p;
		if (strlen(p) == blen && !strncmp(p, base, blen))
			return i;
	}
	return (size_t)-1;
}

/* The record a reference names: a Markdown link's file, else an ID or number in it. */
static size_t resolve(const govlog_log *log, const char *text, size_t len)
{
	gl_buf word = GL_BUF_INIT;
	const char *link = NULL;
	for (size_t i = 0; i + 1 < len && !link; i++)
		if (text[i] == ']' && text[i + 1] == '(')
			link = text + i + 2;
	if (link)
		return by_url(log, link, strcspn(link, ")"));
	size_t found = (size_t)-1;
	for (size_t i = 0; i < len && found == (size_t)-1;) {
		size_t n = strcspn(text + i, " ,;[]()\t");
		n = i + n > len ? len - i : n;
		const govlog_record *r = NULL;
		gl_buf_clear(&word);
		gl_buf_put(&word, text + i, n);
		while (word.len && word.ptr[word.len - 1] == '.')
			gl_buf_truncate(&word, word.len - 1);
		if (word.len && govlog_log_lookup(&r, log, word.ptr) == 0)
			found = index_of(log, r);
		i += n + 1;
	}
	gl_buf_release(&word);
	return found;
}

/* The supersede references of a record's fields and status text. */
static void supersede_edges(graph *g, size_t at, const govlog_record *r)
{
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		/* "Superseded by [2. B](0002-b.md)" draws the edge the successor's
		 * "Supersedes" line would: from the successor to this record */
		bool by = !strcmp(f->name, "superseded-by");
		if (!by && strcmp(f->name, "supersedes"))
			continue;
		for (const char *v = f->value; *v;) {
			size_t n = strcspn(v, ",");
			size_t other = resolve(g->log, v, n);
			add_edge(g, by ? other : at, by ? at : other, g->supersedes,
				 strlen(g->supersedes), true);
			v += n + (v[n] != '\0');
		}
	}
	for (size_t i = 0; i < r->relations.len; i++) {
		const gl_relation *rel = &r->relations.items[i];
		size_t other = resolve(g->log, rel->text, strlen(rel->text));
		if (rel->successor)
			add_edge(g, other, at, g->supersedes, strlen(g->supersedes), true);
		else
			add_edge(g, at, other, g->supersedes, strlen(g->supersedes), true);
	}
}

/* Whether words name the reverse of a link ("Amended by", "Erstattet af"). */
static bool reverse_words(const char *w, size_t len)
{
	return (len > 3 && !strncasecmp(w + len - 3, " by", 3)) ||
	       (len > 3 && !strncasecmp(w + len - 3, " af", 3));
}

/* "Amends [3. X](0003-x.md)" or "- Amends [3. X](0003-x.md)": an edge labelled "Amends". */
static void link_line(graph *g, size_t at, const char *s, size_t len)
{
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	size_t i = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i + 1 < len && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ')
		i += 2;
	if (i >= len || s[len - 1] != ')')
		return;
	const char *open = memchr(s + i, '[', len - i);
	if (!open || open == s + i || open[-1] != ' ')
		return;
	size_t words = (size_t)(open - 1 - (s + i)), wlen;
	bool successor;
	/* Supersede lines are supersede_edges' work; a reverse link is the other side's edge. */
	if (!words || reverse_words(s + i, words) || memchr(s + i, ']', words) ||
	    gl_vocab_relation(s + i, words, &wlen, &successor))
		return;
	add_edge(g, at, resolve(g->log, open, (size_t)(s + len - open)), s + i, words, false);
}

/* The link lines of the Status and Links sections. */
static void link_edges(graph *g, size_t at, const govlog_record *r)
{
	for (size_t i = 0; i < r->sections.len; i++) {
		const char *h = r->sections.items[i].heading;
		if (!h || (strcasecmp(h, "Status") && strcasecmp(h, "Links")))
			continue;
		size_t start, end;
		gl_record_section_body(r, i, &start, &end);
		for (size_t p = start; p < end;) {
			const char *line = r->text.data + p;
			size_t n = strcspn(line, "\r\n");
			n = p + n > end ? end - p : n;
			link_line(g, at, line, n);
			p += n + 1;
		}
	}
}

/* A DOT string's inside: quote and backslash escaped, control characters as blanks. */
static void dot_string(gl_buf *out, const char *s)
{
	gl_buf_putc(out, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			gl_buf_putc(out, '\\');
		gl_buf_putc(out, (unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s);
	}
	gl_buf_putc(out, '"');
}

/*
 * A Mermaid label in quotes: the characters Mermaid or its HTML would read
 * (quote, '#', '<', '>', '&', '|', brackets) as entity codes; control
 * characters as blanks.
 */
static void mermaid_string(gl_buf *out, const char *s)
{
	gl_buf_putc(out, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (strchr("\"#<>&|[]{}()`", c) && c)
			gl_buf_printf(out, "#%u;", c);
		else
			gl_buf_putc(out, c < 0x20 || c == 0x7f ? ' ' : (char)c);
	}
	gl_buf_putc(out, '"');
}

static const char *node_label(const govlog_record *r)
{
	const char *t = govlog_record_title(r);
	return t && *t ? t : govlog_record_id(r);
}

static void write_dot(gl_buf *out, const graph *g)
{
	gl_buf_puts(out, "digraph {\n  node [shape=plaintext];\n");
	for (size_t i = 0; i < govlog_log_count(g->log); i++) {
		const govlog_record *r = govlog_log_record_at(g->log, i);
		gl_buf_puts(out, "  ");
		dot_string(out, govlog_record_id(r));
		gl_buf_puts(out, " [label=");
		dot_string(out, node_label(r));
		gl_buf_puts(out, "];\n");
	}
	for (size_t i = 0; i < g->edges.len; i++) {
		const edge *e = &g->edges.items[i];
		gl_buf_puts(out, "  ");
		dot_string(out, govlog_record_id(govlog_log_record_at(g->log, e->from)));
		gl_buf_puts(out, " -> ");
		dot_string(out, govlog_record_id(govlog_log_record_at(g->log, e->to)));
		gl_buf_puts(out, " [label=");
		dot_string(out, e->label);
		gl_buf_puts(out, "];\n");
	}
	gl_buf_puts(out, "}\n");
}

/* Nodes are n0, n1, … (an ID is no Mermaid name); the ID and title are the node's text. */
static void write_mermaid(gl_buf *out, const graph *g)
{
	gl_buf_puts(out, "flowchart LR\n");
	for (size_t i = 0; i < govlog_log_count(g->log); i++) {
		const govlog_record *r = govlog_log_record_at(g->log, i);
		gl_buf text = GL_BUF_INIT;
		const char *t = govlog_record_title(r);
		gl_buf_printf(&text, "%s%s%s", govlog_record_id(r), t && *t ? ": " : "",
			      t && *t ? t : "");
		gl_buf_printf(out, "  n%zu[", i);
		mermaid_string(out, text.ptr);
		gl_buf_puts(out, "]\n");
		gl_buf_release(&text);
	}
	for (size_t i = 0; i < g->edges.len; i++) {
		const edge *e = &g->edges.items[i];
		gl_buf_printf(out, "  n%zu -->|", e->from);
		mermaid_string(out, e->label);
		gl_buf_printf(out, "| n%zu\n", e->to);
	}
}

static int compare_edges(const void *pa, const void *pb)
{
	const edge *a = pa, *b = pb;
	if (a->from != b->from)
		return a->from < b->from ? -1 : 1;
	if (a->to != b->to)
		return a->to < b->to ? -1 : 1;
	return strcmp(a->label, b->label);
}

void gl_relgraph_build(gl_relgraph *g, const govlog_log *log)
{
	*g = (gl_relgraph){log, gl_lang_text(govlog_log_language(log), GL_T_FIELD_SUPERSEDES), {0}};
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		supersede_edges(g, i, govlog_log_record_at(log, i));
		link_edges(g, i, govlog_log_record_at(log, i));
	}
	if (g->edges.len)
		qsort(g->edges.items, g->edges.len, sizeof(edge), compare_edges);
}

void gl_relgraph_release(gl_relgraph *g)
{
	for (size_t i = 0; i < g->edges.len; i++)
		free(g->edges.items[i].label);
	gl_vec_free(&g->edges);
}

int govlog_graph_write(FILE *f, const govlog_log *log, govlog_graph_format format)
{
	if (format != GOVLOG_GRAPH_DOT && format != GOVLOG_GRAPH_MERMAID)
		return gl_error_set(GOVLOG_EINVALID, "unknown graph format %d", (int)format);
	graph g;
	gl_relgraph_build(&g, log);
	gl_buf out = GL_BUF_INIT;
	if (format == GOVLOG_GRAPH_DOT)
		write_dot(&out, &g);
	else
		write_mermaid(&out, &g);
	int rc = gl_buf_write(&out, f) ? gl_error_set(GOVLOG_EIO, "cannot write the graph") : 0;
	gl_relgraph_release(&g);
	gl_buf_release(&out);
	return rc;
}
