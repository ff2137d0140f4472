/* Diagnostics as text: path:line:col: severity: message [rule], an indented hint, a summary. */
#include "govlog/render.h"

#include <string.h>
#include "render/render.h"

#include "diag/texts.h"
#include "util/escape.h"
#include "util/banned.h"

static const char *severity_colour(govlog_severity s)
{
	return s == GOVLOG_SEVERITY_ERROR ? "\033[1;31m" : "\033[1;33m";
}

/* The severity word in the message's own language, so no line mixes two. */
static const char *severity_word(const govlog_diag *d)
{
	return gl_lang_text(d->lang, d->severity == GOVLOG_SEVERITY_ERROR ? GL_T_SEVERITY_ERROR
									  : GL_T_SEVERITY_WARNING);
}

void gl_render_text_one(gl_buf *out, const govlog_diag *d, bool colour)
{
	const char *bold = colour ? "\033[1m" : "", *reset = colour ? "\033[0m" : "";
	const char *dim = colour ? "\033[2m" : "";
	/* Paths and messages quote file names and titles: no control character gets through. */
	gl_buf_puts(out, bold);
	gl_esc_texts(out, d->path);
	if (d->pos.line)
		gl_buf_printf(out, ":%u:%u", d->pos.line, d->pos.col);
	gl_buf_printf(out, ":%s %s%s%s: ", reset, colour ? severity_colour(d->severity) : "",
		      severity_word(d), reset);
	gl_esc_texts(out, d->message);
	gl_buf_printf(out, " %s[%s]%s\n", dim, d->rule, reset);
	if (d->hint) {
		/* A hint's own lines (an excerpt, an example) stay; the values in it are escaped.
		 */
		gl_buf_printf(out, "    %s: ", gl_lang_text(d->lang, GL_T_HINT));
		gl_esc_text(out, d->hint, strlen(d->hint), GL_ESC_KEEP_LINES);
		gl_buf_putc(out, '\n');
	}
}

/* "3 errors, 1 warning in 12 records", or "12 records checked, no problems found". */
static void summary(gl_buf *out, const govlog_diag_list *list, const char *what)
{
	govlog_lang lang = govlog_diag_list_lang(list);
	size_t errors = govlog_diag_list_count_severity(list, GOVLOG_SEVERITY_ERROR);
	size_t warnings = govlog_diag_list_count_severity(list, GOVLOG_SEVERITY_WARNING);
	if (!errors && !warnings) {
		gl_lang_printf(out, lang, GL_T_SUMMARY_CLEAN, what);
		gl_buf_putc(out, '\n');
		return;
	}
	gl_buf e = GL_BUF_INIT, w = GL_BUF_INIT;
	gl_lang_printf(&e, lang, errors == 1 ? GL_T_COUNT_ERRORS_ONE : GL_T_COUNT_ERRORS, errors);
	gl_lang_printf(&w, lang, warnings == 1 ? GL_T_COUNT_WARNINGS_ONE : GL_T_COUNT_WARNINGS,
		       warnings);
	gl_lang_printf(out, lang, GL_T_SUMMARY, e.ptr, w.ptr, what);
	gl_buf_putc(out, '\n');
	gl_buf_release(&e);
	gl_buf_release(&w);
}

int govlog_diag_list_write_summary(FILE *f, const govlog_diag_list *list, const char *what)
{
	gl_buf out = GL_BUF_INIT;
	summary(&out, list, what ? what : "");
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	return rc;
}
