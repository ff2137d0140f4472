/* govlog site: the decision log as a static site of accessible pages. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *out_dir, *format, *single_file, *since;
static const char *const formats[] = {"html", "jekyll", NULL};

static const cmd_option options[] = {
	{"output", 'o', "DIR", "the folder to write the site into (created when missing)", &out_dir,
	 NULL, NULL},
	{"format", 'f', "FORMAT",
	 "html (stand-alone pages) or jekyll (pages for a folder of a Jekyll site)", &format, NULL,
	 formats},
	{"single-file", 0, "FILE",
	 "instead of a folder: the whole site as one HTML file, to mail or attach", &single_file,
	 NULL, NULL},
	{"since", 0, "TAG|DATE",
	 "gaps of the commits released after a release tag, or on or after a date (YYYY-MM-DD)",
	 &since, NULL, NULL},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_site_spec = {
	"site",
	"-o DIR [--format html|jekyll] [--since TAG|DATE] [PATH...]\n"
	"       | --single-file FILE [--since TAG|DATE] [PATH]",
	"write the decision log as a static, accessible web site",
	"index.html lists every record with its status in words; filters and a full-text\n"
	"search work when JavaScript runs, and without it the page is the whole list.\n"
	"records/<ID>.html shows a record's metadata, its supersede links and its text as\n"
	"GitHub renders it (no raw HTML). The pages open from the folder itself (file://)\n"
	"or any web server, in the log's language, and name nothing outside the folder but\n"
	"the repository on GitHub and the links the configuration sets (tickets).\n"
	"In a Git repository releases.html lists the releases, newest first, with a page of\n"
	"release notes each (releases/<tag>.html; none without release tags), gaps.html\n"
	"shows the trace's gaps (as govlog trace finds them: the releases of the year\n"
	"before the newest commit and the unreleased commits; --since TAG|DATE moves the\n"
	"start), and a record's page adds its status history (a merge that set the status\n"
	"itself too), the commits that name it with their releases, and the requests it\n"
	"answers.\n"
	"timeline.html lists the records by year and month; graph.html draws their\n"
	"relations and trace.html the trace (requests, decisions, commits, releases) as\n"
	"SVG, each followed by the same content as a list (see PAGES).\n"
	"--format jekyll writes into a folder of an existing Jekyll site: index.html and a\n"
	"page per record beside it, with just-the-docs front matter (title, parent,\n"
	"nav_order, has_children), framed by the site's own layout; the releases and the\n"
	"gaps too, each release a child of the releases page.\n"
	"--single-file FILE writes it all as one page instead, style and scripts inline.\n"
	"Each PATH is a repository's work tree, its log read as -C PATH reads it; one PATH\n"
	"writes that repository's site as above. Several write one site of them all (HTML\n"
	"only): a folder per repository (the last part of its configuration's repository:,\n"
	"else its folder's name) with that log's pages in that log's language, and\n"
	"index.html over them all, in the first PATH's language: each repository with its\n"
	"records counted by status, then every record with a repository column and\n"
	"filter, searched together. owner/repo#ADR-0007 or repo#ADR-0007 in a record's\n"
	"text, links or supersede fields links to that repository's record page.\n"
	"With PATHs, govlog's own messages (a usage error too) are in the first PATH's\n"
	"language, as its front page is.\n"

	"Exit status: 0 written, 2 usage, 3 runtime failure.",
	options,
	check_args,
};

/*
 * Several repositories' site speaks the first PATH's language (its front
 * page does): so do its messages. Read only when there is one to say; a
 * first PATH that cannot be read leaves the current folder's.
 */
static void speak_as_first_path(const cmd_ctx *ctx)
{
	int here = ctx->nargs ? open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	if (here < 0)
		return;
	govlog_log_options o = GOVLOG_LOG_OPTIONS_INIT;
	o.allow_empty = true;
	govlog_log *log = NULL;
	if (chdir(ctx->args[0]) == 0 && govlog_log_open(&log, &o) == 0)
		cmd_set_lang(govlog_log_language(log));
	govlog_log_free(log);
	if (fchdir(here) < 0)
		cmd_error("cannot change back: %s", strerror(errno));
	close(here);
}

