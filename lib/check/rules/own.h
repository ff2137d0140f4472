/*
 * Links to the repository's own files on GitHub
 * (https://github.com/OWNER/NAME/blob/REF/PATH): the repository's address
 * comes from the configuration's `repository:`, else from its GitHub remotes
 * (a fork's upstream too), looked up on the first such link.
 */
#ifndef GOVLOG_RULES_OWN_H
#define GOVLOG_RULES_OWN_H

#include <stdbool.h>

#include "govlog/log.h"
#include "util/buf.h"

typedef struct gl_own_repo gl_own_repo;

/* The path part of a link (len bytes of url): no #fragment or ?query, %XX decoded. */
void gl_link_path(gl_buf *out, const char *url, size_t len);

typedef enum gl_own_kind {
	GL_OWN_NOT,     /* no link to a file on GitHub, or one of another repository */
	GL_OWN_FILE,    /* a file of this repository */
	GL_OWN_UNKNOWN, /* a file on GitHub, but the repository's own address is unknown */
} gl_own_kind;

/* Borrows the log; free with gl_own_repo_free (which accepts NULL). */
gl_own_repo *gl_own_repo_new(const govlog_log *log);
void gl_own_repo_free(gl_own_repo *o);

/*
 * What a URL names. For GL_OWN_FILE, *path points into url at the path after
 * the ref (still %-encoded, "" for the root) and `ref` holds the ref: a
 * branch, a tag or a commit id.
 */
gl_own_kind gl_own_repo_match(gl_own_repo *o, const char *url, const char **path, gl_buf *ref);

typedef enum gl_own_at {
	GL_OWN_AT_NO_COMMIT = -2, /* the ref is no commit id: a branch or a tag */
	GL_OWN_AT_UNKNOWN = -1,   /* a commit the repository does not have (shallow, a fork's) */
	GL_OWN_AT_MISSING = 0,    /* the commit's tree has no such file or folder */
	GL_OWN_AT_FOUND = 1,
} gl_own_at;

/*
 * For a ref that is a commit id (7 to 40 hex digits): whether `path`
 * (decoded, relative to the root) is a file or folder of that commit's tree.
 */
gl_own_at gl_own_repo_at_commit(gl_own_repo *o, const char *ref, const char *path);

#endif
