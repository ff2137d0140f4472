/* Writes a diagnostic list in the format asked for; each format lives in its own file. */
#include "govlog/render.h"

#include "render/render.h"
#include "util/buf.h"
#include "util/banned.h"

int govlog_diag_list_write(FILE *f, const govlog_diag_list *list, govlog_diag_format fmt,
			   size_t files, unsigned flags)
{
	gl_buf out = GL_BUF_INIT;
	if (fmt == GOVLOG_DIAG_JSON)
		gl_render_json(&out, list, files);
	else if (fmt == GOVLOG_DIAG_SARIF)
		gl_render_sarif(&out, list);
	else if (fmt == GOVLOG_DIAG_GITHUB)
		gl_render_github(&out, list);
	else
		gl_render_text(&out, list, flags & GOVLOG_RENDER_COLOR);
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	return rc;
}
