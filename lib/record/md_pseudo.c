/* Lines that stand for headings: a section's name in bold, or alone on a line. */
#include <string.h>

#include "record/md_reader.h"
#include "util/ascii.h"
#include "util/banned.h"

/* A name is a few words, and no sentence: no stop, comma or mark of Markdown in it. */
enum { PLAIN_WORDS_MAX = 3, BOLD_WORDS_MAX = 6, NAME_BYTES_MAX = 60 };

static bool is_name(const char *s, size_t n, unsigned words_max)
{
	unsigned words = 0;
	bool in_word = false;
	if (!n || n > NAME_BYTES_MAX || !(gl_isalpha(s[0]) || (unsigned char)s[0] >= 0x80))
		return false;
	for (size_t i = 0; i < n; i++) {
		if (!s[i] || strchr(".,;:!?()[]{}<>`*_#|=\"", s[i]) || gl_isdigit(s[i]))
			return false;
		bool space = s[i] == ' ' || s[i] == '\t';
		words += !space && !in_word;
		in_word = !space;
	}
	return words <= words_max;
}

/* Strips one colon at the end, and the blanks before it. */
static void drop_colon(const char *s, size_t *n)
{
	if (*n && s[*n - 1] == ':')
		(*n)--;
	while (*n && s[*n - 1] == ' ')
		(*n)--;
}

/* "**Name**", "__Name__", "**Name:**" or "**Name**:": the name inside; false when not. */
static bool bold_name(const char *s, size_t n, const char **name, size_t *len)
{
	drop_colon(s, &n);
	if (n < 5 || !((s[0] == '*' && s[1] == '*') || (s[0] == '_' && s[1] == '_')) ||
	    s[n - 1] != s[0] || s[n - 2] != s[0])
		return false;
	*name = s + 2;
	*len = n - 4;
	drop_colon(*name, len);
	return is_name(*name, *len, BOLD_WORDS_MAX);
}

static void note_line(md_reader *md, span line)
{
	/* most lines of prose are longer than any name: passed over unread */
	if (line.len > NAME_BYTES_MAX + 8)
		return;
	gl_md_trim(md, &line);
	const char *s = gl_md_span_ptr(md, line), *name = s;
	size_t len = line.len;
	bool bold = bold_name(s, line.len, &name, &len);
	if (!bold) {
		drop_colon(s, &len);
		if (!is_name(s, len, PLAIN_WORDS_MAX))
			return;
	}
	gl_pseudo_heading h = {gl_arena_strndup(&md->r->arena, name, len),
			       gl_md_pos_of(md, line.off), bold};
	gl_vec_push(&md->r->pseudo_headings, h);
}

void gl_md_read_pseudo_headings(md_reader *md, cmark_node *para)
{
	unsigned first = gl_md_file_line(md, para);
	unsigned last = md->line0 + (unsigned)cmark_node_get_end_line(para);
	note_line(md, gl_md_first_line(md, para));
	for (unsigned line = first + 1; line <= last; line++)
		note_line(md, gl_md_line_from(md, line, 1));
}
