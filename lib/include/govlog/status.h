/*
 * govlog/status.h — changing a record's status in place, in its own style.
 */
#ifndef GOVLOG_STATUS_H
#define GOVLOG_STATUS_H

#include "govlog/common.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct govlog_status_options {
	unsigned version;
	const char *id;        /* the record */
	const char *state;     /* proposed|accepted|rejected|deprecated|superseded, or a word
				* of the record's language ("Godkendt") */
	const char *date;      /* YYYY-MM-DD for the date field or the ticked box; NULL: keep */
	const char *by;        /* who decided: the deciders field's new value; NULL: keep */
	const char *note;      /* text after the status word ("på styregruppemødet"), or NULL */
	const char *successor; /* for superseded: the ID of the record that replaces it */
	govlog_changed_fn changed; /* told each file written, or NULL */
	void *payload;             /* handed to `changed` */
} govlog_status_options;

#define GOVLOG_STATUS_OPTIONS_VERSION 2
/* clang-format off */
#define GOVLOG_STATUS_OPTIONS_INIT {GOVLOG_STATUS_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL}
/* clang-format on */

/*
 * Checks the transition (SPEC §2.2), then rewrites only the status (a front
 * matter value, a bullet's value, the `## Status` paragraph, or the boxes of a
 * checkbox list) and, for superseded, the links in both records — in each
 * record's own style and language — keeping every other byte. IDs are read
 * as govlog_log_lookup reads them (a bare number too). The status word
 * written is `state` when it is a word for the state ("Godkendt"); for a
 * state's name ("accepted") it is the word the log's records of the same
 * language and style use most for it, else govlog's own word. Files are
 * replaced atomically (temporary file, then rename). The note and `by` are
 * quoted or escaped for the record's style so that they read back as given;
 * `date` is any date form govlog reads and is written as YYYY-MM-DD. A
 * successor names what it supersedes in one key (a YAML list, or a comma
 * list in a bullet). Returns 0; GOVLOG_ENOTFOUND for an unknown ID or number;
 * GOVLOG_EINVALID for a number several records have;
 * GOVLOG_EINVALID for an unknown options version, a missing ID or state, a
 * state the lifecycle does not allow, a missing successor, a checkbox list
 * with no box for the state, a note or `by` with a line break or other
 * control character, or a date that is no real date (the message in the
 * log's language); GOVLOG_EIO when writing fails.
 * Nothing is written on error. `changed` is told each file written.
 */
GOVLOG_API int govlog_record_set_status(const govlog_log *log, const govlog_status_options *opts);

#ifdef __cplusplus
}
#endif

#endif
