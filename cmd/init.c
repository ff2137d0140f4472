/* govlog init: set a repository up, keeping every file that is already there. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *profile, *lang, *templates, *ci;
static bool hooks, remove_hooks;
static const char *const profiles[] = {"nygard", "madr", "os2-da", "os2-en", NULL};
static const char *const langs[] = {"da", "en", NULL};
static const char *const sets[] = {"github", "github-md", "gitlab", "none", NULL};
static const char *const cis[] = {"github", "github-org", "gitlab", NULL};

static const cmd_option options[] = {
	{"profile", 'p', "PROFILE", "the profile (default: what existing records use)", &profile,
	 NULL, profiles},
	{"lang", 'l', "LANG", "language of the templates", &lang, NULL, langs},
	{"templates", 't', "SET", "issue and pull-request templates to write (default: github)",
	 &templates, NULL, sets},
	{"hooks", 0, NULL,
	 "install the pre-commit, commit-msg, pre-push and pre-merge-commit Git hooks", NULL,
	 &hooks, NULL},
	{"remove", 0, NULL, "with --hooks: remove govlog's hooks, restoring chained ones", NULL,
	 &remove_hooks, NULL},
	{"ci", 0, "SYSTEM", "write a CI workflow that checks pull or merge requests", &ci, NULL,
	 cis},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

/* Characters, not bytes, for lining the paths up after a Danish word ("kædet"). */
static size_t utf8_width(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

const cmd_spec cmd_init_spec = {
	"init",
	"[--profile P] [--lang da|en] [--templates github|github-md|gitlab|none]\n"
	"       govlog init [--profile P] [--hooks [--remove]] [--ci github|github-org|gitlab]",
	"write .govlog.yml, the decision folder, templates, Git hooks and CI workflows",
	"Without --hooks or --ci: .govlog.yml, the decision folder with its README and the\n"
	"issue/pull-request templates. With --hooks or --ci alone, only those; with --profile,\n"
	"--lang or --templates as well, the configuration and those in one command.\n"
	"--hooks installs into core.hooksPath, else the repository's hooks folder (a linked\n"
	"worktree's main repository, a submodule's own). A hook another tool put there is\n"
	"kept as <hook>" GOVLOG_HOOK_CHAIN_SUFFIX " and run first; --hooks --remove puts it back.\n"
	"Where husky runs the hooks (core.hooksPath .husky/_), husky's folder is left alone:\n"
	"two marked lines go into your own .husky/<hook> files, and --remove takes them out.\n"
	"--ci github writes .github/workflows/govlog.yml; --ci gitlab writes\n"
	".gitlab/govlog.gitlab-ci.yml, included from .gitlab-ci.yml. --ci github-org writes\n"
	".github/workflows/govlog-site.yml, a reusable workflow that checks out the\n"
	"repositories its `repositories` input lists (a JSON list of OWNER/NAME) and\n"
	"publishes one site of them all (govlog site -o DIR PATH...) to GitHub Pages.\n"
	"Nothing that exists is overwritten: such files are kept and listed as kept.\n"
	"Exit status: 0 done, 2 usage, 3 runtime failure.",
	options,
	check_args,
};

/* One line per file: the action's word in the log's language, padded to the longest word. */
static void report(const char *path, govlog_init_action action, void *payload)
{
	static const char *const words[] = {
		[GOVLOG_INIT_KEPT] = "CLI_INIT_KEPT",
		[GOVLOG_INIT_CREATED] = "CLI_INIT_CREATED",
		[GOVLOG_INIT_INSTALLED] = "CLI_INIT_INSTALLED",
		[GOVLOG_INIT_CHAINED] = "CLI_INIT_CHAINED",
		[GOVLOG_INIT_REMOVED] = "CLI_INIT_REMOVED",
		[GOVLOG_INIT_RESTORED] = "CLI_INIT_RESTORED",
		[GOVLOG_INIT_INCLUDE] = "CLI_INIT_NOTE",
		[GOVLOG_INIT_ADDED] = "CLI_INIT_ADDED",
	};
	(void)payload;
	const char *word = govlog_text(cmd_lang(), words[action]);
	fputs(word, stdout);
	for (size_t n = utf8_width(word); n < 8; n++)
		putchar(' ');
	putchar(' ');
	if (action == GOVLOG_INIT_INCLUDE)
		cmd_printt(stdout, "CLI_INIT_GITLAB_INCLUDE", path);
	else
		fputs(path, stdout);
	if (action == GOVLOG_INIT_CHAINED) {
		const char *slash = strrchr(path, '/');
		fputs(" (", stdout);
		cmd_printt(stdout, "CLI_INIT_RUNS_FIRST", slash ? slash + 1 : path,
			   GOVLOG_HOOK_CHAIN_SUFFIX);
		putchar(')');
	}
	putchar('\n');
}

/* --hooks or --ci alone add only those; with --profile, --lang or --templates the
 * configuration is written too, in the same command. */
static bool parts_only(void)
{
	return (hooks || ci) && !profile && !lang && !templates;
}

static int check_args(cmd_ctx *ctx)
{
	int rc = cmd_no_args(ctx);
	if (rc)
		return rc;
	if (remove_hooks && !hooks) {
		cmd_errort("CLI_INIT_REMOVE_ALONE");
		return CMD_EXIT_USAGE;
	}
	/* The records matter only to the configuration, written unless only the parts are asked. */
	ctx->log_options.config_only = parts_only();
	return CMD_EXIT_OK;
}

/* This program's absolute path, which the hooks remember; NULL when the system does not say. */
static char *self_path(void)
{
	char path[4096];
	ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
	if (n <= 0 || (size_t)n >= sizeof(path) - 1)
		return NULL;
	path[n] = '\0';
	return strdup(path);
}

int cmd_init(cmd_ctx *ctx)
{
	govlog_init_options iopts = GOVLOG_INIT_OPTIONS_INIT;
	char *program = hooks && !remove_hooks ? self_path() : NULL;
	iopts.profile = profile;
	iopts.lang = lang;
	iopts.templates = templates ? templates : "github";
	int err = 0;
	if (!parts_only())
		err = govlog_init_run(ctx->log, &iopts, report, NULL);
	if (!err && (hooks || ci)) {
		govlog_init_options parts = GOVLOG_INIT_OPTIONS_INIT;
		parts.hooks = hooks;
		parts.remove_hooks = remove_hooks;
		parts.ci = ci;
		parts.program = program;
		err = govlog_init_run(ctx->log, &parts, report, NULL);
	}
	free(program);
	return err ? cmd_fail(err) : CMD_EXIT_OK;
}
