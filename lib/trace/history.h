/*
 * The history as release notes, the changelog, `version` and `trace` see it:
 * the releases (tags that parse as versions, by SemVer precedence) and the
 * commits each brought, every message parsed once into what those outputs
 * need. Commits are read in one walk and kept compactly in one arena.
 */
#ifndef GOVLOG_TRACE_HISTORY_H
#define GOVLOG_TRACE_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "repo/graph.h"
#include "trace/semver.h"
#include "util/arena.h"
#include "util/fs.h"
#include "util/oid.h"
#include "util/vec.h"
#include "govlog/log.h"
#include "commit/message.h"

typedef struct gl_release {
	const char *tag;  /* the tag's name: of several on one commit, the one closest to SemVer */
	const char *also; /* the others ("1.0" beside "1.0.0"), ", " between; NULL when none */
	const char *commit; /* the commit it points at, full id */
	int64_t time;       /* that commit's time */
	gl_semver version;
} gl_release;

/*
 * What few commits have: a breaking note, decisions, a pick, a reviewer.
 * Every change without any of it shares gl_change_none, so 100,000 commits
 * do not each carry ten empty fields.
 */
typedef struct gl_change_more {
	const char *breaking_note;
	const char *reverts;          /* the id its message says it reverts */
	const char *const *decisions; /* NULL when none */
	size_t decision_count;
	const char *branch; /* the branch a merge brought in (PR's head), else NULL */
	/* A merged pull request's reviewer (trace/review.h): who merged it and their
	 * vendor, or with --pr-data mergedBy; the vendors of its approving reviews
	 * ("" for an unknown one; NULL-terminated; NULL without --pr-data reviews).
	 * NULL when unknown. */
	const char *merger, *merger_vendor;
	const char *const *approvers;
	/* A backport (trace/backport.h): the commit it was picked from (as its -x
	 * line wrote it, or the full id of the same patch); NULL when none. */
	const char *picked;
	uint32_t origin;         /* that commit in changes, or GL_NO_HEAD when not read */
	uint32_t origin_release; /* that commit's release, or GL_UNRELEASED */
} gl_change_more;

/* Who wrote a commit: one record for each name and address, shared by all their commits. */
typedef struct gl_person {
	const char *author, *email; /* after .mailmap */
	const char *vendor;         /* NULL when unknown */
} gl_person;

/* One commit as the outputs need it; kept small, since there may be 100,000. */
typedef struct gl_change {
	gl_oid id;        /* the commit's; gl_change_hex spells it */
	uint32_t release; /* index into releases, or GL_UNRELEASED (beside the id: no padding) */
	int64_t time;
	const gl_person *who;
	const char *type, *scope, *subject;
	const char *pr; /* its own pull/merge request, else the one it came in with */
	/* ref_count of them, NULL when none: a third of all commits have some. */
	const gl_ref *refs;
	const gl_change_more *more; /* never NULL: &gl_change_none when it has nothing more */
	/* The change this commit is part of (index into changes): the pull request
	 * (or branch merge) whose side brought it, the outermost one that is a
	 * change of its own; GL_NO_HEAD for a commit that is an entry itself. */
	uint32_t head;
	uint16_t ref_count; /* of refs */
	unsigned kind : 4;  /* gl_change_kind */
	bool breaking : 1, conventional : 1, merge : 1, fixup : 1, housekeeping : 1;
	bool reverted : 1;      /* cancelled, with its revert, inside one release */
	bool pr_gitlab : 1;     /* a GitLab merge request (!N) */
	bool joins : 1;         /* two parents or more */
	unsigned review : 2;    /* gl_review: a merged pull request's review across vendors */
	bool merged_across : 1; /* merged by someone of a vendor none of its authors is of */
	/* A merge that is no change of its own: a release PR (from develop, main,
	 * master, release/…), a merge-back ("Merge branch 'main' into develop"),
	 * or a merge that brought only commits listed already. */
	bool passing : 1;
} gl_change;

/* Indexes into changes and releases fit 32 bits: the sentinels are that wide too. */
#define GL_NO_HEAD ((size_t)UINT32_MAX)

extern const gl_change_more gl_change_none;

typedef struct gl_history {
	gl_arena arena;
	const govlog_log *log;
	GL_VEC(gl_release) releases; /* ascending precedence */
	GL_VEC(gl_change) changes;   /* in walk order */
	gl_strvec unparsed;          /* tags the pattern takes that are no version */
	gl_strvec guessed, read_as;  /* tags read by a guess, and how they were read */
	size_t current;              /* with only_current: the release read, else GL_UNRELEASED */
} gl_history;

typedef struct gl_history_options {
	bool fold_prereleases; /* or the configuration says so */
	const char *tip;       /* NULL: HEAD */
	/* Read only the commits of this release (a tag name), or the unreleased
	 * ones ("" ); NULL: all. */
	const char *only;
	/* Read only the commits of the newest release HEAD reaches (when only is NULL). */
	bool only_current;
	/* A file of pull requests as `gh pr list --json …` writes it (trace/pr_data.h):
	 * their real titles, labels and branches; NULL: none. */
	const char *pr_data;
} gl_history_options;

/*
 * Reads the releases and commits of the log's repository. Returns 0;
 * GOVLOG_ENOTFOUND for an `only` tag that is no release or a pr_data file
 * that cannot be read; GOVLOG_EINVALID for a pr_data file that is no such
 * JSON; GOVLOG_EREPO when history cannot be read. Free with gl_history_free.
 */
int gl_history_load(gl_history **out, const govlog_log *log, const gl_history_options *o);
void gl_history_free(gl_history *h);

/* Notes a tag read by a guess for govlog_release_tag_guessed. */
void gl_tag_guessed_note(const char *tag, const char *read_as);

/* The release with this tag name (its own or one it is also tagged), or GL_UNRELEASED. */
size_t gl_history_release_named(const gl_history *h, const char *tag);

/*
 * *out is the newest release the tip reaches (its version is the current
 * one), or GL_UNRELEASED when none does. Returns 0, or GOVLOG_EREPO when the
 * history between them cannot be read (then no answer is given as "none").
 */
int gl_history_current(const gl_history *h, size_t *out);

/*
 * The releases' commits (full ids), in precedence order or newest release
 * first, NULL-terminated, for the walks that take them; freed with free().
 */
const char **gl_history_release_commits(const gl_history *h, bool newest_first);

/* The change's commit id in hex, written into buf; returns buf. */
static inline const char *gl_change_hex(char buf[GL_OID_HEX], const gl_change *c)
{
	return gl_oid_hex(buf, &c->id);
}

/* The same in a buffer of its own that lives to the end of the enclosing block. */
#define GL_CHANGE_HEX(c) gl_change_hex((char[GL_OID_HEX]){0}, (c))

/*
 * The hex ids of the changes at[0..n-1], NULL-terminated, for the walks that
 * take ids: one allocation, freed with free().
 */
const char **gl_history_hex_ids(const gl_history *h, const size_t *at, size_t n);

/* The change's own record of what few commits have, made on first use (in h's arena). */
gl_change_more *gl_change_edit(gl_history *h, gl_change *c);

#endif
