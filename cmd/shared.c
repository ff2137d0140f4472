/* What every verb needs: error messages, exit codes, colour, opening the log. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

const char *cmd_color_mode = "auto";

void cmd_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("govlog: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

int cmd_fail(int code)
{
	cmd_error("%s", govlog_error_last());
	switch (code) {
	case GOVLOG_ENOTFOUND:
	case GOVLOG_EINVALID:
		return CMD_EXIT_USAGE;
	default:
		return CMD_EXIT_FAILURE;
	}
}

bool cmd_use_color(int fd)
{
	if (!strcmp(cmd_color_mode, "always"))
		return true;
	if (!strcmp(cmd_color_mode, "never"))
		return false;
	const char *no_color = getenv("NO_COLOR");
	const char *term = getenv("TERM");
	if ((no_color && *no_color) || (term && !strcmp(term, "dumb")))
		return false;
	return isatty(fd);
}

int cmd_open_log(govlog_log **out, char **paths, size_t npaths)
{
	govlog_log_options opts = GOVLOG_LOG_OPTIONS_INIT;
	opts.paths = (const char *const *)paths;
	opts.path_count = npaths;
	return govlog_log_open(out, &opts);
}
