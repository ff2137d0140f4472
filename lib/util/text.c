/* Line index for positions: every diagnostic's line:col comes through here. */
#include "util/text.h"

#include "util/utf8.h"
#include "util/banned.h"

void gl_text_init(gl_text *t, const char *data, size_t len)
{
	t->data = data;
	t->len = len;
	t->line_starts.items = NULL;
	t->line_starts.len = t->line_starts.alloc = 0;
	gl_vec_push(&t->line_starts, (size_t)0);
	for (size_t i = 0; i < len; i++) {
		if (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n')
			i++;
		else if (data[i] != '\n' && data[i] != '\r')
			continue;
		if (i + 1 < len)
			gl_vec_push(&t->line_starts, i + 1);
	}
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
