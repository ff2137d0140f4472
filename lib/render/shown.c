/* Untrusted text for a terminal: what the tool prints from records and arguments. */
#include "govlog/render.h"

#include "util/escape.h"
#include "util/banned.h"

int govlog_text_write_shown(FILE *f, const char *s, size_t len, unsigned flags)
{
	gl_buf out = GL_BUF_INIT;
	gl_esc_text(&out, s, len, (flags & GOVLOG_SHOWN_KEEP_LINES) ? GL_ESC_KEEP_LINES : 0);
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	return rc;
}
