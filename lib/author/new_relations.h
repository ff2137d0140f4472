/* new --supersedes and new -l: checked before the record is written, completed after. */
#ifndef GOVLOG_AUTHOR_NEW_RELATIONS_H
#define GOVLOG_AUTHOR_NEW_RELATIONS_H

#include "govlog/create.h"

/*
 * Before anything is written: the record --supersedes names (*superseded, or
 * NULL) exists and may be superseded (unless `pending`), and every link's
 * target exists and its words can be written. Returns 0 or GOVLOG_EINVALID /
 * GOVLOG_ENOTFOUND with a message in the log's language.
 */
int gl_new_check_relations(const govlog_record **superseded, const govlog_log *log,
			   const govlog_new_options *o);

/*
 * After the new record at `path` is written, under the same lock: the old
 * record superseded by it (unless `pending`) and each link added both ways.
 */
int gl_new_complete_relations(const govlog_log *log, const govlog_new_options *o,
			      const govlog_record *superseded, const char *path);

#endif
