/* The decision-log index: a Markdown table, written between markers in its page. */
#include "govlog/index.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "record_internal.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/banned.h"

/* A cell: no line breaks; '|' (and in link text '[' ']') escaped. */
static void cell(gl_buf *out, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '|' || *s == '[' || *s == ']')
			gl_buf_printf(out, "\\%c", *s);
		else
			gl_buf_putc(out, *s == '\n' || *s == '\r' ? ' ' : *s);
	}
}

/* "af ADR-0005" / "by [5. X](0005-x.md)" → what follows the by/af. */
static const char *successor_of(const govlog_record *r)
{
	const govlog_field *f = govlog_record_field(r, "superseded-by");
	if (f)
		return f->value;
	const char *note =
		govlog_record_status(r) == GOVLOG_STATUS_SUPERSEDED ? r->status_note : NULL;
	if (note && (!strncmp(note, "by ", 3) || !strncmp(note, "af ", 3)))
		return note + 3;
	return note;
}

static void row(gl_buf *out, const govlog_record *r, const char *dir)
{
	gl_buf link = GL_BUF_INIT, abs = GL_BUF_INIT, here = GL_BUF_INIT;
	gl_path_join(&abs, ".", govlog_record_path(r));
	gl_path_normalise(&abs);
	gl_buf_puts(&here, dir);
	gl_path_normalise(&here);
	gl_path_relative(&link, abs.ptr, here.ptr);
	gl_buf_puts(out, "| ");
	cell(out, govlog_record_id(r));
	gl_buf_puts(out, " | [");
	cell(out, govlog_record_title(r) ? govlog_record_title(r) : govlog_record_id(r));
	gl_buf_printf(out, "](%s) | %s | ", link.ptr, govlog_status_name(govlog_record_status(r)));
	cell(out, govlog_record_date(r));
	gl_buf_puts(out, " | ");
	cell(out, govlog_type_code(govlog_record_type(r)));
	gl_buf_puts(out, " | ");
	for (size_t i = 0; i < govlog_record_decider_count(r); i++) {
		gl_buf_puts(out, i ? ", " : "");
		cell(out, govlog_record_decider_at(r, i));
	}
	gl_buf_puts(out, " | ");
	cell(out, successor_of(r));
	gl_buf_puts(out, " |\n");
	gl_buf_release(&link);
	gl_buf_release(&abs);
	gl_buf_release(&here);
}

int govlog_index_render(char **out, const govlog_log *log, const char *dir)
{
	gl_buf b = GL_BUF_INIT;
	gl_buf_puts(&b, GOVLOG_INDEX_BEGIN
		    "\n| ID | Title | Status | Date | Type | Deciders | "
		    "Superseded by |\n| --- | --- | --- | --- | --- | --- | --- |\n");
	for (size_t i = 0; i < govlog_log_count(log); i++)
		row(&b, govlog_log_record_at(log, i), dir);
	gl_buf_puts(&b, GOVLOG_INDEX_END "\n");
	*out = gl_buf_detach(&b);
	return 0;
}

/* The page with the table in place of the old one, or after the text, or new. */
static void page(gl_buf *out, const gl_buf *old, bool exists, const char *table,
		 govlog_index_format fmt, bool danish)
{
	const char *begin = exists ? strstr(old->ptr, GOVLOG_INDEX_BEGIN) : NULL;
	const char *end = begin ? strstr(begin, GOVLOG_INDEX_END) : NULL;
	if (begin && end) {
		const char *after = end + strlen(GOVLOG_INDEX_END);
		if (*after == '\r')
			after++;
		if (*after == '\n')
			after++;
		gl_buf_put(out, old->ptr, (size_t)(begin - old->ptr));
		gl_buf_puts(out, table);
		gl_buf_puts(out, after);
		return;
	}
	const char *title = danish ? "Beslutningslog" : "Decision log";
	if (exists) {
		gl_buf_put(out, old->ptr, old->len);
		gl_buf_puts(out, old->len && old->ptr[old->len - 1] != '\n' ? "\n\n" : "\n");
	} else if (fmt == GOVLOG_INDEX_JEKYLL) {
		gl_buf_printf(out,
			      "---\nlayout: default\ntitle: %s\nnav_order: 2\nhas_children: "
			      "true\n---\n\n# %s\n\n",
			      title, title);
	} else {
		gl_buf_printf(out, "# %s\n\n", title);
	}
	gl_buf_puts(out, table);
}

int govlog_index_write(const char *path, const govlog_log *log, govlog_index_format fmt,
		       bool danish)
{
	gl_buf old = GL_BUF_INIT, out = GL_BUF_INIT, dir = GL_BUF_INIT;
	bool exists = gl_fs_read(path, 16 * 1024 * 1024, &old) == GL_FS_OK;
	const char *slash = strrchr(path, '/');
	gl_buf_put(&dir, path, slash ? (size_t)(slash - path) : 0);
	char *table = NULL;
	govlog_index_render(&table, log, dir.len ? dir.ptr : ".");
	page(&out, &old, exists, table, fmt, danish);
	int rc = 0;
	if (gl_fs_replace(path, out.ptr, out.len) < 0)
		rc = gl_error_set(GOVLOG_EIO, "cannot write %s: %s", path, strerror(errno));
	free(table);
	gl_buf_release(&old);
	gl_buf_release(&out);
	gl_buf_release(&dir);
	return rc;
}
