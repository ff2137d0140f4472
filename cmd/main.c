/* govlog's entry point: global options, then each verb set up as its row in the table says. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

/* Every verb, with the set-up main does for it (see the CMD_* flags in cmd.h). */
static const cmd_verb verbs[] = {
	{"changelog", cmd_changelog, CMD_NEEDS_LOG | CMD_LOG_EMPTY_OK, &cmd_changelog_spec},
	{"check", cmd_check,
	 CMD_NEEDS_LOG | CMD_LOG_HEAP | CMD_LOG_PATHS | CMD_LOG_IN_CONTEXT | CMD_WRITES_DIAGS,
	 &cmd_check_spec},
	{"check-body", cmd_check_body, CMD_NEEDS_LOG | CMD_LOG_EMPTY_OK | CMD_WRITES_DIAGS,
	 &cmd_check_body_spec},
	{"config", cmd_config, CMD_NEEDS_LOG, &cmd_config_spec},
	{"fmt", cmd_fmt, CMD_NEEDS_LOG | CMD_LOG_HEAP | CMD_LOG_PATHS, &cmd_fmt_spec},
	{"graph", cmd_graph, CMD_NEEDS_LOG | CMD_LOG_HEAP | CMD_LOG_PATHS, &cmd_graph_spec},
	{"hook", cmd_hook, CMD_WRITES_DIAGS, &cmd_hook_spec},
	{"index", cmd_index, CMD_NEEDS_LOG | CMD_LOG_HEAP, &cmd_index_spec},
	{"init", cmd_init, CMD_NEEDS_LOG | CMD_LOG_EMPTY_OK, &cmd_init_spec},
	{"link", cmd_link, CMD_NEEDS_LOG | CMD_LOG_HEAP, &cmd_link_spec},
	{"list", cmd_list, CMD_NEEDS_LOG | CMD_LOG_HEAP | CMD_LOG_PATHS, &cmd_list_spec},
	{"new", cmd_new, CMD_NEEDS_LOG | CMD_LOG_EMPTY_OK, &cmd_new_spec},
	{"release-notes", cmd_release_notes, CMD_NEEDS_LOG | CMD_LOG_EMPTY_OK,
	 &cmd_release_notes_spec},
	{"rules", cmd_rules, 0, &cmd_rules_spec},
	{"show", cmd_show, CMD_NEEDS_LOG | CMD_LOG_HEAP, &cmd_show_spec},
	{"site", cmd_site, 0, &cmd_site_spec}, /* opens its logs: the current one or each PATH's */
	{"status", cmd_status, CMD_NEEDS_LOG | CMD_LOG_HEAP, &cmd_status_spec},
	{"trace", cmd_trace, CMD_NEEDS_LOG | CMD_LOG_EMPTY_OK, &cmd_trace_spec},
	{"version", cmd_version, CMD_NEEDS_LOG | CMD_LOG_EMPTY_OK, &cmd_version_spec},
};

const cmd_verb *cmd_verb_table(size_t *n)
{
	*n = sizeof(verbs) / sizeof(verbs[0]);
	return verbs;
}

static const cmd_verb *find_verb(const char *name)
{
	for (size_t i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++)
		if (!strcmp(verbs[i].name, name))
			return &verbs[i];
	return NULL;
}

/* "The most similar command is …", as git says it. */
static void suggest_verb(const char *name)
{
	const char *names[sizeof(verbs) / sizeof(verbs[0])];
	for (size_t i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++)
		names[i] = verbs[i].name;
	const char *near = cmd_suggest(name, names, sizeof(verbs) / sizeof(verbs[0]));
	if (near)
		cmd_printt(stderr, "CLI_DID_YOU_MEAN_COMMAND", near);
}

