/* The trace graph behind govlog_trace_write: requests, decisions, their commits, and the gaps. */
#ifndef GOVLOG_TRACE_TRACE_INTERNAL_H
#define GOVLOG_TRACE_TRACE_INTERNAL_H

#include "govlog/trace.h"
#include "trace/notes.h"
#include "trace/release_internal.h"

typedef GL_VEC(size_t) gl_index_vec;

/* A request: an issue (#12, owner/repo#12), a ticket (AR-519) or a request record (FR-12). */
typedef struct gl_request {
	char *key;              /* "#12", "owner/repo#12", "AR-519", "FR-12" */
	gl_ref_kind kind;       /* GL_REF_ISSUE, GL_REF_TICKET or GL_REF_RECORD */
	char *repo;             /* for issues of another repository; NULL: this one */
	const char *id;         /* the number or key (within `key`) */
	gl_index_vec decisions; /* indices into the log's records that name it */
	gl_index_vec commits;   /* indices into h->changes that refer to it */
} gl_request;

typedef struct gl_decision_trace {
	const govlog_record *record;
	gl_index_vec requests; /* indices into requests */
	gl_index_vec commits;  /* indices into h->changes naming it in Decision: */
} gl_decision_trace;

typedef enum gl_gap_kind {
	GL_GAP_REQUEST_NO_COMMIT,
	GL_GAP_COMMIT_NO_REQUEST,
	GL_GAP_DECISION_NOT_IMPLEMENTED,
	GL_GAP_UNACCEPTED_RELEASED,
	GL_GAP_UNKNOWN_RECORD,
	GL_GAP__COUNT
} gl_gap_kind;

typedef struct gl_gap {
	gl_gap_kind kind;
	char *subject; /* what it is about: "#21", "1a2b3c4", "ADR-0008" */
	char *message;
	size_t change; /* index into h->changes of the commit it is about; SIZE_MAX: none */
} gl_gap;

/* Which releases' commits the gap list covers (unreleased commits always count). */
typedef enum gl_window_kind {
	GL_WINDOW_YEAR,      /* released in the year before the newest commit (the default) */
	GL_WINDOW_AFTER_TAG, /* released after a release (by precedence) */
	GL_WINDOW_FROM_DATE, /* released on or after a date */
	GL_WINDOW_ALL,       /* every release */
} gl_window_kind;

typedef struct gl_gap_window {
	gl_window_kind kind;
	size_t after;    /* GL_WINDOW_AFTER_TAG: the release's index */
	int64_t from;    /* GL_WINDOW_FROM_DATE, GL_WINDOW_YEAR: its first second (UTC) */
	const char *tag; /* GL_WINDOW_AFTER_TAG: the release's tag (the history's string) */
	char date[11];   /* GL_WINDOW_FROM_DATE, GL_WINDOW_YEAR: the first day, "2025-12-03" */
	size_t releases; /* how many releases fall inside */
} gl_gap_window;

typedef struct gl_trace {
	gl_selection sel; /* the history and the commits traced */
	gl_notes notes;
	GL_VEC(gl_request) requests;
	GL_VEC(gl_decision_trace) decisions;
	GL_VEC(gl_gap) gaps;
	gl_gap_window window;
	size_t gap_counts[GL_GAP__COUNT];
	struct gl_str_map *request_map;
} gl_trace;

int gl_trace_build(gl_trace *t, const govlog_log *log, const govlog_trace_options *o);
void gl_trace_release(gl_trace *t);

/*
 * Whether a commit that names no request is a gap: a feature or a fix, not a
 * merge, fixup or cancelled revert, and no housekeeping (typos, lint,
 * changelog edits, version and dependency bumps).
 */
bool gl_gap_counts(const gl_change *c);
/*
 * Sets the window: after the release `since` names, from the date it is
 * ("YYYY-MM-DD"), every release (`all`), else the year before the newest
 * commit. Returns 0, or GOVLOG_EINVALID for a `since` that is neither.
 */
int gl_window_set(gl_gap_window *w, const gl_history *h, const char *since, bool all);
/* Where the window starts, as shown: the tag or the date; NULL for every release. */
const char *gl_window_since(const gl_gap_window *w);
/* Appends "Gaps since 2.0.0 (3 releases)." in `lang`, plain text (the tag as written). */
void gl_window_line(gl_buf *out, const gl_gap_window *w, govlog_lang lang);
/* Whether the gap list covers a commit of this release (GL_UNRELEASED: always). */
bool gl_window_has(const gl_trace *t, size_t release);

const char *gl_gap_key(gl_gap_kind k);
const char *gl_gap_title(gl_gap_kind k, govlog_lang lang);

/* Rendering, in trace_render.c. */
void gl_trace_md(gl_buf *out, const gl_trace *t);
void gl_trace_json(gl_buf *out, const gl_trace *t);
void gl_trace_csv(gl_buf *out, const gl_trace *t);
void gl_trace_dot(gl_buf *out, const gl_trace *t);

#endif
