/*
 * govlog/check.h — validate a decision log.
 */
#ifndef GOVLOG_CHECK_H
#define GOVLOG_CHECK_H

#include "govlog/common.h"
#include "govlog/diag.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct govlog_check_options {
	unsigned version;
	/* A built-in profile name ("nygard", "madr", "os2-da", "os2-en"), or NULL
	 * to judge each record by the profile its own style and language match. */
	const char *profile;
	/* A commit range "BASE..HEAD" (or "BASE", meaning BASE..HEAD): also check
	 * each change it makes against the record's previous version (status
	 * transitions, frozen decisions) and the IDs the BASE side added since
	 * the fork. NULL for none. */
	const char *range;
	/* Since version 2: the pull requests as `gh pr list --json` wrote them, for
	 * the range's review rule (who approved each one). NULL for none. */
	const char *pr_data;
} govlog_check_options;

/* Version 1 (without pr_data) is still read. */
#define GOVLOG_CHECK_OPTIONS_VERSION 2
/* clang-format off */
#define GOVLOG_CHECK_OPTIONS_INIT {GOVLOG_CHECK_OPTIONS_VERSION, NULL, NULL, NULL}
/* clang-format on */

/*
 * Runs every record rule over the log and appends the findings to `out`,
 * sorted. Problems found are not failures: the return is 0 whenever the check
 * ran, GOVLOG_EINVALID for an unknown profile or options version or a range
 * that does not resolve, GOVLOG_EREPO when the range's history cannot be read
 * (a shallow clone: the message says how to fetch it).
 */
GOVLOG_API int govlog_check_run(govlog_diag_list *out, const govlog_log *log,
				const govlog_check_options *opts);

/* Names of the built-in profiles, NULL past the end. */
GOVLOG_API const char *govlog_check_profile_name_at(size_t i);

#ifdef __cplusplus
}
#endif

#endif
