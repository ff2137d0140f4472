/* What the checker needs of a log beyond the public API. */
#ifndef GOVLOG_LOG_INTERNAL_H
#define GOVLOG_LOG_INTERNAL_H

#include "govlog/log.h"
#include "log/template.h"
#include "util/buf.h"
#include "util/fs.h"

/*
 * Appends the files loading could not read as records (unreadable, too large,
 * binary, symbolic links) as file/unreadable diagnostics in the list's language.
 */
void gl_log_load_diags(govlog_diag_list *out, const govlog_log *log);

/*
 * The record `r` of the log read again from its file (resolved inside the
 * work tree) and parsed as the log parses: a writer holding the work tree's
 * lock (util/write.h) edits what the last writer left, not what the log saw.
 * The caller frees *out with govlog_record_free.
 */
int gl_log_reread(govlog_record **out, const govlog_log *log, const govlog_record *r);

/* The same for a record file the log has not read (one a writer just created). */
int gl_log_read_path(govlog_record **out, const govlog_log *log, const char *path);

/*
 * gl_write_begin for the log's work tree, then the stale temporary files of
 * its root and decision folders removed: whatever a writer writes, the ones
 * a crash left in the log go. gl_write_end releases it.
 */
int gl_log_write_begin(const govlog_log *log);

/* What decided a log's language (govlog config shows it). */
typedef enum gl_lang_source {
	GL_LANG_FROM_CONFIG,  /* language: in .govlog.yml */
	GL_LANG_FROM_RECORDS, /* most records' language */
	GL_LANG_FROM_PROFILE, /* no record tells: the configured profile's */
	GL_LANG_DEFAULT,      /* nothing tells: English */
} gl_lang_source;

/* govlog_log_language, and what decided it when `source` is not NULL. */
govlog_lang gl_log_language(const govlog_log *log, gl_lang_source *source);

/* The options the log parses its records with (configured status words, aliases, ID prefix). */
const govlog_record_options *gl_log_record_options(const govlog_log *log);

/* The configuration the log was read with (never NULL). */
const struct gl_config *gl_log_config(const govlog_log *log);

/* True when no paths were named, so the checker also looks at templates. */
bool gl_log_whole_repository(const govlog_log *log);

/*
 * The paths (from the root) of the records the user named, when the log was
 * read around them (govlog_log_options.in_context); NULL when the log holds
 * only what was named, or all of it.
 */
const gl_strvec *gl_log_named_records(const govlog_log *log);

/*
 * The paths the user named in .github/ISSUE_TEMPLATE/ (or that folder), as
 * typed: the log holds them as templates to check, not as records.
 */
const gl_strvec *gl_log_issue_templates(const govlog_log *log);

/* The current folder the log was opened from (absolute); display paths are relative to it. */
const char *gl_log_cwd(const govlog_log *log);

/* A path relative to the repository root, as the log shows paths (relative to the cwd). */
void gl_log_display_path(gl_buf *out, const govlog_log *log, const char *repo_path);

/* The decision folders relative to the repository root (heap strings in out). */
void gl_log_root_folders(gl_strvec *out, const govlog_log *log);

/* Whether to read the file at `repo_path` (relative to the root). */
typedef bool (*gl_log_want_fn)(const char *repo_path, void *payload);

/*
 * Which record files a log reads. `path` is asked of a file's path relative
 * to the root. `name`, when set, is asked first of the file's name alone,
 * and a name it turns away is not read: a hook asks this of thousands of
 * names, and a name needs no path built for it.
 */
typedef struct gl_log_filter {
	gl_log_want_fn path;
	gl_log_want_fn name; /* NULL: every name goes on to `path` */
	void *payload;
} gl_log_filter;

/*
 * govlog_log_open that reads only the record files `filter` accepts (NULL:
 * all), from the index, a revision or the disk: hooks read the staged
 * records and the few others they name, not the whole log.
 */
int gl_log_open_filtered(govlog_log **out, const govlog_log_options *opts,
			 const gl_log_filter *filter);

/* A `want` that reads no record: the log's folders and snapshot, for adding files later. */
bool gl_log_want_none(const char *repo_path, void *payload);

/* Reads the record files at these repository paths from the log's index or revision. */
void gl_log_add_paths(govlog_log *log, const gl_strvec *paths);

/*
 * Reads more record files of the log's index or revision: those of its
 * folders that `want` accepts (it must refuse the ones already read).
 */
void gl_log_add_files(govlog_log *log, gl_log_want_fn want, void *payload);

/*
 * Whether a file (or, with folder_too, a folder) exists where the log's
 * records come from: the work tree, or the index or revision it was read
 * from. `path` is absolute or relative to the current folder.
 */
bool gl_log_file_exists(const govlog_log *log, const char *path, bool folder_too);

/* The template of the folder that holds the record, or NULL when it has none. */
const gl_log_template *gl_log_template_for(const govlog_log *log, const govlog_record *r);
/* The same, else the one template the log's folders have between them (or NULL). */
const gl_log_template *gl_log_template_or_only(const govlog_log *log, const govlog_record *r);

/* The index or revision the records were read from; NULL for the work tree. */
const struct gl_snapshot *gl_log_snapshot(const govlog_log *log);

#endif
