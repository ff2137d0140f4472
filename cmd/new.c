/* govlog new: the next record, from the profile's template. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *type, *supersedes, *request, *profile, *lang, *from_issue;
static bool edit, pending, linked;
static const char *links[CMD_MANY + 1];
static const char *const profiles[] = {"nygard", "madr", "os2-da", "os2-en", NULL};
static const char *const langs[] = {"da", "en", NULL};

static const cmd_option options[] = {
	{"type", 't', "TYPE", "architecture, strategic or operational (ADR, SDR, ODR)", &type, NULL,
	 NULL},
	{"supersedes", 's', "ID",
	 "the record this one replaces, by ID or number: it is marked superseded too", &supersedes,
	 NULL, NULL},
	{"pending", 0, NULL,
	 "with --supersedes: only link; mark the old record when this is accepted", NULL, &pending,
	 NULL},
	{"link", 'l', "TARGET:LINK:REVERSE",
	 "link to a record as adr-tools' new -l does (\"3:Amends:Amended by\")", links, &linked,
	 NULL},
	{"request", 'r', "REF", "the request it answers (#123, FR-12, a URL)", &request, NULL,
	 NULL},
	{"profile", 'p', "PROFILE", "the profile to write in", &profile, NULL, profiles},
	{"lang", 0, "LANG", "language of the file name", &lang, NULL, langs},
	{"edit", 'e', NULL, "open the new record in $VISUAL or $EDITOR", NULL, &edit, NULL},
	{"from-issue", 0, "FILE",
	 "with request: the GitHub issue's JSON (gh issue view N --json "
	 "number,title,body,labels,author,url,createdAt), or - for standard input",
	 &from_issue, NULL, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_new_spec = {
	"new",
	"decision <title...> [--type T] [--supersedes ID [--pending]] [-l TARGET:LINK:REVERSE]...\n"
	"       [--request REF] [--edit]\n"
	"       request --from-issue FILE|-",
	"write the next decision record from the folder's or the profile's template",
	"The record gets the next number (or today's date, in a log named by dates), a file\n"
	"name from the title in the form most of the folder's files use (0007-slug,\n"
	"2026-05-28-slug, log4brains' 20260528-slug), today's date and your Git name as\n"
	"decider. A folder that keeps its own template (template.md, adr-template.md,\n"
	"templates/template.md, skabelon.md) gets it filled in. It is created atomically\n"
	"and never replaces a file; its path is printed. With --supersedes the old record\n"
	"is marked superseded by it too (as `status OLD superseded --successor NEW`), and\n"
	"each -l adds a link line to both records (as `link`); those changes are named on\n"
	"stderr. Records are named by ID or by number (4 for ADR-0004).\n"
	"`new request --from-issue FILE` writes a request record from a GitHub issue's\n"
	"JSON: the issue form's answers (organisation, who commissions and funds it, the\n"
	"deciding body and meeting, priority, acceptance criteria) by their English or\n"
	"Danish labels, as the next number of the request folder; for an issue a request\n"
	"already records nothing is written, and the exit status is 0.\n"
	"The kinds have Danish names too: `new beslutning \"Brug PostgreSQL\"`, `new ønske`.",
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

static size_t count_links(void)
{
	size_t n = 0;
	while (links[n])
		n++;
	return n;
}

/* "3:Amends:Amended by" as adr-tools' new -l reads it: TARGET, LINK, REVERSE (may be empty). */
static int split_links(govlog_new_link *out, char *copies[32])
{
	for (size_t i = 0; i < count_links(); i++) {
		const char *v = links[i], *c1 = strchr(v, ':'),
			   *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
		if (!c1 || c1 == v || c2 == c1 + 1) {
			cmd_errort("CLI_NEW_BAD_LINK", v);
			return CMD_EXIT_USAGE;
		}
		copies[i] = strdup(v);
		char *t = copies[i], *l = t + (c1 - v) + 1;
		l[-1] = '\0';
		if (c2) {
			l[c2 - c1 - 1] = '\0';
		}
		out[i] = (govlog_new_link){t, l, c2 ? l + (c2 - c1) : NULL};
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
	const char *kind = ctx->nargs ? govlog_kind_name(ctx->args[0]) : NULL;
	bool is_request = kind && !strcmp(kind, "request");
	if (from_issue && (!is_request || ctx->nargs != 1)) {
		cmd_errort("CLI_NEW_FROM_ISSUE_USAGE");
		return CMD_EXIT_USAGE;
	}
	if (is_request && !from_issue) {
		cmd_errort("CLI_NEW_REQUEST_USAGE");
		return CMD_EXIT_USAGE;
	}
	if (ctx->nargs >= 2 || from_issue)
		return CMD_EXIT_OK;
	cmd_errort("CLI_NEW_USAGE");
	return CMD_EXIT_USAGE;
}

/* The new file's path on stdout (for scripts), the editor when asked; frees path. */
static int report_new(char *path, int err)
{
	if (path)
		printf("%s\n", path);
	int rc = err ? cmd_fail(err) : CMD_EXIT_OK;
	if (!err && edit)
		rc = run_editor(path);
	free(path);
	return rc;
}

/*
 * The issue's JSON into a request record; its path on stdout. An issue
 * recorded already is no failure: a workflow runs this on every label an
 * issue gets, and the second run has nothing to do. It says so on stderr and
 * prints no path.
 */
static int new_request(cmd_ctx *ctx)
{
	char *json = NULL, *path = NULL;
	size_t len = 0;
	if (!cmd_read_input(from_issue, &json, &len)) {
		free(json);
		cmd_errort("CLI_NEW_CANNOT_READ", from_issue);
		return CMD_EXIT_FAILURE;
	}
	int err = govlog_request_from_issue(&path, ctx->log, json, len,
					    strcmp(from_issue, "-") ? from_issue : "stdin");
	free(json);
	if (err == GOVLOG_EEXISTS) {
		cmd_error("%s", govlog_error_last());
		return CMD_EXIT_OK;
	}
	return report_new(path, err);
}

int cmd_new(cmd_ctx *ctx)
{
	if (from_issue)
		return new_request(ctx);
	govlog_new_options nopts = GOVLOG_NEW_OPTIONS_INIT;
	govlog_new_link link_list[32];
	char *copies[32] = {NULL};
	if (split_links(link_list, copies) != CMD_EXIT_OK) {
		for (size_t i = 0; i < count_links(); i++)
			free(copies[i]);
		return CMD_EXIT_USAGE;
	}
	char *title = join(ctx->args + 1, ctx->nargs - 1), *path = NULL;
	nopts.kind = ctx->args[0];
	nopts.title = title;
	nopts.type = type;
	nopts.supersedes = supersedes;
	nopts.request = request;
	nopts.profile = profile;
	nopts.lang = lang;
	nopts.pending = pending;
	nopts.links = link_list;
	nopts.link_count = count_links();
	nopts.changed = cmd_say_changed;
	nopts.payload = stderr; /* stdout is the new file's path alone, for scripts */
	int err = govlog_record_create(&path, ctx->log, &nopts);
	int rc = report_new(path, err);
	free(title);
	for (size_t i = 0; i < count_links(); i++)
		free(copies[i]);
	return rc;
}
