/* Records as an aligned table, JSON or CSV (govlog list). */
#include "govlog/render.h"

#include <string.h>

#include "render/json.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/banned.h"

enum { COL_ID, COL_TITLE, COL_TYPE, COL_STATUS, COL_RAW, COL_DATE, COL_DECIDERS, COL_PATH, NCOLS };

static const char *const headers[NCOLS] = {"ID",         "TITLE", "TYPE",     "STATUS",
					   "AS WRITTEN", "DATE",  "DECIDERS", "PATH"};
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

/* The cells of one row; deciders go through `scratch`. */
static void row_cells(const govlog_record *r, const char *cells[NCOLS], gl_buf *scratch)
{
	gl_buf_clear(scratch);
	deciders_joined(scratch, r);
	cells[COL_ID] = govlog_record_id(r);
	cells[COL_TITLE] = or_empty(govlog_record_title(r));
	cells[COL_TYPE] = govlog_type_code(govlog_record_type(r));
	cells[COL_STATUS] = govlog_status_name(govlog_record_status(r));
	cells[COL_RAW] = or_empty(govlog_record_status_raw(r));
	cells[COL_DATE] = or_empty(govlog_record_date(r));
	cells[COL_DECIDERS] = scratch->ptr;
	cells[COL_PATH] = govlog_record_path(r);
}

/* Display width in code points; tabs and line breaks never reach a cell. */
static size_t width(const char *s)
{
	return gl_utf8_count(s, strlen(s));
}

static void table_cell(gl_buf *out, const char *s, size_t w, bool last)
{
	gl_utf8_sanitize(out, s, strlen(s));
	if (last)
		return;
	for (size_t k = width(s); k < w + 2; k++)
		gl_buf_putc(out, ' ');
}

static void write_table(gl_buf *out, const govlog_record *const *records, size_t n)
{
	size_t w[NCOLS];
	const char *cells[NCOLS];
	gl_buf scratch = GL_BUF_INIT;
	for (int c = 0; c < NCOLS; c++)
		w[c] = width(headers[c]);
	for (size_t i = 0; i < n; i++) {
		row_cells(records[i], cells, &scratch);
		for (int c = 0; c < NCOLS; c++)
			if (width(cells[c]) > w[c])
				w[c] = width(cells[c]);
	}
	for (int c = 0; c < NCOLS; c++)
		table_cell(out, headers[c], w[c], c == NCOLS - 1);
	gl_buf_putc(out, '\n');
	for (size_t i = 0; i < n; i++) {
		row_cells(records[i], cells, &scratch);
		for (int c = 0; c < NCOLS; c++)
			table_cell(out, cells[c], w[c], c == NCOLS - 1);
		gl_buf_putc(out, '\n');
	}
	gl_buf_release(&scratch);
}

static void write_json(gl_buf *out, const govlog_record *const *records, size_t n)
{
	const char *cells[NCOLS];
	gl_buf scratch = GL_BUF_INIT;
	gl_buf_puts(out, "[");
	for (size_t i = 0; i < n; i++) {
		const govlog_record *r = records[i];
		row_cells(r, cells, &scratch);
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
	gl_buf_puts(out, n ? "\n]\n" : "]\n");
	gl_buf_release(&scratch);
}

static void csv_cell(gl_buf *out, const char *s)
{
	bool quote = strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		gl_buf_putc(out, '"');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			gl_buf_putc(out, '"');
		gl_buf_putc(out, *p);
	}
	if (quote)
		gl_buf_putc(out, '"');
}

static void write_csv(gl_buf *out, const govlog_record *const *records, size_t n)
{
	const char *cells[NCOLS];
	gl_buf scratch = GL_BUF_INIT;
	for (int c = 0; c < NCOLS; c++)
		gl_buf_printf(out, "%s%s", c ? "," : "", json_keys[c]);
	gl_buf_puts(out, "\r\n");
	for (size_t i = 0; i < n; i++) {
		row_cells(records[i], cells, &scratch);
		for (int c = 0; c < NCOLS; c++) {
			if (c)
				gl_buf_putc(out, ',');
			csv_cell(out, cells[c]);
		}
		gl_buf_puts(out, "\r\n");
	}
	gl_buf_release(&scratch);
}

int govlog_record_list_write(FILE *f, const govlog_record *const *records, size_t n,
			     govlog_list_format fmt)
{
	gl_buf out = GL_BUF_INIT;
	if (fmt == GOVLOG_LIST_JSON)
		write_json(&out, records, n);
	else if (fmt == GOVLOG_LIST_CSV)
		write_csv(&out, records, n);
	else
		write_table(&out, records, n);
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	return rc;
}
