/*
 * Pull requests as `gh pr list --state merged --json
 * number,title,labels,body,author,mergedBy,baseRefName,headRefName,reviews,
 * latestReviews` writes them: a JSON array of objects, `labels` objects with a
 * `name`, `author` and `mergedBy` objects with a `login`, `reviews` and
 * `latestReviews` objects with an `author` and a `state` ("APPROVED",
 * "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"). Read offline from a file
 * the user names; never fetched. Gives release notes the real titles and
 * labels, and who merged and approved each pull request.
 */
#ifndef GOVLOG_TRACE_PR_DATA_H
#define GOVLOG_TRACE_PR_DATA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct gl_pr_info {
	const char *number;           /* "41" */
	const char *title;            /* NULL when the file gives none */
	const char *head, *base;      /* headRefName, baseRefName; NULL when not given */
	const char *author;           /* author.login; NULL when not given */
	const char *merged_by;        /* mergedBy.login; NULL when not given */
	bool reviewed;                /* the file gives `reviews` or `latestReviews` */
	const char *const *approvers; /* logins of APPROVED reviews, NULL-terminated; never NULL */
	const char *const *labels;    /* label names, NULL-terminated; never NULL */
} gl_pr_info;

typedef struct gl_pr_data gl_pr_data;

/*
 * Reads the file at `path`. Returns 0; GOVLOG_ENOTFOUND when it cannot be
 * read; GOVLOG_EINVALID when it is no such JSON array, with a message naming
 * the file and the line ("'prs.json': line 3, column 7: expected ',' or
 * ']'"). Free with gl_pr_data_free.
 */
int gl_pr_data_load(gl_pr_data **out, const char *path);
/* The pull request numbered `number` ("41"), or NULL. Accepts a NULL data. */
const gl_pr_info *gl_pr_data_get(const gl_pr_data *d, const char *number);
void gl_pr_data_free(gl_pr_data *d);

#endif
