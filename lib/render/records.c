/* Records as an aligned table, JSON or CSV (govlog list), and one record's metadata (show). */
#include "govlog/render.h"

#include <string.h>

#include "diag/texts.h"
#include "record/vocab.h"
#include "render/json.h"
#include "render/render.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/escape.h"
#include "util/banned.h"

enum { COL_ID, COL_TITLE, COL_TYPE, COL_STATUS, COL_RAW, COL_DATE, COL_DECIDERS, COL_PATH, NCOLS };

/* The table's headers; the same words, in lower case, label govlog show's lines. */
static const gl_text_id headers[NCOLS] = {GL_T_COL_ID,       GL_T_COL_TITLE,      GL_T_COL_TYPE,
					  GL_T_COL_STATUS,   GL_T_COL_AS_WRITTEN, GL_T_COL_DATE,
					  GL_T_COL_DECIDERS, GL_T_COL_PATH};
static const char *const json_keys[NCOLS] = {"id",         "title", "type",     "status",
					     "status_raw", "date",  "deciders", "path"};

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

static void deciders_joined(gl_buf *out, const govlog_record *r)
{
	for (size_t i = 0; i < govlog_record_decider_count(r); i++)
		gl_buf_printf(out, "%s%s", i ? ", " : "", govlog_record_decider_at(r, i));
}

/* A word of the table in lower case ("accepted", "accepteret"), into `out`. */
static const char *lower(gl_buf *out, const char *word)
{
	gl_buf_clear(out);
	gl_utf8_lower(out, word, strlen(word));
	return out->ptr;
}

/* The state in words of `lang`: English gives the canonical name, "" when none is written. */
static const char *status_word(gl_buf *out, govlog_status s, govlog_lang lang)
{
	if (s == GOVLOG_STATUS_UNKNOWN)
		return gl_lang_text(lang, GL_T_UNKNOWN_WORD);
	return lower(out, gl_vocab_status_word(s, lang));
}

static const char *type_word(gl_buf *out, govlog_decision_type t, govlog_lang lang)
{
	if (t == GOVLOG_TYPE_UNKNOWN)
		return gl_lang_text(lang, GL_T_UNKNOWN_WORD);
	return lower(out, gl_vocab_type_word(t, lang));
}

/* The cells of one row: deciders go through scratch[0], the table's status word scratch[1]. */
static void row_cells(const govlog_record *r, const char *cells[NCOLS], gl_buf scratch[2],
		      const govlog_lang *lang)
{
	gl_buf_clear(&scratch[0]);
	deciders_joined(&scratch[0], r);
	cells[COL_ID] = govlog_record_id(r);
	cells[COL_TITLE] = or_empty(govlog_record_title(r));
	cells[COL_TYPE] = govlog_type_code(govlog_record_type(r));
	cells[COL_STATUS] = lang ? status_word(&scratch[1], govlog_record_status(r), *lang)
				 : govlog_status_name(govlog_record_status(r));
	cells[COL_RAW] = or_empty(govlog_record_status_raw(r));
	cells[COL_DATE] = or_empty(govlog_record_date(r));
	cells[COL_DECIDERS] = scratch[0].ptr;
	cells[COL_PATH] = govlog_record_path(r);
}

/* Display width in code points of the text as shown, control characters escaped. */
static size_t width(const char *s)
{
	gl_buf shown = GL_BUF_INIT;
	gl_esc_texts(&shown, s);
	size_t w = gl_utf8_count(shown.ptr, shown.len);
	gl_buf_release(&shown);
	return w;
}

static void table_cell(gl_buf *out, const char *s, size_t w, bool last)
{
	gl_esc_texts(out, s);
	if (last)
		return;
	for (size_t k = width(s); k < w + 2; k++)
		gl_buf_putc(out, ' ');
}

