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
static const char *const formats[] = {"text", "json", "sarif", "github", NULL};
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
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_check_spec = {
	"check",
	"[PATH...] [--range BASE..HEAD] [--commits BASE..HEAD] [--format F] [--profile P]",
	"validate decision records",
	"Without PATH the decision folders are detected (.adr-dir, .log4brains.yml, doc/adr,\n"
	"docs/adr, docs/decisions, beslutninger, ...). Text diagnostics go to stderr; json,\n"
	"sarif and github output to stdout.\n"
	"Exit status: 0 clean, 1 errors found, 2 usage, 3 runtime failure.",
	options,
};

int cmd_check(int argc, char **argv)
{
	char **paths;
	size_t npaths;
	int rc = cmd_parse(&cmd_check_spec, argc, argv, &paths, &npaths);
	if (rc)
		return rc < 0 ? CMD_EXIT_OK : rc;

	govlog_check_options copts = GOVLOG_CHECK_OPTIONS_INIT;
	copts.profile = profile;
	copts.range = range ? range : commits;
	govlog_log *log = NULL;
	govlog_diag_list *diags = NULL;
	size_t ncommits = 0;
	int err = cmd_open_log(&log, paths, npaths);
	if (!err)
		err = govlog_diag_list_new(&diags);
	if (!err)
		err = govlog_check_log(diags, log, &copts);
	if (!err && commits)
		err = govlog_commit_check_range(diags, log, commits, &ncommits);
	if (!err && commits)
		govlog_diag_list_sort(diags);
	char what[160], records[64], messages[64];
	cmd_count(records, sizeof(records), log ? govlog_log_count(log) : 0, "record");
	cmd_count(messages, sizeof(messages), ncommits, "commit");
	snprintf(what, sizeof(what), "%s%s%s", records, commits ? " and " : "",
		 commits ? messages : "");
	rc = err ? cmd_fail(err)
		 : cmd_report_what(diags, (log ? govlog_log_count(log) : 0) + ncommits, what,
				   format);
	govlog_diag_list_free(diags);
	govlog_log_free(log);
	return rc;
}
