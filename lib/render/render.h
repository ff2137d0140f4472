/* The diagnostic formats, each in its own file; govlog_diag_list_write picks one. */
#ifndef GOVLOG_RENDER_INTERNAL_H
#define GOVLOG_RENDER_INTERNAL_H

#include "govlog/diag.h"
#include "util/buf.h"

void gl_render_sarif(gl_buf *out, const govlog_diag_list *list);
void gl_render_github(gl_buf *out, const govlog_diag_list *list);

/* The message, and the hint on a line of its own, as one JSON string. */
void gl_render_message_with_hint(gl_buf *out, const govlog_diag *d);

/* "commit 1a2b3c4": a finding about a commit message, which is no file of the tree. */
bool gl_render_is_commit(const govlog_diag *d);

#endif
