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

static void print_field(const char *name, const char *value)
{
	if (value && *value)
		printf("%-12s %s\n", name, value);
}

static void print_record(const govlog_record *r)
{
	print_field("id:", govlog_record_id(r));
	print_field("title:", govlog_record_title(r));
	print_field("type:", govlog_type_name(govlog_record_type(r)));
	print_field("status:", govlog_status_name(govlog_record_status(r)));
	print_field("as written:", govlog_record_status_raw(r));
	print_field("date:", govlog_record_date(r));
	for (size_t i = 0; i < govlog_record_decider_count(r); i++)
		print_field(i ? "" : "deciders:", govlog_record_decider_at(r, i));
	print_field("supersedes:", govlog_record_field(r, "supersedes")
					   ? govlog_record_field(r, "supersedes")->value
					   : NULL);
	print_field("path:", govlog_record_path(r));
}

static int check_args(cmd_ctx *ctx)
{
	if (ctx->nargs == 1)
		return CMD_EXIT_OK;
	cmd_error("show: give one ID: govlog show ADR-0007");
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
		cmd_error("show: no record has the ID '%s'", ctx->args[0]);
		return CMD_EXIT_USAGE;
	}
	print_record(r);
	if (!meta_only)
		print_text(r);
	return CMD_EXIT_OK;
}
