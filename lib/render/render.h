/* The diagnostic formats, each in its own file; govlog_diag_list_write picks one. */
#ifndef GOVLOG_RENDER_INTERNAL_H
#define GOVLOG_RENDER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "govlog/diag.h"
#include "util/buf.h"

/* text.c: one finding's line (and hint), `colour` adding ANSI escapes. */
void gl_render_text_one(gl_buf *out, const govlog_diag *d, bool colour);
/* json.c: {"diagnostics": [...], "summary": {...}}, `files` the number checked. */
void gl_render_json(gl_buf *out, const govlog_diag_list *list, size_t files);
void gl_render_sarif(gl_buf *out, const govlog_diag_list *list);
/* codeclimate.c: GitLab Code Quality's JSON array, paths from the repository root. */
void gl_render_codeclimate(gl_buf *out, const govlog_diag_list *list, const char *base);
/* github.c: one finding's workflow command. */
void gl_render_github_one(gl_buf *out, const govlog_diag *d, const char *base);

/* meetings.c: a decision's approval evidence as text in `lang` (show and the steering
 * view); nothing when the record's text claims none. */
struct govlog_approval;
void gl_render_approval_text(gl_buf *out, const struct govlog_approval *a, govlog_lang lang);

/* records.c: the width of govlog show's longest label in `lang` ("beslutningstagere:"). */
size_t gl_render_meta_width(govlog_lang lang);

#endif
