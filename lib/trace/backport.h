/*
 * Backports (SPEC §7): a commit cherry-picked from another, as `git
 * cherry-pick -x` marks it ("(cherry picked from commit X)") or found by the
 * same patch. A backport and its original are one change, landed in the
 * releases of several maintenance lines.
 */
#ifndef GOVLOG_TRACE_BACKPORT_H
#define GOVLOG_TRACE_BACKPORT_H

#include "govlog/common.h"
#include "trace/change_index.h"
#include "trace/history.h"
#include "util/buf.h"

/*
 * After the walk: sets each pick's origin and origin_release. A -x line names
 * its original; a pick without one is found among the commits that share an
 * author, an author date and a subject (what a cherry-pick keeps) and then
 * the same patch id, the later committed being the pick, so patch ids are
 * computed for those few commits only. An original the walk did not read
 * (notes of one release) is looked up in the repository for its release;
 * `ix` is h's changes by id (trace/change_index.h). Returns 0, or GOVLOG_EREPO.
 */
int gl_backport_settle(gl_history *h, const gl_change_index *ix);

/* "backport of 1a2b3c4 from v2.0.1" (Markdown) for a pick; nothing for another commit. */
void gl_backport_md(gl_buf *out, govlog_lang lang, const gl_history *h, const gl_change *c);

/*
 * "## Backports": each fix that was picked, with the releases it landed in,
 * its own first, each with its maintenance line ("v2.0.1 (2.0), v1.4.2
 * (1.4)"); `level` '#'s. Nothing when no pick is known.
 */
void gl_backport_section_md(gl_buf *out, govlog_lang lang, const gl_history *h, int level);
/* The same as a JSON array: [{"commit", "subject", "landed": [{"commit", "release", "line"}]}]. */
void gl_backport_section_json(gl_buf *out, const gl_history *h);

/* The maintenance line of a release: "1.4" of 1.4.2. */
void gl_backport_line(gl_buf *out, const gl_release *r);

#endif
