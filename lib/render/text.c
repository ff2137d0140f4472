/* Diagnostics as text: path:line:col: severity: message [rule], then an indented hint. */
#include "render/render.h"

#include "util/banned.h"

static const char *severity_colour(govlog_severity s)
{
	return s == GOVLOG_SEVERITY_ERROR ? "\033[1;31m" : "\033[1;33m";
}

static void text_one(gl_buf *out, const govlog_diag *d, bool colour)
{
	const char *bold = colour ? "\033[1m" : "", *reset = colour ? "\033[0m" : "";
	const char *dim = colour ? "\033[2m" : "";
	gl_buf_printf(out, "%s%s", bold, d->path);
	if (d->pos.line)
		gl_buf_printf(out, ":%u:%u", d->pos.line, d->pos.col);
	gl_buf_printf(out, ":%s %s%s%s: %s %s[%s]%s\n", reset,
		      colour ? severity_colour(d->severity) : "", govlog_severity_name(d->severity),
		      reset, d->message, dim, d->rule, reset);
	if (d->hint)
		gl_buf_printf(out, "    hint: %s\n", d->hint);
}

void gl_render_text(gl_buf *out, const govlog_diag_list *list, bool colour)
{
	for (size_t i = 0; i < govlog_diag_list_count(list); i++)
		text_one(out, govlog_diag_list_get(list, i), colour);
}
