/*
 * govlog/render.h — writing diagnostics and records for people and programs.
 */
#ifndef GOVLOG_RENDER_H
#define GOVLOG_RENDER_H

#include <stdio.h>

#include "govlog/common.h"
#include "govlog/diag.h"
#include "govlog/record.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum govlog_diag_format {
	GOVLOG_DIAG_TEXT = 0, /* path:line:col: severity: message [rule-id], then the hint */
	GOVLOG_DIAG_JSON,     /* {"diagnostics": [...], "summary": {...}} */
	GOVLOG_DIAG_SARIF,    /* SARIF 2.1.0, columns in Unicode code points */
	GOVLOG_DIAG_GITHUB,   /* GitHub Actions ::error file=…,line=…,col=…::message lines */
	GOVLOG_DIAG_CODECLIMATE, /* GitLab Code Quality: a JSON array of Code Climate issues */
} govlog_diag_format;

/* Flags for govlog_diag_list_write. */
#define GOVLOG_RENDER_COLOR 1u /* ANSI colour (text only) */

/*
 * Writes every diagnostic of the list; `files` is the number of files checked,
 * reported in the JSON summary. Returns 0, or GOVLOG_EIO when writing fails.
 */
GOVLOG_API int govlog_diag_list_write(FILE *f, const govlog_diag_list *list, govlog_diag_format fmt,
				      size_t files, unsigned flags);

/*
 * Writes the text format's closing line in the list's language
 * (govlog_diag_list_set_lang): "12 records checked, no problems found" or
 * "3 errors, 1 warning in 12 records" ("3 fejl, 1 advarsel i 12
 * beslutninger"). `what` says what was checked, counted in the same language
 * (govlog_text_count with "COUNT_RECORDS", ...). Returns 0, or GOVLOG_EIO.
 */
GOVLOG_API int govlog_diag_list_write_summary(FILE *f, const govlog_diag_list *list,
					      const char *what);

/*
 * The manual's own page of a verb ("check"; "govlog" for the tool itself):
 * Markdown whose level-1 headings are the page's sections (EXAMPLES, ...),
 * compiled in from docs/man/<verb>.md. NULL when the verb has none.
 */
GOVLOG_API const char *govlog_manual_page(const char *verb);

/*
 * Writes Markdown as the roff of a manual page's sections: a level-1
 * heading is a section (.SH), a level-2 one a subsection (.SS); raw HTML is
 * left out. Returns 0, or GOVLOG_EIO when writing fails.
 */
GOVLOG_API int govlog_markdown_write_man(FILE *f, const char *md, size_t len);

typedef enum govlog_list_format {
	GOVLOG_LIST_TABLE = 0, /* aligned columns with a header */
	GOVLOG_LIST_JSON,      /* an array of objects */
	GOVLOG_LIST_CSV,       /* RFC 4180, with a header row */
} govlog_list_format;

/*
 * Writes records: id, title, type, status (canonical), raw status, date (ISO),
 * deciders and path. The table's headers and status words are in `lang`
 * (govlog_log_language); JSON and CSV keep their fixed keys and canonical
 * values in every language. Returns 0, or GOVLOG_EIO when writing fails.
 */
GOVLOG_API int govlog_record_list_write(FILE *f, const govlog_record *const *records, size_t n,
					govlog_list_format fmt, govlog_lang lang);

/*
 * Writes one record's metadata as govlog reads it, a labelled line each (id,
 * title, type, status, status as written, date, deciders, supersedes, path),
 * labels and canonical words in `lang`; empty fields are left out. Returns 0,
 * or GOVLOG_EIO.
 */
GOVLOG_API int govlog_record_meta_write(FILE *f, const govlog_record *r, govlog_lang lang);

/* Flag for govlog_text_write_shown: line breaks and tabs stay as they are. */
#define GOVLOG_SHOWN_KEEP_LINES 1u

/*
 * Writes s[0..len) as a terminal should show text it does not trust: C0 and
 * C1 control characters, DEL and bidirectional overrides as "\x1b", "\n",
 * "\u202e" (line breaks and tabs kept with GOVLOG_SHOWN_KEEP_LINES), invalid
 * UTF-8 as U+FFFD. Returns 0, or GOVLOG_EIO when writing fails.
 */
GOVLOG_API int govlog_text_write_shown(FILE *f, const char *s, size_t len, unsigned flags);

#ifdef __cplusplus
}
#endif

#endif
