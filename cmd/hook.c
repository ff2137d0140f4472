/* govlog hook: the entry points the scripts in hooks/ call. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const cmd_option options[] = {
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_hook_spec = {
	"hook",
	"pre-commit | pre-merge-commit | commit-msg FILE | pre-push [REMOTE [URL]]",
	"run a Git hook's checks (the scripts in hooks/ call this)",
	"pre-commit checks the records as they are staged (from the index, never the work\n"
	"tree): every record rule, duplicate IDs, links and supersede links against the\n"
	"index, status transitions and frozen decisions against HEAD.\n"
	"pre-merge-commit does the same for a merge Git commits by itself.\n"
	"commit-msg checks the message Git is about to commit: Conventional Commits, the\n"
	"allowed types and scopes, references for the types .govlog.yml names\n"
	"(commits.require-refs), footers Git reads differently, Decision: trailers.\n"
	"pre-push reads Git's ref lines on stdin (or PRE_COMMIT_FROM_REF and\n"
	"PRE_COMMIT_TO_REF) and checks each commit to be pushed and the records it\n"
	"changes, with their history against the remote branch.\n"
	"A finding of error severity refuses the commit or push (exit 1).",
	options,
	NULL,
};

/*
 * What the report counts; a hook says nothing when all is well, like Git's own.
 * The hook read the log: its diagnostics list has the log's language.
 */
static void count(cmd_ctx *ctx, size_t checked, const char *noun)
{
	cmd_set_lang(govlog_diag_list_lang(ctx->diags));
	ctx->checked = checked;
	ctx->quiet_when_clean = true;
	cmd_count(ctx->what, sizeof(ctx->what), checked, noun);
}

static int commit_msg(cmd_ctx *ctx, const char *path)
{
	int err = govlog_hook_commit_msg(ctx->diags, path);
	if (err)
		return cmd_fail(err);
	count(ctx, 1, "COUNT_MESSAGES");
	/* Git hands the hook .git/COMMIT_EDITMSG; a message piped in by hand is kept nowhere. */
	const char *base = strrchr(path, '/');
	bool from_git = !strcmp(base ? base + 1 : path, "COMMIT_EDITMSG");
	if (govlog_diag_list_count_severity(ctx->diags, GOVLOG_SEVERITY_ERROR))
		cmd_errort(from_git ? "CLI_COMMIT_REFUSED_MESSAGE" : "CLI_MESSAGE_REFUSED");
	return CMD_EXIT_OK;
}

static int pre_commit(cmd_ctx *ctx)
{
	size_t checked = 0;
	int err = govlog_hook_pre_commit(ctx->diags, &checked);
	if (err)
		return cmd_fail(err);
	count(ctx, checked, "COUNT_STAGED");
	if (govlog_diag_list_count_severity(ctx->diags, GOVLOG_SEVERITY_ERROR))
		cmd_errort("CLI_COMMIT_REFUSED_RECORDS");
	return CMD_EXIT_OK;
}

#define NO_COMMIT "0000000000000000000000000000000000000000"

/*
 * Git's ref lines from stdin. The pre-commit framework passes none: it gives
 * the range in its variables, or, when the push brings the root commit, only
 * the branches (the whole history of the local one is new).
 */
static char *push_lines(size_t *len)
{
	const char *from = getenv("PRE_COMMIT_FROM_REF"), *to = getenv("PRE_COMMIT_TO_REF");
	const char *local = getenv("PRE_COMMIT_LOCAL_BRANCH");
	const char *remote = getenv("PRE_COMMIT_REMOTE_BRANCH");
	char *text = NULL;
	if (from && to && *from && *to) {
		size_t n = strlen(from) + strlen(to) + 32;
		text = malloc(n);
		if (text)
			*len = (size_t)snprintf(text, n, "HEAD %s HEAD %s\n", to, from);
		return text;
	}
	if (local && remote && *local && *remote && !strchr(local, ' ') && !strchr(remote, ' ')) {
		size_t n = 2 * strlen(local) + strlen(remote) + sizeof(NO_COMMIT) + 8;
		text = malloc(n);
		if (text)
			*len = (size_t)snprintf(text, n, "%s %s %s %s\n", local, local, remote,
						NO_COMMIT);
		return text;
	}
	size_t cap = 0;
	*len = 0;
	for (int c; (c = getchar()) != EOF && *len < 1024 * 1024;) {
		if (*len + 1 >= cap) {
			char *grown = realloc(text, cap = cap ? cap * 2 : 256);
			if (!grown)
				break;
			text = grown;
		}
		text[(*len)++] = (char)c;
	}
	return text;
}

static int pre_push(cmd_ctx *ctx, const char *remote)
{
	size_t checked = 0, len = 0;
	char *lines = push_lines(&len);
	int err = govlog_hook_pre_push(ctx->diags, &checked, remote, lines ? lines : "", len);
	free(lines);
	if (err)
		return cmd_fail(err);
	count(ctx, checked, "COUNT_COMMITS");
	if (govlog_diag_list_count_severity(ctx->diags, GOVLOG_SEVERITY_ERROR))
		cmd_errort("CLI_PUSH_REFUSED");
	return CMD_EXIT_OK;
}

int cmd_hook(cmd_ctx *ctx)
{
	char **args = ctx->args;
	size_t nargs = ctx->nargs;
	govlog_exit_after_command(true); /* a hook answers as soon as it can */
	if (nargs == 2 && !strcmp(args[0], "commit-msg"))
		return commit_msg(ctx, args[1]);
	/* A merge's result is staged like any commit's: the same checks. */
	if (nargs == 1 && (!strcmp(args[0], "pre-commit") || !strcmp(args[0], "pre-merge-commit")))
		return pre_commit(ctx);
	if (nargs >= 1 && nargs <= 3 && !strcmp(args[0], "pre-push"))
		return pre_push(ctx, nargs > 1 ? args[1] : getenv("PRE_COMMIT_REMOTE_NAME"));
	cmd_errort("CLI_HOOK_USAGE");
	return CMD_EXIT_USAGE;
}