/* The table is for people: headers and states in their language. */
static void write_table(gl_buf *out, const govlog_record *const *records, size_t n,
			govlog_lang lang)
{
	size_t w[NCOLS];
	const char *cells[NCOLS];
	gl_buf scratch[2] = {GL_BUF_INIT, GL_BUF_INIT};
	for (int c = 0; c < NCOLS; c++)
		w[c] = width(gl_lang_text(lang, headers[c]));
	for (size_t i = 0; i < n; i++) {
		row_cells(records[i], cells, scratch, &lang);
		for (int c = 0; c < NCOLS; c++)
			if (width(cells[c]) > w[c])
				w[c] = width(cells[c]);
	}
	for (int c = 0; c < NCOLS; c++)
		table_cell(out, gl_lang_text(lang, headers[c]), w[c], c == NCOLS - 1);
	gl_buf_putc(out, '\n');
	for (size_t i = 0; i < n; i++) {
		row_cells(records[i], cells, scratch, &lang);
		for (int c = 0; c < NCOLS; c++)
			table_cell(out, cells[c], w[c], c == NCOLS - 1);
		gl_buf_putc(out, '\n');
	}
	gl_buf_release(&scratch[0]);
	gl_buf_release(&scratch[1]);
}

static void write_json(gl_buf *out, const govlog_record *const *records, size_t n)
{
	const char *cells[NCOLS];
	gl_buf scratch[2] = {GL_BUF_INIT, GL_BUF_INIT};
	/* A record a line, so a line tool finds one whole. */
	gl_buf_puts(out, "{\"schema\": \"" GL_JSON_SCHEMA_RECORDS "\", \"records\": [");
	for (size_t i = 0; i < n; i++) {
		const govlog_record *r = records[i];
		row_cells(r, cells, scratch, NULL);
		gl_buf_puts(out, i ? ",\n  {" : "\n  {");
		for (int c = 0; c < NCOLS; c++) {
			gl_buf_printf(out, "%s\"%s\": ", c ? ", " : "", json_keys[c]);
			if (c == COL_DECIDERS) {
				gl_buf_putc(out, '[');
				for (size_t k = 0; k < govlog_record_decider_count(r); k++) {
					gl_buf_puts(out, k ? ", " : "");
					gl_json_string(out, govlog_record_decider_at(r, k));
				}
				gl_buf_putc(out, ']');
			} else if (c != COL_ID && c != COL_PATH && !cells[c][0]) {
				gl_buf_puts(out, "null");
			} else {
				gl_json_string(out, cells[c]);
			}
		}
		gl_buf_puts(out, ", \"status_note\": ");
		gl_json_string(out, govlog_record_status_note(r));
		gl_buf_puts(out, ", \"type_name\": ");
		const char *type_name = govlog_type_name(govlog_record_type(r));
		gl_json_string(out, *type_name ? type_name : NULL);
		gl_buf_puts(out, "}");
	}
	gl_buf_puts(out, n ? "\n]}\n" : "]}\n");
	gl_buf_release(&scratch[0]);
	gl_buf_release(&scratch[1]);
}

static void write_csv(gl_buf *out, const govlog_record *const *records, size_t n)
{
	const char *cells[NCOLS];
	gl_buf scratch[2] = {GL_BUF_INIT, GL_BUF_INIT};
	for (int c = 0; c < NCOLS; c++)
		gl_buf_printf(out, "%s%s", c ? "," : "", json_keys[c]);
	gl_buf_puts(out, "\r\n");
	for (size_t i = 0; i < n; i++) {
		row_cells(records[i], cells, scratch, NULL);
		for (int c = 0; c < NCOLS; c++) {
			if (c)
				gl_buf_putc(out, ',');
			gl_csv_cell(out, cells[c]);
		}
		gl_buf_puts(out, "\r\n");
	}
	gl_buf_release(&scratch[0]);
	gl_buf_release(&scratch[1]);
}

