/* JSON string escaping, and the JSON form of a diagnostic list. */
#include "render/json.h"
#include "render/render.h"

#include <string.h>

#include "util/utf8.h"
#include "util/banned.h"

void gl_json_string(gl_buf *out, const char *s)
{
	if (!s) {
		gl_buf_puts(out, "null");
		return;
	}
	gl_buf clean = GL_BUF_INIT;
	gl_utf8_sanitize(&clean, s, strlen(s));
	gl_buf_putc(out, '"');
	for (size_t i = 0; i < clean.len; i++) {
		unsigned char c = (unsigned char)clean.ptr[i];
		switch (c) {
		case '"':
			gl_buf_puts(out, "\\\"");
			break;
		case '\\':
			gl_buf_puts(out, "\\\\");
			break;
		case '\n':
			gl_buf_puts(out, "\\n");
			break;
		case '\r':
			gl_buf_puts(out, "\\r");
			break;
		case '\t':
			gl_buf_puts(out, "\\t");
			break;
		default:
			if (c < 0x20)
				gl_buf_printf(out, "\\u%04x", c);
			else
				gl_buf_putc(out, (char)c);
		}
	}
	gl_buf_putc(out, '"');
	gl_buf_release(&clean);
}

void gl_render_json(gl_buf *out, const govlog_diag_list *list, size_t files)
{
	size_t n = govlog_diag_list_count(list);
	gl_buf_puts(out,
		    "{\n  \"schema\": \"" GL_JSON_SCHEMA_DIAGNOSTICS "\",\n  \"diagnostics\": [");
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
