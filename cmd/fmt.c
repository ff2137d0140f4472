/* govlog fmt: records in their profile's canonical form — a diff, or written with --write. */

#include <govlog/govlog.h>

#include "cmd.h"

static const char *profile;
static bool write_it;
static const char *const profiles[] = {"nygard", "madr", "os2-da", "os2-en", NULL};

static const cmd_option options[] = {
	{"write", 'w', NULL, "rewrite the files (atomically) instead of showing a diff", NULL,
	 &write_it, NULL},
	{"profile", 'p', "PROFILE",
	 "the form to write (default: the configured one, else each "
	 "record's own)",
	 &profile, NULL, profiles},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_fmt_spec = {
	"fmt",
	"[PATH...] [--write] [--profile P]",
	"rewrite records into their profile's canonical form (a unified diff by default)",
	"The metadata is written as govlog new writes it; the sections from the first one\n"
	"that is not metadata are kept byte for byte. Exit status 1 when a diff is shown.",
	options,
	NULL,
};

static int format_one(const govlog_record *r, bool *differs)
{
	int err = govlog_record_rewrite(differs, r, profile, write_it ? NULL : stdout);
	if (!err && *differs && write_it) {
		cmd_printt(stdout, "CLI_REWROTE", govlog_record_path(r));
		putchar('\n');
	}
	return err;
}

int cmd_fmt(cmd_ctx *ctx)
{
	int err = 0;
	bool any = false;
	for (size_t i = 0; !err && i < govlog_log_count(ctx->log); i++) {
		bool differs = false;
		err = format_one(govlog_log_record_at(ctx->log, i), &differs);
		any = any || differs;
	}
	return err ? cmd_fail(err) : (any && !write_it ? CMD_EXIT_FINDINGS : CMD_EXIT_OK);
}
