/* Meetings as a table, JSON or CSV (govlog list --kind meeting), one meeting and approval
 * evidence for govlog show. */
#include "govlog/meeting.h"

#include <string.h>

#include "diag/texts.h"
#include "render/json.h"
#include "render/render.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/utf8.h"
#include "util/banned.h"

enum { COL_DATE, COL_GROUP, COL_DOC, COL_TITLE, COL_PATH, COL_DECISIONS, NCOLS };

static const gl_text_id headers[NCOLS] = {GL_T_COL_DATE,  GL_T_COL_GROUP, GL_T_COL_DOCUMENT,
					  GL_T_COL_TITLE, GL_T_COL_PATH,  GL_T_COL_DECISIONS};
static const char *const keys[NCOLS] = {"date", "group", "document", "title", "path", "decisions"};

static const char *record_name(const govlog_record *r)
{
	const char *id = govlog_record_id(r);
	return id && *id ? id : govlog_record_path(r);
}

static const char *doc_word(govlog_meeting_doc d, const govlog_lang *lang)
{
	if (!lang)
		return govlog_meeting_doc_name(d);
	return d == GOVLOG_MEETING_AGENDA    ? gl_lang_text(*lang, GL_T_DOC_AGENDA)
	       : d == GOVLOG_MEETING_MINUTES ? gl_lang_text(*lang, GL_T_DOC_MINUTES)
					     : "";
}

/* The cells of one row; the decisions joined by ", " into `scratch`. */
static void row_cells(const govlog_meeting *mt, const char *cells[NCOLS], gl_buf *scratch,
		      const govlog_lang *lang)
{
	gl_buf_clear(scratch);
	for (size_t i = 0; i < govlog_meeting_decision_count(mt); i++)
		gl_buf_printf(scratch, "%s%s", i ? ", " : "",
			      record_name(govlog_meeting_decision_at(mt, i)));
	cells[COL_DATE] = govlog_meeting_date(mt);
	cells[COL_GROUP] = govlog_meeting_group(mt);
	cells[COL_DOC] = doc_word(govlog_meeting_doc_kind(mt), lang);
	cells[COL_TITLE] = govlog_meeting_title(mt);
	cells[COL_PATH] = govlog_meeting_path(mt);
	cells[COL_DECISIONS] = scratch->ptr;
}

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
	for (size_t k = width(s); !last && k < w + 2; k++)
		gl_buf_putc(out, ' ');
}

static void write_table(gl_buf *out, const govlog_meeting *const *ms, size_t n, govlog_lang lang)
{
	size_t w[NCOLS];
	const char *cells[NCOLS];
	gl_buf scratch = GL_BUF_INIT;
	for (int c = 0; c < NCOLS; c++)
		w[c] = width(gl_lang_text(lang, headers[c]));
	for (size_t i = 0; i < n; i++) {
		row_cells(ms[i], cells, &scratch, &lang);
		for (int c = 0; c < NCOLS; c++)
			w[c] = width(cells[c]) > w[c] ? width(cells[c]) : w[c];
	}
	for (int c = 0; c < NCOLS; c++)
		table_cell(out, gl_lang_text(lang, headers[c]), w[c], c == NCOLS - 1);
	gl_buf_putc(out, '\n');
	for (size_t i = 0; i < n; i++) {
		row_cells(ms[i], cells, &scratch, &lang);
		for (int c = 0; c < NCOLS; c++)
			table_cell(out, cells[c], w[c], c == NCOLS - 1);
		gl_buf_putc(out, '\n');
	}
	gl_buf_release(&scratch);
}

static void json_list(gl_buf *out, const govlog_meeting *mt, bool people)
{
	size_t n = people ? govlog_meeting_attendee_count(mt) : govlog_meeting_decision_count(mt);
	gl_buf_putc(out, '[');
	for (size_t k = 0; k < n; k++) {
		gl_buf_puts(out, k ? ", " : "");
		gl_json_string(out, people ? govlog_meeting_attendee_at(mt, k)
					   : record_name(govlog_meeting_decision_at(mt, k)));
	}
	gl_buf_putc(out, ']');
}

static void write_json(gl_buf *out, const govlog_meeting *const *ms, size_t n)
{
	const char *cells[NCOLS];
	gl_buf scratch = GL_BUF_INIT;
	gl_buf_puts(out, "{\"schema\": \"" GL_JSON_SCHEMA_MEETINGS "\", \"meetings\": [");
	for (size_t i = 0; i < n; i++) {
		row_cells(ms[i], cells, &scratch, NULL);
		gl_buf_puts(out, i ? ",\n  {" : "\n  {");
		for (int c = 0; c < COL_DECISIONS; c++) {
			gl_buf_printf(out, "%s\"%s\": ", c ? ", " : "", keys[c]);
			gl_json_string(out, *cells[c] || c == COL_PATH ? cells[c] : NULL);
		}
		gl_buf_puts(out, ", \"decisions\": ");
		json_list(out, ms[i], false);
		gl_buf_puts(out, ", \"attendees\": ");
		json_list(out, ms[i], true);
		gl_buf_puts(out, ", \"renamed_from\": ");
		gl_json_string(out, govlog_meeting_renamed_from(ms[i]));
		gl_buf_putc(out, '}');
	}
	gl_buf_puts(out, n ? "\n]}\n" : "]}\n");
	gl_buf_release(&scratch);
}

