/*
 * Release notes and changelog entries: the groups of SPEC §7 in English or
 * Danish, one entry per commit with its scope, subject, pull request,
 * requests, decisions, vendor and commit link, as Markdown or JSON.
 */
#ifndef GOVLOG_TRACE_NOTES_H
#define GOVLOG_TRACE_NOTES_H

#include <stdbool.h>
#include <stddef.h>

#include "govlog/common.h"
#include "util/buf.h"
#include "trace/history.h"
#include "trace/links.h"

typedef enum gl_group {
	GL_GROUP_BREAKING,
	GL_GROUP_FEATURES,
	GL_GROUP_FIXES,
	GL_GROUP_SECURITY,
	GL_GROUP_PERF,
	GL_GROUP_DOCS,
	GL_GROUP_DEPENDENCIES,
	GL_GROUP_OTHER,
	GL_GROUP_UNCLASSIFIED,
	GL_GROUP__COUNT
} gl_group;

typedef struct gl_notes {
	const gl_history *h;
	gl_links links;
	govlog_lang lang;
	bool standalone; /* a page opened anywhere (HTML): no link relative to the repository */
	bool commits;    /* Markdown: each entry's folded commits listed under it */
} gl_notes;

/* The notes' settings for the log: links from the configuration, the log's language; the
 * flags (standalone, commits) false. */
void gl_notes_init(gl_notes *n, const gl_history *h);

gl_group gl_group_of(const gl_change *c);
const char *gl_group_title(gl_group g, govlog_lang lang);
const char *gl_group_key(gl_group g); /* "breaking", "features", … (JSON) */

/* "- **scope:** subject ([#31](…)) — refs …; Magenta ([1a2b3c4](…))" and a newline. */
void gl_notes_entry_md(gl_buf *out, const gl_notes *n, const gl_change *c);
/* One change as a JSON object, without its folded commits. */
void gl_notes_entry_json(gl_buf *out, const gl_notes *n, const gl_change *c);

/*
 * The Markdown sections of a set of changes (indices into h->changes), one
 * entry per change (trace/entry.h), grouped, with "###" headings (`level`
 * '#'s), the reverted pairs last, then one line naming the release PRs and
 * merge-backs ("Merges: #45") when any has a number.
 */
void gl_notes_groups_md(gl_buf *out, const gl_notes *n, const size_t *changes, size_t count,
			int level);
/* The same as a JSON object: {"breaking": [...], …, "reverted": [...]}, each entry with
 * its folded commits ("commits": [{"id", "subject", "author"}]). */
void gl_notes_groups_json(gl_buf *out, const gl_notes *n, const size_t *changes, size_t count);
/* The release PRs and merge-backs of the set: [{"id", "pr", "branch", "subject"}]. */
void gl_notes_merges_json(gl_buf *out, const gl_notes *n, const size_t *changes, size_t count);

/*
 * "[text](path)" to a file of the repository (`path` from its root), the text's
 * Markdown characters escaped. In a standalone page the link goes to the file
 * on GitHub, at `commit` (NULL: HEAD), when the repository is known; else it
 * stays relative to the root.
 */
void gl_notes_file_link(gl_buf *out, const gl_notes *n, const char *text, const char *path,
			const char *commit);

/* "2026-05-01" for a commit time. */
void gl_notes_date(char out[11], int64_t time);

/* "Also tagged 1.0." as a paragraph of its own when the release has other names. */
void gl_notes_also_tagged(gl_buf *out, govlog_lang lang, const gl_release *r);

/* A release's JSON members, without braces: tag (as written), version, prerelease, date,
 * commit, also_tagged. */
void gl_notes_release_json(gl_buf *out, const gl_release *r);

#endif
