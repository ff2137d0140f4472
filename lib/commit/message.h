/*
 * One commit message, parsed once for traceability and release notes: its
 * Conventional Commits header (or, for the many commits that follow no
 * convention, a classification from its words), its references to issues,
 * tickets and decisions, its pull or merge request, and what it reverts.
 */
#ifndef GOVLOG_TRACE_MESSAGE_H
#define GOVLOG_TRACE_MESSAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "commit/footers.h"
#include "util/arena.h"
#include "util/vec.h"

struct gl_match;

/* The release-notes group a change belongs to (breaking is a flag beside it). */
typedef enum gl_change_kind {
	GL_CHANGE_FEATURE,
	GL_CHANGE_FIX,
	GL_CHANGE_SECURITY,
	GL_CHANGE_PERF,
	GL_CHANGE_DOCS,
	GL_CHANGE_DEPS,         /* a dependency bumped, updated or pinned */
	GL_CHANGE_OTHER,        /* refactor, chore, build, ci, test, style, … */
	GL_CHANGE_UNCLASSIFIED, /* no convention, and its words do not tell */
} gl_change_kind;

/*
 * What a reference names. Where a configured ticket pattern matches, it wins:
 * a built-in reference it overlaps is dropped (a pattern `FR-[0-9]+` makes
 * "Refs: FR-12" a TICKET, `\[#[0-9]+\]` makes "[#55444]" one).
 */
typedef enum gl_ref_kind {
	GL_REF_ISSUE,         /* #12, owner/repo#12, GH-12, an issue URL (GitHub, GitLab) */
	GL_REF_MERGE_REQUEST, /* GitLab !580, group/project!580, a pull/merge-request URL */
	GL_REF_TICKET,        /* a configured pattern's match; Redmine [#55444] and
				 .../issues/N with no project; Jira .../browse/KEY-1;
				 KEY-123 in a Refs:-like trailer */
	GL_REF_RECORD,        /* FR-, ADR-, SDR-, ODR-<digits> in a Refs:-like trailer */
} gl_ref_kind;

typedef struct gl_ref {
	gl_ref_kind kind;
	const char
		*repo; /* "owner/name" (or GitLab "group/sub/project") when named; NULL: this one */
	const char *id; /* "12", "580", "AR-519", "55444", "FR-12" — as written, without '#'/'!'
			   (a configured match loses its enclosing "[…]" and a leading '#') */
	bool closes;    /* in a Fixes:/Closes:/Resolves: trailer, or right after GitHub's
			   closing keywords (close[sd], fix(es|ed), resolve[sd]) anywhere */
} gl_ref;

/*
 * The subject, its form and its header are read by gl_outline_read, as the
 * commit-msg hook reads them. A pull or merge request's merge (GitHub "Merge
 * pull request #N from …", Bitbucket "Merged in … (pull request #N)", a
 * GitLab merge with "See merge request …") is read as the request: its
 * body's first line is the request's title, even one that looks like a
 * trailer ("feat: export to CSV", "358: ret kalender"), and conventional,
 * type, scope, breaking, subject and kind come from that title. Without a
 * title, and for other merges, subject is the first line and kind
 * UNCLASSIFIED.
 */
