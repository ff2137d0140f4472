/*
 * Record changes in a range of history, read with libgit2: what the
 * history-aware rules (status/transition, decision/frozen, id/duplicate
 * across branches) look at.
 */
#ifndef GOVLOG_REPO_HISTORY_H
#define GOVLOG_REPO_HISTORY_H

#include <stddef.h>

/* One record file as it was in a commit. */
typedef struct gl_blob_file {
	const char *path; /* relative to the repository root; NULL when absent */
	const char *data;
	size_t len;
} gl_blob_file;

/* One change to a record file made by one commit. */
typedef struct gl_record_change {
	const char *commit;  /* abbreviated id */
	const char *summary; /* the commit's subject line */
	gl_blob_file before; /* path NULL when the commit added the file */
	gl_blob_file after;  /* path NULL when the commit deleted the file */
} gl_record_change;

typedef void (*gl_change_fn)(const gl_record_change *change, void *payload);

typedef struct gl_history_range {
	const char *root;           /* the work tree root */
	const char *spec;           /* "BASE..HEAD", or "BASE" meaning BASE..HEAD */
	const char *const *folders; /* decision folders, relative to root */
	size_t folder_count;
	/* Filled in: the files the base side added since the merge base. */
	void (*target_added)(const gl_blob_file *file, void *payload);
} gl_history_range;

/*
 * Calls fn, oldest commit first, for every change to a Markdown file under
 * the folders made by a non-merge commit in BASE..HEAD (renames are followed:
 * a renamed file is a change, not an addition), then target_added for every
 * record file the BASE side added since the merge base of BASE and HEAD.
 * Returns 0; GOVLOG_EINVALID for a spec that does not resolve; GOVLOG_EREPO
 * when history is missing (a shallow clone) or cannot be read.
 */
int gl_history_walk(const gl_history_range *range, gl_change_fn fn, void *payload);

/*
 * Calls fn for every change to a Markdown file under the folders made by each
 * of the commits `ids` (full ids; merges and root commits are skipped), in
 * the order given. Returns 0 or GOVLOG_EREPO.
 */
int gl_history_walk_commits(const char *root, const char *const *folders, size_t folder_count,
			    const char *const *ids, size_t count, gl_change_fn fn, void *payload);

#endif
