/* The decision-log index: a Markdown table, written between markers in its page. */
#include "govlog/index.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "author/index_cells.h"
#include "author/index_nav.h"
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

typedef struct index_table {
	gl_index_words words;
	gl_record_index *records;
	const char *dir;
} index_table;

static void row(gl_buf *out, const index_table *t, const govlog_record *r)
{
	gl_buf_puts(out, "| ");
	cell(out, govlog_record_id(r));
	gl_buf_puts(out, " | ");
	gl_index_link(out, govlog_record_title(r) ? govlog_record_title(r) : govlog_record_id(r), r,
		      t->dir);
	gl_buf_puts(out, " | ");
	gl_index_status_cell(out, &t->words, r);
	gl_buf_puts(out, " | ");
	cell(out, govlog_record_date(r));
	gl_buf_puts(out, " | ");
	cell(out, govlog_type_code(govlog_record_type(r)));
	gl_buf_puts(out, " | ");
	for (size_t i = 0; i < govlog_record_decider_count(r); i++) {
		gl_buf_puts(out, i ? ", " : "");
		cell(out, govlog_record_decider_at(r, i));
	}
	gl_buf_puts(out, " | ");
	gl_index_successor_cell(out, t->records, r, t->dir);
	gl_buf_puts(out, " |\n");
}

/*
 * Blank lines around the table: kramdown (Jekyll) and other Markdown readers
 * take a table only as a block of its own, not one that goes on from the
 * marker's comment.
 */
int govlog_index_render(char **out, const govlog_log *log, const char *dir)
{
	govlog_lang lang = govlog_log_language(log);
	index_table t = {.dir = dir, .records = gl_record_index_new(log, gl_index_record_number)};
	gl_index_words_init(&t.words, log, lang);
	gl_buf b = GL_BUF_INIT;
	gl_buf_printf(&b, "%s\n\n%s\n| --- | --- | --- | --- | --- | --- | --- |\n",
		      GOVLOG_INDEX_BEGIN, gl_lang_text(lang, GL_T_INDEX_HEADER));
	for (size_t i = 0; i < govlog_log_count(log); i++)
		row(&b, &t, govlog_log_record_at(log, i));
	gl_buf_puts(&b, "\n" GOVLOG_INDEX_END "\n");
	gl_record_index_free(t.records);
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
		rc = gl_index_navigation(log, gl_lang_text(lang, GL_T_DECISION_LOG));
	if (locked)
		gl_write_end();
	free(table);
	gl_buf_release(&old);
	gl_buf_release(&out);
	gl_buf_release(&dir);
	return rc;
}