static void print_usage(FILE *f)
{
	fputs("usage: govlog [-C <dir>] [--color=auto|always|never] <command> [<args>]\n"
	      "       govlog help <command>\n"
	      "       govlog --version\n\ncommands:\n",
	      f);
	for (size_t i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++)
		fprintf(f, "  %-13s %s\n", verbs[i].name, verbs[i].spec->summary);
	fputs("  help          show the help of a command\n", f);
}

/* help --man [VERB] and help --completion SHELL: what the build installs. */
static int help_files(int argc, char **argv)
{
	const cmd_verb *v = argc > 2 ? find_verb(argv[2]) : NULL;
	if (!strcmp(argv[1], "--man") && argc == 2) {
		cmd_write_man_main(stdout);
		return CMD_EXIT_OK;
	}
	if (!strcmp(argv[1], "--man") && argc == 3 && v) {
		cmd_write_man(v->spec, stdout);
		return CMD_EXIT_OK;
	}
	if (!strcmp(argv[1], "--completion") && argc == 3 && !cmd_write_completion(argv[2], stdout))
		return CMD_EXIT_OK;
	cmd_errort("CLI_HELP_FILES_USAGE");
	return CMD_EXIT_USAGE;
}

static int help(int argc, char **argv)
{
	if (argc < 2) {
		print_usage(stdout);
		return CMD_EXIT_OK;
	}
	if (argv[1][0] == '-')
		return help_files(argc, argv);
	const cmd_verb *v = find_verb(argv[1]);
	if (!v) {
		cmd_errort("CLI_NO_SUCH_COMMAND", argv[1]);
		return CMD_EXIT_USAGE;
	}
	cmd_print_help(v->spec, stdout);
	return CMD_EXIT_OK;
}

static int set_color(const char *mode)
{
	if (strcmp(mode, "auto") && strcmp(mode, "always") && strcmp(mode, "never")) {
		cmd_errort("CLI_BAD_COLOR", mode);
		return CMD_EXIT_USAGE;
	}
	cmd_color_mode = mode;
	return CMD_EXIT_OK;
}

static int change_dir(const char *dir)
{
	if (chdir(dir) == 0)
		return CMD_EXIT_OK;
	cmd_error("cannot change to '%s': %s", dir, strerror(errno));
	return CMD_EXIT_USAGE;
}

int cmd_global_option(int argc, char **argv, int *i, bool *taken)
{
	const char *a = argv[*i];
	*taken = true;
	if (!strcmp(a, "-C") && *i + 1 < argc)
		return change_dir(argv[++*i]);
	if (!strncmp(a, "--color=", 8))
		return set_color(a + 8);
	*taken = false;
	return CMD_EXIT_OK;
}

/*
 * Handles the options before the verb, git style, leaving *first at the verb.
 * Sets *done when an option (--version, --help) was the whole job.
 */
static int global_options(int argc, char **argv, int *first, bool *done)
{
	int rc = CMD_EXIT_OK, i = 1;
	for (; rc == CMD_EXIT_OK && !*done && i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		bool taken = false;
		if (!strcmp(a, "--version")) {
			printf("govlog %s\n", govlog_version());
			*done = true;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			print_usage(stdout);
			*done = true;
		} else if ((rc = cmd_global_option(argc, argv, &i, &taken)) == CMD_EXIT_OK &&
			   !taken) {
			cmd_errort("CLI_UNKNOWN_OPTION", a);
			print_usage(stderr);
			rc = CMD_EXIT_USAGE;
		}
	}
	*first = i;
	return rc;
}

/*
 * The log and the diagnostics list the verb's flags ask for. From here on the
 * tool speaks the log's language, and so does the list (check-body fills it
 * with no log of its own).
 */
