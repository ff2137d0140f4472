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

/* Appends one segment of a path to out, or takes the last one away for "..". */
static void put_segment(gl_buf *out, const char *s, size_t n)
{
	if (!n || (n == 1 && s[0] == '.'))
		return;
	if (n == 2 && s[0] == '.' && s[1] == '.') {
		size_t at = out->len;
		while (at && out->ptr[at - 1] != '/')
			at--;
		if (at < out->len && strcmp(out->ptr + at, "..")) {
			gl_buf_truncate(out, at ? at - 1 : 0);
			return;
		}
	}
	if (out->len)
		gl_buf_putc(out, '/');
	gl_buf_put(out, s, n);
}

static void put_segments(gl_buf *out, const char *p)
{
	while (*p) {
		size_t n = strcspn(p, "/");
		put_segment(out, p, n);
		p += n + (p[n] == '/');
	}
}

void gl_render_root_path(gl_buf *out, const char *base, const char *path)
{
	if (path[0] == '/') { /* outside the repository: as it is */
		gl_buf_puts(out, path);
		return;
	}
	gl_buf joined = GL_BUF_INIT;
	put_segments(&joined, base);
	put_segments(&joined, path);
	gl_buf_put(out, joined.ptr, joined.len);
	gl_buf_release(&joined);
}
