/*
 * Meetings as records: the agendas and minutes a repository keeps beside its
 * decision log (SPEC §2.6), and the approval evidence of accepted decisions.
 */
#ifndef GOVLOG_MEETING_H
#define GOVLOG_MEETING_H

#include <stdio.h>

#include "govlog/common.h"
#include "govlog/log.h"
#include "govlog/record.h"
#include "govlog/render.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The meetings of a log; opaque. */
typedef struct govlog_meetings govlog_meetings;
/* One agenda or set of minutes; borrowed from its govlog_meetings. */
typedef struct govlog_meeting govlog_meeting;

typedef enum govlog_meeting_doc {
	GOVLOG_MEETING_DOC_UNKNOWN = 0, /* the name says neither */
	GOVLOG_MEETING_AGENDA,          /* dagsorden, agenda */
	GOVLOG_MEETING_MINUTES,         /* referat, minutes */
} govlog_meeting_doc;

/*
 * Reads the meetings of the whole repository's log: every Markdown file under
 * the minutes folders (dagsordner-og-referater, referater, meetings, minutes,
 * the same under docs/, and decisions.governance-folders), with its date (the
 * file name's YYYYMMDD / YYYY-MM-DD, else the front matter's date, else the
 * first date in its first lines), its group (the folder under the minutes
 * folder, else a body the name or the first lines name), agenda or minutes,
 * attendees, the decisions it references (relative links, links to the
 * repository's own files on GitHub, IDs in the text such as ADR-0007 or
 * SDR 3) and the name Git history shows it had before a rename. Ordered by
 * date, then path. A log of named paths only has no meetings. The log must
 * outlive the result. Returns 0 (*out set; free with govlog_meetings_free)
 * or a negative GOVLOG_E* code.
 */
GOVLOG_API int govlog_meetings_load(govlog_meetings **out, const govlog_log *log);
GOVLOG_API void govlog_meetings_free(govlog_meetings *m);
GOVLOG_API size_t govlog_meetings_count(const govlog_meetings *m);
GOVLOG_API const govlog_meeting *govlog_meetings_at(const govlog_meetings *m, size_t i);

/*
 * The meeting `name` names: its path (as the log shows paths, or as the
 * user typed it relative to the current folder), or "YYYY-MM-DD" or
 * "YYYY-MM-DD/GROUP" (the group in any case; minutes before an agenda of the
 * same day). NULL when none, or when a date names meetings of several groups.
 */
GOVLOG_API const govlog_meeting *govlog_meetings_find(const govlog_meetings *m, const char *name);

GOVLOG_API const char *govlog_meeting_path(const govlog_meeting *mt);
/* "YYYY-MM-DD", or "" when no date was found. */
GOVLOG_API const char *govlog_meeting_date(const govlog_meeting *mt);
/* The group as the folder or text names it ("styregruppe"), or "". */
GOVLOG_API const char *govlog_meeting_group(const govlog_meeting *mt);
GOVLOG_API govlog_meeting_doc govlog_meeting_doc_kind(const govlog_meeting *mt);
/* "agenda", "minutes" or "" (the JSON and CSV words). */
GOVLOG_API const char *govlog_meeting_doc_name(govlog_meeting_doc d);
GOVLOG_API const char *govlog_meeting_title(const govlog_meeting *mt);
GOVLOG_API size_t govlog_meeting_attendee_count(const govlog_meeting *mt);
GOVLOG_API const char *govlog_meeting_attendee_at(const govlog_meeting *mt, size_t i);
/* The records it references, in the order first referenced, each once. */
GOVLOG_API size_t govlog_meeting_decision_count(const govlog_meeting *mt);
GOVLOG_API const govlog_record *govlog_meeting_decision_at(const govlog_meeting *mt, size_t i);
/* The path the file had before Git history shows it renamed (the oldest), or NULL. */
GOVLOG_API const char *govlog_meeting_renamed_from(const govlog_meeting *mt);
/* The meeting's file as a parsed record (its text, links and title). */
GOVLOG_API const govlog_record *govlog_meeting_record(const govlog_meeting *mt);

/*
 * Writes meetings as a table (headers in `lang`), JSON or CSV: date, group,
 * document kind, title, path and the decisions referenced (IDs).
 * Returns 0 or GOVLOG_EIO.
 */
GOVLOG_API int govlog_meeting_list_write(FILE *f, const govlog_meeting *const *meetings, size_t n,
					 govlog_list_format fmt, govlog_lang lang);
/* One meeting's facts as labelled lines in `lang` (govlog show). 0 or GOVLOG_EIO. */
GOVLOG_API int govlog_meeting_meta_write(FILE *f, const govlog_meeting *mt, govlog_lang lang);

typedef enum govlog_approval_kind {
	GOVLOG_APPROVAL_NONE = 0,     /* no evidence found */
	GOVLOG_APPROVAL_MEETING,      /* minutes of the deciding body */
	GOVLOG_APPROVAL_PULL_REQUEST, /* "approved in #123", a pull request's URL */
} govlog_approval_kind;

/* What a decision's text says of its approval, and what it was found to be. */
typedef struct govlog_approval {
	govlog_approval_kind kind;
	const govlog_meeting *meeting; /* GOVLOG_APPROVAL_MEETING: the minutes found */
	char claimed_date[11];         /* the date the text names, "" when none */
	char claimed_group[64];        /* the body the text names, "" when none */
	char pull_request[160];        /* "#123" or the URL, for GOVLOG_APPROVAL_PULL_REQUEST */
	govlog_pos pos;                /* where the text says it; {0, 0} when not said */
	/* The text names a meeting that was moved: the minutes of that body that
	 * Git history shows renamed from a file of the claimed date. */
	bool moved;
	/* The text names the body without a date ("på førstkommende
	 * styregruppemøde"): claimed_date is the record's own. */
	bool undated;
} govlog_approval;

/*
 * Finds the approval evidence of a record: a sentence of its status note or
 * text naming a body and a date ("på styregruppemødet den 4. juni 2026",
 * "godkendt af koordinationsgruppen 12.03.2026", "approved at the steering
 * group meeting on 4 June 2026") is matched to that body's minutes of that
 * date (or to minutes renamed from that date: a moved meeting); an approval
 * naming a pull request ("approved in #123", its URL) is a pull request;
 * else minutes of the record's date that reference the record count. Fills
 * *out (kind NONE when nothing); never fails.
 */
GOVLOG_API void govlog_approval_find(govlog_approval *out, const govlog_meetings *m,
				     const govlog_record *r);

/* The evidence as govlog show prints it ("Approval: minutes PATH (DATE)"), in `lang`;
 * nothing when there is none. Returns 0 or GOVLOG_EIO. */
GOVLOG_API int govlog_approval_write(FILE *f, const govlog_approval *a, govlog_lang lang);

#ifdef __cplusplus
}
#endif

#endif
