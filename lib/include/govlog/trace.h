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
	/* since version 2: pull requests as `gh pr list --json …` wrote them (see
	 * govlog_release_options.pr_data); NULL: none */
	const char *pr_data;
} govlog_trace_options;

/* Version 1 (without `pr_data`) is still read. */
#define GOVLOG_TRACE_OPTIONS_VERSION 2
/* clang-format off */
#define GOVLOG_TRACE_OPTIONS_INIT {GOVLOG_TRACE_OPTIONS_VERSION, NULL, GOVLOG_TRACE_MD, NULL}
/* clang-format on */

/*
 * Writes the traceability matrix and its gaps: requests no commit refers to,
 * feature and fix commits that name no request, accepted decisions no commit
 * implements, released commits that implement a decision that is only
 * proposed or was rejected, and references to records the log does not have.
 * *gaps is their number. Returns 0; GOVLOG_EINVALID for a range that does
 * not resolve or an unknown options version; GOVLOG_EREPO; GOVLOG_EIO.
 */
GOVLOG_API int govlog_trace_write(size_t *gaps, FILE *out, const govlog_log *log,
				  const govlog_trace_options *opts);

#ifdef __cplusplus
}
#endif

#endif
