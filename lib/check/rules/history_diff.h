/*
 * What an edit of a record changed, word by word: whether it is editorial
 * (whitespace, punctuation, formatting, a link target, a misspelt word spelt
 * right, renumbered references, a heading) or changes what was decided (a
 * number, a date, a party, a negation, the title, a removed section, many
 * words), with a description in the diagnostics' language.
 */
#ifndef GOVLOG_CHECK_RULES_HISTORY_DIFF_H
#define GOVLOG_CHECK_RULES_HISTORY_DIFF_H

#include <stdbool.h>

#include "record/record_internal.h"
#include "util/buf.h"

typedef enum gl_edit {
	GL_EDIT_NONE,      /* the decision text is as it was (status and metadata may differ) */
	GL_EDIT_EDITORIAL, /* a change of form, not of what was decided */
	GL_EDIT_MEANING,   /* a change of what was decided */
} gl_edit;

typedef struct gl_edit_report {
	gl_edit kind;
	/* The title changed in meaning and most of the words were rewritten: the
	 * record now holds another decision. */
	bool other_decision;
	/* The after version's section of the first change (borrowed from it), or
	 * NULL when the change is the title's or a removed section's. */
	const char *heading;
	govlog_pos pos; /* where to report it in the after version */
	gl_buf what;    /* what changed, in the language asked for */
} gl_edit_report;

/*
 * Compares the decision text of two versions of a record: the title and every
 * section but the status, the links and those holding metadata fields.
 * `out` is initialised here; release it with gl_edit_report_release.
 */
void gl_edit_compare(gl_edit_report *out, const govlog_record *before, const govlog_record *after,
		     govlog_lang lang);

void gl_edit_report_release(gl_edit_report *r);

#endif
