/*
 * The decision text of one version of a record, as the history rules compare
 * it: the title and every section but the status, the links and those holding
 * metadata fields, read as words; its layout; whether it is still a template.
 */
#ifndef GOVLOG_CHECK_RULES_HISTORY_TEXT_H
#define GOVLOG_CHECK_RULES_HISTORY_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "check/rules/history_words.h"
#include "record/record_internal.h"
#include "util/buf.h"

enum { GL_PREAMBLE = -1 }; /* the text between the title and the first heading */

/* A stretch of decision text: one section's body, or the preamble. */
typedef struct gl_decision_block {
	int section;       /* its index in the record's sections, or GL_PREAMBLE */
	size_t w0, w1;     /* its words */
	size_t start, end; /* its bytes */
} gl_decision_block;

/* One version of a record, read as words (borrows the record). */
typedef struct gl_decision {
	const govlog_record *r;
	gl_words words, title;
	GL_VEC(gl_decision_block) blocks;
	size_t *content; /* content words per section (index section + 1) */
	size_t total;    /* content words in all */
} gl_decision;

/* Words that say what was decided: neither a link target nor a reference to a record. */
bool gl_decision_is_content(const gl_word *w);

/* Reads the decision text of r into d (zeroed by the caller); with words false
 * only its blocks. Release with gl_decision_release. */
void gl_decision_read(gl_decision *d, const govlog_record *r, bool words);
void gl_decision_release(gl_decision *d);

/* The index of the section of `r` with this heading (case, blanks and a trailing
 * ':' aside), or -1. */
int gl_decision_find_heading(const govlog_record *r, const char *heading);

/* Appends text[start..end) without CRs, blanks at line ends and blank lines around it. */
void gl_decision_trimmed(gl_buf *out, const char *t, size_t start, size_t end);

/* Appends the decision text, headings included, as a reader sees its layout. */
void gl_decision_layout(gl_buf *out, const gl_decision *d);

/* Whether two versions have the same decision text, layout and all: nothing of
 * what was decided changed (a status or metadata edit), or a revert gave it back. */
bool gl_edit_same_text(const govlog_record *a, const govlog_record *b);

/* Whether a version is still its template: a placeholder title ("{short title}",
 * "[short title of solved problem and solution]") or a decision text that is a
 * quarter or more placeholders ("{Describe the context …}", "[option 1]"). A
 * template filled in is no edit of a decision. */
bool gl_edit_is_template(const govlog_record *r);

#endif
