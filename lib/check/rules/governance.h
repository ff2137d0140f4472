/* The governance rules' two halves: which files (governance.c), and their text (governance_text.c).
 */
#ifndef GOVLOG_RULES_GOVERNANCE_H
#define GOVLOG_RULES_GOVERNANCE_H

#include "check/rules/rules.h"

/* One file being checked. */
typedef struct gl_gov_file {
	govlog_diag_list *out;
	const char *shown; /* its path as the user sees it */
	bool template;     /* an issue or pull-request template: GitHub shows it */
	bool liquid_ok;    /* a page of a Jekyll site, which Jekyll renders */
} gl_gov_file;

/* governance/placeholder, and governance/liquid unless liquid_ok, in a Markdown file's text. */
void gl_gov_check_markdown(const gl_gov_file *f, const char *data, size_t len);
/*
 * governance/placeholder in a contact link's URL (the issue chooser's). When
 * the URL stands in the file as_written, pos is its first character and a
 * finding gets its own column; otherwise (escapes, folded lines) it is
 * reported at pos, where the value starts.
 */
void gl_gov_check_url(const gl_gov_file *f, const char *url, govlog_pos pos, bool as_written);

/* Whether s[0..len) starts with prefix, ASCII case aside. */
bool gl_gov_starts_nocase(const char *s, size_t len, const char *prefix);
/* Whether s[0..len) is one of list[0..n), with or without ASCII case. */
bool gl_gov_in_list(const char *s, size_t len, const char *const *list, size_t n, bool nocase);

#endif
