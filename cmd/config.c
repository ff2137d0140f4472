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
};

int cmd_config(int argc, char **argv)
{
	int rc = cmd_parse_no_args(&cmd_config_spec, argc, argv);
	if (rc)
		return rc < 0 ? CMD_EXIT_OK : rc;
	govlog_log *log = NULL;
	int err = cmd_open_log(&log, NULL, 0);
	if (!err)
		err = govlog_config_write(stdout, log);
	rc = err ? cmd_fail(err) : CMD_EXIT_OK;
	govlog_log_free(log);
	return rc;
}
