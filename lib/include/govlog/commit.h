/*
 * govlog/commit.h — commit messages: Conventional Commits 1.0 and trailers.
 */
#ifndef GOVLOG_COMMIT_H
#define GOVLOG_COMMIT_H

#include <stddef.h>

#include "govlog/common.h"
#include "govlog/diag.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct govlog_commit_options {
	unsigned version;
	/* Allowed types; NULL: feat fix docs style refactor perf test build ci chore revert. */
	const char *const *types;
	size_t type_count;
	/* Types that need a reference (a Refs:, Fixes:, Closes: or Resolves:
	 * trailer, or a match of `references` anywhere); "*" for every commit;
	 * none by default. */
	const char *const *require_refs;
	size_t require_refs_count;
	/* Allowed scopes; NULL: any. */
	const char *const *scopes;
	size_t scope_count;
	/* PCRE2 patterns of the project's ticket references ("AR-\\d+",
	 * "\\[#\\d+\\]"), found anywhere in the message. Issue references
	 * (#12, owner/repo#12, URLs, GitLab !580) and KEY-123 keys are always
	 * understood in a reference trailer. */
	const char *const *references;
	size_t reference_count;
	/* False when the header need not follow Conventional Commits (commits.conventional: off).
	 */
	bool conventional;
	/* True for a message file from a hook: lines starting with '#' are Git's comments. */
	bool comments;
} govlog_commit_options;

#define GOVLOG_COMMIT_OPTIONS_VERSION 1
/* clang-format off */
#define GOVLOG_COMMIT_OPTIONS_INIT \
	{GOVLOG_COMMIT_OPTIONS_VERSION, NULL, 0, NULL, 0, NULL, 0, NULL, 0, true, true}
/* clang-format on */

/*
 * Checks one commit message, shown as `name`: the Conventional Commits header
 * `type(scope)!: description`, the allowed types and scopes, the description,
 * a required reference, reference trailers that name nothing, footers that
 * Conventional Commits and Git's trailer rules read differently, and
 * `Decision:` trailers, which must name an accepted record of `log` (when log
 * is not NULL). The forms Git and the platforms write (merges and merged
 * pull requests, Revert "…", fixup!, squash!, amend!, the web editors'
 * subjects such as "Update README.md") are recognised and not held to the
 * header rules; a merged request's title is never read as a trailer.
 * Findings go to `out`; an error shows the line with a caret under the
 * column where the header stops following the grammar, and a corrected
 * example, in its hint. Returns 0, or GOVLOG_EINVALID for bad options or a
 * reference pattern that does not compile.
 */
GOVLOG_API int govlog_commit_check(govlog_diag_list *out, const char *name, const char *message,
				   size_t len, const govlog_log *log,
				   const govlog_commit_options *opts);

/*
 * Checks the message of every commit of `range` ("BASE..HEAD", or one
 * revision for all it reaches) with the commit rules of the log's
 * configuration, each shown as "commit <short id>"; *count is the number of
 * commits. Without a commits: key in the configuration, the Conventional
 * Commits header is demanded only when the history before the range (from
 * BASE; for one revision, from it) mostly uses it: at least 60 % of the
 * newest 100 commits that are not merges, leaving out the subjects Git and
 * the platforms write (merges, reverts, fixup!, web editors), have a header
 * with one of the default types. Returns 0;
 * GOVLOG_EINVALID for a range that does not resolve; GOVLOG_EREPO when
 * history cannot be read (a shallow clone is named).
 */
GOVLOG_API int govlog_commit_check_range(govlog_diag_list *out, size_t *count,
					 const govlog_log *log, const char *range);

#ifdef __cplusplus
}
#endif

#endif
