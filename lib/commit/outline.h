/*
 * What every reading of a commit message starts from: its subject, the
 * platform form it is in, a merged request's title, and the Conventional
 * Commits header of the line that carries it. The commit-msg hook and
 * check --commits (commit.c) and the release notes (message.c) read a
 * message through this one outline, so they cannot disagree on it.
 */
#ifndef GOVLOG_COMMIT_OUTLINE_H
#define GOVLOG_COMMIT_OUTLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "commit/forms.h"
#include "commit/header.h"
#include "util/text.h"

typedef struct gl_outline {
	unsigned subject; /* the first line that is not blank (nor, with comments, Git's
			     comment); 0 for a blank message */
	unsigned last;    /* the last line of the message: with comments, the one before
			     Git's "# --- >8 ---" scissors */
	unsigned title;   /* a merged request's title: the first line of its body (GitHub,
			     Bitbucket, or a merge GitLab marks "See merge request …"); 0 when
			     none */
	unsigned head;    /* the line the header is read from, and footers are read after:
			     title when there is one, else subject */
	const char *line; /* the subject line without its surrounding blanks */
	size_t line_len;
	gl_form form;          /* the subject's form; MERGE and REQUEST before AUTOSQUASH */
	gl_form_match request; /* REQUEST: the number and branch, offsets into `line` */
	bool autosquash;       /* the header's line starts with fixup!, squash! or amend! */
	gl_form head_form;     /* REVERT or WEB_EDITOR when the header's line, after those
				  prefixes, is one; else NONE */
	const char *text;      /* the header's line: the title or the subject, without its
				  blanks and autosquash prefixes nor a squash's " (#N)"; NULL
				  for a merge without a title */
	size_t text_len;
	const char *squash_pr; /* the number of the " (#N)" cut from `text`; NULL when none */
	size_t squash_pr_len;
	bool conventional; /* `text` is a Conventional Commits header (not a revert) */
	gl_header header;  /* of `text`; read only when text is not NULL and not a revert */
} gl_outline;

/*
 * Reads the outline of the message `t`. With `comments`, lines starting with
 * '#' are Git's comments and the scissors line ends the message (a message
 * file in a hook); without, they are text (a message from history). Points
 * into t's data; allocates nothing.
 */
void gl_outline_read(gl_outline *o, const gl_text *t, bool comments);

/*
 * The subject as a reader shows it: the description of a Conventional
 * Commits header, else the header's line (a revert, a title, words), else
 * the subject line (a merge without a title); "" with *len 0 for a blank
 * message. Not NUL-terminated.
 */
const char *gl_outline_subject(const gl_outline *o, size_t *len);

#endif
