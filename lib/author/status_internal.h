/* What the status writer shares with the other writers (new --supersedes) and its word choice. */
#ifndef GOVLOG_AUTHOR_STATUS_INTERNAL_H
#define GOVLOG_AUTHOR_STATUS_INTERNAL_H

#include <stdbool.h>

#include "govlog/log.h"
#include "govlog/record.h"
#include "util/buf.h"

/*
 * The status word to write into `r`'s status field for the state `to`, into
 * out: the word the user typed (`typed`, may be NULL) when it is a word for
 * that state other than the state's own name; else the word the log's records
 * of r's language and status style use most for the state (the first seen on
 * a tie); else empty (the writer then writes its own word).
 */
void gl_status_word_choose(gl_buf *out, const govlog_log *log, const govlog_record *r,
			   govlog_status to, const char *typed);

/*
 * Whether the status writer can write `to` into r: it has a status, and a
 * checkbox list has a box for the state. Returns 0 or GOVLOG_EINVALID.
 */
int gl_status_settable(const govlog_record *r, govlog_status to);

/* "status set to 'Godkendt'" (", superseded by ADR-0005"), in the log's language, into out. */
void gl_status_said(gl_buf *out, const govlog_log *log, const char *word,
		    const govlog_record *successor);

/*
 * `status OLD superseded --successor NEW` for a NEW the log has not read yet
 * (the file `successor_path`, just created by new): the old record gets the
 * superseded status and the successor link, the successor the supersede line
 * when it lacks one. Returns what govlog_record_set_status returns.
 */
int gl_status_supersede(const govlog_log *log, const govlog_record *old, const char *successor_path,
			govlog_changed_fn changed, void *payload);

#endif
