/* Escaping for terminals, Markdown and CSV: what text output can never be turned into. */
#include "util/escape.h"

#include <string.h>
#include <strings.h>

#include "util/ascii.h"
#include "util/utf8.h"
#include "util/banned.h"

/* Code points a terminal or a reader's eye may take as a command, not as text. */
static bool is_control(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) ||
	       (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/* "\n", "\x1b" or "\u202e": how a control character is shown. */
static void control_escape(gl_buf *out, uint32_t cp)
{
	if (cp == '\n')
		gl_buf_puts(out, "\\n");
	else if (cp == '\r')
		gl_buf_puts(out, "\\r");
	else if (cp == '\t')
		gl_buf_puts(out, "\\t");
	else if (cp < 0x80)
		gl_buf_printf(out, "\\x%02x", (unsigned)cp);
	else
		gl_buf_printf(out, "\\u%04x", (unsigned)cp);
}

void gl_esc_text(gl_buf *out, const char *s, size_t len, unsigned flags)
{
	size_t i = 0;
	while (i < len) {
		size_t start = i;
		/* Runs of plain ASCII are copied at once: the common case. */
		while (i < len && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f)
			i++;
		gl_buf_put(out, s + start, i - start);
		if (i >= len)
			break;
		uint32_t cp;
		bool valid;
		size_t n = gl_utf8_decode(s + i, len - i, &cp, &valid);
		bool keep = (flags & GL_ESC_KEEP_LINES) && (cp == '\n' || cp == '\t');
		if (!valid)
			gl_utf8_encode(out, GL_UTF8_REPLACEMENT);
		else if (is_control(cp) && !keep)
			control_escape(out, cp);
		else
			gl_buf_put(out, s + i, n);
		i += n;
	}
}

void gl_esc_texts(gl_buf *out, const char *s)
{
	if (s)
		gl_esc_text(out, s, strlen(s), 0);
}

/* The ASCII characters Markdown gives a meaning to anywhere in a line: escaped. */
static const char md_special[] = "\\`*_[]<>|~";

/* A printable ASCII byte that Markdown shows as itself (a '#' is, but at a block's start). */
static bool md_plain(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && !strchr(md_special, c);
}

void gl_md_text(gl_buf *out, const char *s)
{
	size_t len = s ? strlen(s) : 0, i = 0;
	while (i < len) {
		/* A run of plain bytes is copied at once: most of a changelog is such runs. */
		size_t plain = i;
		while (plain < len && md_plain((unsigned char)s[plain]) && (plain || s[0] != '#'))
			plain++;
		if (plain > i) {
			gl_buf_put(out, s + i, plain - i);
			i = plain;
			continue;
		}
		uint32_t cp;
		bool valid;
		size_t n = gl_utf8_decode(s + i, len - i, &cp, &valid);
		if (!valid) {
			gl_utf8_encode(out, GL_UTF8_REPLACEMENT);
		} else if (cp == '\n' || cp == '\r' || cp == '\t') {
			gl_buf_putc(out, ' ');
		} else if (is_control(cp)) {
			gl_buf_putc(out, '\\'); /* "\\x1b": Markdown shows the backslash */
			control_escape(out, cp);
		} else {
			/* "# " makes a heading where a block starts: "- # x"; "#12" is text. */
			bool heading = !i && cp == '#' && (s[1] == ' ' || s[1] == '\t' || !s[1]);
			if (cp < 0x80 && (strchr(md_special, (int)cp) || heading))
				gl_buf_putc(out, '\\');
			gl_buf_put(out, s + i, n);
		}
		i += n;
	}
}

void gl_html_text(gl_buf *out, const char *s)
{
	static const char *const refs[] = {['&'] = "&amp;",
					   ['<'] = "&lt;",
					   ['>'] = "&gt;",
					   ['"'] = "&quot;",
					   ['\''] = "&#39;"};
	size_t len = s ? strlen(s) : 0, i = 0;
	while (i < len) {
		uint32_t cp;
		bool valid;
		size_t n = gl_utf8_decode(s + i, len - i, &cp, &valid);
		if (!valid)
			gl_utf8_encode(out, GL_UTF8_REPLACEMENT);
		else if (cp == '\n' || cp == '\r' || cp == '\t')
			gl_buf_putc(out, ' ');
		else if (cp < GL_ARRAY_SIZE(refs) && refs[cp])
			gl_buf_puts(out, refs[cp]);
		else if (!is_control(cp))
			gl_buf_put(out, s + i, n);
		i += n;
	}
}

/* "http:", "https:" or no scheme at all (a path, a fragment, a query). */
static bool allowed_target(const char *url)
{
	size_t i = 0;
	while ((url[i] >= 'a' && url[i] <= 'z') || (url[i] >= 'A' && url[i] <= 'Z') ||
	       (i && ((url[i] >= '0' && url[i] <= '9') || (url[i] && strchr("+.-", url[i])))))
		i++;
	if (!i || url[i] != ':')
		return !strchr(url, ':') || strcspn(url, "/?#") < strcspn(url, ":");
	return (i == 4 && !strncasecmp(url, "http", 4)) ||
	       (i == 5 && !strncasecmp(url, "https", 5));
}

bool gl_md_link_target(gl_buf *out, const char *url)
{
	if (!url || !allowed_target(url))
		return false;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
		if (*p <= 0x20 || *p == 0x7f || strchr("()<>\"\\`", *p))
			gl_buf_printf(out, "%%%02X", *p);
		else if (*p == '&') /* "&#58;" would be read as the ':' of a scheme */
			gl_buf_puts(out, "\\&");
		else
			gl_buf_putc(out, (char)*p);
	}
	return true;
}

void gl_md_link(gl_buf *out, const char *text, const char *url)
{
	gl_buf target = GL_BUF_INIT;
	if (gl_md_link_target(&target, url)) {
		gl_buf_putc(out, '[');
		gl_md_text(out, text);
		gl_buf_printf(out, "](%s)", target.ptr);
	} else {
		gl_md_text(out, text);
	}
	gl_buf_release(&target);
}

void gl_csv_cell(gl_buf *out, const char *s)
{
	bool formula = s[0] && strchr("=+-@\t\r", s[0]);
	bool quote = formula || strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		gl_buf_putc(out, '"');
	if (formula)
		gl_buf_putc(out, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			gl_buf_putc(out, '"');
		gl_buf_putc(out, *p);
	}
	if (quote)
		gl_buf_putc(out, '"');
}
