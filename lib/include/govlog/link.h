/*
 * govlog/link.h — adr-tools' links between records ("Amends" / "Amended by").
 */
#ifndef GOVLOG_LINK_H
#define GOVLOG_LINK_H

#include "govlog/common.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct govlog_link_options {
	unsigned version;
	const char *source;        /* the record that gets LINK: an ID or a bare number */
	const char *link;          /* "Amends": one line, no control characters */
	const char *target;        /* the record it names: an ID or a bare number */
	const char *reverse;       /* "Amended by", written into the target; NULL: none */
	govlog_changed_fn changed; /* told each file written, or NULL */
	void *payload;             /* handed to `changed` */
} govlog_link_options;

#define GOVLOG_LINK_OPTIONS_VERSION 1
/* clang-format off */
#define GOVLOG_LINK_OPTIONS_INIT {GOVLOG_LINK_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL, NULL}
/* clang-format on */

/*
 * `adr link SOURCE LINK TARGET REVERSE`: adds the line "LINK [title](file)"
 * naming TARGET to SOURCE and, with a reverse, "REVERSE [title](file)" naming
 * SOURCE to TARGET. A record whose status is a `## Status` section (Nygard,
 * adr-tools) gets the line at the end of that section, as adr-tools writes
 * it; any other record gets a bullet in its `## Links` section (added at the
 * end when missing). A record that already has the line is left alone.
 * Records are named as govlog_log_lookup reads them. Files are replaced
 * atomically under the work tree's lock; `changed` is told each one.
 * Returns 0; GOVLOG_ENOTFOUND for an unknown ID or number; GOVLOG_EINVALID
 * for an unknown options version, a missing argument, a number several
 * records have, a record linked to itself, or a link with a line break or
 * other control character (nothing written); GOVLOG_EIO when writing fails.
 */
GOVLOG_API int govlog_record_link(const govlog_log *log, const govlog_link_options *opts);

#ifdef __cplusplus
}
#endif

#endif
