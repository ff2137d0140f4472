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

static int format_one(cmd_ctx *ctx, const govlog_record *r, govlog_fmt_outcome *done)
{
	govlog_fmt_options opts = GOVLOG_FMT_OPTIONS_INIT;
	opts.profile = profile;
	opts.canonical_words = canonical_words;
	opts.diff = write_it ? NULL : stdout;
	opts.notes = stderr;
	int err = govlog_record_rewrite(done, ctx->log, r, &opts);
	if (!err && done->changed && write_it) {
		cmd_printt(stdout, "CLI_REWROTE", govlog_record_path(r));
		putchar('\n');
	}
	return err;
}

int cmd_fmt(cmd_ctx *ctx)
{
	int err = 0;
	bool shown = false, left = false;
	for (size_t i = 0; !err && i < govlog_log_count(ctx->log); i++) {
		govlog_fmt_outcome done;
		err = format_one(ctx, govlog_log_record_at(ctx->log, i), &done);
		shown = shown || (done.changed && !write_it);
		left = left || done.left;
	}
	if (err)
		return cmd_fail(err);
	return shown || left ? CMD_EXIT_FINDINGS : CMD_EXIT_OK;
}
