/*
 * The records a few named ones are judged with, in a log of thousands: those
 * their supersede fields name by ID, those their links lead to by file name,
 * those that share their number, and those whose names carry no number. The pre-commit hook reads
 * them beside the staged records; `govlog check FILE` beside the named ones.
 */
#ifndef GOVLOG_LOG_NEIGHBOURS_H
#define GOVLOG_LOG_NEIGHBOURS_H

#include <stdbool.h>

#include "govlog/log.h"
#include "util/fs.h"
#include "util/vec.h"

typedef struct gl_neighbours {
	const govlog_log *log;
	const gl_strvec *named; /* paths from the root read already: files, or folders read whole */
	GL_VEC(unsigned long) numbers; /* numbers the named records carry or name as IDs */
	struct gl_str_map *targets;    /* file names their links lead to, or NULL */
} gl_neighbours;

/* Notes what the records the log holds so far (the named ones) carry and name. */
void gl_neighbours_collect(gl_neighbours *nb, const govlog_log *log, const gl_strvec *named);

/* Whether the record file at `repo_path` (from the root) is one to read beside them:
 * a gl_log_want_fn with a gl_neighbours as payload. */
bool gl_neighbours_want(const char *repo_path, void *payload);

void gl_neighbours_release(gl_neighbours *nb);

#endif
