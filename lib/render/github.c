/* Diagnostics as GitHub Actions workflow commands: one ::error / ::warning line each. */
#include "render/render.h"
#include "render/common.h"

#include "util/banned.h"

/* Escapes for a command's message (%, CR, LF) or, with `property`, also ':' and ','. */
static void escaped(gl_buf *out, const char *s, bool property)
{
	for (; *s; s++) {
		switch (*s) {
		case '%':
			gl_buf_puts(out, "%25");
			break;
		case '\r':
			gl_buf_puts(out, "%0D");
			break;
		case '\n':
			gl_buf_puts(out, "%0A");
			break;
		case ':':
			gl_buf_puts(out, property ? "%3A" : ":");
			break;
		case ',':
			gl_buf_puts(out, property ? "%2C" : ",");
			break;
		default:
			/* Other controls would reach the log's reader raw. */
			if ((unsigned char)*s < 0x20 || *s == 0x7f)
				gl_buf_printf(out, "\\x%02x", (unsigned char)*s);
			else
				gl_buf_putc(out, *s);
		}
	}
}

/* A commit message is no file: its annotation names the commit in its title. */
static void commit_one(gl_buf *out, const govlog_diag *d)
{
	gl_buf_printf(out, "::%s title=", gl_render_level(d->severity));
	escaped(out, d->rule, true);
	gl_buf_puts(out, " in ");
	escaped(out, d->path, true);
	gl_buf_puts(out, "::");
}

void gl_render_github_one(gl_buf *out, const govlog_diag *d, const char *base)
{
	if (gl_render_is_commit(d)) {
		commit_one(out, d);
	} else {
		/* Annotations name files from the repository root, as the runner's checkout has
		 * them. */
		gl_buf path = GL_BUF_INIT;
		gl_render_root_path(&path, base, d->path);
		gl_buf_printf(out, "::%s file=", gl_render_level(d->severity));
		escaped(out, path.ptr, true);
		gl_buf_release(&path);
		if (d->pos.line)
			gl_buf_printf(out, ",line=%u,col=%u", d->pos.line, d->pos.col);
		gl_buf_puts(out, ",title=");
		escaped(out, d->rule, true);
		gl_buf_puts(out, "::");
	}
	escaped(out, d->message, false);
	if (d->hint) {
		gl_buf_puts(out, "%0A");
		escaped(out, d->hint, false);
	}
	gl_buf_putc(out, '\n');
}