typedef struct gl_message {
	gl_arena arena; /* every string below lives here, and the two arrays too */

	bool conventional; /* the header (or the request's title) is `type(scope)!: description` */
	const char *type;  /* lower case ("feat"); NULL when not conventional */
	const char *scope; /* trimmed; NULL when none or empty */
	bool breaking;     /* "!" in the header, or a BREAKING CHANGE / BREAKING-CHANGE line
			      (upper case, as Conventional Commits says) after the subject */
	const char *breaking_note; /* its text, with the lines it runs on over up to a blank line
				      or the next footer; several joined by a blank line; NULL
				      when none */
	const char *subject;       /* the description, or the first line as written (ticket
				      prefix kept), trimmed, without a squash's " (#N)"; "" for a
				      blank message; never NULL */
	gl_change_kind kind;       /* a known type's group, DEPS for a deps or deps-dev
				      scope (not a security type); an unknown type ("Fixed:",
				      "Frontend:") is read as a word, then the description's
				      words, else OTHER; Git's `Revert "…"` is OTHER; with no
				      convention, what the first words say ("Bump x from 1.0 to
				      1.1", "Update dependency x" are DEPS), else UNCLASSIFIED; a
				      merge whose title says nothing, what its branch's name
				      says (gl_change_kind_of_branch), else UNCLASSIFIED for a
				      request and OTHER for Git's merges */
	bool housekeeping;         /* OTHER, and no change of behaviour: a typo, lint or code
				      style, a version bump or release, the changelog, a merge,
				      WIP, an initial commit (types style, lint, format, wip,
				      release, merge, init too); never set with another kind */

	bool merge;          /* read from the text: "Merge pull request …", "Merge branch …",
				"Merge remote-tracking branch …", "Merge … into …", "Merged in …"
				(the caller, who knows the parents, knows better) */
	bool fixup;          /* fixup!, squash!, amend! (the rest is parsed as the header) */
	const char *pr;      /* the pull or merge request number ("42"), from a merge subject,
				a squash subject ending in "(#123)" or "See merge request …!N";
				NULL when none. That number is no reference of its own. */
	const char *pr_repo; /* GitLab "group/project" of "See merge request group/project!N";
				"" for GitLab's "See merge request !N"; NULL when not GitLab */
	const char *pr_from; /* "vendor/branch" of "Merge pull request #N from vendor/branch" */
	const char *branch;  /* the branch a merge brought in: "feature/x" of "Merge pull request
				#N from vendor/feature/x", "Merge branch 'feature/x' into y",
				Bitbucket's "Merged in feature/x (…)"; NULL when it names none */
	bool titled;         /* a request's merge whose body gave its title */
	bool merge_back;     /* a Git merge of another line that is no request: "Merge branch
				'x' into y", "Merge remote-tracking branch …", "Merge tag …" */
	const char *reverts; /* the commit id "This reverts commit X." names (4 to 64 hex digits,
				as written); NULL when none */
	const char *picked;  /* the commit id "(cherry picked from commit X)" names, as `git
				cherry-pick -x` writes it (the first such line: the original); NULL
				when none */

	GL_VEC(gl_ref)
	refs; /* in order of appearance, each once; items are in the
		 arena: never push to it nor free it */
	GL_VEC(const char *)
	decisions; /* IDs (words with a digit) from Decision:, Decisions:,
		      Beslutning: trailers ("ADR-0007"), each once, in order */
	GL_VEC(gl_footer)
	footers; /* the footers gl_footers_read finds after the subject (or a
		    request's title), as the commit-msg hook reads them; token and
		    value point into the arena (value NUL-terminated, token not) */
} gl_message;

/*
 * Parses `text` (a raw commit message; lines starting with '#' are text, not
 * comments; a NUL byte ends it, as it does for Git; any bytes, invalid UTF-8
 * included: strings are copied as written). `tickets` are the configured
 * ticket patterns (commits.references), compiled by the caller, searched in
 * the subject, body and trailers; NULL entries are skipped. Never fails: a
 * message that follows no convention gets kind GL_CHANGE_UNCLASSIFIED unless
 * its first words — after ticket prefixes such as "AR-519: ", "[#55444] " —
 * say what it is ("Fix …", "Ret fejl …", "Add …", "Tilføj …").
 *
 * Reference and decision trailers are the footers gl_footers_read finds
 * and, anywhere after the subject, lines "Key: value" with a known key
 * (Refs, References, Related, Requests, Ønske, Part-of, Fixes, Closes,
 * Resolves, Decision, Beslutning, …).
 *
 * `out` is overwritten: release it first when it holds a parse. Past 65,536
 * references found, a (hostile) message's further ones are not read.
 */
void gl_message_parse(gl_message *out, const char *text, size_t len,
		      const struct gl_match *const *tickets, size_t ticket_count);
/* Frees everything at once and zeroes *m, which may be parsed into again. Accepts NULL. */
void gl_message_release(gl_message *m);

/*
 * "feat"/"feature" → FEATURE, "fix"/"bugfix"/"hotfix" → FIX, "perf" → PERF,
 * "docs"/"doc" → DOCS, "security"/"sec" → SECURITY, "deps" → DEPS, else (NULL
 * too) OTHER; case-insensitive.
 */
gl_change_kind gl_change_kind_of_type(const char *type);

/*
 * What a branch's name says of the changes it brings: a segment "feature/",
 * "feat/" → FEATURE, "bugfix/", "hotfix/", "fix/" → FIX, "security/" →
 * SECURITY, "perf/" → PERF, "docs/", "doc/" → DOCS, "dependabot/",
 * "renovate/" → DEPS, "chore/", "refactor/" → OTHER; the first such segment
 * with more after it, also behind a vendor or remote ("os2forms/feature/x",
 * "origin/fix/y"); case-insensitive. UNCLASSIFIED for any other name ("develop",
 * "release/2.3.0", "feature-x") and NULL.
 */
gl_change_kind gl_change_kind_of_branch(const char *name);

/*
 * "develop", "dev", "development", "main", "master", "release/…", "releases/…",
 * "release-…": a line releases are made from, not a change of its own. A pull
 * request from it is a release PR; Git's merge of it, a merge-back.
 */
bool gl_branch_long_lived(const char *name);

/*
 * The kind of a commit by `author` (a name, after .mailmap) whose message says
 * `kind`: DEPS for the bots that bump dependencies (a name starting
 * "dependabot" or "renovate", case-insensitive: "dependabot[bot]", "Renovate
 * Bot"), unless the message says SECURITY; else `kind`. `author` may be NULL.
 */
gl_change_kind gl_change_kind_of_author(gl_change_kind kind, const char *author);

#endif
