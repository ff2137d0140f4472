/* Encoding values for the place they go in a record: YAML scalars and Markdown inline text. */
#include "author/encode.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "diag/texts.h"
#include "util/ascii.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/banned.h"

static bool is_refused(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
	       cp == 0xFFFE || cp == 0xFFFF;
}

int gl_encode_check(const char *value, const char *what, govlog_lang lang)
{
	size_t len = value ? strlen(value) : 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		bool valid;
		size_t n = gl_utf8_decode(value + i, len - i, &cp, &valid);
		gl_buf msg = GL_BUF_INIT;
		if (!valid)
			gl_lang_printf(&msg, lang, GL_T_VALUE_UTF8, what, i + 1);
		else if (is_refused(cp))
			gl_lang_printf(&msg, lang, GL_T_VALUE_CONTROL, what, (unsigned)cp, i + 1);
		if (msg.len) {
			int rc = gl_error_set(GOVLOG_EINVALID, "%s", msg.ptr);
			gl_buf_release(&msg);
			return rc;
		}
		i += n;
	}
	return 0;
}

/* Words YAML 1.1 (PyYAML, Psych) or 1.2 reads as null or a boolean, compared without case. */
static bool is_keyword(const char *s)
{
	static const char *const words[] = {"null", "~",   "true", "false", "yes", "no",
					    "on",   "off", "y",    "n",     "<<",  "="};
	for (size_t i = 0; i < GL_ARRAY_SIZE(words); i++)
		if (!strcasecmp(s, words[i]))
			return true;
	return false;
}

/*
 * Whether a plain scalar reads back as this string: no indicator first, no
 * "': '" or "' #'" inside, nothing a YAML 1.1 reader takes for a number, a
 * date or a keyword (so anything starting with a digit, '.' or '+' is quoted).
 */
static bool plain_ok(const char *s, bool flow)
{
	size_t len = strlen(s);
	if (!len || is_keyword(s) || strchr("-?:,[]{}#&*!|>'\"%@`.+ ", s[0]) || gl_isdigit(s[0]))
		return false;
	if (s[len - 1] == ' ' || s[len - 1] == ':')
		return false;
	if (strstr(s, ": ") || strstr(s, " #") || (flow && strpbrk(s, ",[]{}:#")))
		return false;
	return !strstr(s, "\xEF\xBB\xBF"); /* U+FEFF, which a reader may skip */
}

/* Double quotes: '\' and '"' escaped; a leading '{' too, so it is no template's braces. */
static void put_double(gl_buf *out, const char *s)
{
	gl_buf_putc(out, '"');
	for (const char *p = s; *p; p++) {
		if (*p == '"' || *p == '\\')
			gl_buf_putc(out, '\\');
		if (p == s && *p == '{')
			gl_buf_puts(out, "\\x7B");
		else if (!strncmp(p, "\xEF\xBB\xBF", 3))
			gl_buf_puts(out, "\\uFEFF"), p += 2;
		else
			gl_buf_putc(out, *p);
	}
	gl_buf_putc(out, '"');
}

void gl_encode_yaml(gl_buf *out, const char *value, bool flow)
{
	const char *s = value ? value : "";
	if (plain_ok(s, flow)) {
		gl_buf_puts(out, s);
		return;
	}
	bool needs_double = s[0] == '{' || strstr(s, "\xEF\xBB\xBF");
	if (needs_double || (strchr(s, '\'') && !strpbrk(s, "\"\\"))) {
		put_double(out, s);
		return;
	}
	gl_buf_putc(out, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '\'')
			gl_buf_putc(out, '\'');
		gl_buf_putc(out, *p);
	}
	gl_buf_putc(out, '\'');
}

