/* Metadata values still in a template's marks: MADR 3 and 4's braces, MADR 2's brackets. */
#include <string.h>

#include "record/record_internal.h"
#include "util/ascii.h"
#include "util/utf8.h"
#include "util/banned.h"

static bool has_text(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word);
	for (size_t i = 0; i + n <= len; i++)
		if (!memcmp(s + i, word, n))
			return true;
	return false;
}

/*
 * Whether the text inside the marks is still the template's own: a list of
 * choices ("proposed | rejected | …"), a date mask or an instruction
 * ("list everyone involved in the decision").
 */
static bool is_template_text(const char *s, size_t len)
{
	static const char *const marks[] = {"|", "YYYY", "ÅÅÅÅ", "…", "..."};
	static const char *const openers[] = {"list ", "describe", "beskriv", "angiv", "indsæt"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(marks); i++)
		if (has_text(s, len, marks[i]))
			return true;
	for (size_t i = 0; i < GL_ARRAY_SIZE(openers); i++) {
		size_t n = strlen(openers[i]);
		if (len >= n && gl_utf8_ieq(s, n, openers[i], n))
			return true;
	}
	return false;
}

bool gl_record_line_is_braced(const govlog_record *r, unsigned line, bool template_only)
{
	for (size_t i = 0; i < r->braced.len; i++) {
		const gl_braced *b = &r->braced.items[i];
		if (r->fields.items[b->field].value_pos.line == line &&
		    (b->template_text || !template_only))
			return true;
	}
	return false;
}

bool gl_record_value_in_brackets(const char *v, size_t len)
{
	if (len < 3 || v[0] != '[' || v[len - 1] != ']')
		return false;
	/* "[Ana](url), [Bo]": links, not one value in the template's brackets */
	int depth = 0;
	for (size_t i = 0; i < len; i++) {
		depth += v[i] == '[' ? 1 : v[i] == ']' ? -1 : 0;
		if (!depth && i + 1 < len)
			return false;
	}
	return true;
}

int gl_record_add_wrapped_field(govlog_record *r, const char *key, size_t key_len,
				const char *written, size_t written_len, govlog_pos key_pos,
				govlog_pos value_pos, govlog_meta_style style)
{
	char close = written[0] == '[' ? ']' : '}';
	const char *in = written + 1;
	size_t len = written_len - 1;
	if (len && in[len - 1] == close)
		len--;
	while (len && (*in == ' ' || *in == '\t'))
		in++, len--;
	while (len && (in[len - 1] == ' ' || in[len - 1] == '\t'))
		len--;
	bool template_text = is_template_text(in, len);
	/* "{ 2024-10-07 when the decision was last updated }": the date, not the guidance. */
	if (len > 10 && in[10] == ' ' && gl_isdigit(in[0]) && gl_isdigit(in[3]) && in[4] == '-' &&
	    in[7] == '-' && gl_isdigit(in[9]))
		len = 10;
	int field = gl_record_add_field(r, key, key_len, in, template_text ? 0 : len, key_pos,
					value_pos, style);
	gl_braced b = {field, gl_arena_strndup(&r->arena, written, written_len), template_text,
		       written[0]};
	gl_vec_push(&r->braced, b);
	return field;
}
