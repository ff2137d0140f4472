/* The log as one struct: read by log/log.c and log/walk.c, asked by log/query.c; no other file sees
 * it. */
#ifndef GOVLOG_LOG_DATA_H
#define GOVLOG_LOG_DATA_H

#include "config/config.h"
#include "diag/texts.h"
#include "log/log_internal.h"
#include "log/requests.h"
#include "log/template.h"
#include "repo/snapshot.h"
#include "util/fs.h"
#include "util/vec.h"

enum {
	GL_RECORD_MAX_BYTES =
		10 * 1024 * 1024, /* a decision record is prose: 10 MiB is no record */
	GL_WALK_MAX_DEPTH = 16,
	/* Fewer record files in a folder are read by the walk itself, without a thread. */
	GL_WALK_READ_AHEAD_MIN = 32,
};

/* A file that could not be read as a record; `err` is the errno of a failed read. */
typedef struct load_problem {
	char *path;
	gl_text_id msg;
	int err;
} load_problem;

struct govlog_log {
	char *root;
	char *cwd;
	gl_strvec folders;
	GL_VEC(govlog_record *) records;
	GL_VEC(load_problem) problems; /* files not read, reported in the log's language */
	gl_config *config;
	govlog_record_options record_opts;
	bool whole_repository;      /* no paths were named: the repository's own files count */
	gl_snapshot *snapshot;      /* the index or a revision to read instead of the work tree */
	gl_log_filter filter;       /* which files to read; no `path`: all */
	gl_log_templates templates; /* the record templates beside the records */
	gl_log_requests requests;   /* the request kind's records, read beside the log */
	gl_strvec issue_templates;  /* named files or folders in .github/ISSUE_TEMPLATE/ */
	gl_strvec named; /* paths named inside the log's folders (in_context), from the root */
	gl_strvec named_records; /* the records they name, from the root */
	char *listing_cache; /* where folder listings are kept (util/listing_cache.h), or NULL */
};

/* `path` (relative to the log's current folder, or absolute) relative to the work tree's root. */
void gl_log_repo_relative(gl_buf *out, const govlog_log *log, const char *path);

/* Notes a file not read as a record, to report in the log's language once it is known. */
void gl_log_add_problem(govlog_log *log, const char *display, gl_text_id msg, int err);

/*
 * Reads the record file at `path` (from the snapshot, or the disk) and adds
 * it to the log, or notes why it could not be; `up` folders above its own are
 * still inside the decision folder. `display` is the path as shown.
 */
void gl_log_load_file(govlog_log *log, const char *path, const char *display, unsigned up);

/* The same for a file read already: rc as gl_fs_read returned it, errno as it left it. */
/* Whether the log's filter wants the record file `name` at `repo_path` (its path from the root). */
bool gl_log_wants(const govlog_log *log, const char *name, const char *repo_path);

void gl_log_load_read(govlog_log *log, gl_fs_result rc, const gl_buf *data, const char *path,
		      const char *display, unsigned up);

/* Adds the names of the template files directly in the folder `dir` (the log,
 * as payload, reads it from its snapshot or the disk) to `names`. */
void gl_log_list_templates(const char *dir, gl_strvec *names, void *payload);

/*
 * With `in_context`: when `path` (as the user named it) is a record file or
 * a folder below one of the log's `folders` (from the root), reads it, notes
 * it to be reported on, and sets *in. Returns 0, or an error from the walk.
 */
int gl_log_load_named(bool *in, govlog_log *log, const gl_strvec *folders, const char *path);

/* Once the records are read and sorted: notes which of them were named. */
void gl_log_settle_named(govlog_log *log);

/* Walks the folder `dir` on disk (shown as `display`), `depth` below a decision folder. */
int gl_log_walk(govlog_log *log, const char *dir, const char *display, int depth);

#endif