/* The end of a quoted scalar opened at s[0]; len when it does not close on the line. */
static size_t quoted_end(const char *s, size_t len)
{
	for (size_t i = 1; i < len; i++) {
		if (s[0] == '"' && s[i] == '\\')
			i++;
		else if (s[i] == s[0] && s[0] == '\'' && i + 1 < len && s[i + 1] == '\'')
			i++;
		else if (s[i] == s[0])
			return i + 1;
	}
	return len;
}

size_t gl_encode_yaml_end(const char *s, size_t len)
{
	size_t end = len;
	if (len && (s[0] == '"' || s[0] == '\'')) {
		end = quoted_end(s, len);
	} else if (len && s[0] == '[') {
		size_t depth = 0;
		for (size_t i = 0; i < len; i++) {
			if (s[i] == '"' || s[i] == '\'')
				i += quoted_end(s + i, len - i) - 1;
			else if (s[i] == '[')
				depth++;
			else if (s[i] == ']' && !--depth)
				return i + 1;
		}
	} else {
		for (size_t i = 0; i + 1 < len; i++)
			if ((s[i] == ' ' || s[i] == '\t') && s[i + 1] == '#') {
				end = i;
				break;
			}
	}
	while (end && (s[end - 1] == ' ' || s[end - 1] == '\t'))
		end--;
	return end;
}

/* Whether '&' at s[i] could start an entity ("&amp;", "&#38;"), which Markdown would decode. */
static bool entity_at(const char *s, size_t i)
{
	size_t k = i + 1;
	if (s[k] == '#')
		k++;
	while (gl_isalnum(s[k]))
		k++;
	return k > i + 1 && s[k] == ';';
}

/* Whether the '_' at s[i] sits inside a word, where it can neither open nor close emphasis. */
static bool inner_underscore(const char *s, size_t i)
{
	return i && gl_isalnum(s[i - 1]) && gl_isalnum(s[i + 1]);
}

/* Whether s[i] starts the closing '#' run of an ATX heading ("C #" reads as "C"). */
static bool closing_hashes(const char *s, size_t i)
{
	if (s[i] != '#' || (i && s[i - 1] != ' ' && s[i - 1] != '\t'))
		return false;
	while (s[i] == '#')
		i++;
	while (s[i] == ' ' || s[i] == '\t')
		i++;
	return !s[i];
}

/*
 * "- x", "+ x", "> x", "# x", "1. x", "1) x": the marks that would start a block.
 * CommonMark's ordered list numbers have at most nine digits.
 */
static size_t line_start_mark(const char *s)
{
	size_t digits = 0;
	while (gl_isdigit(s[digits]) && digits < 9)
		digits++;
	if (digits && (s[digits] == '.' || s[digits] == ')'))
		return digits + 1;
	return !digits && s[0] && strchr("-+>#=", s[0]) ? 1 : 0;
}

void gl_encode_md(gl_buf *out, const char *value, unsigned flags)
{
	const char *s = value ? value : "";
	size_t mark = flags & GL_MD_LINE_START ? line_start_mark(s) : 0;
	for (size_t i = 0; s[i]; i++) {
		char c = s[i];
		bool esc = strchr("\\`*[]<|~", c) != NULL;
		esc = esc || (c == '_' && !inner_underscore(s, i));
		esc = esc || (c == '&' && entity_at(s, i));
		esc = esc || (mark && i == mark - 1);
		esc = esc || ((flags & GL_MD_HEADING) && closing_hashes(s, i));
		if (esc)
			gl_buf_putc(out, '\\');
		gl_buf_putc(out, c);
	}
}

void gl_encode_note(gl_buf *out, const char *note)
{
	if (!note || !*note)
		return;
	gl_buf_puts(out, strchr(":-,;.", note[0]) ? " - " : " ");
	gl_buf_puts(out, note);
}

void gl_encode_md_link(gl_buf *out, const char *text, const char *target)
{
	gl_buf_putc(out, '[');
	gl_encode_md(out, text, 0);
	gl_buf_printf(out, strpbrk(target, " ()<>") ? "](<%s>)" : "](%s)", target);
}
