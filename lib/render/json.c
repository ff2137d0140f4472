/* JSON string escaping, and the JSON forms of diagnostics and records. */
#include "render/json.h"

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
