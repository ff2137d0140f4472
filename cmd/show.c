/* govlog show: one record's metadata, as govlog reads it, then its text. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <govlog/govlog.h>

#include "cmd.h"

static bool meta_only;
/* The one argument is a record's file rather than an ID. */
static bool by_file;
/* The one argument names a meeting: a minutes file or YYYY-MM-DD[/GROUP]. */
static bool by_meeting;

static const cmd_option options[] = {
	{"meta", 'm', NULL, "only the metadata, not the text", NULL, &meta_only, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_show_spec = {
	"show",
	"<ID> [PATH...] | <FILE> | <YYYY-MM-DD[/GROUP]> [--meta]",
	"show one record or meeting: its metadata as govlog reads it, then its text",
	"The record is named by its ID or its number (7 for ADR-0007, as adr-tools names\n"
	"records), looked up in the detected log or in the folders and files PATH names\n"
	"(as for check), or by its file. A request record is named by its ID (FR-12).\n"
	"A decision's approval evidence (the minutes or\n"
	"pull request that approved it) follows its metadata. A meeting is named by its\n"
	"file under a minutes folder, or by its date, with its group when several met\n"
	"that day (2026-06-04/styregruppe).",
	options,
	check_args,
};

static bool is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* A date, or a file in a folder named as minutes folders are: the meeting, not a record. */
static bool looks_like_meeting(const char *arg)
{
	static const char *const folders[] = {"/dagsordner-og-referater/", "/referater/",
					      "/meetings/", "/minutes/", NULL};
	size_t n = strlen(arg);
	if (n >= 10 && arg[4] == '-' && arg[7] == '-' && (n == 10 || arg[10] == '/') &&
	    strspn(arg, "0123456789") == 4)
		return true;
	char *slashed = malloc(n + 2);
	if (!slashed || !is_file(arg)) {
		free(slashed);
		return false;
	}
	slashed[0] = '/';
	memcpy(slashed + 1, arg, n + 1);
	bool found = false;
	for (size_t i = 0; folders[i] && !found; i++)
		found = strstr(slashed, folders[i]) != NULL;
	free(slashed);
	return found;
}

/* An ID is looked up in the log the paths after it name; a file is its own log. */
static int check_args(cmd_ctx *ctx)
{
	if (!ctx->nargs) {
		cmd_errort("CLI_SHOW_USAGE");
		return CMD_EXIT_USAGE;
	}
	by_meeting = ctx->nargs == 1 && looks_like_meeting(ctx->args[0]);
	by_file = !by_meeting && ctx->nargs == 1 && is_file(ctx->args[0]);
	if (by_meeting) {
		ctx->log_options.path_count = 0;
		return CMD_EXIT_OK;
	}
	ctx->log_options.paths = (const char *const *)(by_file ? ctx->args : ctx->args + 1);
	ctx->log_options.path_count = by_file ? 1 : ctx->nargs - 1;
	return CMD_EXIT_OK;
}

/* The length of buf[0..n) without a UTF-8 character cut short at its end. */
static size_t whole_characters(const char *buf, size_t n)
{
	size_t lead = n;
	while (lead > 0 && n - lead < 3 && ((unsigned char)buf[lead - 1] & 0xC0) == 0x80)
		lead--;
	if (!lead || (unsigned char)buf[lead - 1] < 0xC0)
		return n;
	unsigned char c = (unsigned char)buf[lead - 1];
	size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
	return n - (lead - 1) < need && lead > 1 ? lead - 1 : n;
}

/*
 * The file after the metadata, its lines as they are but control characters
 * escaped: a record must not drive the reader's terminal. Whole lines are
 * handed on, so a character cut at the buffer's end is never split.
 */
static void print_text(const govlog_record *r)
{
	FILE *f = fopen(govlog_record_path(r), "rb");
	char buf[8192];
	size_t n, kept = 0;
	fputc('\n', stdout);
	while (f && (n = fread(buf + kept, 1, sizeof(buf) - kept, f)) > 0) {
		n += kept;
		size_t cut = n;
		while (cut && buf[cut - 1] != '\n')
			cut--;
		if (!cut)
			cut = whole_characters(buf, n); /* a line longer than the buffer */
		govlog_text_write_shown(stdout, buf, cut, GOVLOG_SHOWN_KEEP_LINES);
		kept = n - cut;
		memmove(buf, buf + cut, kept);
	}
	govlog_text_write_shown(stdout, buf, kept, GOVLOG_SHOWN_KEEP_LINES);
	if (f)
		fclose(f);
}

static int show_meeting(cmd_ctx *ctx)
{
	govlog_meetings *m = NULL;
	int err = govlog_meetings_load(&m, ctx->log);
	if (err < 0)
		return cmd_fail(err);
	const govlog_meeting *mt = govlog_meetings_find(m, ctx->args[0]);
	int rc = CMD_EXIT_OK;
	if (!mt) {
		cmd_errort("CLI_SHOW_NO_MEETING", ctx->args[0]);
		rc = CMD_EXIT_USAGE;
	} else if (govlog_meeting_meta_write(stdout, mt, govlog_log_language(ctx->log)) < 0) {
		rc = cmd_fail(GOVLOG_EIO);
	} else if (!meta_only) {
		print_text(govlog_meeting_record(mt));
	}
	govlog_meetings_free(m);
	return rc;
}

/*
 * The minutes or pull request that approved the record, when the log is the
 * whole repository's and the record was decided: a draft's "to be approved at
 * the next meeting" names no approval.
 */
static int show_approval(cmd_ctx *ctx, const govlog_record *r)
{
	govlog_meetings *m = NULL;
	govlog_approval a;
	govlog_status s = govlog_record_status(r);
	if (s != GOVLOG_STATUS_ACCEPTED && s != GOVLOG_STATUS_DEPRECATED &&
	    s != GOVLOG_STATUS_SUPERSEDED)
		return CMD_EXIT_OK;
	if (govlog_meetings_load(&m, ctx->log) < 0)
		return CMD_EXIT_OK; /* evidence is a help; the record is shown */
	govlog_approval_find(&a, m, r);
	int err = govlog_approval_write(stdout, &a, govlog_log_language(ctx->log));
	govlog_meetings_free(m);
	return err < 0 ? cmd_fail(GOVLOG_EIO) : CMD_EXIT_OK;
}

int cmd_show(cmd_ctx *ctx)
{
	if (by_meeting)
		return show_meeting(ctx);
	const govlog_record *r = NULL;
	if (!by_file) {
		int err = govlog_log_lookup(&r, ctx->log, ctx->args[0]);
		if (err && err != GOVLOG_ENOTFOUND)
			return cmd_fail(err); /* a number more than one record has */
		if (!r)
			r = govlog_log_find_request(ctx->log, ctx->args[0]);
	} else if (govlog_log_count(ctx->log) == 1) {
		r = govlog_log_record_at(ctx->log, 0);
	}
	if (!r) {
		cmd_errort(by_file ? "CLI_SHOW_NOT_RECORD" : "CLI_SHOW_NO_RECORD", ctx->args[0]);
		return CMD_EXIT_USAGE;
	}
	if (govlog_record_meta_write(stdout, r, govlog_log_language(ctx->log)) < 0)
		return cmd_fail(GOVLOG_EIO);
	if (!by_file && show_approval(ctx, r) != CMD_EXIT_OK)
		return CMD_EXIT_FAILURE;
	if (!meta_only)
		print_text(r);
	return CMD_EXIT_OK;
}
