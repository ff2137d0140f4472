/* The link writer's core, shared with new -l (a source record the log has not read yet). */
#ifndef GOVLOG_AUTHOR_LINK_INTERNAL_H
#define GOVLOG_AUTHOR_LINK_INTERNAL_H

#include "govlog/link.h"

/*
 * Under the work tree's lock: "LINK [title](file)" naming the record at
 * `target_path` added to the record at `source_path` and, when `reverse` is
 * set, the reverse line to the target. Both files are read again first.
 */
int gl_link_paths(const govlog_log *log, const char *source_path, const char *link,
		  const char *target_path, const char *reverse, govlog_changed_fn changed,
		  void *payload);

#endif
