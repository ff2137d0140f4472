/* Meeting minutes and agendas: Markdown beyond the records whose links are checked too. */
#ifndef GOVLOG_RULES_MINUTES_H
#define GOVLOG_RULES_MINUTES_H

#include "govlog/log.h"
#include "record/record_internal.h"

typedef GL_VEC(govlog_record *) gl_record_vec;

/*
 * Reads each Markdown file under the minutes folders that exist
 * (gl_layout_minutes_folders), from where the log's records come from (the
 * work tree, the index or a revision), skipping the log's own records, and
 * appends it parsed (its path as the log shows paths) to out; the caller
 * frees them. Only when the log is the whole repository's.
 */
void gl_minutes_load(const govlog_log *log, gl_record_vec *out);

#endif
