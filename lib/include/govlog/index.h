/*
 * govlog/index.h — the decision-log index: a table of every record.
 */
#ifndef GOVLOG_INDEX_H
#define GOVLOG_INDEX_H

#include "govlog/common.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum govlog_index_format {
	GOVLOG_INDEX_MD = 0, /* a Markdown table */
	GOVLOG_INDEX_JEKYLL, /* the same, in a page with just-the-docs navigation front matter */
} govlog_index_format;

/* The markers between which `govlog index --write` replaces the table. */
#define GOVLOG_INDEX_BEGIN "<!-- govlog:index -->"
#define GOVLOG_INDEX_END "<!-- /govlog:index -->"

/*
 * The table (ID, title linked to its file, status, date, type, deciders,
 * superseded by), links relative to the folder `dir`, between the markers
 * with a blank line after the first and before the second (Markdown readers
 * such as kramdown take a table only as a block of its own). Headers are in
 * the log's language; a status is the word the log's records use most for
 * that state (else govlog's word in the log's language); "superseded by"
 * links to each successor the log holds. *out is a heap string. Returns 0.
 */
GOVLOG_API int govlog_index_render(char **out, const govlog_log *log, const char *dir);

/*
 * Writes the index into `path`: between the markers when the file has them
 * (everything else kept), else appended after its text, else a new page (with
 * just-the-docs front matter for GOVLOG_INDEX_JEKYLL, which also gives each
 * record `parent` and `nav_order` in its front matter, and `title` when it
 * has none (just-the-docs lists only titled pages), adding front matter when
 * the record has none, every other key kept as written, so the site nests
 * the records under the page). A new page's title
 * (and the records' `parent`) is in `lang`. Atomic (temporary file, then
 * rename). Returns 0, or GOVLOG_EIO.
 */
GOVLOG_API int govlog_index_write(const char *path, const govlog_log *log, govlog_index_format fmt,
				  govlog_lang lang);

#ifdef __cplusplus
}
#endif

#endif
