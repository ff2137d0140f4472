/* govlog check: validate the decision log and report every finding. */
#include <string.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *format = "text";
static const char *profile;
static const char *range;
static const char *const formats[] = {"text", "json", "sarif", "github", NULL};
static const char *const profiles[] = {"nygard", "madr", "os2-da", "os2-en", NULL};

static const cmd_option options[] = {
	{"format", 'f', "FORMAT", "output format", &format, NULL, formats},
	{"profile", 'p', "PROFILE", "judge every record by this profile instead of detecting one",
	 &profile, NULL, profiles},
	{"range", 'r', "BASE..HEAD",
	 "also check each commit of the range: status transitions, frozen decisions, IDs "
	 "the target branch took",
	 &range, NULL, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_check_spec = {
	"check",
	"[PATH...] [--range BASE..HEAD] [--format text|json|sarif|github] [--profile P]",
	"validate decision records",
	"Without PATH the decision folders are detected (.adr-dir, .log4brains.yml, doc/adr,\n"
	"docs/adr, docs/decisions, beslutninger, ...). Text diagnostics go to stderr; json,\n"
	"sarif and github output to stdout.\n"
	"Exit status: 0 clean, 1 errors found, 2 usage, 3 runtime failure.",
	options,
};

static void print_summary(const govlog_diag_list *diags, size_t files)
{
	size_t errors = govlog_diag_list_count_severity(diags, GOVLOG_SEVERITY_ERROR);
	size_t warnings = govlog_diag_list_count_severity(diags, GOVLOG_SEVERITY_WARNING);
	if (!errors && !warnings) {
		fprintf(stderr, "%zu record%s checked, no problems found\n", files,
			files == 1 ? "" : "s");
		return;
	}
	fprintf(stderr, "%zu error%s, %zu warning%s in %zu record%s\n", errors,
		errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", files,
		files == 1 ? "" : "s");
}

static govlog_diag_format diag_format(void)
{
	static const govlog_diag_format by_index[] = {GOVLOG_DIAG_TEXT, GOVLOG_DIAG_JSON,
						      GOVLOG_DIAG_SARIF, GOVLOG_DIAG_GITHUB};
	for (size_t i = 0; formats[i]; i++)
		if (!strcmp(formats[i], format))
			return by_index[i];
	return GOVLOG_DIAG_TEXT;
}

static int report(const govlog_diag_list *diags, size_t files)
{
	govlog_diag_format fmt = diag_format();
	bool text = fmt == GOVLOG_DIAG_TEXT;
	FILE *out = text ? stderr : stdout;
	unsigned flags = text && cmd_use_color(STDERR_FILENO) ? GOVLOG_RENDER_COLOR : 0;
	int err = govlog_diag_list_write(out, diags, fmt, files, flags);
	if (err < 0 || fflush(out) != 0)
		return cmd_fail(GOVLOG_EIO);
	if (text)
		print_summary(diags, files);
	return govlog_diag_list_count_severity(diags, GOVLOG_SEVERITY_ERROR) ? CMD_EXIT_FINDINGS
									     : CMD_EXIT_OK;
}

int cmd_check(int argc, char **argv)
{
	char **paths;
	size_t npaths;
	int rc = cmd_parse(&cmd_check_spec, argc, argv, &paths, &npaths);
	if (rc)
		return rc < 0 ? CMD_EXIT_OK : rc;

	govlog_check_options copts = GOVLOG_CHECK_OPTIONS_INIT;
	copts.profile = profile;
	copts.range = range;
	govlog_log *log = NULL;
	govlog_diag_list *diags = NULL;
	int err = cmd_open_log(&log, paths, npaths);
	if (!err)
		err = govlog_diag_list_new(&diags);
	if (!err)
		err = govlog_check_log(diags, log, &copts);
	rc = err ? cmd_fail(err) : report(diags, govlog_log_count(log));
	govlog_diag_list_free(diags);
	govlog_log_free(log);
	return rc;
}
