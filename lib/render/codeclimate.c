/* Diagnostics as a Code Climate report, the format of GitLab's Code Quality widget. */
#include "render/render.h"

#include <inttypes.h>
#include <stdint.h>
#include <string.h>

#include "render/common.h"
#include "render/json.h"
#include "util/banned.h"

/*
 * GitLab tells findings apart by their fingerprint: the same finding in two
 * pipelines must get the same one, two findings different ones. FNV-1a over
 * what makes a finding: its rule, file, line and message.
 */
static uint64_t fnv1a(uint64_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211u;
	}
	return h ^ 0xff; /* a separator, so "ab"+"c" and "a"+"bc" differ */
}

static void fingerprint(gl_buf *out, const govlog_diag *d, const char *path)
{
	char line[16];
	snprintf(line, sizeof(line), "%u:%u", d->pos.line, d->pos.col);
	uint64_t h = 14695981039346656037u;
	h = fnv1a(h, d->rule);
	h = fnv1a(h, path);
	h = fnv1a(h, line);
	h = fnv1a(h, d->message);
	gl_buf_printf(out, "\"%016" PRIx64 "\"", h);
}

static void one(gl_buf *out, const govlog_diag *d, const char *base)
{
	bool commit = gl_render_is_commit(d);
	gl_buf path = GL_BUF_INIT, text = GL_BUF_INIT;
	/* A commit message is no file: the report names the repository and the commit. */
	if (commit)
		gl_buf_puts(&path, ".");
	else
		gl_render_root_path(&path, base, d->path);
	if (commit)
		gl_buf_printf(&text, "%s: ", d->path);
	gl_buf_puts(&text, d->message);
	gl_buf_puts(out, "{\"type\": \"issue\", \"check_name\": ");
	gl_json_string(out, d->rule);
	gl_buf_puts(out, ", \"description\": ");
	gl_json_string(out, text.ptr);
	gl_buf_puts(out, ", \"categories\": [\"Style\"], \"severity\": ");
	gl_buf_puts(out, d->severity == GOVLOG_SEVERITY_ERROR ? "\"major\"" : "\"minor\"");
	gl_buf_puts(out, ", \"fingerprint\": ");
	fingerprint(out, d, path.ptr);
	gl_buf_puts(out, ", \"location\": {\"path\": ");
	gl_json_string(out, path.ptr);
	gl_buf_printf(out, ", \"lines\": {\"begin\": %u}}}", d->pos.line ? d->pos.line : 1);
	gl_buf_release(&path);
	gl_buf_release(&text);
}

void gl_render_codeclimate(gl_buf *out, const govlog_diag_list *list, const char *base)
{
	size_t n = govlog_diag_list_count(list);
	gl_buf_putc(out, '[');
	for (size_t i = 0; i < n; i++) {
		gl_buf_puts(out, i ? ",\n  " : "\n  ");
		one(out, govlog_diag_list_get(list, i), base);
	}
	gl_buf_puts(out, n ? "\n]\n" : "]\n");
}
