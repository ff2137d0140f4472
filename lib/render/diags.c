/* Writes a diagnostic list in the format asked for; each format lives in its own file. */
#include "govlog/render.h"

#include "diag/diag.h"
#include "render/render.h"
#include "util/buf.h"
#include "util/banned.h"

/* The line formats are written as they go: a million findings need no buffer of them all. */
static int write_lines(FILE *f, const govlog_diag_list *list, govlog_diag_format fmt,
		       unsigned flags)
{
	gl_buf out = GL_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; i < govlog_diag_list_count(list); i++) {
		const govlog_diag *d = govlog_diag_list_get(list, i);
		if (fmt == GOVLOG_DIAG_GITHUB)
			gl_render_github_one(&out, d, gl_diag_list_base(list));
		else
			gl_render_text_one(&out, d, flags & GOVLOG_RENDER_COLOR);
		if (out.len >= 65536) {
			rc = rc ? rc : gl_buf_write(&out, f);
			gl_buf_clear(&out);
		}
	}
	rc = rc ? rc : gl_buf_write(&out, f);
	gl_buf_release(&out);
	return rc == 0 ? 0 : GOVLOG_EIO;
}

int govlog_diag_list_write(FILE *f, const govlog_diag_list *list, govlog_diag_format fmt,
			   size_t files, unsigned flags)
{
	if (fmt == GOVLOG_DIAG_TEXT || fmt == GOVLOG_DIAG_GITHUB)
		return write_lines(f, list, fmt, flags);
	gl_buf out = GL_BUF_INIT;
	if (fmt == GOVLOG_DIAG_JSON)
		gl_render_json(&out, list, files);
	else if (fmt == GOVLOG_DIAG_CODECLIMATE)
		gl_render_codeclimate(&out, list, gl_diag_list_base(list));
	else
		gl_render_sarif(&out, list);
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	return rc;
}
