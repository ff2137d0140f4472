/*
 * govlog/fmt.h — records rewritten into a profile's canonical form.
 *
 * fmt changes a record's form, never its content: every field (known or
 * not), note, section and approval trail survives; status words stay as the
 * log writes them unless canonical words are asked for; a value that cannot
 * be read (a date that is no date) is kept as written and reported. Before
 * anything is shown or written the new text is read back and compared with
 * the old — ID, title, status and its word, note, date, type, deciders,
 * every other field, links and section texts — and a record whose rewrite
 * would change any of them is left as it is and reported.
 */
#ifndef GOVLOG_FMT_H
#define GOVLOG_FMT_H

#include <stdio.h>

#include "govlog/common.h"
#include "govlog/log.h"
#include "govlog/record.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct govlog_fmt_options {
	unsigned version;
	/* nygard, madr, os2-da, os2-en; NULL: the configured profile, else the
	 * one each record's own form matches. */
	const char *profile;
	/* Write status words in the profile's words ("Godkendt" → "Accepteret"). */
	bool canonical_words;
	/* Where the diff goes (unified, three lines of context, a/ and b/ paths
	 * from the repository root: `git apply` takes it); NULL: replace the
	 * files instead (atomically, under the work tree's lock). */
	FILE *diff;
	/* Where fmt says what it kept as written or left as it is, a line each,
	 * in the log's language; NULL: nowhere. */
	FILE *notes;
	/* Where govlog_log_format names each file it replaced ("rewrote PATH"),
	 * in the log's language; NULL: nowhere. */
	FILE *done;
} govlog_fmt_options;

#define GOVLOG_FMT_OPTIONS_VERSION 1
/* clang-format off */
#define GOVLOG_FMT_OPTIONS_INIT {GOVLOG_FMT_OPTIONS_VERSION, NULL, false, NULL, NULL, NULL}
/* clang-format on */

/* What fmt did with one record. */
typedef struct govlog_fmt_outcome {
	bool changed; /* its form differs: a diff was written, or the file replaced */
	bool kept;    /* a value was kept as written (a note says which) */
	bool left;    /* it was left as it is: no safe rewrite (a note says why) */
} govlog_fmt_outcome;

/*
 * Rewrites record `r` of `log` into the canonical form (see above). Returns
 * 0 (a record left as it is is no failure: out->left says so);
 * GOVLOG_EINVALID for an unknown profile or options version; GOVLOG_EIO when
 * the diff or the file cannot be written, or the file changed since the log
 * read it (it is then not replaced).
 */
GOVLOG_API int govlog_record_rewrite(govlog_fmt_outcome *out, const govlog_log *log,
				     const govlog_record *r, const govlog_fmt_options *opts);

/* What fmt did with a log: how many records changed, kept a value, were left. */
typedef struct govlog_fmt_totals {
	size_t changed, kept, left;
} govlog_fmt_totals;

/*
 * govlog_record_rewrite for every record of the log, in order. Replacing
 * files (opts->diff NULL), it holds the work tree's lock for the whole run
 * and first removes the temporary files a crash left in the root and the
 * decision folders. Stops at the first failure and returns it.
 */
GOVLOG_API int govlog_log_format(govlog_fmt_totals *out, const govlog_log *log,
				 const govlog_fmt_options *opts);

#ifdef __cplusplus
}
#endif

#endif
