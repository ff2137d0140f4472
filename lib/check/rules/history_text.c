/* The decision text of a version of a record: its blocks, words, layout and placeholders. */
#include "check/rules/history_text.h"

#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/utf8.h"
#include "util/banned.h"

/* Words that say what was decided: neither a link target nor a reference to a record. */
bool gl_decision_is_content(const gl_word *w)
{
	return !(w->flags & (GL_WORD_LINK | GL_WORD_REF));
}

/* Lower-cased, without surrounding blanks, a trailing ':' or an HTML comment. */
static void normal_heading(gl_buf *out, const char *h)
{
	const char *comment = strstr(h, "<!--");
	size_t len = comment ? (size_t)(comment - h) : strlen(h);
	while (len && (gl_isspace(h[len - 1]) || h[len - 1] == ':'))
		len--;
	while (len && gl_isspace(*h))
		h++, len--;
	gl_utf8_lower(out, h, len);
}

static bool same_heading(const char *x, const char *y)
{
	gl_buf a = GL_BUF_INIT, b = GL_BUF_INIT;
	normal_heading(&a, x);
	normal_heading(&b, y);
	bool same = !strcmp(a.ptr, b.ptr);
	gl_buf_release(&a);
	gl_buf_release(&b);
	return same;
}

/* The status and the links of a record may change: they are not what was decided. */
static bool is_status_or_links(const char *heading)
{
	static const char *const names[] = {
		"status",
		"links",
		"link",
		"henvisninger",
		"referencer",
		"references",
		"related decisions",
		"relaterede beslutninger",
		"see also",
		"se også",
	};
	gl_buf h = GL_BUF_INIT;
	normal_heading(&h, heading);
	const char *rest;
	/* "Status: Accepted" in the heading itself */
	bool found = gl_skip_prefix(h.ptr, "status", &rest) && (*rest == ':' || *rest == ' ');
	for (size_t i = 0; !found && i < GL_ARRAY_SIZE(names); i++)
		found = !strcmp(h.ptr, names[i]);
	gl_buf_release(&h);
	return found;
}

static bool holds_field(const govlog_record *r, size_t start, size_t end)
{
	for (size_t k = 0; k < r->fields.len; k++) {
		size_t at = gl_text_offset(&r->text, r->fields.items[k].key_pos.line, 1);
		if (at >= start && at < end)
			return true;
	}
	return false;
}

/* Where the Markdown starts: after the YAML front matter, if any. */
static size_t body_start(const govlog_record *r)
{
	const gl_text *t = &r->text;
	if (!r->has_frontmatter)
		return 0;
	for (unsigned l = 2; l <= gl_text_line_count(t); l++) {
		size_t s = gl_text_line_start(t, l), e = gl_text_line_end(t, l);
		if (e - s == 3 &&
		    (!memcmp(t->data + s, "---", 3) || !memcmp(t->data + s, "...", 3)))
			return gl_text_line_start(t, l + 1);
	}
	return t->len;
}

static void add_block(gl_decision *s, int section, size_t start, size_t end, bool words)
{
	gl_decision_block b = {section, s->words.items.len, 0, start, end};
	if (words)
		gl_words_read(&s->words, s->r->text.data, start, end, section);
	b.w1 = s->words.items.len;
	gl_vec_push(&s->blocks, b);
}

/* The blocks of decision text (and their words, when asked). */
static void read_blocks(gl_decision *s, const govlog_record *r, bool words)
{
	const gl_text *t = &r->text;
	s->r = r;
	size_t start = body_start(r);
	size_t first =
		r->sections.len ? gl_text_line_start(t, r->sections.items[0].pos.line) : t->len;
	if (r->title && r->title_pos.line && gl_text_line_start(t, r->title_pos.line) >= start)
		start = gl_text_line_start(t, r->title_pos.line + 1);
	if (start < first && !holds_field(r, start, first))
		add_block(s, GL_PREAMBLE, start, first, words);
	for (size_t i = 0; i < r->sections.len; i++) {
		size_t b, e;
		gl_record_section_body(r, i, &b, &e);
		if (!is_status_or_links(r->sections.items[i].heading) && !holds_field(r, b, e))
			add_block(s, (int)i, b, e, words);
	}
}

void gl_decision_read(gl_decision *s, const govlog_record *r, bool words)
{
	read_blocks(s, r, words);
	const char *title = gl_record_bare_title(r);
	if (words)
		gl_words_read(&s->title, title, 0, strlen(title), GL_PREAMBLE);
	s->content = gl_xcalloc(r->sections.len + 1, sizeof(*s->content));
	for (size_t i = 0; i < s->words.items.len; i++)
		if (gl_decision_is_content(&s->words.items.items[i])) {
			s->content[s->words.items.items[i].block + 1]++;
			s->total++;
		}
}

