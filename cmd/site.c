/* govlog site: the decision log as a static site of accessible pages. */
#include <stdio.h>
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *out_dir, *format, *single_file;
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
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_site_spec = {
	"site",
	"-o DIR [--format html|jekyll] | --single-file FILE",
	"write the decision log as a static, accessible web site",
	"index.html lists every record with its status in words; filters and a full-text\n"
	"search work when JavaScript runs, and without it the page is the whole list.\n"
	"records/<ID>.html shows a record's metadata, its supersede links and its text as\n"
	"GitHub renders it (no raw HTML). The pages open from the folder itself (file://)\n"
	"or any web server, in the log's language, and name nothing outside the folder but\n"
	"the repository on GitHub and the links the configuration sets (tickets).\n"
	"In a Git repository releases.html lists the releases, newest first, with a page of\n"
	"release notes each (releases/<tag>.html; none without release tags), gaps.html\n"
	"shows the trace's gaps, and a record's page adds its status history, the commits\n"
	"that name it with their releases, and the requests it answers.\n"
	"timeline.html lists the records by year and month; graph.html draws their\n"
	"relations and trace.html the trace (requests, decisions, commits, releases) as\n"
	"SVG, each followed by the same content as a list (see PAGES).\n"
	"--format jekyll writes into a folder of an existing Jekyll site: index.html and a\n"
	"page per record beside it, with just-the-docs front matter (title, parent,\n"
	"nav_order, has_children), framed by the site's own layout; the releases and the\n"
	"gaps too, each release a child of the releases page.\n"
	"--single-file FILE writes it all as one page instead, style and scripts inline.\n"
	"Exit status: 0 written, 2 usage, 3 runtime failure.",
	options,
	check_args,
};

static int check_args(cmd_ctx *ctx)
{
	int rc = cmd_no_args(ctx);
	if (rc)
		return rc;
	if (!(out_dir && *out_dir) == !(single_file && *single_file)) {
		cmd_errort("CLI_SITE_NEEDS_OUTPUT");
		return CMD_EXIT_USAGE;
	}
	return CMD_EXIT_OK;
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
	o.format = format && !strcmp(format, "jekyll") ? GOVLOG_SITE_JEKYLL : GOVLOG_SITE_HTML;
	size_t files = 0;
	int err = govlog_site_write(ctx->log, &o, written, &files);
	if (err)
		return cmd_fail(err);
	char shown[4200];
	if (single_file)
		snprintf(shown, sizeof(shown), "%s", single_file);
	else
		snprintf(shown, sizeof(shown), "%s/index.html", out_dir);
	cmd_printt(stdout, "CLI_SITE_WRITTEN", files, shown);
	putchar('\n');
	return CMD_EXIT_OK;
}
