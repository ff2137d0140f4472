/* govlog init: set a repository up, keeping every file that is already there. */
#include <govlog/govlog.h>

#include "cmd.h"

static const char *profile, *lang, *templates = "github";
static const char *const profiles[] = {"nygard", "madr", "os2-da", "os2-en", NULL};
static const char *const langs[] = {"da", "en", NULL};
static const char *const sets[] = {"github", "github-md", "gitlab", "none", NULL};

static const cmd_option options[] = {
	{"profile", 'p', "PROFILE", "the profile (default: what existing records use)", &profile,
	 NULL, profiles},
	{"lang", 'l', "LANG", "language of the templates", &lang, NULL, langs},
	{"templates", 't', "SET", "issue and pull-request templates to write", &templates, NULL,
	 sets},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_init_spec = {
	"init",
	"[--profile P] [--lang da|en] [--templates github|github-md|gitlab|none]",
	"write .govlog.yml, the decision folder and issue/pull-request templates",
	"Nothing that exists is overwritten: such files are kept and listed as kept.",
	options,
};

static void report(const char *path, bool created, void *payload)
{
	(void)payload;
	printf("%-8s %s\n", created ? "created" : "kept", path);
}

int cmd_init(int argc, char **argv)
{
	int rc = cmd_parse_no_args(&cmd_init_spec, argc, argv);
	if (rc)
		return rc < 0 ? CMD_EXIT_OK : rc;
	govlog_log_options lopts = GOVLOG_LOG_OPTIONS_INIT;
	lopts.allow_empty = true;
	govlog_init_options iopts = GOVLOG_INIT_OPTIONS_INIT;
	iopts.profile = profile;
	iopts.lang = lang;
	iopts.templates = templates;
	govlog_log *log = NULL;
	int err = govlog_log_open(&log, &lopts);
	if (!err)
		err = govlog_init(log, &iopts, report, NULL);
	rc = err ? cmd_fail(err) : CMD_EXIT_OK;
	govlog_log_free(log);
	return rc;
}
