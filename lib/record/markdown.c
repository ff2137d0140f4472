/*
 * The Markdown body with cmark-gfm, read as GitHub shows it: the title, the
 * sections, the links (bare URLs too), and where the metadata written as
 * Markdown stands (md_meta.c reads it). cmark gives the block structure and
 * line numbers; positions come from the raw lines, so they are exact.
 */
#include "record/parse.h"

#include <string.h>

#include "record/markdown.h"
#include "record/md_reader.h"
#include "record/parts.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/text.h"
#include "util/banned.h"

const char *gl_md_span_ptr(const md_reader *md, span s)
{
	return md->r->text.data + s.off;
}

void gl_md_plain_text(cmark_node *node, gl_buf *out)
{
	cmark_iter *it = cmark_iter_new(node);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if (ev != CMARK_EVENT_ENTER)
			continue;
		cmark_node *n = cmark_iter_get_node(it);
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			gl_buf_puts(out, cmark_node_get_literal(n));
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			gl_buf_putc(out, ' ');
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
}

unsigned gl_md_file_line(const md_reader *md, cmark_node *n)
{
	return md->line0 + (unsigned)cmark_node_get_start_line(n);
}

/* Line `line` of the file from byte column `col` (1-based) to its end. */
span gl_md_line_from(const md_reader *md, unsigned line, unsigned col)
{
	size_t s = gl_text_offset(&md->r->text, line, col);
	span sp = {s, gl_text_line_end(&md->r->text, line) - s};
	return sp;
}

/* The first line of a block's content. */
span gl_md_first_line(const md_reader *md, cmark_node *n)
{
	return gl_md_line_from(md, gl_md_file_line(md, n),
			       (unsigned)cmark_node_get_start_column(n));
}

void gl_md_trim(const md_reader *md, span *s)
{
	const char *p = gl_md_span_ptr(md, *s);
	while (s->len && (*p == ' ' || *p == '\t')) {
		p++;
		s->off++;
		s->len--;
	}
	while (s->len && (p[s->len - 1] == ' ' || p[s->len - 1] == '\t'))
		s->len--;
}

govlog_pos gl_md_pos_of(const md_reader *md, size_t off)
{
	return gl_text_pos(&md->r->text, off);
}

/* Whether a heading's text names the field `name` ("Status", "Dato:"). */
static bool heading_names(const char *text, const char *name)
{
	const char *canon = gl_vocab_heading_field(text);
	return canon && !strcmp(canon, name);
}

static bool is_status_heading(const char *text)
{
	return heading_names(text, "status");
}

/* "[SDR] …" → "SDR"; "ADR 001 - …" → ("ADR", 1); "1. …" → (NULL, 1). */
static void read_title_markers(govlog_record *r, const char *t)
{
	size_t n = 0;
	if (t[0] == '[') {
		while (n < 6 && t[1 + n] >= 'A' && t[1 + n] <= 'Z')
			n++;
		if (n >= 2 && t[1 + n] == ']')
			r->title_type_code = gl_arena_strndup(&r->arena, t + 1, n);
		return;
	}
	while (n < 6 && t[n] >= 'A' && t[n] <= 'Z')
		n++;
	size_t i = n;
	if (n && (t[i] == ' ' || t[i] == '-'))
		i++;
	if (n && i == n)
		return;
	size_t digits = 0;
	unsigned long v = 0;
	while (digits < 6 && t[i + digits] >= '0' && t[i + digits] <= '9')
		v = v * 10 + (unsigned long)(t[i + digits++] - '0');
	char after = t[i + digits];
	if (!digits || (after != '.' && after != ' ' && after != ':' && after != '-'))
		return;
	r->title_id_number = v;
	if (n)
		r->title_id_letters = gl_arena_strndup(&r->arena, t, n);
}

/* The bytes of an ATX heading line before its text: the indent, the '#' marks and the spaces. */
static size_t heading_marks(const char *p, const char *end)
{
	const char *q = p;
	while (q < end && *q == ' ')
		q++;
	while (q < end && *q == '#')
		q++;
	while (q < end && (*q == ' ' || *q == '\t'))
		q++;
	return (size_t)(q - p);
}

/* Where a heading's text begins: after the indent, the '#' marks and the spaces. */
static size_t heading_text_off(const md_reader *md, cmark_node *node)
{
	span line = gl_md_first_line(md, node);
	const char *p = gl_md_span_ptr(md, line);
	size_t marks = heading_marks(p, p + line.len);
	return line.off + (marks < line.len ? marks : 0);
}

