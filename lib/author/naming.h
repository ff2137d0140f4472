/* The file-name form of a decision folder: numbered, dated, or dated log4brains' way. */
#ifndef GL_AUTHOR_NAMING_H
#define GL_AUTHOR_NAMING_H

#include <stdbool.h>

#include "util/buf.h"

typedef enum gl_name_form {
	GL_NAME_NUMBER,      /* 0007-slug.md: adr-tools, MADR */
	GL_NAME_DATE,        /* 2026-05-28-slug.md */
	GL_NAME_DATE_COMPACT /* 20260528-slug.md: log4brains */
} gl_name_form;

typedef struct gl_naming {
	gl_name_form form;
	int width; /* digits of a number (4 unless the folder's numbers are wider or narrower) */
} gl_naming;

/* How a record file's name starts; false for a name that starts with none of the forms. */
bool gl_naming_of(gl_naming *out, const char *name);

/*
 * The form most record files in `folder` use (ties go to numbers); false when
 * the folder has none, *out then untouched.
 */
bool gl_naming_detect(gl_naming *out, const char *folder);

/* The file name (without ".md") for a number or an ISO date and a slug. */
void gl_naming_format(gl_buf *out, const gl_naming *n, unsigned long number, const char *iso_date,
		      const char *slug);

#endif
