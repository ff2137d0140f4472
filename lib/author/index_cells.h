/* What the index's cells say: the log's own status words and links to successors. */
#ifndef GL_AUTHOR_INDEX_CELLS_H
#define GL_AUTHOR_INDEX_CELLS_H

#include "govlog/log.h"
#include "check/rules/record_index.h"
#include "util/buf.h"

/* Per state, the word the log's records use most for it, in the log's language. */
typedef struct gl_index_words {
	char word[GOVLOG_STATUS_SUPERSEDED + 1][48];
} gl_index_words;

void gl_index_words_init(gl_index_words *w, const govlog_log *log, govlog_lang lang);

/* The status cell: the log's word for the state, or what an unknown status says. */
void gl_index_status_cell(gl_buf *out, const gl_index_words *w, const govlog_record *r);

/* A Markdown link from the folder `dir` to a record's file, by `text`. */
void gl_index_link(gl_buf *out, const char *text, const govlog_record *to, const char *dir);

/*
 * The "Superseded by" cell: a link to each successor the record names that
 * the log holds (by ID or by a link to its file), else the text as written.
 */
void gl_index_successor_cell(gl_buf *out, const gl_record_index *x, const govlog_record *r,
			     const char *dir);

/* A record's number for the record index: its file's, its title's, else its ID's. */
unsigned long gl_index_record_number(const govlog_record *r);

#endif
