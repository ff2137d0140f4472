/* govlog show: one record's metadata, as govlog reads it, then its text. */
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static bool meta_only;

static const cmd_option options[] = {
	{"meta", 'm', NULL, "only the metadata, not the text", NULL, &meta_only, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_show_spec = {
	"show", "<ID> [--meta]", "show one record: its metadata as govlog reads it, then its text",
	NULL,   options,         check_args,
};

static int check_args(cmd_ctx *ctx)
{
	if (ctx->nargs == 1)
		return CMD_EXIT_OK;
	cmd_errort("CLI_SHOW_USAGE");
	return CMD_EXIT_USAGE;
}

/* The file as it is, after the metadata. */
static void print_text(const govlog_record *r)
{
	FILE *f = fopen(govlog_record_path(r), "rb");
	char buf[8192];
	size_t n;
	fputc('\n', stdout);
	while (f && (n = fread(buf, 1, sizeof(buf), f)) > 0)
		fwrite(buf, 1, n, stdout);
	if (f)
		fclose(f);
}

int cmd_show(cmd_ctx *ctx)
{
	const govlog_record *r = govlog_log_find(ctx->log, ctx->args[0]);
	if (!r) {
		cmd_errort("CLI_SHOW_NO_RECORD", ctx->args[0]);
		return CMD_EXIT_USAGE;
	}
	if (govlog_record_meta_write(stdout, r, govlog_log_language(ctx->log)) < 0)
		return cmd_fail(GOVLOG_EIO);
	if (!meta_only)
		print_text(r);
	return CMD_EXIT_OK;
}
