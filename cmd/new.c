/* govlog new: the next record, from the profile's template. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *type, *supersedes, *request, *profile, *lang;
static bool edit;
static const char *const profiles[] = {"nygard", "madr", "os2-da", "os2-en", NULL};
static const char *const langs[] = {"da", "en", NULL};

static const cmd_option options[] = {
	{"type", 't', "TYPE", "architecture, strategic or operational (ADR, SDR, ODR)", &type, NULL,
	 NULL},
	{"supersedes", 's', "ID", "the record this one replaces (it must exist)", &supersedes, NULL,
	 NULL},
	{"request", 'r', "REF", "the request it answers (#123, FR-12, a URL)", &request, NULL,
	 NULL},
	{"profile", 'p', "PROFILE", "the profile to write in", &profile, NULL, profiles},
	{"lang", 'l', "LANG", "language of the file name", &lang, NULL, langs},
	{"edit", 'e', NULL, "open the new record in $VISUAL or $EDITOR", NULL, &edit, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_new_spec = {
	"new",
	"decision <title...> [--type T] [--supersedes ID] [--request REF] [--edit]",
	"write the next decision record from the folder's or the profile's template",
	"The record gets the next number (or today's date, in a log named by dates), a file\n"
	"name from the title in the form most of the folder's files use (0007-slug,\n"
	"2026-05-28-slug, log4brains' 20260528-slug), today's date and your Git name as\n"
	"decider. A folder that keeps its own template (template.md, adr-template.md,\n"
	"templates/template.md, skabelon.md) gets it filled in. It is created atomically\n"
	"and never replaces a file; its path is printed.",
	options,
	check_args,
};

/* Runs the editor through the shell, so EDITOR may carry arguments ("code -w"). */
static int run_editor(const char *path)
{
	const char *editor = getenv("VISUAL");
	if (!editor || !*editor)
		editor = getenv("EDITOR");
	if (!editor || !*editor)
		editor = "vi";
	pid_t pid = fork();
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", "$0 \"$1\"", editor, path, (char *)NULL);
		_exit(127);
	}
	int status = 0;
	if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
		cmd_errort("CLI_NEW_EDITOR_FAILED", editor, path);
		return CMD_EXIT_FAILURE;
	}
	return CMD_EXIT_OK;
}

/* The words after the kind, joined: `govlog new decision Use PostgreSQL` works unquoted. */
static char *join(char **words, size_t n)
{
	size_t len = 1;
	for (size_t i = 0; i < n; i++)
		len += strlen(words[i]) + 1;
	char *s = calloc(len, 1);
	for (size_t i = 0; s && i < n; i++) {
		if (i)
			strncat(s, " ", len - strlen(s) - 1);
		strncat(s, words[i], len - strlen(s) - 1);
	}
	return s;
}

static int check_args(cmd_ctx *ctx)
{
	if (ctx->nargs >= 2)
		return CMD_EXIT_OK;
	cmd_errort("CLI_NEW_USAGE");
	return CMD_EXIT_USAGE;
}

int cmd_new(cmd_ctx *ctx)
{
	govlog_new_options nopts = GOVLOG_NEW_OPTIONS_INIT;
	char *title = join(ctx->args + 1, ctx->nargs - 1), *path = NULL;
	nopts.kind = ctx->args[0];
	nopts.title = title;
	nopts.type = type;
	nopts.supersedes = supersedes;
	nopts.request = request;
	nopts.profile = profile;
	nopts.lang = lang;
	int err = govlog_record_create(&path, ctx->log, &nopts);
	int rc = err ? cmd_fail(err) : CMD_EXIT_OK;
	if (!err)
		printf("%s\n", path);
	if (!err && edit)
		rc = run_editor(path);
	free(path);
	free(title);
	return rc;
}