/* "## Status: Accepted": the heading's line after its marks, read as a field. */
static bool read_heading_field(md_reader *md, cmark_node *node)
{
	span line = gl_md_first_line(md, node);
	size_t at = heading_text_off(md, node) - line.off;
	span text = {line.off + at, line.len - at};
	text.len = gl_atx_text_len(gl_md_span_ptr(md, text), text.len); /* "Status: Accepted ##" */
	return gl_md_read_heading_field(md, text);
}

static void read_heading(md_reader *md, cmark_node *node)
{
	gl_buf text = GL_BUF_INIT;
	gl_md_plain_text(node, &text);
	int level = cmark_node_get_heading_level(node);
	govlog_pos pos = gl_md_pos_of(md, gl_md_first_line(md, node).off);
	govlog_record *r = md->r;
	if (level == 1 && !r->title) {
		const char *t = text.ptr;
		while (*t == ' ')
			t++;
		r->title = gl_arena_strdup(&r->arena, t);
		r->title_pos = gl_md_pos_of(md, heading_text_off(md, node));
		read_title_markers(r, r->title);
	} else if (read_heading_field(md, node)) {
		md->in_status = md->in_date = false; /* a field of its own, no section */
	} else {
		govlog_section s = {gl_arena_strdup(&r->arena, text.ptr), level, pos, true};
		gl_vec_push(&r->sections, s);
		md->sections_seen++;
		md->section_has_content = false;
		md->in_status = is_status_heading(text.ptr);
		md->in_date = heading_names(text.ptr, "date");
	}
	gl_buf_release(&text);
}

/*
 * Where metadata may stand: under the title, and in the first section
 * ("## Beskrivelse af beslutningen") at its top or, as a block of keys, after
 * its opening text.
 */
typedef enum head_place { HEAD_NONE, HEAD_OPEN, HEAD_KEYS_ONLY } head_place;

static head_place in_head(const md_reader *md)
{
	if (md->sections_seen == 0)
		return HEAD_OPEN;
	if (md->sections_seen != 1 || md->meta_found)
		return HEAD_NONE;
	if (!md->section_has_content)
		return HEAD_OPEN;
	/* Front matter holds the metadata already: a list in the text is text. */
	return md->r->fields.len ? HEAD_NONE : HEAD_KEYS_ONLY;
}

/*
 * "Supersedes [ADR-0003](…)" / "Superseded by …" opening a line of text
 * outside the Status section: log4brains writes them as a "## Links" list,
 * others as a line under the title or in a quote.
 */
static void read_relation_lines(md_reader *md, cmark_node *para)
{
	unsigned first = gl_md_file_line(md, para);
	unsigned last = md->line0 + (unsigned)cmark_node_get_end_line(para);
	for (unsigned line = first; line <= last; line++) {
		span s = line == first ? gl_md_first_line(md, para) : gl_md_line_from(md, line, 1);
		const char *p = gl_md_span_ptr(md, s);
		while (s.len && strchr(" \t>*_", *p))
			p++, s.off++, s.len--;
		gl_md_trim(md, &s);
		if (s.len)
			gl_record_add_relations(md->r, gl_md_span_ptr(md, s), s.len,
						gl_md_pos_of(md, s.off), false);
	}
}

static void read_relations(md_reader *md, cmark_node *node)
{
	if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH) {
		read_relation_lines(md, node);
		return;
	}
	cmark_iter *it = cmark_iter_new(node);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH)
			read_relation_lines(md, n);
	}
	cmark_iter_free(it);
}

/* The current section's heading text, the key of a field it holds. */
static span heading_key(const md_reader *md)
{
	const govlog_section *s = &md->r->sections.items[md->r->sections.len - 1];
	span key = gl_md_line_from(md, s->pos.line, 1);
	const char *p = gl_md_span_ptr(md, key);
	size_t marks = heading_marks(p, p + key.len);
	key.off += marks;
	key.len -= marks;
	gl_md_trim(md, &key);
	return key;
}

