/*
 * govlog/log.h — the decision log: every record file of a repository, parsed.
 *
 * Without explicit paths the decision folders are found by layout detection:
 * an adr-tools ".adr-dir", a log4brains ".log4brains.yml", then the usual
 * folders (doc/adr, docs/adr, docs/decisions, adr, decisions, beslutninger, …).
 */
#ifndef GOVLOG_LOG_H
#define GOVLOG_LOG_H

#include "govlog/common.h"
#include "govlog/diag.h"
#include "govlog/record.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct govlog_log govlog_log;

typedef struct govlog_log_options {
	unsigned version;
	/* Files or folders to read, as the user typed them; none means "detect". */
	const char *const *paths;
	size_t path_count;
	/* With detection, an empty log instead of GOVLOG_ENOTFOUND when no
	 * decision folder exists yet (for writing the first record). */
	bool allow_empty;
	/* Only the root and its configuration, no records (for hooks that need no log). */
	bool config_only;
	/* Read the records as staged in the Git index (GIT_INDEX_FILE when set)
	 * instead of the work tree: what the next commit will hold. */
	bool staged;
	/* Read the records from this revision's tree (any commit-ish) instead
	 * of the work tree; NULL for the work tree. */
	const char *revision;
	/* (version 2) Named files and folders inside the log's decision folders
	 * are read with the records of the log they relate to (those they name
	 * by ID or link to, those sharing their number, those without one) and
	 * their folder's template, as the pre-commit hook reads staged records,
	 * so that their links, IDs and template resolve as in a check of the
	 * whole log; govlog_log_named_count() counts the named ones, and a check
	 * reports on them alone. Work tree only. */
	bool in_context;
} govlog_log_options;

#define GOVLOG_LOG_OPTIONS_VERSION 2
/* clang-format off */
#define GOVLOG_LOG_OPTIONS_INIT {GOVLOG_LOG_OPTIONS_VERSION, NULL, 0, false, false, false, NULL, false}
/* clang-format on */

/*
 * Reads the log of the repository (or folder) containing the current working
 * directory. Records are ordered by path. Files that cannot be read become
 * diagnostics that govlog_check_run reports, not failures.
 * Returns 0; GOVLOG_ENOTFOUND when a named path does not exist or no decision
 * folder is found; GOVLOG_EIO when a folder cannot be listed; GOVLOG_EREPO
 * when the index cannot be read; GOVLOG_EINVALID for a revision that does
 * not resolve or an unknown options version.
 */
GOVLOG_API int govlog_log_open(govlog_log **out, const govlog_log_options *opts);
/* Accepts NULL. */
GOVLOG_API void govlog_log_free(govlog_log *log);

GOVLOG_API size_t govlog_log_count(const govlog_log *log);
/*
 * The records the user named, when the log was opened with `in_context` and
 * named paths lay inside its decision folders; else govlog_log_count().
 */
GOVLOG_API size_t govlog_log_named_count(const govlog_log *log);
GOVLOG_API const govlog_record *govlog_log_record_at(const govlog_log *log, size_t i);
/*
 * The first record with this ID (case-insensitive), else the one record whose
 * ID has the same letters and number written with other leading zeros
 * ("ADR-001" and "adr-1" name ADR-0001 when no other ADR record has number 1),
 * or NULL.
 */
GOVLOG_API const govlog_record *govlog_log_find(const govlog_log *log, const char *id);
/*
 * The record a user names, as adr-tools users name them: its ID
 * (case-insensitive), else a bare number ("7", "0007") matching the record
 * whose ID number is 7, whatever its prefix and zero padding ("ADR-0007", a
 * file "0007-….md"). Returns 0 with *out set; GOVLOG_ENOTFOUND when nothing
 * matches; GOVLOG_EINVALID when a number matches several records (the
 * message, in the log's language, names them). *out is borrowed from the log.
 */
GOVLOG_API int govlog_log_lookup(const govlog_record **out, const govlog_log *log,
				 const char *name);
/*
 * The request kind (SPEC §2.6): feature requests kept as records in their own
 * folders — `requests.folders` in .govlog.yml, else the usual ones that exist
 * (requests/, docs/requests/, oensker/, ønsker/, udviklingsoensker/). Their
 * IDs come from front matter `id` or the file name ("FR-12-x.md" → "FR-12",
 * "0012-x.md" → "FR-0012" with `requests.id-prefix`, "FR" by default). They
 * are read only when the whole log is read from the work tree (no paths, no
 * index or revision), and are never checked as decisions.
 */
GOVLOG_API size_t govlog_log_request_count(const govlog_log *log);
GOVLOG_API const govlog_record *govlog_log_request_at(const govlog_log *log, size_t i);
/* The request with this ID, as govlog_log_find finds records ("FR-12" names FR-0012), or NULL. */
GOVLOG_API const govlog_record *govlog_log_find_request(const govlog_log *log, const char *id);
/* The request folders, relative to the current directory (configured ones may not exist yet). */
GOVLOG_API size_t govlog_log_request_folder_count(const govlog_log *log);
GOVLOG_API const char *govlog_log_request_folder_at(const govlog_log *log, size_t i);

/* The repository's (or the current folder's) root, absolute. */
GOVLOG_API const char *govlog_log_root(const govlog_log *log);
/* Decision folders that were read, relative to the current directory. */
GOVLOG_API size_t govlog_log_folder_count(const govlog_log *log);
GOVLOG_API const char *govlog_log_folder_at(const govlog_log *log, size_t i);

/*
 * The language govlog writes in for this log: diagnostics, hints, summaries,
 * table headers and the tool's messages. `language: da` or `language: en` in
 * .govlog.yml decides; else the records do (govlog_record_language): Danish
 * when more of them are Danish than English, English on a tie. When no record
 * tells (an empty log, or one read with config_only), the configured profile
 * does: os2-da is Danish, the others English; with no profile, English.
 * A log read in part (a hook's staged records) is judged by what it read.
 */
GOVLOG_API govlog_lang govlog_log_language(const govlog_log *log);

#ifdef __cplusplus
}
#endif

#endif
