/* govlog changelog: the whole history, Keep a Changelog style, newest first. */
#include <govlog/govlog.h>

#include "cmd.h"

static const char *file = "CHANGELOG.md", *pr_data;
static bool write_it, fold;

static const cmd_option options[] = {
	{"write", 'w', NULL, "update the file (between govlog's markers) instead of printing", NULL,
	 &write_it, NULL},
	{"file", 0, "PATH", "the changelog file for --write (default: CHANGELOG.md)", &file, NULL,
	 NULL},
	{"fold-prereleases", 0, NULL, "count release candidates' commits in their final release",
	 NULL, &fold, NULL},
	{"pr-data", 0, "FILE", "pull requests as 'gh pr list --json' wrote them (titles, labels)",
	 &pr_data, NULL, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_changelog_spec = {
	"changelog",
	"[--write [--file PATH]] [--fold-prereleases] [--pr-data FILE]",
	"write the whole history as a changelog, newest release first",
	"Keep a Changelog form: [Unreleased], then each release with its date and its\n"
	"changes grouped, one entry per pull request (see release-notes; --pr-data gives\n"
	"the real titles and labels). --write replaces only the part between govlog's markers in\n"
	"CHANGELOG.md (adding it after the first heading when there are none), atomically;\n"
	"hand-written text around it is kept. Markers that are not one complete pair\n"
	"(one never closed, an end with no start, a second or nested block) are an error\n"
	"naming the line, and nothing is written.",
	options,
	cmd_no_args,
};

int cmd_changelog(cmd_ctx *ctx)
{
	govlog_release_options o = GOVLOG_RELEASE_OPTIONS_INIT;
	o.fold_prereleases = fold;
	o.pr_data = pr_data;
	bool changed = false;
	int err = write_it ? govlog_changelog_update(&changed, ctx->log, file, &o)
			   : govlog_changelog_write(stdout, ctx->log, &o);
	if (!err && write_it) {
		cmd_printt(stdout, changed ? "CLI_UPDATED" : "CLI_UNCHANGED", file);
		putchar('\n');
	}
	return err ? cmd_fail(err) : CMD_EXIT_OK;
}
