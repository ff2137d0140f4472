/* govlog's entry point: global options, then dispatch through the command table. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const cmd_verb verbs[] = {
	{"changelog", cmd_changelog, &cmd_changelog_spec},
	{"check", cmd_check, &cmd_check_spec},
	{"check-body", cmd_check_body, &cmd_check_body_spec},
	{"config", cmd_config, &cmd_config_spec},
	{"fmt", cmd_fmt, &cmd_fmt_spec},
	{"hook", cmd_hook, &cmd_hook_spec},
	{"index", cmd_index, &cmd_index_spec},
	{"init", cmd_init, &cmd_init_spec},
	{"list", cmd_list, &cmd_list_spec},
	{"new", cmd_new, &cmd_new_spec},
	{"release-notes", cmd_release_notes, &cmd_release_notes_spec},
	{"rules", cmd_rules, &cmd_rules_spec},
	{"show", cmd_show, &cmd_show_spec},
	{"status", cmd_status, &cmd_status_spec},
	{"trace", cmd_trace, &cmd_trace_spec},
	{"version", cmd_version, &cmd_version_spec},
};

static const cmd_verb *find_verb(const char *name)
{
	for (size_t i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++)
		if (!strcmp(verbs[i].name, name))
			return &verbs[i];
	return NULL;
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

static int help(int argc, char **argv)
{
	if (argc < 2) {
		print_usage(stdout);
		return CMD_EXIT_OK;
	}
	const cmd_verb *v = find_verb(argv[1]);
	if (!v) {
		cmd_error("no such command '%s'", argv[1]);
		return CMD_EXIT_USAGE;
	}
	cmd_print_help(v->spec, stdout);
	return CMD_EXIT_OK;
}

static int set_color(const char *mode)
{
	if (strcmp(mode, "auto") && strcmp(mode, "always") && strcmp(mode, "never")) {
		cmd_error("invalid value '%s' for --color (auto, always or never)", mode);
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

/*
 * Handles the options before the verb, git style, leaving *first at the verb.
 * Sets *done when an option (--version, --help) was the whole job.
 */
static int global_options(int argc, char **argv, int *first, bool *done)
{
	int rc = CMD_EXIT_OK, i = 1;
	for (; rc == CMD_EXIT_OK && !*done && i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--version")) {
			printf("govlog %s\n", govlog_version());
			*done = true;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			print_usage(stdout);
			*done = true;
		} else if (!strcmp(a, "-C") && i + 1 < argc) {
			rc = change_dir(argv[++i]);
		} else if (!strncmp(a, "--color=", 8)) {
			rc = set_color(a + 8);
		} else {
			cmd_error("unknown option '%s'", a);
			print_usage(stderr);
			rc = CMD_EXIT_USAGE;
		}
	}
	*first = i;
	return rc;
}

int main(int argc, char **argv)
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
		cmd_error("'%s' is not a govlog command; see 'govlog --help'", name);
		return CMD_EXIT_USAGE;
	}
	return v->fn(argc - first, argv + first);
}
