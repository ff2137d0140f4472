/*
 * govlog/trace.h — traceability from feature request to release (SPEC §6):
 * requests (issues, tickets, request records) ↔ decisions (their `requests`
 * field) ↔ commits (references and Decision: trailers) ↔ pull requests ↔
 * releases, and every gap in that chain.
 */
#ifndef GOVLOG_TRACE_H
#define GOVLOG_TRACE_H

#include <stdio.h>

#include "govlog/common.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum govlog_trace_format {
	GOVLOG_TRACE_MD = 0,
	GOVLOG_TRACE_JSON,
	GOVLOG_TRACE_CSV,
	GOVLOG_TRACE_HTML,
	GOVLOG_TRACE_DOT,
} govlog_trace_format;

typedef struct govlog_trace_options {
	unsigned version;
	const char *range; /* "A..B": only the commits of the range; NULL: the whole history */
	govlog_trace_format format;
	/*
	 * The gap list covers the commits released after this release tag, or on
	 * or after this date ("YYYY-MM-DD", UTC), and the unreleased ones; NULL:
	 * the releases of the year before the newest commit (see `all_gaps`).
	 * The matrix always covers every commit.
	 */
	const char *since;
	bool all_gaps; /* with since NULL: the gaps of every release */
	/* pull requests as `gh pr list --json …` wrote them (see
	 * govlog_release_options.pr_data); NULL: none */
	const char *pr_data;
} govlog_trace_options;

/* Version 1 (without since, all_gaps and pr_data) is still read. */
#define GOVLOG_TRACE_OPTIONS_VERSION 2
/* clang-format off */
#define GOVLOG_TRACE_OPTIONS_INIT {GOVLOG_TRACE_OPTIONS_VERSION, NULL, GOVLOG_TRACE_MD, NULL, false, NULL}
/* clang-format on */

/*
 * Writes the traceability matrix and its gaps: requests no commit refers to,
 * feature and fix commits that name no request, accepted decisions no commit
 * implements, released commits that implement a decision that is only
 * proposed or was rejected, and references to records the log does not have.
 * Housekeeping (typo and lint fixes, changelog edits, version and dependency
 * bumps) is no feature or fix. A gap about a commit names its release and
 * pull request; commit gaps are those of the window opts->since sets. The
 * gap list opens with the window and a count per kind. The summary counts
 * the pull requests reviewed across vendors; a section lists each
 * cherry-picked fix with the releases of each maintenance line it landed
 * in. *gaps is their number. Returns 0; GOVLOG_EINVALID for a range that does not resolve, a
 * `since` that is neither a release tag nor a date, or an unknown options
 * version; GOVLOG_EREPO; GOVLOG_EIO.
 */
GOVLOG_API int govlog_trace_write(size_t *gaps, FILE *out, const govlog_log *log,
				  const govlog_trace_options *opts);

#ifdef __cplusplus
}
#endif

#endif
