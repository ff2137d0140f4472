/* The meeting model shared by its reader (meeting.c, meeting_read.c), approval.c and the rules. */
#ifndef GOVLOG_CHECK_MEETING_INTERNAL_H
#define GOVLOG_CHECK_MEETING_INTERNAL_H

#include "govlog/meeting.h"
#include "record/record_internal.h"
#include "util/arena.h"
#include "util/vec.h"
#include "check/rules/minutes.h"

struct govlog_meeting {
	govlog_record *rec; /* owned */
	char date[11];
	const char *group;     /* as written, "" when none */
	const char *group_key; /* gl_body_key of it: what approvals compare */
	govlog_meeting_doc doc;
	GL_VEC(const char *) attendees;
	GL_VEC(const govlog_record *) decisions;
	/* Link targets (display paths) that lead to no record: a renamed record's old name. */
	GL_VEC(const char *) dangling;
	GL_VEC(govlog_pos) dangling_pos; /* where each is linked */
	const char *renamed_from;        /* display path before the oldest rename, or NULL */
	const char *renamed_commit;
	char former_date[11]; /* the date the former name gave, "" when none or the same */
};

/* A rename of a Markdown file, as display paths. */
typedef struct gl_meeting_rename {
	const char *from, *to, *commit;
} gl_meeting_rename;

struct govlog_meetings {
	const govlog_log *log;
	gl_arena arena; /* every string of the meetings */
	GL_VEC(govlog_meeting *) items;
	GL_VEC(gl_meeting_rename) renames; /* newest first */
	struct gl_own_repo *own;           /* the repository's address, for absolute links */
};

/*
 * The body a text names, as the key approvals compare: "styregruppe" for
 * styregruppen, styregruppemødet, steering group, steering committee;
 * "koordinationsgruppe" for the coordination group; else NULL. `lower` is
 * lower case; *at and *len (when not NULL) say where the mention is.
 */
const char *gl_body_mention(const char *lower, size_t len, size_t *at, size_t *mention_len);

/* The key of a group name as a folder writes it: a known body's, else the name in lower case. */
const char *gl_body_key(gl_arena *a, const char *group);

/* The date a file name starts with (YYYYMMDD, YYYY-MM-DD, YYYY_MM_DD, DD-MM-YYYY): iso[0] = 0 when
 * none. */
void gl_meeting_name_date(const char *path, char iso[11]);

/* Fills date, group, doc, attendees and decisions of a meeting read into mt->rec. */
void gl_meeting_read(govlog_meetings *m, govlog_meeting *mt);
/* The meetings of minutes read already (gl_minutes_load); takes the records
 * (the vector is left empty); free with govlog_meetings_free. */
govlog_meetings *gl_meetings_of(const govlog_log *log, gl_record_vec *minutes);

/* Attendees (meeting_refs.c): a "Deltagere:" / "Attendees:" line or the list under it. */
void gl_meeting_read_people(govlog_meetings *m, govlog_meeting *mt);
/* The records it references (meeting_refs.c): links, own GitHub links, IDs in the text. */
void gl_meeting_read_refs(govlog_meetings *m, govlog_meeting *mt);

/* The first date at a word's start in s[0..len), as ISO into iso (iso[0] = 0: none);
 * returns its offset (or len). */
size_t gl_text_first_date(const char *s, size_t len, char iso[11]);

#endif
