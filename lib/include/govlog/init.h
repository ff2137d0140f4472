/*
 * govlog/init.h — setting a repository up: configuration, decision folder,
 * templates, Git hooks and CI workflows.
 */
#ifndef GOVLOG_INIT_H
#define GOVLOG_INIT_H

#include "govlog/common.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct govlog_init_options {
	unsigned version;
	const char *profile;   /* NULL: the one the log's records match, else by language */
	const char *lang;      /* "da" or "en"; NULL: the profile's */
	const char *templates; /* "github" (issue forms), "github-md", "gitlab" or "none" */
	/* Since version 2. With hooks or ci set, only those are done: the
	 * configuration, folder and templates above are left alone. */
	bool hooks; /* install the Git hooks (pre-commit, commit-msg, pre-push, pre-merge-commit) */
	bool remove_hooks; /* with hooks: take govlog's hooks out again, restoring chained ones */
	const char *ci;    /* "github", "github-org" or "gitlab": write that workflow; NULL: none */
	/* Since version 3. The absolute path of the govlog the hooks run when
	 * govlog is not on PATH (Git clients started from a desktop have a short
	 * one); NULL: none. Version 2 is still accepted, without it. */
	const char *program;
} govlog_init_options;

#define GOVLOG_INIT_OPTIONS_VERSION 3
/* clang-format off */
#define GOVLOG_INIT_OPTIONS_INIT \
	{GOVLOG_INIT_OPTIONS_VERSION, NULL, NULL, "github", false, false, NULL, NULL}
/* clang-format on */

/*
 * The name a hook of another tool is moved to when govlog's hook takes its
 * place, in the same folder ("pre-commit" → "pre-commit.pre-govlog"). govlog's
 * hook runs it first, with the same arguments and standard input, and stops
 * with its status when it fails.
 */
#define GOVLOG_HOOK_CHAIN_SUFFIX ".pre-govlog"

/* The line that marks a hook script as govlog's own. */
#define GOVLOG_HOOK_MARK "# installed by govlog init --hooks"

/* What init did with one file. */
typedef enum govlog_init_action {
	GOVLOG_INIT_KEPT,      /* it exists (or is another tool's hook): left as it is */
	GOVLOG_INIT_CREATED,   /* written */
	GOVLOG_INIT_INSTALLED, /* govlog's hook written */
	GOVLOG_INIT_CHAINED,   /* the hook there was moved to path + GOVLOG_HOOK_CHAIN_SUFFIX
				  and govlog's written in its place */
	GOVLOG_INIT_REMOVED,   /* govlog's hook deleted */
	GOVLOG_INIT_RESTORED,  /* govlog's hook deleted and the chained one moved back */
	GOVLOG_INIT_INCLUDE,   /* the CI file at path (relative to the repository root, as
				  include: local: wants it) must be included by hand from
				  the existing .gitlab-ci.yml */
	GOVLOG_INIT_ADDED,     /* govlog's lines added to the user's hook file (husky) */
} govlog_init_action;

/*
 * Called for every file init writes or would write. `path` is relative to the
 * current folder for a file in the repository, absolute for one outside it
 * (hooks under core.hooksPath or in a linked worktree's main repository);
 * borrowed for the call only.
 */
typedef void (*govlog_init_fn)(const char *path, govlog_init_action action, void *payload);

/*
 * Without hooks or ci: writes .govlog.yml, the decision folder with its
 * README and the templates at the log's root. Never overwrites: an existing
 * file is kept and reported as GOVLOG_INIT_KEPT. In a repository that
 * already has records, the profile is the one they all match (none is
 * written when they mix, so each is judged by its own) and the folder is
 * theirs.
 *
 * With ci: writes the CI workflow from templates/ci/ — GitHub:
 * .github/workflows/govlog.yml (github-org: .github/workflows/govlog-site.yml,
 * the organisation's site); GitLab: .gitlab/govlog.gitlab-ci.yml and a
 * .gitlab-ci.yml that includes it, or, when .gitlab-ci.yml exists and does
 * not mention it yet, a GOVLOG_INIT_INCLUDE report. Existing files are kept.
 *
 * With hooks: installs pre-commit, commit-msg, pre-push and pre-merge-commit
 * (a merge Git commits itself gets pre-commit's checks) into the folder
 * Git runs hooks from (core.hooksPath, else the common Git dir's hooks/, so
 * a linked worktree installs into its main repository and a submodule into
 * its own). A missing hook is written (temporary file, mode 0755, linked into
 * place); govlog's own (marked by GOVLOG_HOOK_MARK) is kept; another tool's
 * is chained: moved to its GOVLOG_HOOK_CHAIN_SUFFIX name, never overwritten.
 * Every hook is examined before anything changes, so when a chained name is
 * taken already nothing is changed. With remove_hooks, govlog's hooks are
 * deleted and chained ones moved back; other tools' hooks are kept.
 * Where husky owns that folder (core.hooksPath .husky/_ with husky's runner,
 * or husky 5 to 8's .husky with _/husky.sh), nothing there changes: two
 * marked lines are added to each of the user's files in .husky/ (a missing
 * one is created, GOVLOG_INIT_INSTALLED; an existing one gets them,
 * GOVLOG_INIT_ADDED), and remove_hooks takes exactly those lines out
 * (GOVLOG_INIT_RESTORED) or deletes a file govlog made that nobody changed
 * (GOVLOG_INIT_REMOVED).
 *
 * Returns 0; GOVLOG_EINVALID for an unknown profile, language, template set,
 * CI system, options version, or remove_hooks without hooks; GOVLOG_ENOTFOUND
 * when the hooks are wanted outside a Git repository; GOVLOG_EREPO when the
 * repository cannot be read; GOVLOG_EIO when writing fails or a chained
 * name is taken.
 */
GOVLOG_API int govlog_init_run(const govlog_log *log, const govlog_init_options *opts,
			       govlog_init_fn fn, void *payload);

#ifdef __cplusplus
}
#endif

#endif
