/*
 * Record changes in a range of history, read with libgit2: what the
 * history-aware rules (status/transition, decision/frozen, decision/edited,
 * id/reused, id/duplicate across branches) look at.
 */
#ifndef GOVLOG_REPO_HISTORY_H
#define GOVLOG_REPO_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

/* One record file as it was in a commit. */
typedef struct gl_blob_file {
	const char *path; /* relative to the repository root; NULL when absent */
	const char *data;
	size_t len;
} gl_blob_file;

/* One change to a record file. */
typedef struct gl_record_change {
	const char *commit;  /* abbreviated id; NULL for a staged or a pull request's change */
	const char *summary; /* the commit's subject line */
	gl_blob_file before; /* path NULL when the change added the file */
	gl_blob_file after;  /* path NULL when the change deleted the file */
	/* With commit NULL: "1a2b3c4..5d6e7f8" when the change is a pull request's
	 * whole change (its review commits folded into one); NULL when staged. */
	const char *span;
	/* A merge's change (GL_WALK_MERGES): the file as its other parents hold it
	 * (path NULL where absent); before is the first parent's. */
	const gl_blob_file *others;
	size_t other_count;
} gl_record_change;

typedef void (*gl_change_fn)(const gl_record_change *change, void *payload);

typedef struct gl_history_range {
	const char *root;           /* the work tree root */
	const char *spec;           /* "BASE..HEAD", or "BASE" meaning BASE..HEAD */
	const char *const *folders; /* decision folders, relative to root; none: every file */
	size_t folder_count;
	/* Filled in: the files the base side added since the merge base. */
	void (*target_added)(const gl_blob_file *file, void *payload);
	/* Optional: whether a Markdown file outside `folders` is a record too (a
	 * decision folder that is gone, or named by a marker file). */
	bool (*is_record)(const char *path, void *payload);
	/* Optional: the layout marker files (.adr-dir, .log4brains.yml) as the
	 * range's first tree holds them and as its commits change them, each
	 * before the record changes of the same commit. */
	void (*marker)(const gl_blob_file *file, void *payload);
} gl_history_range;

/*
 * Calls fn, oldest first, for every change to a record file (a Markdown file
 * under the folders, or one is_record accepts) in BASE..HEAD, as the target
 * branch sees it:
 *
 * - When HEAD is on the target branch's main line (the first-parent history of
 *   the default branch: origin's HEAD, main or master; else of the branch BASE
 *   names; else of a branch the HEAD side names, or of HEAD when there is no
 *   default branch), each commit of that main line, merges included, is
 *   compared with its first parent. The commits of a branch that
 *   a merge brought in are review, not changes: only the merge's net change is.
 * - Otherwise HEAD is a pull request: its whole change, from where it leaves
 *   the main line (the fork), is one change, with commit NULL and span set.
 *
 * Renames and moves are followed (a change, not an addition and a deletion);
 * within one commit, deletions and renames come before the other changes.
 * Then target_added is called for every record file the BASE side added since
 * the merge base of BASE and HEAD.
 * Returns 0; GOVLOG_EINVALID for a spec that does not resolve; GOVLOG_EREPO
 * when history is missing (a shallow clone) or cannot be read.
 */
int gl_history_walk(const gl_history_range *range, gl_change_fn fn, void *payload);

/*
 * Calls fn for every change to a Markdown file under the folders made by each
 * of the commits `ids` (full ids; merges are skipped unless `flags` has
 * GL_WALK_MERGES, and root commits unless it has GL_WALK_ROOTS), in the order
 * given. Returns 0 or GOVLOG_EREPO (a shallow clone's commit whose parent it
 * lacks, unless GL_WALK_REACHED).
 */
enum {
	GL_WALK_ROOTS = 1,   /* a root commit's files, all added */
	GL_WALK_REACHED = 2, /* skip the commits a shallow clone lacks the parents of */
	/* a merge's own changes: against its first parent, only the files that
	 * differ from every parent's (as `git log --cc` shows a merge) */
	GL_WALK_MERGES = 4,
};
int gl_history_walk_commits(const char *root, const char *const *folders, size_t folder_count,
			    const char *const *ids, size_t count, unsigned flags, gl_change_fn fn,
			    void *payload);

#endif
