/* Helpers shared by the diagnostic formats: severity levels, messages with hints, commits. */
#include "render/common.h"

#include <string.h>

#include "render/json.h"
#include "util/banned.h"

const char *gl_render_level(govlog_severity s)
{
	return s == GOVLOG_SEVERITY_ERROR ? "error" : "warning";
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

bool gl_render_is_commit(const govlog_diag *d)
{
	return !strncmp(d->path, "commit ", 7);
}
