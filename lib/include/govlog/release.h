/*
 * govlog/release.h — releases from Git tags: release notes, the changelog
 * and the next version (SPEC §6 and §7).
 *
 * A release is a tag that parses as a version (and matches releases.tag-pattern
 * when the configuration names one), ordered by SemVer 2.0.0 precedence; a
 * commit belongs to the first release whose tag reaches it. Commits that
 * follow no convention are kept and classified as well as their words allow.
 */
#ifndef GOVLOG_RELEASE_H
#define GOVLOG_RELEASE_H

#include <stdio.h>

#include "govlog/common.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum govlog_notes_format {
	GOVLOG_NOTES_MD = 0,
	GOVLOG_NOTES_JSON,
	GOVLOG_NOTES_HTML,
} govlog_notes_format;

/* How the changelog's Markdown groups a release's changes. */
typedef enum govlog_changelog_style {
	GOVLOG_CHANGELOG_GROUPS = 0,     /* the release-notes groups, in the log's language */
	GOVLOG_CHANGELOG_KEEPACHANGELOG, /* Keep a Changelog 1.1.0's sections, in English */
} govlog_changelog_style;

/* Whom release notes are for. */
typedef enum govlog_notes_audience {
	GOVLOG_AUDIENCE_DEVELOPERS = 0, /* every change, grouped */
	/* the steering group's view: decisions accepted and implemented (with their approval
	 * evidence), requests fulfilled, changes by vendor, cross-vendor review, backports and
	 * the open gaps; Markdown (for a release pull request's body), HTML or JSON */
	GOVLOG_AUDIENCE_STEERING,
} govlog_notes_audience;

typedef struct govlog_release_options {
	unsigned version;
	/* release-notes: the release's tag; NULL: the newest release HEAD reaches */
	const char *tag;
	/* release-notes: the commits of "A..B" instead of a release */
	const char *range;
	/* count pre-releases' commits in their final release (or releases.fold-prereleases) */
	bool fold_prereleases;
	govlog_notes_format format;
	govlog_changelog_style style; /* changelog, Markdown only */
	/* release-notes: list each entry's folded commits under it (Markdown) */
	bool commits;
	/* a file of merged pull requests as `gh pr list --state merged --json
	 * number,title,labels,body,author,mergedBy,baseRefName,headRefName,reviews,latestReviews`
	 * writes it: their real titles, branches and labels (release-notes.labels maps labels
	 * to groups), and who merged and approved each (cross-vendor review, instead of the
	 * committer). Read, never fetched; NULL: none. A file that is no such JSON is
	 * GOVLOG_EINVALID, named. */
	const char *pr_data;
	/* release-notes: whom the notes are for */
	govlog_notes_audience audience;
} govlog_release_options;

/* Version 1 (without style, commits and pr_data) and 2 (without audience) are still read. */
#define GOVLOG_RELEASE_OPTIONS_VERSION 3
/* clang-format off */
#define GOVLOG_RELEASE_OPTIONS_INIT {GOVLOG_RELEASE_OPTIONS_VERSION, NULL, NULL, false, GOVLOG_NOTES_MD, GOVLOG_CHANGELOG_GROUPS, false, NULL, GOVLOG_AUDIENCE_DEVELOPERS}
/* clang-format on */

/*
 * Writes the notes of one release (or range): one entry per change — a
 * merged pull request (its branch commits folded under it; a pull request
 * merged inside a fork is one of them), or a commit outside any — grouped
 * (breaking changes, features, bug fixes, security, performance,
 * documentation, dependencies, other, not classified), each once with scope,
 * subject, pull request, requests, decisions, vendor and commit; release pull
 * requests and merge-backs named in one line ("Merges: #45"); commits a revert cancelled in the
 * same release; the decisions accepted by its commits; the contributors by vendor; tags that are no
 * version. It counts the pull requests merged or approved by another vendor than their authors'
 * ("Reviewed across vendors: N of M"), names who merged an entry when another vendor did, and
 * marks a cherry-picked commit as a backport of its original ("backport of 1a2b3c4 from
 * v2.0.1"). With GOVLOG_AUDIENCE_STEERING it writes the steering group's view instead (Markdown
 * or HTML; JSON is GOVLOG_EINVALID). Returns 0; GOVLOG_ENOTFOUND for a tag that is no release or
 * when there is no release yet; GOVLOG_EINVALID for a range that does not resolve or an options
 * version this library does not know; GOVLOG_EREPO; GOVLOG_EIO.
 */
GOVLOG_API int govlog_release_notes_write(FILE *out, const govlog_log *log,
					  const govlog_release_options *opts);

/*
 * Writes the whole history, newest release first. GOVLOG_NOTES_MD: in Keep a
 * Changelog form, [Unreleased] at the top, between govlog's markers; its
 * sections are the release-notes groups, or with
 * GOVLOG_CHANGELOG_KEEPACHANGELOG the standard's Added, Changed, Deprecated,
 * Removed, Fixed and Security with "## [1.2.3] - 2026-01-02" headings and
 * compare links, in English as the standard has them. GOVLOG_NOTES_JSON:
 * {"unreleased": {...}, "releases": [...]}, each release with its tag,
 * version, date, commit, also-tagged names and groups (the release notes'
 * entries). Returns 0, GOVLOG_EINVALID for an unknown options version or
 * HTML, GOVLOG_EREPO or GOVLOG_EIO.
 */
GOVLOG_API int govlog_changelog_write(FILE *out, const govlog_log *log,
				      const govlog_release_options *opts);

/*
 * Updates the changelog file at `path` atomically: the part between govlog's
 * markers is replaced (the file is created when missing; without markers the
 * part goes after its first heading), everything else is kept byte for byte.
 * *changed says whether the file changed. Returns 0, GOVLOG_EINVALID for an
 * unknown options version (nothing is read or written), GOVLOG_EREPO or GOVLOG_EIO.
 */
GOVLOG_API int govlog_changelog_update(bool *changed, const govlog_log *log, const char *path,
				       const govlog_release_options *opts);

/*
 * The current version (the newest release HEAD reaches; NULL when none) and
 * the next one from the commits since (breaking: major, or minor below 1.0.0;
 * feature: minor; else patch), as a pre-release `pre` when not NULL, its
 * counter continued ("1.1.0-beta.11" → "1.1.0-beta.12"). *next is NULL when
 * nothing was committed since. Heap strings. Returns 0, GOVLOG_EINVALID when
 * no next version follows (a pre-release identifier that sorts lower), GOVLOG_EREPO.
 */
GOVLOG_API int govlog_release_version_get(char **current, char **next, const govlog_log *log,
					  const char *pre);

/*
 * The tags read as a version by a guess on this thread ("5.20-0-rc2", read as
 * 5.20.0-rc2): the tag name, and in *read_as how it was read. i from 0; NULL
 * past the last. Each tag is listed once (at most 8, each cut at 255 bytes).
 * A program tells its user, as the tool does with a warning.
 */
GOVLOG_API const char *govlog_release_tag_guessed(size_t i, const char **read_as);

#ifdef __cplusplus
}
#endif

#endif
