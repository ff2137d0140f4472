/* govlog version: the current version, and the next one from the commits since. */
#include <stdlib.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *pre;
static bool next;

static const cmd_option options[] = {
	{"next", 'n', NULL, "print the next version instead of the current one", NULL, &next, NULL},
	{"pre", 'p', "ID", "the next version as a pre-release (beta, rc): beta.11 → beta.12", &pre,
	 NULL, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_version_spec = {
	"version",
	"[--next [--pre ID]]",
	"print the current version, or the next one",
	"The current version is the newest release tag HEAD reaches. The next one follows\n"
	"from the commits since: a breaking change bumps the major (the minor below 1.0.0),\n"
	"a feature the minor, anything else the patch. --pre continues the project's own\n"
	"form (-rc7 → -rc8, rc1 → rc2, -beta.3 → -beta.4); a version some tag already has\n"
	"is stepped over. The current version is shown as its tag is written. Exit 1 when\n"
	"there is no current version, or (with --next) nothing to release.",
	options,
	cmd_no_args,
};

int cmd_version(cmd_ctx *ctx)
{
	char *current = NULL, *upcoming = NULL;
	int err = govlog_release_version_get(&current, &upcoming, ctx->log,
					     (next || pre) ? pre : NULL);
	const char *shown = next || pre ? upcoming : current;
	int rc = err ? cmd_fail(err) : shown ? CMD_EXIT_OK : CMD_EXIT_FINDINGS;
	if (shown)
		printf("%s\n", shown);
	else if (!err && (next || pre))
		cmd_errort("CLI_NOTHING_TO_RELEASE",
			   current ? current : govlog_text(cmd_lang(), "CLI_THE_START"));
	else if (!err)
		cmd_errort("CLI_NO_RELEASE_TAG");
	free(current);
	free(upcoming);
	return rc;
}
