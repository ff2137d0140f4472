/*
 * Cross-vendor review (SPEC §7): for each merged pull request, the vendors
 * of its authors (its branch commits' authors; a squash commit's author)
 * against the vendor of whoever merged it (the merge or squash commit's
 * committer; with --pr-data, mergedBy) and of its approving reviews.
 */
#ifndef GOVLOG_TRACE_REVIEW_H
#define GOVLOG_TRACE_REVIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "govlog/common.h"
#include "trace/history.h"
#include "util/buf.h"

typedef enum gl_review {
	GL_REVIEW_NONE,    /* no merged pull request */
	GL_REVIEW_ACROSS,  /* merged or approved by someone of a vendor none of its authors is of */
	GL_REVIEW_WITHIN,  /* merged by the one vendor of all its authors, approved by no other */
	GL_REVIEW_UNKNOWN, /* a vendor is unknown: neither can be said */
} gl_review;

/*
 * Who merged a commit, its committer: GitHub's web merge commits name GitHub
 * as their committer and the person who merged as their author, so the
 * author for a merge, and nobody (NULL) for a squash GitHub committed.
 * *email is set with the name.
 */
const char *gl_review_merger(const char *committer, const char *committer_email, const char *author,
			     const char *author_email, bool merge, const char **email);

/*
 * After the entries are settled: each merged pull request's review, and
 * merged_across when its merger was of a vendor none of its authors is of.
 */
void gl_review_settle(gl_history *h);

/* How many of the merged pull requests among `changes` were reviewed across vendors. */
typedef struct gl_review_count {
	size_t across, merged;
} gl_review_count;
void gl_review_count_of(gl_review_count *out, const gl_history *h, const size_t *changes, size_t n);

/* "Reviewed across vendors: 2 of 3." in `lang` (nothing when no pull request was merged). */
void gl_review_line(gl_buf *out, govlog_lang lang, const gl_review_count *c);

/* {"across": N, "merged": M, "not_across": [{"pr": "12", "commit", "review": "within"}]}. */
void gl_review_json(gl_buf *out, const gl_history *h, const size_t *changes, size_t n);

#endif