static int set_up(unsigned flags, cmd_ctx *ctx)
{
	int err = 0;
	if (flags & CMD_LOG_HEAP)
		cmd_heap_prepare();
	if (flags & CMD_NEEDS_LOG)
		err = govlog_log_open(&ctx->log, &ctx->log_options);
	if (!err && ctx->log)
		cmd_set_lang(govlog_log_language(ctx->log));
	if (!err && (flags & CMD_WRITES_DIAGS))
		err = govlog_diag_list_new(&ctx->diags);
	if (!err && ctx->diags && ctx->log)
		govlog_diag_list_set_lang(ctx->diags, govlog_log_language(ctx->log));
	return err ? cmd_fail(err) : CMD_EXIT_OK;
}

static int report(const cmd_ctx *ctx)
{
	if (ctx->sarif_file && cmd_write_sarif_file(ctx->diags, ctx->sarif_file))
		return CMD_EXIT_FAILURE;
	if (ctx->quiet_when_clean && !govlog_diag_list_count(ctx->diags))
		return CMD_EXIT_OK;
	return cmd_report(ctx->diags, ctx->checked, ctx->what, ctx->format);
}

/* Parses the verb's options, checks its arguments, sets it up, runs it and tidies up. */
static int run(const cmd_verb *v, int argc, char **argv)
{
	cmd_ctx ctx = {.verb = v->name, .format = "text"};
	int rc = cmd_parse(v->spec, argc, argv, &ctx.args, &ctx.nargs);
	if (rc)
		return rc < 0 ? CMD_EXIT_OK : rc; /* -1: the verb's help was asked for */
	ctx.log_options = (govlog_log_options)GOVLOG_LOG_OPTIONS_INIT;
	ctx.log_options.allow_empty = (v->flags & CMD_LOG_EMPTY_OK) != 0;
	if (v->flags & CMD_LOG_PATHS) {
		ctx.log_options.paths = (const char *const *)ctx.args;
		ctx.log_options.path_count = ctx.nargs;
		ctx.log_options.in_context = (v->flags & CMD_LOG_IN_CONTEXT) != 0;
	}
	if (v->spec->check && (rc = v->spec->check(&ctx)) != CMD_EXIT_OK)
		return rc;
	rc = set_up(v->flags, &ctx);
	if (rc == CMD_EXIT_OK && ctx.diags && ctx.log)
		cmd_set_diag_base(ctx.diags, ctx.log);
	if (rc == CMD_EXIT_OK)
		rc = v->fn(&ctx);
	if (rc == CMD_EXIT_OK && (v->flags & CMD_WRITES_DIAGS))
		rc = report(&ctx);
	govlog_diag_list_free(ctx.diags);
	govlog_log_free(ctx.log);
	return rc;
}

static int run_main(int argc, char **argv)
{
	int first;
	bool done = false;
	int rc = global_options(argc, argv, &first, &done);
	if (rc != CMD_EXIT_OK || done)
		return rc;
	if (first >= argc) {
		print_usage(stderr);
		return CMD_EXIT_USAGE;
	}
	const char *name = argv[first];
	if (!strcmp(name, "help"))
		return help(argc - first, argv + first);
	const cmd_verb *v = find_verb(name);
	if (!v) {
		cmd_errort("CLI_NOT_A_COMMAND", name);
		suggest_verb(name);
		return CMD_EXIT_USAGE;
	}
	return run(v, argc - first, argv + first);
}

/* Output to a full disk or a closed pipe fails when it is flushed: an exit 0 would hide it. */
int main(int argc, char **argv)
{
	int rc = run_main(argc, argv);
	for (size_t i = 0; govlog_pattern_limited(i); i++)
		cmd_errort("CLI_PATTERN_LIMITED", govlog_pattern_limited(i));
	const char *read_as = NULL;
	for (size_t i = 0; govlog_release_tag_guessed(i, &read_as); i++)
		cmd_errort("CLI_TAG_GUESSED", govlog_release_tag_guessed(i, NULL), read_as);
	bool failed = fflush(stdout) != 0 || ferror(stdout);
	if (failed && rc != CMD_EXIT_FAILURE)
		rc = cmd_fail_output();
	return rc;
}
