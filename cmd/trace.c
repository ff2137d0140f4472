/* govlog trace: requests → decisions → commits → releases, and every gap. */
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *format = "md", *range, *since, *pr_data;
static bool all_gaps;
static const char *const formats[] = {"md", "json", "csv", "html", "dot", NULL};

static const cmd_option options[] = {
	{"range", 'r', "A..B", "only the commits of a range", &range, NULL, NULL},
	{"format", 'f', "FORMAT", "output format", &format, NULL, formats},
	{"since", 0, "TAG|DATE",
	 "gaps of the commits released after a release tag, or on or after a date (YYYY-MM-DD)",
	 &since, NULL, NULL},
	{"all", 0, NULL, "gaps of every release (default: the year before the newest commit)", NULL,
	 &all_gaps, NULL},
	{"pr-data", 0, "FILE", "pull requests as 'gh pr list --json' wrote them (titles, labels)",
	 &pr_data, NULL, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_trace_spec = {
	"trace",
	"[--range A..B] [--since TAG|DATE | --all] [--format md|json|csv|html|dot]\n"
	"       [--pr-data FILE]",
	"trace requests to decisions, commits, pull requests and releases, with the gaps",
	"Requests are issues (#12, owner/repo#12, URLs), tickets (commits.references) and\n"
	"request records; decisions name them in their requests field (Ønske); commits name\n"
	"them in references and name decisions in Decision: trailers. Gaps: requests no\n"
	"commit refers to, feature and fix commits that name no request, accepted decisions\n"
	"no commit implements, released commits implementing a decision that is only\n"
	"proposed or was rejected, and references to records the log does not have.\n"
	"Housekeeping (typo and lint fixes, changelog edits, version and dependency bumps)\n"
	"is no feature or fix. Gaps about commits cover the releases of the year before\n"
	"the newest commit and the unreleased commits; --since TAG|DATE moves the start,\n"
	"--all takes every release. Each names its release and pull request, and the list\n"
	"opens with its window and a count per kind; the matrix covers every commit.\n"
	"The number of gaps goes to stderr; the exit status is 0 when the trace ran.",
	options,
	cmd_no_args,
};

static govlog_trace_format trace_format(void)
{
	static const char *const names[] = {"md", "json", "csv", "html", "dot"};
	for (int i = 0; i < 5; i++)
		if (!strcmp(format, names[i]))
			return (govlog_trace_format)i;
	return GOVLOG_TRACE_MD;
}

int cmd_trace(cmd_ctx *ctx)
{
	if (since && all_gaps) {
		cmd_errort("CLI_TRACE_SINCE_ALL");
		return CMD_EXIT_USAGE;
	}
	govlog_trace_options o = GOVLOG_TRACE_OPTIONS_INIT;
	o.range = range;
	o.format = trace_format();
	o.since = since;
	o.all_gaps = all_gaps;
	o.pr_data = pr_data;
	size_t gaps = 0;
	int err = govlog_trace_write(&gaps, stdout, ctx->log, &o);
	if (err)
		return cmd_fail(err);
	char line[96];
	cmd_count(line, sizeof(line), gaps, "COUNT_GAPS");
	fprintf(stderr, "%s\n", line);
	return CMD_EXIT_OK;
}
