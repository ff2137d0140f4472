/* The decision-log index: a Markdown table, written between markers in its page. */
#include "govlog/index.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"
#include "util/error.h"
#include "record/record_internal.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/escape.h"
#include "util/text.h"
#include "util/write.h"
#include "log/log_internal.h"
#include "util/banned.h"

/* A cell: no line breaks, Markdown escaped as in every other page govlog writes. */
static void cell(gl_buf *out, const char *s)
{
	gl_md_text(out, s);
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
	gl_buf_puts(out, " | ");
	gl_md_link(out, govlog_record_title(r) ? govlog_record_title(r) : govlog_record_id(r),
		   link.ptr);
	gl_buf_printf(out, " | %s | ", govlog_status_name(govlog_record_status(r)));
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

/*
 * The page with the table in place of the old one, or after the text, or new;
 * a page whose markers do not make one complete pair is an error (its text
 * around them could be lost).
 */
static int page(gl_buf *out, const gl_buf *old, bool exists, const char *table, const char *path,
		govlog_index_format fmt, govlog_lang lang)
{
	size_t from = 0, to = 0;
	unsigned line = 0;
	gl_marks marks = exists ? gl_text_marked_block(old->ptr, old->len, GOVLOG_INDEX_BEGIN,
						       GOVLOG_INDEX_END, &from, &to, &line)
				: GL_MARKS_NONE;
	if (marks == GL_MARKS_PAIR) {
		const char *after = old->ptr + to;
		if (*after == '\r')
			after++;
		if (*after == '\n')
			after++;
		gl_buf_put(out, old->ptr, from);
		gl_buf_puts(out, table);
		gl_buf_puts(out, after);
		return 0;
	}
	if (marks != GL_MARKS_NONE)
		return gl_marks_error(lang, path, marks, line, GOVLOG_INDEX_BEGIN,
				      GOVLOG_INDEX_END);
	const char *title = gl_lang_text(lang, GL_T_DECISION_LOG);
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
	return 0;
}

/* The front matter's line that starts with `key`, or 0; *close is the closing "---" line. */
static unsigned fm_line(const govlog_record *r, const char *key, unsigned *close)
{
	unsigned found = 0;
	size_t n = strlen(key);
	*close = 0;
	for (unsigned line = 2; line <= gl_text_line_count(&r->text) && !*close; line++) {
		const char *s = r->text.data + gl_text_line_start(&r->text, line);
		size_t len = gl_text_line_end(&r->text, line) - gl_text_line_start(&r->text, line);
		if (len >= 3 && !strncmp(s, "---", 3))
			*close = line;
		else if (len > n && !strncmp(s, key, n) && s[n] == ':')
			found = line;
	}
	return found;
}

/* The record's text with `key: value` set in its front matter (added when missing). */
static void set_key(gl_buf *out, const govlog_record *r, const char *key, const char *value)
{
	unsigned close, line = fm_line(r, key, &close);
	size_t from =
		line ? gl_text_line_start(&r->text, line) : gl_text_line_start(&r->text, close);
	size_t to = line ? gl_text_line_end(&r->text, line) : from;
	gl_buf_put(out, r->text.data, from);
	gl_buf_printf(out, "%s: %s%s", key, value, line ? "" : "\n");
	gl_buf_put(out, r->text.data + to, r->text.len - to);
}

/* just-the-docs nests a page under the index through `parent` and orders it by `nav_order`. */
static int add_navigation(const govlog_log *log, const char *parent)
{
	int rc = 0;
	for (size_t i = 0; i < govlog_log_count(log) && !rc; i++) {
		/* the file as it is now, under the lock: another writer's edit is kept */
		govlog_record *r = NULL;
		rc = gl_log_reread(&r, log, govlog_log_record_at(log, i));
		gl_buf out = GL_BUF_INIT, step = GL_BUF_INIT;
		char order[24];
		snprintf(order, sizeof(order), "%zu", i + 1);
		if (rc || r->frontmatter_error) {
			govlog_record_free(r);
			continue;
		}
		gl_buf_puts(&out, r->has_bom ? "\xEF\xBB\xBF" : "");
		if (!r->has_frontmatter) {
			gl_buf_printf(&out, "---\nparent: %s\nnav_order: %s\n---\n", parent, order);
			gl_buf_put(&out, r->text.data, r->text.len);
		} else {
			set_key(&step, r, "parent", parent);
			govlog_record *again = NULL;
			if (govlog_record_parse(&again, r->path, step.ptr, step.len, NULL) == 0)
				set_key(&out, again, "nav_order", order);
			govlog_record_free(again);
		}
		rc = gl_write_replace(r->path, out.ptr, out.len);
		govlog_record_free(r);
		gl_buf_release(&out);
		gl_buf_release(&step);
	}
	return rc;
}

int govlog_index_write(const char *path, const govlog_log *log, govlog_index_format fmt,
		       govlog_lang lang)
{
	gl_buf old = GL_BUF_INIT, out = GL_BUF_INIT, dir = GL_BUF_INIT;
	bool exists = false;
	int rc = gl_log_write_begin(log);
	bool locked = !rc;
	if (!rc)
		rc = gl_write_read(&exists, path, 16 * 1024 * 1024, &old);
	if (!rc && memchr(old.ptr, '\0', old.len))
		rc = gl_error_set(GOVLOG_EIO, "%s is not a text file: not changed", path);
	const char *slash = strrchr(path, '/');
	gl_buf_put(&dir, path, slash ? (size_t)(slash - path) : 0);
	char *table = NULL;
	if (!rc)
		govlog_index_render(&table, log, dir.len ? dir.ptr : ".");
	if (!rc)
		rc = page(&out, &old, exists, table, path, fmt, lang);
	if (!rc)
		rc = gl_write_replace(path, out.ptr, out.len);
	if (!rc && fmt == GOVLOG_INDEX_JEKYLL)
		rc = add_navigation(log, gl_lang_text(lang, GL_T_DECISION_LOG));
	if (locked)
		gl_write_end();
	free(table);
	gl_buf_release(&old);
	gl_buf_release(&out);
	gl_buf_release(&dir);
	return rc;
}