void gl_decision_release(gl_decision *s)
{
	gl_words_release(&s->words);
	gl_words_release(&s->title);
	gl_vec_free(&s->blocks);
	free(s->content);
}

/* The index of the section of `r` with this heading, or -1. */
int gl_decision_find_heading(const govlog_record *r, const char *heading)
{
	for (size_t i = 0; i < r->sections.len; i++)
		if (same_heading(r->sections.items[i].heading, heading))
			return (int)i;
	return -1;
}

/* Appends text[start..end) without CRs, blanks at line ends and blank lines around it. */
void gl_decision_trimmed(gl_buf *out, const char *t, size_t start, size_t end)
{
	size_t from = out->len, line = out->len;
	for (size_t i = start; i < end; i++) {
		if (t[i] == '\r')
			continue;
		if (t[i] == '\n') {
			while (out->len > line &&
			       (out->ptr[out->len - 1] == ' ' || out->ptr[out->len - 1] == '\t'))
				gl_buf_truncate(out, out->len - 1);
			line = out->len + 1;
		}
		if (t[i] != '\n' || out->len > from)
			gl_buf_putc(out, t[i]);
	}
	while (out->len > from && gl_isspace(out->ptr[out->len - 1]))
		gl_buf_truncate(out, out->len - 1);
}

/* The decision text, headings included, as a reader sees its layout. */
void gl_decision_layout(gl_buf *out, const gl_decision *s)
{
	gl_buf_puts(out, gl_record_bare_title(s->r));
	for (size_t k = 0; k < s->blocks.len; k++) {
		const gl_decision_block *b = &s->blocks.items[k];
		if (b->section >= 0)
			gl_buf_printf(out, "\n#%s\n", s->r->sections.items[b->section].heading);
		gl_decision_trimmed(out, s->r->text.data, b->start, b->end);
	}
}

bool gl_edit_same_text(const govlog_record *a, const govlog_record *b)
{
	gl_decision x = {0}, y = {0};
	gl_buf p = GL_BUF_INIT, q = GL_BUF_INIT;
	gl_decision_read(&x, a, false);
	gl_decision_read(&y, b, false);
	gl_decision_layout(&p, &x);
	gl_decision_layout(&q, &y);
	bool same = p.len == q.len && !memcmp(p.ptr, q.ptr, p.len);
	gl_buf_release(&p);
	gl_buf_release(&q);
	gl_decision_release(&x);
	gl_decision_release(&y);
	return same;
}

/* Non-blank bytes of one line, and those inside placeholders: {…} and […] that
 * are no link ("[text](url)", "[text][ref]", "[ref]: url") and no task box. */
static void count_line(const char *t, size_t start, size_t end, size_t *inside, size_t *all)
{
	for (size_t i = start; i < end; i++) {
		if (gl_isspace(t[i]))
			continue;
		++*all;
		char close = t[i] == '{' ? '}' : t[i] == '[' ? ']' : 0;
		const char *stop = close ? memchr(t + i, close, end - i) : NULL;
		if (!stop || stop - (t + i) < 3)
			continue;
		size_t after = (size_t)(stop - t) + 1;
		if (close == ']' && after < end &&
		    (t[after] == '(' || t[after] == '[' || t[after] == ':'))
			continue;
		for (size_t k = i + 1; k < after; k++)
			if (!gl_isspace(t[k]))
				++*inside, ++*all;
		i = after - 1;
	}
}

/* The same over t[start..end), line by line, fenced code left out. */
static void count_placeholders(const char *t, size_t start, size_t end, size_t *inside, size_t *all)
{
	bool code = false;
	for (size_t i = start; i < end;) {
		const char *nl = memchr(t + i, '\n', end - i);
		size_t e = nl ? (size_t)(nl - t) : end, k = i;
		while (k < e && (t[k] == ' ' || t[k] == '\t'))
			k++;
		if (e - k >= 3 && (!memcmp(t + k, "```", 3) || !memcmp(t + k, "~~~", 3)))
			code = !code;
		else if (!code)
			count_line(t, i, e, inside, all);
		i = e + 1;
	}
}

bool gl_edit_is_template(const govlog_record *r)
{
	const char *title = r->title ? r->title : "";
	size_t n = strlen(title);
	if (n > 2 &&
	    ((title[0] == '{' && title[n - 1] == '}') || (title[0] == '[' && title[n - 1] == ']')))
		return true;
	gl_decision s = {0};
	size_t inside = 0, all = 0;
	gl_decision_read(&s, r, false);
	for (size_t k = 0; k < s.blocks.len; k++)
		count_placeholders(r->text.data, s.blocks.items[k].start, s.blocks.items[k].end,
				   &inside, &all);
	gl_decision_release(&s);
	return all && inside * 4 >= all;
}
