/* govlog hook: the entry points the scripts in hooks/ call. */
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const cmd_option options[] = {
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_hook_spec = {
	"hook",
	"commit-msg FILE",
	"run a Git hook's checks (the scripts in hooks/ call this)",
	"commit-msg checks the message Git is about to commit: Conventional Commits, the\n"
	"allowed types, references for the types .govlog.yml names (commits.require-refs)\n"
	"and Decision: trailers. A finding of error severity refuses the commit.",
	options,
};

static int commit_msg(const char *path)
{
	govlog_diag_list *diags = NULL;
	int err = govlog_diag_list_new(&diags);
	if (!err)
		err = govlog_hook_commit_msg(diags, path);
	if (!err && govlog_diag_list_count_severity(diags, GOVLOG_SEVERITY_ERROR))
		fputs("govlog: commit refused; the message is kept in .git/COMMIT_EDITMSG\n",
		      stderr);
	int rc = err ? cmd_fail(err) : cmd_report(diags, 1, "message", "text");
	govlog_diag_list_free(diags);
	return rc;
}

int cmd_hook(int argc, char **argv)
{
	char **args;
	size_t nargs;
	int rc = cmd_parse(&cmd_hook_spec, argc, argv, &args, &nargs);
	if (rc)
		return rc < 0 ? CMD_EXIT_OK : rc;
	if (nargs == 2 && !strcmp(args[0], "commit-msg"))
		return commit_msg(args[1]);
	cmd_error("hook: usage: govlog hook commit-msg FILE (pre-commit and pre-push are not "
		  "available yet)");
	return CMD_EXIT_USAGE;
}
