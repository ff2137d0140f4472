/*
 * The steering group's view of a release (release-notes --audience
 * steering): what it decided and got, from whom, how it was reviewed, and
 * what is still open — the body of a release pull request.
 */
#ifndef GOVLOG_TRACE_STEERING_H
#define GOVLOG_TRACE_STEERING_H

#include <stdio.h>

#include "govlog/release.h"
#include "govlog/meeting.h"
#include "util/buf.h"

/*
 * Writes the view of o->tag (NULL: the newest release HEAD reaches) or
 * o->range as o->format says, in the log's language: the decisions accepted
 * and implemented in it, each with its approval evidence; the requests its
 * commits fulfil; its changes by vendor; its cross-vendor review (N of M,
 * and the pull requests that were not); its backports; the open gaps (its
 * commits', and every request without commits and accepted decision never
 * implemented). Returns 0; GOVLOG_ENOTFOUND for a tag that is no release or
 * when no release reaches HEAD; GOVLOG_EINVALID; GOVLOG_EREPO; GOVLOG_EIO.
 */
int gl_steering_write(FILE *f, const govlog_log *log, const govlog_release_options *o);

struct gl_trace;
/*
 * The Markdown view of release `release` (an index into the history's
 * releases; GL_UNRELEASED: every commit the trace selected) of a trace read
 * already, as the site draws it; `meetings` (or NULL) gives the approval evidence. Returns 0 or
 * GOVLOG_EREPO.
 */
int gl_steering_md(gl_buf *out, const struct gl_trace *t, size_t release,
		   const govlog_meetings *meetings);

#endif