static void read_block(md_reader *md, cmark_node *node)
{
	cmark_node_type type = cmark_node_get_type(node);
	if (type == CMARK_NODE_HEADING) {
		read_heading(md, node);
		return;
	}
	if (type == CMARK_NODE_HTML_BLOCK)
		return; /* comments do not make a section non-empty */
	if (type == CMARK_NODE_PARAGRAPH && !md->in_status && !md->in_date)
		gl_md_read_pseudo_headings(md, node);
	if (md->in_status) {
		gl_md_read_status_block(md, node, heading_key(md));
	} else if (md->in_date) {
		gl_md_read_date_block(md, node, heading_key(md));
	} else if (in_head(md) != HEAD_NONE) {
		bool keys_only = in_head(md) == HEAD_KEYS_ONLY;
		if (type == CMARK_NODE_PARAGRAPH)
			gl_md_read_key_lines(md, node, keys_only);
		else if (type == CMARK_NODE_LIST)
			gl_md_read_bullets(md, node, keys_only);
	}
	/* The Status section's paragraphs give fields; its lists ("- Supersedes [3. …]") links. */
	if (!md->in_status || type == CMARK_NODE_LIST)
		read_relations(md, node);
	if (md->r->sections.len)
		md->r->sections.items[md->r->sections.len - 1].empty = false;
	md->section_has_content = true;
}

/*
 * The code blocks at any depth (indented, fenced, inside list items and
 * quotes): lines the rules that read prose pass over.
 */
static void read_code_lines(md_reader *md, cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_CODE_BLOCK)
			continue;
		gl_lines l = {gl_md_file_line(md, n),
			      md->line0 + (unsigned)cmark_node_get_end_line(n)};
		gl_vec_push(&md->r->code, l);
	}
	cmark_iter_free(it);
}

/* One part of the body, from a line start: its blocks in order, then its links. */
static void read_part(md_reader *md, size_t off, size_t len)
{
	md->line0 = gl_text_pos(&md->r->text, off).line - 1;
	cmark_node *doc = gl_md_parse(md->r->text.data + off, len, !md->r->invalid_utf8);
	for (cmark_node *n = cmark_node_first_child(doc); n; n = cmark_node_next(n))
		read_block(md, n);
	read_code_lines(md, doc);
	gl_md_read_links(md->r, doc, md->line0);
	gl_md_free(doc);
}

/*
 * A record without a level-1 heading takes its title from the front matter's
 * `title:`, as Jekyll pages (just-the-docs) and some MADR logs write it.
 */
static void title_from_field(govlog_record *r)
{
	const govlog_field *f = govlog_record_field(r, "title");
	if (r->title || !f || !f->value)
		return;
	const char *t = f->value;
	while (*t == ' ' || *t == '\t')
		t++;
	r->title = gl_arena_strdup(&r->arena, t);
	r->title_pos = f->value_pos;
	read_title_markers(r, r->title);
}

/*
 * A record without a level-1 heading whose first heading opens the body and
 * is above every other ("## Title" over "### Context …", as logs that a site
 * gives its own level-1 heading write them) takes that heading as its title.
 */
static void title_from_top_heading(govlog_record *r, size_t body_off)
{
	if (r->title || !r->sections.len)
		return;
	const govlog_section *top = &r->sections.items[0];
	for (size_t i = 1; i < r->sections.len; i++)
		if (r->sections.items[i].level <= top->level)
			return;
	size_t at = gl_text_line_start(&r->text, top->pos.line);
	for (size_t k = body_off; k < at; k++)
		if (!strchr(" \t\r\n", r->text.data[k]))
			return;
	const char *line = r->text.data + at;
	size_t marks =
		heading_marks(line, r->text.data + gl_text_line_end(&r->text, top->pos.line));
	r->title = top->heading;
	r->title_pos = (govlog_pos){top->pos.line, top->pos.col + (unsigned)marks};
	read_title_markers(r, r->title);
	memmove(r->sections.items, r->sections.items + 1,
		(r->sections.len - 1) * sizeof(r->sections.items[0]));
	r->sections.len--;
}

/* A long body is read in parts (record/parts.h): cmark's tree is never the whole record's. */
void gl_markdown_read(govlog_record *r, size_t body_off)
{
	md_reader md = {.r = r};
	size_t len = r->text.len - body_off, from = 0;
	gl_offsets cuts = {0};
	gl_md_cuts(r->text.data + body_off, len, &cuts);
	for (size_t i = 0; i <= cuts.len; i++) {
		size_t to = i < cuts.len ? cuts.items[i] : len;
		read_part(&md, body_off + from, to - from);
		from = to;
	}
	gl_vec_free(&cuts);
	title_from_field(r);
	title_from_top_heading(r, body_off);
}
