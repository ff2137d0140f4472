/*
 * The Conventional Commits 1.0 header, `type(scope)!: description`: the one
 * parser the commit-msg hook, check --commits and the release notes share.
 */
#ifndef GOVLOG_COMMIT_HEADER_H
#define GOVLOG_COMMIT_HEADER_H

#include <stdbool.h>
#include <stddef.h>

/* Where a header stops following the grammar. */
typedef enum gl_header_stop {
	GL_HEADER_HOLDS,
	GL_HEADER_NO_TYPE,    /* it does not start with a letter */
	GL_HEADER_NO_CLOSE,   /* "(" without ")" */
	GL_HEADER_NO_COLON,   /* something else where ':' belongs, after the type, the
				 scope or '!' (a ':' may come later) */
	GL_HEADER_NO_SPACE,   /* ':' without a space after it */
	GL_HEADER_NO_SUBJECT, /* nothing after ": " */
} gl_header_stop;

typedef struct gl_header {
	size_t type_len;     /* the type is s[0..type_len): letters, any case */
	size_t scope;        /* the scope is s[scope..scope + scope_len), as written */
	size_t scope_len;    /* 0: no scope, or an empty "()" */
	bool has_scope;      /* parentheses were written, empty ones too */
	bool bang;           /* '!' before the colon: a breaking change */
	size_t desc;         /* the description's first byte, after ": " and any more blanks */
	size_t at;           /* where the header stops following the grammar (a byte offset) */
	unsigned col;        /* 0 when the header holds; else the 1-based column (in
				characters) of `at` */
	const char *why;     /* NULL when the header holds; else what is wrong, for a hint */
	gl_header_stop stop; /* HOLDS, or which rule `at` breaks */
} gl_header;

/*
 * Parses s[0..len), a subject without its line ending, as a header. Returns
 * true when it holds: a type of ASCII letters, an optional scope in
 * parentheses (an empty "()" reads as no scope; the checker reports it), an
 * optional '!', ": ", and a description that is not blank. Otherwise returns
 * false with h->at, h->col and h->why saying where and why it stops; the
 * fields before that point are filled. Types are letters only, so a ticket
 * prefix such as "AR-519: " or "358: " is no type.
 */
bool gl_header_parse(gl_header *h, const char *s, size_t len);

#endif
