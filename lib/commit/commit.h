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

/* Whether type[0..len) is one of the default types (feat, fix, …), in any case. */
bool gl_commit_default_type(const char *type, size_t len);

/* The commit rules of a configuration (commits.*), as options for govlog_commit_check. */
void gl_commit_options_from_config(govlog_commit_options *o, const struct gl_config *c);

/*
 * Commit rules that fit the repository. A configuration with any key under
 * commits: says what the team wants, and is followed. Without one, the
 * Conventional Commits header is demanded only when the repository's own
 * recent history mostly uses it: of the newest GL_COMMIT_FIT_SAMPLE commits
 * reachable from the revision that are not merges (newest first by commit
 * date), leaving out the subjects Git and the platforms write (merges,
 * reverts, fixup!, web editors: gl_form_of), at least GL_COMMIT_FIT_PERCENT
 * per cent have a header with one of the default types ("Referat: …" is a
 * team's own word, not a sign of Conventional Commits). A repository with no commits yet, or whose
 * history cannot be read, keeps the default: headers are demanded.
 */
#define GL_COMMIT_FIT_SAMPLE 100
#define GL_COMMIT_FIT_PERCENT 60

/* Whether the configuration has a key under commits:, which says the team chose its rules. */
bool gl_commit_configured(const struct gl_config *c);

/* Whether the history reachable from `rev` mostly uses Conventional Commits (see above). */
bool gl_commit_history_conventional(const char *root, const char *rev);

/*
 * Sets o->conventional from the history reachable from `rev` (the commit-msg
 * hook: HEAD) when the configuration `c` has no commits: key; leaves it alone
 * otherwise, and when it is already false.
 */
void gl_commit_fit(govlog_commit_options *o, const struct gl_config *c, const char *root,
		   const char *rev);

/*
 * gl_commit_check for the commit-msg hook, with the rules fitted to the
 * history reachable from HEAD (gl_commit_fit), which is read only when the
 * header rules found something: a good message costs no history. `o` is
 * from the configuration `c` (whose compiled reference patterns are used);
 * o->conventional may be set to false.
 */
void gl_commit_check_fitted(govlog_diag_list *out, const char *name, const char *text, size_t len,
			    const govlog_log *log, govlog_commit_options *o,
			    const struct gl_config *c, const char *root);

/* gl_commit_fit for a range "BASE..HEAD", from its base; for one revision, from it. */
void gl_commit_fit_range(govlog_commit_options *o, const struct gl_config *c, const char *root,
			 const char *spec);

/*
 * Checks the message of each commit `range` walks, oldest first, with the
 * log's commit rules (fitted to the history before the range: gl_commit_fit_range), each shown as
 * "commit <short id>". *count is the number of commits; when `oldest_parent` is not NULL it
 * receives the first parent of the oldest commit (heap string; NULL for a root commit or none).
 * Returns 0 or the errors of gl_commits_walk.
 */
int gl_commit_check_walk(govlog_diag_list *out, const govlog_log *log, const gl_commit_range *range,
			 size_t *count, char **oldest_parent);

#endif
