/* The request kind: feature requests kept as records in their own folders. */
#ifndef GOVLOG_LOG_REQUESTS_H
#define GOVLOG_LOG_REQUESTS_H

#include "govlog/record.h"
#include "util/fs.h"
#include "util/vec.h"

struct gl_config;

typedef struct gl_log_requests {
	GL_VEC(govlog_record *) records; /* ordered by path */
	gl_strvec folders;               /* relative to the root: configured, else found */
	gl_strvec shown;                 /* the same, as the user sees them (from the cwd) */
} gl_log_requests;

/*
 * Reads the request records: every Markdown file (no README, index or
 * template) of the configured request folders, else of the usual ones that
 * exist; IDs from front matter `id` or the file name, a bare number taking
 * the configured prefix ("0012-x.md" → "FR-0012"). A configured folder that
 * does not exist yet holds none. Files that cannot be read are passed over:
 * requests are looked up, not checked. Returns 0, or GOVLOG_EINVALID for a
 * configured folder leading outside the work tree.
 */
int gl_log_requests_load(gl_log_requests *out, const char *root, const char *cwd,
			 const struct gl_config *config, const govlog_record_options *base);
void gl_log_requests_release(gl_log_requests *r);

/* The request with this ID (any case, "FR-12" for "FR-0012" when only one has 12), or NULL. */
const govlog_record *gl_log_requests_find(const gl_log_requests *r, const char *id);

#endif
