/* What the repository's history tells the site: releases, the trace's links and gaps, and
 * each record's status changes. */
#ifndef GOVLOG_SITE_STORY_H
#define GOVLOG_SITE_STORY_H

#include "site/site.h"
#include "trace/trace_internal.h"

/* One commit that changed a record's status. */
typedef struct gl_site_step {
	const gl_change *change; /* its date, author (after .mailmap) and id */
	govlog_status from, to;  /* from GOVLOG_STATUS_NONE: the commit added the record */
} gl_site_step;

typedef GL_VEC(gl_site_step) gl_site_steps;

typedef struct gl_site_story {
	gl_trace trace;       /* the whole history: releases, commits, requests, gaps */
	gl_site_steps *steps; /* per entry of the site, oldest first */
	size_t entries;
	char **release_pages; /* per release of the history: "releases/v1.0.html", or "#rel-v1.0" */
} gl_site_story;

/*
 * Reads the story of the site's log, *out NULL when the log is in no
 * repository. `single`: release pages as sections of one file; `since`: where
 * the gaps' window starts (a release tag or a date; NULL: the trace's
 * default). Returns 0, GOVLOG_EINVALID (a `since` that is neither),
 * GOVLOG_EREPO or GOVLOG_EIO.
 */
int gl_site_story_load(gl_site_story **out, const gl_site *s, bool single, const char *since);
void gl_site_story_free(gl_site_story *st);

/* The history (NULL without a story). */
const gl_history *gl_site_history(const gl_site *s);
/* A release's page, or NULL (no story, or unreleased). */
const char *gl_site_release_page(const gl_site *s, size_t release);

/* release_page.c: the list of releases, newest first, and one release's notes. */
void gl_site_releases_main(gl_buf *out, const gl_site *s, int level);
void gl_site_releases_page(gl_buf *out, const gl_site *s);
int gl_site_release_main(gl_buf *out, const gl_site *s, size_t release, int level);
int gl_site_release_page_write(gl_buf *out, const gl_site *s, size_t release);
/* gaps_page.c: the trace's gaps, counted by kind, then each in a table. */
void gl_site_gaps_main(gl_buf *out, const gl_site *s, int level);
void gl_site_gaps_page(gl_buf *out, const gl_site *s);
/* record_story.c: a record's status history, the commits that name it, its requests. */
void gl_site_record_story(gl_buf *out, const gl_site *s, size_t i, int level);

#endif
