/* govlog index: the decision-log index table, printed or written into its page. */
#include <stdlib.h>
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *format = "md", *file;
static bool write_it;
static const char *const formats[] = {"md", "jekyll", NULL};

static const cmd_option options[] = {
	{"write", 'w', NULL, "write it into the index page instead of printing it", NULL, &write_it,
	 NULL},
	{"file", 'o', "FILE",
	 "the index page (default: README.md, or index.md for jekyll, in "
	 "the decision folder)",
	 &file, NULL, NULL},
	{"format", 'f', "FORMAT", "md, or jekyll for a just-the-docs page", &format, NULL, formats},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_index_spec = {
	"index",
	"[--write] [--file FILE] [--format md|jekyll]",
	"the decision-log index: ID, title, status, date, type, deciders, superseded by",
	"With --write, only the part between <!-- govlog:index --> and <!-- /govlog:index -->\n"
	"is replaced; a page without the markers gets the table after its text. Markers\n"
	"that are not one complete pair are an error naming the line; nothing is written.",
	options,
	cmd_no_args,
};

static int run(const govlog_log *log)
{
	const char *dir = govlog_log_folder_count(log) ? govlog_log_folder_at(log, 0) : ".";
	bool jekyll = !strcmp(format, "jekyll");
	if (!write_it) {
		char *table = NULL;
		int err = govlog_index_render(&table, log, dir);
		if (!err)
			fputs(table, stdout);
		free(table);
		return err ? cmd_fail(err) : CMD_EXIT_OK;
	}
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", dir, jekyll ? "index.md" : "README.md");
	int err = govlog_index_write(file ? file : path, log,
				     jekyll ? GOVLOG_INDEX_JEKYLL : GOVLOG_INDEX_MD,
				     govlog_log_language(log));
	if (!err)
		printf("%s\n", file ? file : path);
	return err ? cmd_fail(err) : CMD_EXIT_OK;
}

int cmd_index(cmd_ctx *ctx)
{
	return run(ctx->log);
}
