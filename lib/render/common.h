/* Helpers the diagnostic formats share; each format's own code stays in its file. */
#ifndef GOVLOG_RENDER_COMMON_H
#define GOVLOG_RENDER_COMMON_H

#include <stdbool.h>

#include "govlog/diag.h"
#include "util/buf.h"

/* "error" for an error, "warning" for the rest: the two levels SARIF and GitHub know. */
const char *gl_render_level(govlog_severity s);

/* The message, and the hint on a line of its own, as one JSON string. */
void gl_render_message_with_hint(gl_buf *out, const govlog_diag *d);

/*
 * A diagnostic's path (relative to the current folder) from the repository
 * root: base ("docs/", "" at the root) joined to it, "." and ".." taken out.
 */
void gl_render_root_path(gl_buf *out, const char *base, const char *path);

/* "commit 1a2b3c4": a finding about a commit message, which is no file of the tree. */
bool gl_render_is_commit(const govlog_diag *d);

#endif
