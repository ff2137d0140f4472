/* The record template a decision folder keeps, filled in for `govlog new`. */
#ifndef GL_AUTHOR_FOLDER_TEMPLATE_H
#define GL_AUTHOR_FOLDER_TEMPLATE_H

#include <stdbool.h>

#include "govlog/common.h"
#include "util/buf.h"

/*
 * Reads the folder's own record template (log4brains' and MADR's
 * template.md, adr-template.md, adr-tools' templates/template.md, …: the
 * names the log reads templates by) into out; false when it has none.
 */
bool gl_folder_template_read(gl_buf *out, const char *folder);

/* What `new` fills into a folder's template; every string as typed (encoded here). */
typedef struct gl_fill {
	const char *title;
	unsigned long number;   /* for adr-tools' NUMBER; 0 when the folder is named by date */
	const char *date;       /* ISO */
	const char *status;     /* the word for proposed, in the log's language */
	const char *deciders;   /* the Git user */
	const char *type;       /* the decision type's word in the log's language */
	const char *supersedes; /* an ID, or NULL */
	const char *request;    /* or NULL */
	govlog_lang lang;
} gl_fill;

/*
 * The template with the record's values: adr-tools' NUMBER, TITLE, DATE and
 * STATUS words when its title has TITLE; else the first '# ' line (outside
 * front matter and code blocks) becomes the title, or, when the template has
 * none, a title line is put right under its front matter (first, without
 * one); status, date, deciders and type whose values are still the
 * template's (bracketed, braced, empty) get the record's, in front matter or
 * in metadata lines, a trailing HTML comment kept. Supersedes and request
 * lines follow the last metadata line in its style. Everything else stays.
 */
void gl_folder_template_fill(gl_buf *out, const char *tpl, size_t len, const gl_fill *f);

#endif
