/* What release notes, the changelog and `version` share: a selection of commits and its facts. */
#ifndef GOVLOG_TRACE_RELEASE_INTERNAL_H
#define GOVLOG_TRACE_RELEASE_INTERNAL_H

#include "govlog/release.h"
#include "trace/history.h"

/* The commits of one release or range: indices into h->changes, newest first. */
typedef struct gl_selection {
	gl_history *h;
	size_t release; /* the release, or GL_UNRELEASED for a range */
	GL_VEC(size_t) changes;
} gl_selection;

/* Loads the history and selects the commits of o->tag, o->range or the current release. */
int gl_selection_load(gl_selection *sel, const govlog_log *log, const govlog_release_options *o);
/* Loads the history and selects every commit, or those of `range` when not NULL;
 * `pr_data`: a --pr-data file, or NULL. */
int gl_selection_load_all(gl_selection *sel, const govlog_log *log, const char *range,
			  const char *pr_data);
void gl_selection_release(gl_selection *sel);
/* Newest first (by author time, then id). */
void gl_selection_sort(gl_selection *sel, const gl_history *h);

/*
 * The Markdown notes of release `release` (an index into h->releases) as
 * release-notes writes them, from a history read already (in a shallow
 * clone, as far as it reaches); links to the repository's files are
 * relative to its root. Returns 0 or GOVLOG_EREPO.
 */
int gl_release_notes_md(gl_buf *out, gl_history *h, size_t release);

/* A decision a commit accepted (its status became accepted). Heap strings. */
typedef struct gl_accepted {
	char *id, *title, *path, *commit;
} gl_accepted;
typedef GL_VEC(gl_accepted) gl_accepted_list;

/* The decisions the commits `changes` accepted; `flags` as gl_history_walk_commits takes them.
 * Returns 0 or GOVLOG_EREPO. */
int gl_accepted_in(gl_accepted_list *out, const gl_history *h, const size_t *changes, size_t n,
		   unsigned flags);
void gl_accepted_release(gl_accepted_list *l);

/* An author and how many of the commits they made, by vendor (NULL: unknown). */
typedef struct gl_contributor {
	const char *vendor, *author;
	size_t commits;
} gl_contributor;
typedef GL_VEC(gl_contributor) gl_contributor_list;

/* Sorted by vendor (unknown last), then author. Strings borrowed from the history. */
void gl_contributors(gl_contributor_list *out, const gl_history *h, const size_t *changes,
		     size_t n);

#endif
