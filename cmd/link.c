/* govlog link: adr-tools' `adr link SOURCE LINK TARGET REVERSE`, in each record's own style. */
#include <govlog/govlog.h>

#include "cmd.h"

static const cmd_option options[] = {
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_link_spec = {
	"link",
	"<SOURCE> <LINK> <TARGET> [REVERSE]",
	"link two records, as adr-tools does: govlog link 5 Amends 3 \"Amended by\"",
	"SOURCE gets the line \"LINK [title](file)\" naming TARGET and, with REVERSE, TARGET\n"
	"gets \"REVERSE [title](file)\" naming SOURCE: at the end of a `## Status` section\n"
	"(Nygard, adr-tools), else as a bullet of a `## Links` section. Records are named\n"
	"by ID or by number (5 for ADR-0005). Each file changed is named on stdout.",
	options,
	check_args,
};

static int check_args(cmd_ctx *ctx)
{
	if (ctx->nargs == 3 || ctx->nargs == 4)
		return CMD_EXIT_OK;
	cmd_errort("CLI_LINK_USAGE");
	return CMD_EXIT_USAGE;
}

int cmd_link(cmd_ctx *ctx)
{
	govlog_link_options lopts = GOVLOG_LINK_OPTIONS_INIT;
	lopts.source = ctx->args[0];
	lopts.link = ctx->args[1];
	lopts.target = ctx->args[2];
	lopts.reverse = ctx->nargs == 4 ? ctx->args[3] : NULL;
	lopts.changed = cmd_say_changed;
	int err = govlog_record_link(ctx->log, &lopts);
	return err ? cmd_fail(err) : CMD_EXIT_OK;
}
