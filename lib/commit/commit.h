/* What the hooks and the range checks share about commit messages. */
#ifndef GOVLOG_COMMIT_INTERNAL_H
#define GOVLOG_COMMIT_INTERNAL_H

#include "commit/footers.h"
#include "commit/outline.h"
#include "govlog/commit.h"
#include "repo/commits.h"

struct gl_config;
struct gl_match;

/*
 * A message as the commit checks read it: the outline and the footers the
 * release notes read too (gl_message_parse), and whether it breaks.
 */
typedef struct gl_commit_reading {
	gl_outline outline;
	gl_footers footers; /* after outline.head: a request's title is never one */
	bool breaking;      /* '!' in the header, or a BREAKING CHANGE or BREAKING-CHANGE
			       line after the subject (gl_footer_breaking) */
} gl_commit_reading;

/*
 * Reads the message `t` (gl_outline_read says what `comments` does). The
 * reading points into t's data; release it with gl_commit_reading_release.
 */
void gl_commit_read(gl_commit_reading *r, const gl_text *t, bool comments);
void gl_commit_reading_release(gl_commit_reading *r);

/*
 * govlog_commit_check with the reference patterns already compiled (the
 * configuration compiles commits.references once; opts->references is not read).
 */
void gl_commit_check(govlog_diag_list *out, const char *name, const char *text, size_t len,
		     const govlog_log *log, const govlog_commit_options *opts,
		     const struct gl_match *const *refs, size_t ref_count);

/* The commit rules of a configuration (commits.*), as options for govlog_commit_check. */
void gl_commit_options_from_config(govlog_commit_options *o, const struct gl_config *c);

/*
 * Checks the message of each commit `range` walks, oldest first, with the
 * log's commit rules, each shown as "commit <short id>". *count is the
 * number of commits; when `oldest_parent` is not NULL it receives the first
 * parent of the oldest commit (heap string; NULL for a root commit or none).
 * Returns 0 or the errors of gl_commits_walk.
 */
int gl_commit_check_walk(govlog_diag_list *out, const govlog_log *log, const gl_commit_range *range,
			 size_t *count, char **oldest_parent);

#endif
