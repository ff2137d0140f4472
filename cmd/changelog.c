/* govlog changelog: the whole history, Keep a Changelog style, newest first. */
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *file = "CHANGELOG.md", *format = "md", *style = "groups", *pr_data;
static bool write_it, fold;
static const char *const formats[] = {"md", "json", NULL};
static const char *const styles[] = {"groups", "keepachangelog", NULL};

static const cmd_option options[] = {
	{"write", 'w', NULL, "update the file (between govlog's markers) instead of printing", NULL,
	 &write_it, NULL},
	{"file", 0, "PATH", "the changelog file for --write (default: CHANGELOG.md)", &file, NULL,
	 NULL},
	{"fold-prereleases", 0, NULL, "count release candidates' commits in their final release",
	 NULL, &fold, NULL},
	{"format", 'f', "FORMAT", "output format (--write writes md)", &format, NULL, formats},
	{"style", 0, "STYLE", "Markdown sections: the notes' groups, or Keep a Changelog's", &style,
	 NULL, styles},
	{"pr-data", 0, "FILE", "pull requests as 'gh pr list --json' wrote them (titles, labels)",
	 &pr_data, NULL, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_changelog_spec = {
	"changelog",
	"[--write [--file PATH]] [--fold-prereleases] [--format md|json] [--style STYLE]\n"
	"       [--pr-data FILE]",
	"write the whole history as a changelog, newest release first",
	"Keep a Changelog form: [Unreleased], then each release with its date and its\n"
	"changes grouped, one entry per pull request (see release-notes; --pr-data gives\n"
	"the real titles and labels). --write replaces only the part between govlog's markers in\n"
	"CHANGELOG.md (adding it after the first heading when there are none), atomically;\n"
	"hand-written text around it is kept. Markers that are not one complete pair\n"
	"(one never closed, an end with no start, a second or nested block) are an error\n"
	"naming the line, and nothing is written.\n"
	"--style keepachangelog maps the groups onto Keep a Changelog 1.1.0's sections\n"
	"(features: Added; fixes: Fixed; security: Security; the rest: Changed), with\n"
	"\"## [1.2.3] - 2026-01-02\" headings and compare links when repository: is set;\n"
	"its headings are English, as the standard has them. --format json writes every\n"
	"release, newest first, with its tag, version, date and groups of entries.",
	options,
	cmd_no_args,
};

int cmd_changelog(cmd_ctx *ctx)
{
	govlog_release_options o = GOVLOG_RELEASE_OPTIONS_INIT;
	o.fold_prereleases = fold;
	o.format = !strcmp(format, "json") ? GOVLOG_NOTES_JSON : GOVLOG_NOTES_MD;
	o.style = !strcmp(style, "keepachangelog") ? GOVLOG_CHANGELOG_KEEPACHANGELOG
						   : GOVLOG_CHANGELOG_GROUPS;
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
