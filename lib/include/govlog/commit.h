/*
 * govlog/commit.h — commit messages: Conventional Commits 1.0 and trailers.
 */
#ifndef GOVLOG_COMMIT_H
#define GOVLOG_COMMIT_H

#include <stddef.h>

#include "common.h"
#include "diag.h"
#include "log.h"

typedef struct govlog_commit_options {
	unsigned version;
	/* Allowed types; NULL: feat fix docs style refactor perf test build ci chore revert. */
	const char *const *types;
	size_t type_count;
	/* Types that need a Refs:, Fixes: or Closes: trailer; none by default. */
	const char *const *require_refs;
	size_t require_refs_count;
} govlog_commit_options;

#define GOVLOG_COMMIT_OPTIONS_VERSION 1
/* clang-format off */
#define GOVLOG_COMMIT_OPTIONS_INIT {GOVLOG_COMMIT_OPTIONS_VERSION, NULL, 0, NULL, 0}
/* clang-format on */

/*
 * Checks one commit message (as Git writes it to the commit-msg hook's file;
 * comment lines starting with '#' are ignored), shown as `name`: the
 * Conventional Commits header `type(scope)!: description`, the allowed type,
 * the description, a required reference, and `Decision:` trailers, which must
 * name an accepted record of `log` (when log is not NULL). Merge, revert,
 * fixup!, squash! and amend! messages are recognised and not held to the
 * header rules. Findings go to `out`; an error shows the line with a caret and
 * a corrected example in its hint. Returns 0, or GOVLOG_EINVALID for bad options.
 */
GOVLOG_API int govlog_commit_check(govlog_diag_list *out, const char *name, const char *message,
				   size_t len, const govlog_log *log,
				   const govlog_commit_options *opts);

#endif
