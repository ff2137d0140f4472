/* govlog check: validate the decision log and report every finding. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *format = "text";
static const char *profile;
static const char *range;
static const char *commits;
static const char *sarif_file;
static const char *pr_data;
static const char *const formats[] = {"text", "json", "sarif", "github", "codeclimate", NULL};
static const char *const profiles[] = {"nygard", "madr", "os2-da", "os2-en", NULL};

static const cmd_option options[] = {
	{"format", 'f', "FORMAT", "output format", &format, NULL, formats},
	{"profile", 'p', "PROFILE", "judge every record by this profile instead of detecting one",
	 &profile, NULL, profiles},
	{"range", 'r', "BASE..HEAD",
	 "also check each commit of the range: status transitions, frozen decisions, IDs "
	 "the target branch took",
	 &range, NULL, NULL},
	{"commits", 'c', "BASE..HEAD",
	 "also check the message of each commit of the range, and its history as --range does "
	 "(CI: everything the hooks check)",
	 &commits, NULL, NULL},
	{"sarif-file", 0, "FILE",
	 "also write the findings as SARIF to FILE (CI: annotations and code scanning in one run)",
	 &sarif_file, NULL, NULL},
	{"pr-data", 0, "FILE",
	 "with --range or --commits: pull requests as 'gh pr list --json' wrote them, so that "
	 "review/same-vendor counts their approvals",
	 &pr_data, NULL, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_check_spec = {
	"check",
	"[PATH...] [--range BASE..HEAD] [--commits BASE..HEAD] [--format F] [--profile P]\n"
	"       [--sarif-file FILE] [--pr-data FILE]",
	"validate decision records",
	"Without PATH the decision folders are detected (.adr-dir, .log4brains.yml, doc/adr,\n"
	"docs/adr, docs/decisions, beslutninger, ...). Text diagnostics go to stderr; json,\n"
	"sarif, github and codeclimate (GitLab Code Quality) output to stdout. SARIF and\n"
	"GitHub annotations name files from the repository root.\n"
	"Exit status: 0 clean, 1 errors found, 2 usage, 3 runtime failure.",
	options,
	NULL,
};

int cmd_check(cmd_ctx *ctx)
{
	govlog_check_options copts = GOVLOG_CHECK_OPTIONS_INIT;
	copts.profile = profile;
	copts.range = range ? range : commits;
	copts.pr_data = pr_data;
	size_t ncommits = 0;
	int err = govlog_check_run(ctx->diags, ctx->log, &copts);
	if (!err && commits)
		err = govlog_commit_check_range(ctx->diags, &ncommits, ctx->log, commits);
	if (err)
		return cmd_fail(err);
	if (commits)
		govlog_diag_list_sort(ctx->diags);
	char records[64], messages[64];
	cmd_count(records, sizeof(records), govlog_log_named_count(ctx->log), "COUNT_RECORDS");
	cmd_count(messages, sizeof(messages), ncommits, "COUNT_COMMITS");
	if (commits)
		cmd_both(ctx->what, sizeof(ctx->what), records, messages);
	else
		snprintf(ctx->what, sizeof(ctx->what), "%s", records);
	ctx->checked = govlog_log_named_count(ctx->log) + ncommits;
	ctx->format = format;
	ctx->sarif_file = sarif_file;
	return CMD_EXIT_OK;
}
