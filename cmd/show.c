/* govlog show: one record's metadata, as govlog reads it, then its text. */
#include <string.h>
#include <sys/stat.h>

#include <govlog/govlog.h>

#include "cmd.h"

static bool meta_only;
/* The one argument is a record's file rather than an ID. */
static bool by_file;

static const cmd_option options[] = {
	{"meta", 'm', NULL, "only the metadata, not the text", NULL, &meta_only, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_show_spec = {
	"show",
	"<ID> [PATH...] | <FILE> [--meta]",
	"show one record: its metadata as govlog reads it, then its text",
	"The record is named by its ID or its number (7 for ADR-0007, as adr-tools names\n"
	"records), looked up in the detected log or in the folders and files PATH names\n"
	"(as for check), or by its file. A request record is named by its ID (FR-12).",
	options,
	check_args,
};

static bool is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* An ID is looked up in the log the paths after it name; a file is its own log. */
static int check_args(cmd_ctx *ctx)
{
	if (!ctx->nargs) {
		cmd_errort("CLI_SHOW_USAGE");
		return CMD_EXIT_USAGE;
	}
	by_file = ctx->nargs == 1 && is_file(ctx->args[0]);
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

int cmd_show(cmd_ctx *ctx)
{
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
	if (!meta_only)
		print_text(r);
	return CMD_EXIT_OK;
}
