/* govlog release-notes: the notes of one release, or of a range of commits. */
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *format = "md", *range, *pr_data, *audience = "developers";
static bool fold, commits;
static const char *const formats[] = {"md", "json", "html", NULL};
static const char *const audiences[] = {"developers", "steering", NULL};

static const cmd_option options[] = {
	{"range", 'r', "A..B", "the commits of a range instead of a release", &range, NULL, NULL},
	{"format", 'f', "FORMAT", "output format", &format, NULL, formats},
	{"fold-prereleases", 0, NULL, "count release candidates' commits in their final release",
	 NULL, &fold, NULL},
	{"commits", 0, NULL, "list each pull request's commits under its entry", NULL, &commits,
	 NULL},
	{"pr-data", 0, "FILE",
	 "pull requests as 'gh pr list --json' wrote them (titles, labels, mergedBy, reviews)",
	 &pr_data, NULL, NULL},
	{"audience", 0, "WHO",
	 "developers (every change), or steering: the steering group's view (md, html)", &audience,
	 NULL, audiences},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_release_notes_spec = {
	"release-notes",
	"[TAG | --range A..B] [--format md|json|html] [--fold-prereleases] [--commits] "
	"[--pr-data FILE] [--audience developers|steering]",
	"write the release notes of a release (default: the newest HEAD reaches)",
	"A release is a tag that reads as a version (v1.2.3, 1.2.3, 2.0.6.1, 4.2.0rc1,\n"
	"version2.3.0), ordered by SemVer precedence; a commit belongs to the first release\n"
	"whose tag reaches it. The notes give one entry per change: a merged pull request\n"
	"(merge, squash \"(#N)\", GitLab !N) titled by its title, its branch commits folded\n"
	"under it (--commits lists them; JSON has them in \"commits\"), or a commit outside\n"
	"any. Release PRs (from develop, main, master, release/...) and merge-backs are no\n"
	"changes: one line names them. Entries are grouped (breaking changes, features, bug\n"
	"fixes, security, performance, documentation, dependencies, other, not classified)\n"
	"with their pull request, requests, decisions and vendor, then come the decisions\n"
	"accepted and the contributors by vendor. \"Reviewed across vendors: N of M\" counts\n"
	"the pull requests merged (or, with --pr-data, approved) by another vendor than their\n"
	"authors'; a cherry-picked fix is marked as a backport of its original. With\n"
	"--audience steering the notes are the steering group's view: decisions accepted and\n"
	"implemented, requests fulfilled, changes by vendor, cross-vendor review, backports\n"
	"and open gaps, fit for a release pull request's body. Links come from .govlog.yml\n"
	"(links:, repository:), vendors from vendors: and .mailmap.",
	options,
	check_args,
};

static int check_args(cmd_ctx *ctx)
{
	if (ctx->nargs > 1 || (ctx->nargs && range)) {
		cmd_errort("CLI_NOTES_USAGE");
		return CMD_EXIT_USAGE;
	}
	return CMD_EXIT_OK;
}

int cmd_release_notes(cmd_ctx *ctx)
{
	govlog_release_options o = GOVLOG_RELEASE_OPTIONS_INIT;
	o.tag = ctx->nargs ? ctx->args[0] : NULL;
	o.range = range;
	o.fold_prereleases = fold;
	o.commits = commits;
	o.pr_data = pr_data;
	o.audience = !strcmp(audience, "steering") ? GOVLOG_AUDIENCE_STEERING
						   : GOVLOG_AUDIENCE_DEVELOPERS;
	o.format = !strcmp(format, "json")   ? GOVLOG_NOTES_JSON
		   : !strcmp(format, "html") ? GOVLOG_NOTES_HTML
					     : GOVLOG_NOTES_MD;
	int err = govlog_release_notes_write(stdout, ctx->log, &o);
	return err ? cmd_fail(err) : CMD_EXIT_OK;
}
