/* Link URLs for issues, pull and merge requests, commits and tickets, from the configuration. */
#ifndef GOVLOG_TRACE_LINKS_H
#define GOVLOG_TRACE_LINKS_H

#include <stdbool.h>

#include "util/buf.h"

struct gl_config;

typedef enum gl_link_kind {
	GL_LINK_ISSUE,
	GL_LINK_PULL,
	GL_LINK_MERGE_REQUEST,
	GL_LINK_COMMIT,
	GL_LINK_TICKET,
} gl_link_kind;

typedef struct gl_links {
	const struct gl_config *config;
	const char *repository; /* "owner/name" of this repository; NULL when unknown */
} gl_links;

/*
 * Appends the URL for `id` (a number, key or commit id) in `repo` (NULL:
 * this repository): the configured pattern (links.issue, …) with {repo} and
 * {id} filled in, else GitHub's when the repository is on GitHub. False, and
 * nothing appended, when there is no pattern (a ticket without links.ticket,
 * a GitLab merge request without links.merge-request).
 */
bool gl_link_url(gl_buf *out, const gl_links *l, gl_link_kind kind, const char *repo,
		 const char *id);

#endif
