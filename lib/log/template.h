/*
 * The record template a log keeps beside its records ("template.md",
 * "adr-template.md", "0000-template.md", "skabelon.md", adr-tools'
 * "templates/template.md", …): found once per folder of records and read with
 * the record parser, for the sections it requires.
 */
#ifndef GOVLOG_LOG_TEMPLATE_H
#define GOVLOG_LOG_TEMPLATE_H

#include <stdbool.h>

#include "govlog/record.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/vec.h"

struct gl_section_rule;

/* Markdown files in a decision folder, except its README, index and templates. */
bool gl_log_is_record_name(const char *name);

/* The i-th name a folder's record template goes by, in the order they are looked for; NULL past the
 * last. */
const char *gl_log_template_name_at(size_t i);

typedef struct gl_log_template {
	const char *folder; /* the folder of the records, as their paths show it */
	const char *path;   /* the template file, as shown; NULL when the folder has none */
	govlog_record *record;
	/* The sections it requires (NULL: it requires none, the profile's apply). */
	const struct gl_section_rule *sections;
} gl_log_template;

typedef struct gl_log_templates {
	GL_VEC(gl_log_template) items; /* one per folder, with a template or not */
	/* The template files of the folders listed so far, by their paths: a
	 * folder's one template under a name of its own ("adr000-template.md") is
	 * its template. */
	gl_strvec listed;
	gl_strvec listed_folders; /* those folders, as their paths show them */
} gl_log_templates;

/*
 * Whether a file name is a record's without its ".md": a number of three
 * digits or more, a dash or underscore, and words, and no extension at all
 * ("0016-handle-concurrent-git-operations").
 */
bool gl_log_is_record_without_extension(const char *name);

/* Whether a file name is a Markdown template's ("adr000-template.md", "skabelon.md"). */
bool gl_log_is_template_name(const char *name);

/*
 * Notes that the folder `dir` was listed, and the names of the template files
 * in it (gl_log_is_template_name), as a walk lists them before the folder's
 * records: the folder is not listed again.
 */
void gl_log_templates_listed(gl_log_templates *t, const char *dir, const gl_strvec *names);

/* Where the templates are read from: the disk, the index or a revision. */
typedef struct gl_log_template_source {
	/* Reads the file at `path` into data (cleared first); false when it is no readable text. */
	bool (*read)(const char *path, gl_buf *data, void *payload);
	/* Adds the names of the template files directly in the folder `dir` to `names`. */
	void (*list)(const char *dir, gl_strvec *names, void *payload);
	void *payload;
} gl_log_template_source;

/*
 * Looks for the template of the folder of the record at `path` (read from
 * `src`; shown as `display`), once per folder: in that folder, else in the
 * folders above it, `up` at most (those still inside the decision folder:
 * MADR's category subfolders share the log's template). A folder holding none
 * of the usual names is listed (unless a walk did) for its one template under
 * a name of its own.
 */
void gl_log_templates_note(gl_log_templates *t, const char *path, const char *display, unsigned up,
			   const gl_log_template_source *src, const govlog_record_options *opts);

/* The template of the folder holding the record shown as `record_path`, or NULL. */
const gl_log_template *gl_log_templates_for(const gl_log_templates *t, const char *record_path);

/*
 * The one template of all the log's folders, when they have one between them
 * (log4brains' packages write their records from the project's); else NULL.
 */
const gl_log_template *gl_log_templates_only(const gl_log_templates *t);
/* Frees the templates and their records; `t` may be reused. */
void gl_log_templates_release(gl_log_templates *t);

#endif
