/* Diagnostics as text (file:line:col: severity: message [rule]) or JSON; picks the format. */
#include "govlog/render.h"

#include <string.h>

#include "render/json.h"
#include "render/render.h"
#include "util/buf.h"
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

static void json_all(gl_buf *out, const govlog_diag_list *list, size_t files)
{
	size_t n = govlog_diag_list_count(list);
	gl_buf_puts(out, "{\n  \"diagnostics\": [");
	for (size_t i = 0; i < n; i++) {
		const govlog_diag *d = govlog_diag_list_get(list, i);
		gl_buf_puts(out, i ? ",\n    {" : "\n    {");
		gl_buf_puts(out, "\"path\": ");
		gl_json_string(out, d->path);
		gl_buf_printf(out,
			      ", \"line\": %u, \"column\": %u, \"severity\": \"%s\", \"rule\": ",
			      d->pos.line, d->pos.col, govlog_severity_name(d->severity));
		gl_json_string(out, d->rule);
		gl_buf_puts(out, ", \"message\": ");
		gl_json_string(out, d->message);
		gl_buf_puts(out, ", \"hint\": ");
		gl_json_string(out, d->hint);
		gl_buf_putc(out, '}');
	}
	gl_buf_printf(
		out,
		"%s],\n  \"summary\": {\"files\": %zu, \"errors\": %zu, \"warnings\": %zu}\n}\n",
		n ? "\n  " : "", files,
		govlog_diag_list_count_severity(list, GOVLOG_SEVERITY_ERROR),
		govlog_diag_list_count_severity(list, GOVLOG_SEVERITY_WARNING));
}

void gl_render_message_with_hint(gl_buf *out, const govlog_diag *d)
{
	gl_buf text = GL_BUF_INIT;
	gl_buf_puts(&text, d->message);
	if (d->hint)
		gl_buf_printf(&text, "\n%s", d->hint);
	gl_json_string(out, text.ptr);
	gl_buf_release(&text);
}

int govlog_diag_list_write(FILE *f, const govlog_diag_list *list, govlog_diag_format fmt,
			   size_t files, unsigned flags)
{
	gl_buf out = GL_BUF_INIT;
	if (fmt == GOVLOG_DIAG_JSON) {
		json_all(&out, list, files);
	} else if (fmt == GOVLOG_DIAG_SARIF) {
		gl_render_sarif(&out, list);
	} else if (fmt == GOVLOG_DIAG_GITHUB) {
		gl_render_github(&out, list);
	} else {
		for (size_t i = 0; i < govlog_diag_list_count(list); i++)
			text_one(&out, govlog_diag_list_get(list, i), flags & GOVLOG_RENDER_COLOR);
	}
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	return rc;
}

bool gl_render_is_commit(const govlog_diag *d)
{
	return !strncmp(d->path, "commit ", 7);
}