int govlog_record_list_write(FILE *f, const govlog_record *const *records, size_t n,
			     govlog_list_format fmt, govlog_lang lang)
{
	gl_buf out = GL_BUF_INIT;
	if (fmt == GOVLOG_LIST_JSON)
		write_json(&out, records, n);
	else if (fmt == GOVLOG_LIST_CSV)
		write_csv(&out, records, n);
	else
		write_table(&out, records, n, lang);
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	return rc;
}

/* One labelled line, the values lined up after the longest label of the language. */
static void meta_line(gl_buf *out, const char *label, size_t w, const char *value)
{
	if (!value || !*value)
		return;
	gl_buf_puts(out, label);
	for (size_t k = width(label); k < w + 2; k++)
		gl_buf_putc(out, ' ');
	gl_esc_texts(out, value);
	gl_buf_putc(out, '\n');
}

/* "title:" from TITLE: govlog show's labels are the table's headers. */
static void meta_label(gl_buf *out, govlog_lang lang, gl_text_id id)
{
	const char *word = gl_lang_text(lang, id);
	gl_buf_clear(out);
	gl_utf8_lower(out, word, strlen(word));
	gl_buf_putc(out, ':');
}

size_t gl_render_meta_width(govlog_lang lang)
{
	static const gl_text_id ids[] = {GL_T_COL_ID,       GL_T_COL_TITLE,      GL_T_COL_TYPE,
					 GL_T_COL_STATUS,   GL_T_COL_AS_WRITTEN, GL_T_COL_DATE,
					 GL_T_COL_DECIDERS, GL_T_COL_SUPERSEDES, GL_T_COL_PATH};
	gl_buf label = GL_BUF_INIT;
	size_t w = 0;
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		meta_label(&label, lang, ids[i]);
		w = width(label.ptr) > w ? width(label.ptr) : w;
	}
	gl_buf_release(&label);
	return w;
}

int govlog_record_meta_write(FILE *f, const govlog_record *r, govlog_lang lang)
{
	static const gl_text_id ids[] = {GL_T_COL_ID,       GL_T_COL_TITLE,      GL_T_COL_TYPE,
					 GL_T_COL_STATUS,   GL_T_COL_AS_WRITTEN, GL_T_COL_DATE,
					 GL_T_COL_DECIDERS, GL_T_COL_SUPERSEDES, GL_T_COL_PATH};
	enum { ID, TITLE, TYPE, STATUS, RAW, DATE, DECIDERS, SUPERSEDES, PATH, N };
	gl_buf label[N], word = GL_BUF_INIT, out = GL_BUF_INIT;
	size_t w = 0;
	for (int i = 0; i < N; i++) {
		label[i] = (gl_buf)GL_BUF_INIT;
		meta_label(&label[i], lang, ids[i]);
		w = width(label[i].ptr) > w ? width(label[i].ptr) : w;
	}
	const govlog_field *supersedes = govlog_record_field(r, "supersedes");
	meta_line(&out, label[ID].ptr, w, govlog_record_id(r));
	meta_line(&out, label[TITLE].ptr, w, govlog_record_title(r));
	meta_line(&out, label[TYPE].ptr, w, type_word(&word, govlog_record_type(r), lang));
	meta_line(&out, label[STATUS].ptr, w, status_word(&word, govlog_record_status(r), lang));
	meta_line(&out, label[RAW].ptr, w, govlog_record_status_raw(r));
	meta_line(&out, label[DATE].ptr, w, govlog_record_date(r));
	for (size_t i = 0; i < govlog_record_decider_count(r); i++)
		meta_line(&out, i ? "" : label[DECIDERS].ptr, w, govlog_record_decider_at(r, i));
	meta_line(&out, label[SUPERSEDES].ptr, w, supersedes ? supersedes->value : NULL);
	meta_line(&out, label[PATH].ptr, w, govlog_record_path(r));
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	for (int i = 0; i < N; i++)
		gl_buf_release(&label[i]);
	gl_buf_release(&word);
	gl_buf_release(&out);
	return rc;
}
