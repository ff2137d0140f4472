/* What the hooks and the range checks share about commit messages. */
#ifndef GOVLOG_COMMIT_INTERNAL_H
#define GOVLOG_COMMIT_INTERNAL_H

#include "govlog/commit.h"
#include "repo/commits.h"

struct gl_config;
struct gl_match;

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
