/* Line index for positions: every diagnostic's line:col comes through here. */
#include "util/text.h"

#include <stdbool.h>
#include <string.h>

#include "util/utf8.h"
#include "util/banned.h"

/* The line starts of a text with "\r" in data[0..limit): byte by byte. */
static void index_any_ends(gl_text *t, size_t limit)
{
	const char *data = t->data;
	size_t len = t->len;
	for (size_t i = 0; i < limit; i++) {
		if (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n')
			i++;
		else if (data[i] != '\n' && data[i] != '\r')
			continue;
		if (i + 1 < len)
			gl_vec_push(&t->line_starts, (uint32_t)(i + 1));
	}
}

/* The line starts of a text without "\r" in data[0..limit): memchr finds each "\n". */
static void index_lf_ends(gl_text *t, size_t limit)
{
	const char *data = t->data, *p = data;
	while ((p = memchr(p, '\n', limit - (size_t)(p - data)))) {
		size_t next = (size_t)(++p - data);
		if (next < t->len)
			gl_vec_push(&t->line_starts, (uint32_t)next);
	}
}

void gl_text_init(gl_text *t, const char *data, size_t len)
{
	size_t limit = len < UINT32_MAX ? len : UINT32_MAX;
	t->data = data;
	t->len = len;
	t->line_starts.items = NULL;
	t->line_starts.len = t->line_starts.alloc = 0;
	gl_vec_push(&t->line_starts, (uint32_t)0);
	/* Nearly every text ends its lines with "\n" alone: one memchr a line. */
	if (!limit)
		return;
	if (memchr(data, '\r', limit))
		index_any_ends(t, limit);
	else
		index_lf_ends(t, limit);
}

void gl_text_release(gl_text *t)
{
	gl_vec_free(&t->line_starts);
}

unsigned gl_text_line_count(const gl_text *t)
{
	return t->len ? (unsigned)t->line_starts.len : 0;
}

size_t gl_text_line_start(const gl_text *t, unsigned line)
{
	if (line < 1 || line > t->line_starts.len)
		return t->len;
	return t->line_starts.items[line - 1];
}

size_t gl_text_line_end(const gl_text *t, unsigned line)
{
	size_t end = line < t->line_starts.len ? t->line_starts.items[line] : t->len;
	size_t start = gl_text_line_start(t, line);
	while (end > start && (t->data[end - 1] == '\n' || t->data[end - 1] == '\r'))
		end--;
	return end;
}

govlog_pos gl_text_pos(const gl_text *t, size_t offset)
{
	size_t lo = 0, hi = t->line_starts.len;
	if (offset > t->len)
		offset = t->len;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->line_starts.items[mid] <= offset)
			lo = mid;
		else
			hi = mid;
	}
	size_t start = t->line_starts.items[lo];
	govlog_pos pos = {(unsigned)lo + 1,
			  (unsigned)gl_utf8_count(t->data + start, offset - start) + 1};
	return pos;
}

size_t gl_text_offset(const gl_text *t, unsigned line, unsigned byte_col)
{
	size_t start = gl_text_line_start(t, line);
	size_t end = gl_text_line_end(t, line);
	size_t off = start + (byte_col ? byte_col - 1 : 0);
	return off > end ? end : off;
}

/* The first occurrence of needle in data[0..len), or NULL. */
static const char *find_bytes(const char *data, size_t len, const char *needle, size_t n)
{
	for (const char *p = data; n && p + n <= data + len; p++) {
		p = memchr(p, needle[0], (size_t)(data + len - p));
		if (!p || p + n > data + len)
			return NULL;
		if (!memcmp(p, needle, n))
			return p;
	}
	return NULL;
}

/* The next occurrence of either marker at or after `at`; *is_begin tells which. */
static const char *next_mark(const char *data, size_t len, size_t at, const char *begin,
			     const char *end, bool *is_begin)
{
	const char *b = find_bytes(data + at, len - at, begin, strlen(begin));
	const char *e = find_bytes(data + at, len - at, end, strlen(end));
	*is_begin = b && (!e || b < e);
	return *is_begin ? b : e;
}

static unsigned line_of(const char *data, const char *at)
{
	unsigned line = 1;
	for (const char *p = data; p < at; p++)
		line += *p == '\n';
	return line;
}

gl_marks gl_text_marked_block(const char *data, size_t len, const char *begin, const char *end,
			      size_t *from, size_t *to, unsigned *line)
{
	bool is_begin, second_begin, third_begin;
	const char *first = next_mark(data, len, 0, begin, end, &is_begin);
	*line = first ? line_of(data, first) : 0;
	if (!first)
		return GL_MARKS_NONE;
	if (!is_begin)
		return GL_MARKS_UNOPENED;
	const char *second = next_mark(data, len, (size_t)(first - data) + strlen(begin), begin,
				       end, &second_begin);
	if (!second)
		return GL_MARKS_UNCLOSED;
	*line = line_of(data, second);
	if (second_begin)
		return GL_MARKS_REPEATED;
	size_t after = (size_t)(second - data) + strlen(end);
	const char *third = next_mark(data, len, after, begin, end, &third_begin);
	if (third) {
		*line = line_of(data, third);
		return third_begin ? GL_MARKS_REPEATED : GL_MARKS_UNOPENED;
	}
	*from = (size_t)(first - data);
	*to = after;
	return GL_MARKS_PAIR;
}

bool gl_html_comment_open_after(const char *s, size_t n, bool open)
{
	for (size_t i = 0; i < n; i++) {
		if (!open && n - i >= 4 && !memcmp(s + i, "<!--", 4)) {
			open = true;
			i += 3;
		} else if (open && n - i >= 3 && !memcmp(s + i, "-->", 3)) {
			open = false;
			i += 2;
		}
	}
	return open;
}

size_t gl_atx_text_len(const char *p, size_t n)
{
	while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
		n--;
	size_t c = n;
	while (c && p[c - 1] == '#')
		c--;
	if (c < n && (!c || p[c - 1] == ' ' || p[c - 1] == '\t'))
		for (n = c; n && (p[n - 1] == ' ' || p[n - 1] == '\t');)
			n--;
	return n;
}
