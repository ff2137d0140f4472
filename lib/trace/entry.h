/*
 * One entry per change (SPEC §7): a merged pull request (merge, squash or
 * GitLab merge request) is one entry, its branch commits folded under it; a
 * pull request merged inside a fork folds into the one that brought it;
 * release pull requests and merge-backs are no changes. A commit outside any
 * pull request stands alone.
 */
#ifndef GOVLOG_TRACE_ENTRY_H
#define GOVLOG_TRACE_ENTRY_H

#include <stdbool.h>
#include <stddef.h>

#include "trace/history.h"

/*
 * Places the change just read (ch, about to be changes[len]): `via` is the
 * merge whose side brought it (an index into h->changes, or GL_NO_HEAD);
 * `merge_back` says its message is Git's merge of another line. Sets
 * ch->head and ch->passing.
 */
void gl_entry_place(const gl_history *h, gl_change *ch, size_t via, bool merge_back);

/*
 * After the walk: a merge that brought nothing not listed already is no
 * change; an entry whose title says nothing takes the most significant kind
 * among its commits, and a breaking commit makes it breaking.
 */
void gl_entry_settle(gl_history *h);

/* What one change of a selection is in its notes. */
typedef enum gl_entry_role {
	GL_ENTRY_SHOWN,   /* an entry: a pull request, or a commit on its own */
	GL_ENTRY_FOLDED,  /* a commit of an entry in the same selection */
	GL_ENTRY_PASSING, /* a release PR or merge-back: named in one line, no entry */
} gl_entry_role;

/* The entries of a selection (positions into its array of change indices). */
typedef struct gl_entries {
	size_t count;
	unsigned char *role;  /* gl_entry_role per position */
	size_t *first, *next; /* the folded commits of an entry, in selection order */
} gl_entries;

#define GL_ENTRY_NONE ((size_t)-1)

/* Builds the entries of `changes` (indices into h->changes). Release with gl_entries_release. */
void gl_entries_build(gl_entries *e, const gl_history *h, const size_t *changes, size_t count);
void gl_entries_release(gl_entries *e);

#endif
