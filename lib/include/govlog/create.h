/*
 * govlog/create.h — writing a new record from the profile's template.
 */
#ifndef GOVLOG_CREATE_H
#define GOVLOG_CREATE_H

#include "govlog/common.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A link `new -l "TARGET:LINK:REVERSE"` adds, as govlog_record_link does. */
typedef struct govlog_new_link {
	const char *target;  /* an ID or a bare number */
	const char *link;    /* "Amends", written into the new record */
	const char *reverse; /* "Amended by", written into the target; NULL or "": none */
} govlog_new_link;

typedef struct govlog_new_options {
	unsigned version;
	const char *kind;       /* "decision", or "beslutning" (govlog_kind_name) */
	const char *title;      /* one line without control characters; escaped as written */
	const char *type;       /* architecture|strategic|operational or ADR|SDR|ODR; NULL: ADR */
	const char *supersedes; /* the ID of a record of the log, or NULL */
	const char *request;    /* a request reference ("#123", "FR-12"), or NULL */
	const char *profile;    /* NULL: the configured one, else the log's own, else nygard */
	const char *lang;       /* "da" or "en" for the slug; NULL: the profile's */
	bool pending; /* with supersedes: only the new record names it (marked when accepted) */
	const govlog_new_link *links; /* links to existing records, or NULL */
	size_t link_count;
	govlog_changed_fn changed; /* told each existing file changed, or NULL */
	void *payload;             /* handed to `changed` */
} govlog_new_options;

#define GOVLOG_NEW_OPTIONS_VERSION 2
/* clang-format off */
#define GOVLOG_NEW_OPTIONS_INIT {GOVLOG_NEW_OPTIONS_VERSION, "decision", NULL, NULL, NULL, NULL, NULL, NULL, false, NULL, 0, NULL, NULL}
/* clang-format on */

/*
 * The kind a word names, in English or Danish, in any case: "decision" or
 * "beslutning" → "decision", "request" or "ønske" → "request"; NULL when it
 * names none. The result is a static string.
 */
GOVLOG_API const char *govlog_kind_name(const char *word);

/*
 * Writes the next record of the log's first decision folder (or the
 * profile's usual folder, created when missing): the next number (or today's
 * date for a log named by dates), a slug of the title, today's date
 * (SOURCE_DATE_EPOCH when set) and the Git author as decider. The file is
 * written to a temporary name and linked into place, under a lock on the
 * folder: two concurrent calls get two numbers, and no file is ever
 * replaced. The title, request and decider are quoted or escaped for the
 * profile's metadata style, so the record reads them back as given.
 * With `supersedes` (an ID or a bare number) the new record names it and,
 * unless `pending`, the old record gets the superseded status and the
 * successor link as govlog_record_set_status does, so the log checks clean
 * right away; each of `links` is added as govlog_record_link adds it. The
 * existing files changed are told to `changed`.
 * *out_path (heap) is the new file as the user should see it.
 * Returns 0; GOVLOG_EINVALID for an unknown options version, a bad kind,
 * title, type, an unknown or ambiguous --supersedes or link target, a
 * record that cannot be superseded (not accepted; `pending` then), `pending`
 * without `supersedes`, or a title, request, link or Git user name with a
 * line break or other control character (nothing is written then);
 * GOVLOG_EIO when writing fails (*out_path is set when the new record was
 * written and only a change to an existing one failed).
 */
GOVLOG_API int govlog_record_create(char **out_path, const govlog_log *log,
				    const govlog_new_options *opts);

/*
 * Writes a request record (SPEC §2.6) from a GitHub issue's JSON json[0..len)
 * as `gh issue view N --json number,title,body,labels,author,url,createdAt`
 * writes it (`shown` names it in messages). The issue form's answers — GitHub
 * renders each under "### Label", "_No response_" when left empty — are read
 * by their labels in English or Danish: the requesting organisation, who
 * commissions and funds it (opdragsgiver), the deciding body, the meeting and
 * the priority go into the front matter (organisation, commissioned-by,
 * deciding-body, meeting, priority) beside title, issue, url, author, date
 * and labels; acceptance criteria and every other answer become sections
 * under their labels. The file goes into the first request folder (else
 * "requests/", "oensker/" in a Danish log) as the next number in the form
 * the folder uses ("FR-13-slug.md", else "0013-slug.md"), under the work
 * tree's lock, created whole: nothing is replaced, and two concurrent runs
 * take two numbers. *out_path (heap) is the new file as the user sees it.
 * Returns 0; GOVLOG_EEXISTS, writing nothing, for an issue a request
 * already records (same URL, else same number); GOVLOG_EINVALID for input
 * that is no valid UTF-8, no JSON, no issue with a number and title, a title
 * or one-line answer with a line break or other control character;
 * GOVLOG_ERROR when a value would not read back as given (nothing is written
 * then); GOVLOG_EIO when writing fails.
 */
GOVLOG_API int govlog_request_from_issue(char **out_path, const govlog_log *log, const char *json,
					 size_t len, const char *shown);

#ifdef __cplusplus
}
#endif

#endif
