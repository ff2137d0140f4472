/* govlog init: set a repository up, keeping every file that is already there. */
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *profile, *lang, *templates, *ci;
static bool hooks, remove_hooks;
static const char *const profiles[] = {"nygard", "madr", "os2-da", "os2-en", NULL};
static const char *const langs[] = {"da", "en", NULL};
static const char *const sets[] = {"github", "github-md", "gitlab", "none", NULL};
static const char *const cis[] = {"github", "gitlab", NULL};

static const cmd_option options[] = {
	{"profile", 'p', "PROFILE", "the profile (default: what existing records use)", &profile,
	 NULL, profiles},
	{"lang", 'l', "LANG", "language of the templates", &lang, NULL, langs},
	{"templates", 't', "SET", "issue and pull-request templates to write (default: github)",
	 &templates, NULL, sets},
	{"hooks", 0, NULL, "install the pre-commit, commit-msg and pre-push Git hooks", NULL,
	 &hooks, NULL},
	{"remove", 0, NULL, "with --hooks: remove govlog's hooks, restoring chained ones", NULL,
	 &remove_hooks, NULL},
	{"ci", 0, "SYSTEM", "write a CI workflow that checks pull or merge requests", &ci, NULL,
	 cis},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_init_spec = {
	"init",
	"[--profile P] [--lang da|en] [--templates github|github-md|gitlab|none]\n"
	"       govlog init [--hooks [--remove]] [--ci github|gitlab]",
	"write .govlog.yml, the decision folder, templates, Git hooks and CI workflows",
	"Without --hooks or --ci: .govlog.yml, the decision folder with its README and the\n"
	"issue/pull-request templates. With --hooks or --ci, only those.\n"
	"--hooks installs into core.hooksPath, else the repository's hooks folder (a linked\n"
	"worktree's main repository, a submodule's own). A hook another tool put there is\n"
	"kept as <hook>" GOVLOG_HOOK_CHAIN_SUFFIX " and run first; --hooks --remove puts it back.\n"
	"--ci github writes .github/workflows/govlog.yml; --ci gitlab writes\n"
	".gitlab/govlog.gitlab-ci.yml, included from .gitlab-ci.yml.\n"
	"Nothing that exists is overwritten: such files are kept and listed as kept.\n"
	"Exit status: 0 done, 2 usage, 3 runtime failure.",
	options,
	check_args,
};

static void report(const char *path, govlog_init_action action, void *payload)
{
	static const char *const words[] = {
		[GOVLOG_INIT_KEPT] = "kept",           [GOVLOG_INIT_CREATED] = "created",
		[GOVLOG_INIT_INSTALLED] = "installed", [GOVLOG_INIT_CHAINED] = "chained",
		[GOVLOG_INIT_REMOVED] = "removed",     [GOVLOG_INIT_RESTORED] = "restored",
	};
	(void)payload;
	if (action == GOVLOG_INIT_INCLUDE) {
		printf("note     .gitlab-ci.yml exists: add '- local: %s' to its include: list\n",
		       path);
		return;
	}
	printf("%-8s %s", words[action], path);
	if (action == GOVLOG_INIT_CHAINED) {
		const char *slash = strrchr(path, '/');
		printf(" (runs %s%s first)", slash ? slash + 1 : path, GOVLOG_HOOK_CHAIN_SUFFIX);
	}
	putchar('\n');
}

/* --profile, --lang and --templates shape the configuration, which --hooks and --ci skip. */
static int check_args(cmd_ctx *ctx)
{
	int rc = cmd_no_args(ctx);
	if (rc)
		return rc;
	if (remove_hooks && !hooks) {
		cmd_error("init: --remove goes with --hooks");
		return CMD_EXIT_USAGE;
	}
	if ((hooks || ci) && (profile || lang || templates)) {
		cmd_error("init: --profile, --lang and --templates are for the configuration; run "
			  "govlog init without --hooks and --ci for it");
		return CMD_EXIT_USAGE;
	}
	/* The records matter only to the configuration. */
	ctx->log_options.config_only = hooks || ci;
	return CMD_EXIT_OK;
}

int cmd_init(cmd_ctx *ctx)
{
	govlog_init_options iopts = GOVLOG_INIT_OPTIONS_INIT;
	iopts.profile = profile;
	iopts.lang = lang;
	iopts.templates = templates ? templates : "github";
	iopts.hooks = hooks;
	iopts.remove_hooks = remove_hooks;
	iopts.ci = ci;
	int err = govlog_init_run(ctx->log, &iopts, report, NULL);
	return err ? cmd_fail(err) : CMD_EXIT_OK;
}
