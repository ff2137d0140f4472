/*
 * The footers of a commit message, read twice: by the Conventional Commits
 * 1.0 rules (token ": " or " #", "BREAKING CHANGE", values that run on over
 * following lines) and by Git's trailer rules (git interpret-trailers: a last
 * paragraph of "Token: value" lines, continuation lines indented, or one
 * where a Git-made trailer such as Signed-off-by stands among at least 25 %
 * trailers). Where the two disagree a tool and a person read different things.
 */
#ifndef GOVLOG_FOOTERS_H
#define GOVLOG_FOOTERS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/text.h"
#include "util/vec.h"

typedef struct gl_footer {
	unsigned line;     /* 1-based line of the message */
	const char *token; /* "Refs", "BREAKING CHANGE" (not NUL-terminated) */
	size_t token_len;
	const char *value; /* after the separator, to the end of the line */
	size_t value_len;
	char separator;    /* ':' or '#' */
	bool conventional; /* a Conventional Commits footer */
	bool git;          /* a trailer to Git */
} gl_footer;

typedef GL_VEC(gl_footer) gl_footers;

/*
 * Appends the footers of the last paragraph of lines head+1 .. last of `t`
 * to `out`. `head` is the line the header is read from: the subject, or a
 * merged request's title (gl_outline_read), which is never a footer; nor is
 * a paragraph right under it, which starts the body. With `comments`, lines
 * starting with '#' are Git's comments and ignored (a message file in a
 * hook); without, they are text (a message from history).
 */
void gl_footers_read(gl_footers *out, const gl_text *t, unsigned head, unsigned last,
		     bool comments);

/* Whether the footer's token is `name`, case-insensitively. */
bool gl_footer_is(const gl_footer *f, const char *name);

/* Whether s[0..len) is a trailer Git itself writes: Signed-off-by, "(cherry picked from commit". */
bool gl_footer_git_made(const char *s, size_t len);

/*
 * "BREAKING CHANGE: note" or "BREAKING-CHANGE: note" (upper case, as
 * Conventional Commits says; blanks may stand before the colon) at the start
 * of s[0..len): the offset of the note, after the colon and its blanks; 0
 * when s is no such line.
 */
size_t gl_footer_breaking(const char *s, size_t len);

#endif
