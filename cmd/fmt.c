/* govlog fmt: records in their profile's canonical form — a diff, or written with --write. */

#include <govlog/govlog.h>

#include "cmd.h"

static const char *profile;
static bool write_it, canonical_words;
static const char *const profiles[] = {"nygard", "madr", "os2-da", "os2-en", NULL};

static const cmd_option options[] = {
	{"write", 'w', NULL, "rewrite the files (atomically) instead of showing a diff", NULL,
	 &write_it, NULL},
	{"profile", 'p', "PROFILE",
	 "the form to write (default: the configured one, else each "
	 "record's own)",
	 &profile, NULL, profiles},
	{"canonical-words", 0, NULL,
	 "write status words in the profile's own words (Godkendt becomes Accepteret)", NULL,
	 &canonical_words, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_fmt_spec = {
	"fmt",
	"[PATH...] [--write] [--profile P] [--canonical-words]",
	"rewrite records into their profile's canonical form (a unified diff by default)",
	"fmt changes form, never content: every field, note, section and approval trail\n"
	"is kept, status words stay as written, a value that is no date is kept as\n"
	"written and reported. A record whose rewrite would change what it says is left\n"
	"as it is and reported. The diff applies with git apply. Exit status 1 when a\n"
	"diff is shown or a record was left as it is.",
	options,
	NULL,
};

int cmd_fmt(cmd_ctx *ctx)
{
	govlog_fmt_options opts = GOVLOG_FMT_OPTIONS_INIT;
	opts.profile = profile;
	opts.canonical_words = canonical_words;
	opts.diff = write_it ? NULL : stdout;
	opts.notes = stderr;
	opts.done = stdout;
	govlog_fmt_totals done;
	int err = govlog_log_format(&done, ctx->log, &opts);
	if (err)
		return cmd_fail(err);
	return (done.changed && !write_it) || done.left ? CMD_EXIT_FINDINGS : CMD_EXIT_OK;
}