static void write_csv(gl_buf *out, const govlog_meeting *const *ms, size_t n)
{
	const char *cells[NCOLS];
	gl_buf scratch = GL_BUF_INIT;
	for (int c = 0; c < NCOLS; c++)
		gl_buf_printf(out, "%s%s", c ? "," : "", keys[c]);
	gl_buf_puts(out, "\r\n");
	for (size_t i = 0; i < n; i++) {
		row_cells(ms[i], cells, &scratch, NULL);
		for (int c = 0; c < NCOLS; c++) {
			gl_buf_puts(out, c ? "," : "");
			gl_csv_cell(out, cells[c]);
		}
		gl_buf_puts(out, "\r\n");
	}
	gl_buf_release(&scratch);
}

int govlog_meeting_list_write(FILE *f, const govlog_meeting *const *meetings, size_t n,
			      govlog_list_format fmt, govlog_lang lang)
{
	gl_buf out = GL_BUF_INIT;
	if (fmt == GOVLOG_LIST_JSON)
		write_json(&out, meetings, n);
	else if (fmt == GOVLOG_LIST_CSV)
		write_csv(&out, meetings, n);
	else
		write_table(&out, meetings, n, lang);
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	return rc;
}

/* "date:  2026-06-04": a lower-case label from the table's header, padded to `w`. */
static void meta_line(gl_buf *out, govlog_lang lang, gl_text_id label, size_t w, const char *v)
{
	if (!v || !*v)
		return;
	size_t start = out->len;
	if (label != GL_T__COUNT) {
		const char *word = gl_lang_text(lang, label);
		gl_utf8_lower(out, word, strlen(word));
		gl_buf_putc(out, ':');
	}
	for (size_t k = gl_utf8_count(out->ptr + start, out->len - start); k < w + 2; k++)
		gl_buf_putc(out, ' ');
	gl_esc_texts(out, v);
	gl_buf_putc(out, '\n');
}

enum { META_WIDTH = 13 }; /* "renamed from:", "beslutninger:" */

int govlog_meeting_meta_write(FILE *f, const govlog_meeting *mt, govlog_lang lang)
{
	gl_buf out = GL_BUF_INIT;
	size_t w = META_WIDTH;
	meta_line(&out, lang, GL_T_COL_DATE, w, govlog_meeting_date(mt));
	meta_line(&out, lang, GL_T_COL_GROUP, w, govlog_meeting_group(mt));
	meta_line(&out, lang, GL_T_COL_DOCUMENT, w, doc_word(govlog_meeting_doc_kind(mt), &lang));
	meta_line(&out, lang, GL_T_COL_TITLE, w, govlog_meeting_title(mt));
	for (size_t i = 0; i < govlog_meeting_attendee_count(mt); i++)
		meta_line(&out, lang, i ? GL_T__COUNT : GL_T_COL_ATTENDEES, w,
			  govlog_meeting_attendee_at(mt, i));
	for (size_t i = 0; i < govlog_meeting_decision_count(mt); i++)
		meta_line(&out, lang, i ? GL_T__COUNT : GL_T_COL_DECISIONS, w,
			  record_name(govlog_meeting_decision_at(mt, i)));
	meta_line(&out, lang, GL_T_COL_PATH, w, govlog_meeting_path(mt));
	meta_line(&out, lang, GL_T_COL_RENAMED_FROM, w, govlog_meeting_renamed_from(mt));
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	return rc;
}

void gl_render_approval_text(gl_buf *out, const govlog_approval *a, govlog_lang lang)
{
	const govlog_meeting *mt = a->meeting;
	if (a->kind == GOVLOG_APPROVAL_MEETING) {
		const char *word = doc_word(govlog_meeting_doc_kind(mt), &lang);
		gl_lang_printf(out, lang, GL_T_APPROVAL_BY_MINUTES,
			       *word ? word : gl_lang_text(lang, GL_T_APPROVAL_MEETING_FILE),
			       govlog_meeting_path(mt), govlog_meeting_date(mt),
			       govlog_meeting_group(mt));
	} else if (a->kind == GOVLOG_APPROVAL_PULL_REQUEST) {
		gl_lang_printf(out, lang, GL_T_APPROVAL_BY_PR, a->pull_request);
	} else if (a->claimed_date[0]) {
		gl_buf body = GL_BUF_INIT;
		gl_lang_body(&body, lang, a->claimed_group);
		gl_lang_printf(out, lang,
			       a->undated ? GL_T_APPROVAL_NOT_FOUND_UNDATED
					  : GL_T_APPROVAL_NOT_FOUND,
			       body.ptr, a->claimed_date);
		gl_buf_release(&body);
	}
}

int govlog_approval_write(FILE *f, const govlog_approval *a, govlog_lang lang)
{
	gl_buf out = GL_BUF_INIT, v = GL_BUF_INIT;
	const govlog_meeting *mt = a->meeting;
	gl_render_approval_text(&v, a, lang);
	size_t w = gl_render_meta_width(lang);
	meta_line(&out, lang, GL_T_COL_APPROVAL, w, v.ptr);
	if (a->moved) {
		gl_buf_clear(&v);
		gl_lang_printf(&v, lang, GL_T_APPROVAL_MOVED_NOTE, a->claimed_date,
			       govlog_meeting_renamed_from(mt));
		meta_line(&out, lang, GL_T__COUNT, w, v.ptr);
	}
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	gl_buf_release(&v);
	return rc;
}
