/* govlog config: the effective configuration, and where each value came from. */
#include <govlog/govlog.h>

#include "cmd.h"

static const cmd_option options[] = {
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_config_spec = {
	"config",
	"",
	"print the effective configuration and where each value came from",
	"Reads .govlog.yml at the repository root (when there is one) over the built-in\n"
	"profiles and defaults; an invalid file is an error naming the key and line.",
	options,
	cmd_no_args,
};

int cmd_config(cmd_ctx *ctx)
{
	int err = govlog_config_write(stdout, ctx->log);
	return err ? cmd_fail(err) : CMD_EXIT_OK;
}
