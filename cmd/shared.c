/* What every verb needs: error messages, exit codes, colour, writing diagnostics. */
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

/* "3 records checked, no problems found" or "1 error, 0 warnings in 3 records". */
static void print_summary(const govlog_diag_list *diags, const char *what)
{
	size_t errors = govlog_diag_list_count_severity(diags, GOVLOG_SEVERITY_ERROR);
	size_t warnings = govlog_diag_list_count_severity(diags, GOVLOG_SEVERITY_WARNING);
	if (!errors && !warnings) {
		fprintf(stderr, "%s checked, no problems found\n", what);
		return;
	}
	fprintf(stderr, "%zu error%s, %zu warning%s in %s\n", errors, errors == 1 ? "" : "s",
		warnings, warnings == 1 ? "" : "s", what);
}

void cmd_count(char *out, size_t size, size_t n, const char *noun)
{
	snprintf(out, size, "%zu %s%s", n, noun, n == 1 ? "" : "s");
}

static govlog_diag_format diag_format(const char *format)
{
	static const char *const names[] = {"text", "json", "sarif", "github"};
	static const govlog_diag_format by_index[] = {GOVLOG_DIAG_TEXT, GOVLOG_DIAG_JSON,
						      GOVLOG_DIAG_SARIF, GOVLOG_DIAG_GITHUB};
	for (size_t i = 0; i < 4; i++)
		if (!strcmp(names[i], format))
			return by_index[i];
	return GOVLOG_DIAG_TEXT;
}

int cmd_report(const govlog_diag_list *diags, size_t files, const char *what, const char *format)
{
	govlog_diag_format fmt = diag_format(format);
	bool text = fmt == GOVLOG_DIAG_TEXT;
	FILE *out = text ? stderr : stdout;
	unsigned flags = text && cmd_use_color(STDERR_FILENO) ? GOVLOG_RENDER_COLOR : 0;
	int err = govlog_diag_list_write(out, diags, fmt, files, flags);
	if (err < 0 || fflush(out) != 0)
		return cmd_fail(GOVLOG_EIO);
	if (text)
		print_summary(diags, what);
	return govlog_diag_list_count_severity(diags, GOVLOG_SEVERITY_ERROR) ? CMD_EXIT_FINDINGS
									     : CMD_EXIT_OK;
}