static int check_args(cmd_ctx *ctx)
{
	if (!(out_dir && *out_dir) == !(single_file && *single_file)) {
		speak_as_first_path(ctx);
		cmd_errort("CLI_SITE_NEEDS_OUTPUT");
		return CMD_EXIT_USAGE;
	}
	if (ctx->nargs > 1 && (single_file || (format && strcmp(format, "html")))) {
		speak_as_first_path(ctx);
		cmd_errort("CLI_SITE_ORG_HTML");
		return CMD_EXIT_USAGE;
	}
	return CMD_EXIT_OK;
}

/* The log of the work tree at path, opened from there as -C PATH opens it; back here after. */
static int open_at(govlog_log **log, const char *path, const govlog_log_options *o, int here)
{
	if (chdir(path) < 0) {
		cmd_error("cannot change to '%s': %s", path, strerror(errno));
		return CMD_EXIT_USAGE;
	}
	int err = govlog_log_open(log, o);
	if (fchdir(here) < 0) {
		cmd_error("cannot change back: %s", strerror(errno));
		return CMD_EXIT_FAILURE;
	}
	if (err) {
		cmd_errort("CLI_SITE_OPEN", path);
		return cmd_fail(err);
	}
	return CMD_EXIT_OK;
}

/* The logs to write: the current directory's, or each PATH's. */
static int open_logs(cmd_ctx *ctx, govlog_log **logs, size_t n)
{
	if (!ctx->nargs) {
		int err = govlog_log_open(&logs[0], &ctx->log_options);
		return err ? cmd_fail(err) : CMD_EXIT_OK;
	}
	int here = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (here < 0) {
		cmd_error("cannot open the current directory: %s", strerror(errno));
		return CMD_EXIT_FAILURE;
	}
	int rc = CMD_EXIT_OK;
	for (size_t i = 0; i < n && rc == CMD_EXIT_OK; i++) {
		rc = open_at(&logs[i], ctx->args[i], &ctx->log_options, here);
		if (!i && rc == CMD_EXIT_OK) /* a later PATH's failure in the site's language */
			cmd_set_lang(govlog_log_language(logs[0]));
	}
	close(here);
	return rc;
}

static void written(const char *path, void *payload)
{
	size_t *count = payload;
	(*count)++;
	(void)path;
}

int cmd_site(cmd_ctx *ctx)
{
	govlog_site_options o = GOVLOG_SITE_OPTIONS_INIT;
	o.out_dir = out_dir;
	o.single_file = single_file;
	o.since = since;
	o.format = format && !strcmp(format, "jekyll") ? GOVLOG_SITE_JEKYLL : GOVLOG_SITE_HTML;
	size_t n = ctx->nargs ? ctx->nargs : 1, files = 0;
	govlog_log **logs = calloc(n, sizeof(*logs));
	if (!logs) {
		cmd_error("out of memory");
		return CMD_EXIT_FAILURE;
	}
	int rc = open_logs(ctx, logs, n);
	if (rc == CMD_EXIT_OK) {
		cmd_set_lang(govlog_log_language(logs[0]));
		int err = govlog_site_write_many((const govlog_log *const *)logs, n, &o, written,
						 &files);
		rc = err ? cmd_fail(err) : CMD_EXIT_OK;
	}
	for (size_t i = 0; i < n; i++)
		govlog_log_free(logs[i]);
	free(logs);
	if (rc)
		return rc;
	char shown[4200];
	if (single_file)
		snprintf(shown, sizeof(shown), "%s", single_file);
	else
		snprintf(shown, sizeof(shown), "%s/index.html", out_dir);
	char written[64];
	cmd_count(written, sizeof(written), files, "COUNT_FILES");
	cmd_printt(stdout, "CLI_SITE_WRITTEN", written, shown);
	putchar('\n');
	return CMD_EXIT_OK;
}
