/*
 * The links of a record's body, where they are written. cmark's inline
 * columns are bytes within the body and wrong for some autolinks, and the
 * links GitHub makes of bare URLs have no position at all: those are found
 * in the text.
 */
#include "record/markdown.h"

#include <string.h>

#include "util/banned.h"

typedef struct link_reader {
	govlog_record *r;
	unsigned line0;    /* file line of the body's first line, minus one */
	cmark_node *block; /* where the last bare URL was found */
	size_t cursor;     /* and the offset just after its start */
} link_reader;

/* Where `what` is written in text[from..to): its offset, or `to` when it is not. */
static size_t find_in(const link_reader *lr, size_t from, size_t to, const char *what)
{
	const char *t = lr->r->text.data;
	size_t n = strlen(what);
	for (size_t i = from; n && i + n <= to; i++)
		if (!memcmp(t + i, what, n))
			return i;
	return to;
}

/*
 * A bare URL, found as written (its text; "www.…" gains "http://" in its
 * URL) in the lines of the block holding it, after the previous one found there.
 */
static govlog_pos autolink_pos(link_reader *lr, cmark_node *link, const char *url, const char *text)
{
	const gl_text *t = &lr->r->text;
	cmark_node *block = cmark_node_parent(link);
	while (block && cmark_node_get_start_line(block) <= 0)
		block = cmark_node_parent(block);
	if (!block)
		return gl_text_pos(t, 0);
	size_t from = gl_text_line_start(t, lr->line0 + (unsigned)cmark_node_get_start_line(block));
	size_t to = gl_text_line_end(t, lr->line0 + (unsigned)cmark_node_get_end_line(block));
	size_t start = from;
	if (lr->block == block && lr->cursor > from && lr->cursor <= to)
		from = lr->cursor;
	size_t at = find_in(lr, from, to, text);
	if (at == to)
		at = find_in(lr, from, to, url);
	if (at == to)
		return gl_text_pos(t, start);
	lr->block = block;
	lr->cursor = at + 1;
	return gl_text_pos(t, at);
}

/* Where a link starts: cmark's column on '[' or '<', else its URL (or text) on its line. */
static govlog_pos link_pos(link_reader *lr, cmark_node *link, const char *url, const char *text)
{
	const gl_text *t = &lr->r->text;
	if (cmark_node_get_start_line(link) <= 0 || cmark_node_get_start_column(link) <= 0)
		return autolink_pos(lr, link, url, text);
	unsigned line = lr->line0 + (unsigned)cmark_node_get_start_line(link);
	size_t at = gl_text_offset(t, line, (unsigned)cmark_node_get_start_column(link));
	if (at < t->len && (t->data[at] == '[' || t->data[at] == '<'))
		return gl_text_pos(t, at);
	size_t from = gl_text_line_start(t, line), to = gl_text_line_end(t, line);
	size_t i = find_in(lr, from, to, url);
	if (i == to) /* "www.…" is written without the "http://" its URL gains */
		i = find_in(lr, from, to, text);
	if (i == to)
		i = from;
	else if (i > from && t->data[i - 1] == '<')
		i--;
	return gl_text_pos(t, i);
}

void gl_md_read_links(govlog_record *r, cmark_node *doc, unsigned line0)
{
	link_reader lr = {r, line0, NULL, 0};
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	gl_buf text = GL_BUF_INIT;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_LINK)
			continue;
		const char *url = cmark_node_get_url(n);
		gl_buf_clear(&text);
		gl_md_plain_text(n, &text);
		gl_link l = {gl_arena_strdup(&r->arena, url ? url : ""),
			     gl_arena_strdup(&r->arena, text.ptr),
			     link_pos(&lr, n, url ? url : "", text.ptr)};
		gl_vec_push(&r->links, l);
	}
	gl_buf_release(&text);
	cmark_iter_free(it);
}
