/*
 * "did you mean 'x'?" for broken links at a bounded cost: each folder is
 * listed once per check run, each missing target judged once, and the
 * comparisons of names are capped per run, so a record with a million
 * broken links costs time linear in its links.
 */
#ifndef GOVLOG_RULES_SUGGEST_H
#define GOVLOG_RULES_SUGGEST_H

#include <stdbool.h>

#include "govlog/common.h"
#include "util/buf.h"

/*
 * What one check run may spend on suggestions, in names looked at plus the
 * cells of the edit-distance tables (a few tenths of a second); after that
 * broken links get the general hint.
 */
#define GL_SUGGEST_BUDGET 200000000u

typedef struct gl_suggest gl_suggest;

gl_suggest *gl_suggest_new(void);
/* Accepts NULL. */
void gl_suggest_free(gl_suggest *s);

/*
 * Appends to hint the closest name in the missing target's folder ("did you
 * mean 'x'?", the name's control characters escaped) or, when none is close
 * or the run's budget is spent, the general hint for relative links (nothing for an
 * absolute URL, `relative` false).
 */
void gl_suggest_hint(gl_suggest *s, gl_buf *hint, const char *target, bool relative,
		     govlog_lang lang);

/*
 * False when the listing of the path's folder (read once per run) shows the
 * name is not there; true when it may be (then ask the file system), so a
 * missing target costs no system call after its folder's first.
 */
bool gl_suggest_may_exist(gl_suggest *s, const char *path);

#endif
