/* The command-line tool's shared pieces: exit codes, the option table, the verbs. */
#ifndef GOVLOG_CMD_H
#define GOVLOG_CMD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Exit status: the worst outcome seen. */
enum {
	CMD_EXIT_OK = 0,       /* clean (warnings allowed) */
	CMD_EXIT_FINDINGS = 1, /* diagnostics of error severity */
	CMD_EXIT_USAGE = 2,    /* bad usage or environment */
	CMD_EXIT_FAILURE = 3,  /* runtime failure: I/O, unreadable repository */
};

/*
 * One option of a verb. The same table parses the command line and writes
 * --help. An option with `arg` takes a value stored in *value; one without is a
 * flag stored in *flag. `choices`, when set, is a NULL-terminated list of the
 * values accepted.
 */
typedef struct cmd_option {
	const char *name; /* long name, without "--" */
	char short_name;  /* 0 when none */
	const char *arg;  /* metavariable, e.g. "FORMAT"; NULL for a flag */
	const char *help;
	const char **value;
	bool *flag;
	const char *const *choices;
} cmd_option;

typedef struct cmd_spec {
	const char *name;          /* "check" */
	const char *usage;         /* "[PATH...] [options]" */
	const char *summary;       /* one line, for the command list */
	const char *details;       /* a paragraph for help, or NULL */
	const cmd_option *options; /* terminated by an entry with name NULL */
} cmd_spec;

/*
 * Parses argv[1..argc) by the spec; positional arguments are moved, in order,
 * to (*positional)[0..*npositional), which points into argv. Returns
 * CMD_EXIT_OK, CMD_EXIT_USAGE after printing the problem, or -1 after printing
 * help (the caller then exits 0).
 */
int cmd_parse(const cmd_spec *spec, int argc, char **argv, char ***positional, size_t *npositional);

/* cmd_parse for a verb that takes options only: a positional argument is a usage error. */
int cmd_parse_no_args(const cmd_spec *spec, int argc, char **argv);

void cmd_print_help(const cmd_spec *spec, FILE *f);

/* Prints "govlog: <message>" to stderr. */
void cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Maps a library error code to an exit status, printing govlog_error_last(). */
int cmd_fail(int code);

/* Opens the log of the named paths, or of the detected folders when none. */
int cmd_open_log(struct govlog_log **out, char **paths, size_t npaths);
/* Opens the detected log, empty when the repository keeps no decisions (for history verbs). */
int cmd_open_log_any(struct govlog_log **out);

/*
 * Writes diagnostics in a format (text to stderr with a summary line counting
 * `files` things called `noun`; json,
 * sarif and github to stdout) and returns the exit status they call for.
 */
int cmd_report(const struct govlog_diag_list *diags, size_t files, const char *noun,
	       const char *format);
/* The same, with the summary's count already written ("2 records and 3 commits"). */
int cmd_report_what(const struct govlog_diag_list *diags, size_t files, const char *what,
		    const char *format);
/* "1 record", "3 records" into out. */
void cmd_count(char *out, size_t size, size_t n, const char *noun);

/* Whether to colour output on a stream: --color, NO_COLOR, TERM and the TTY decide. */
bool cmd_use_color(int fd);
extern const char *cmd_color_mode; /* "auto", "always" or "never" */

/* The verbs; each returns an exit status. */
typedef struct cmd_verb {
	const char *name;
	int (*fn)(int argc, char **argv);
	const cmd_spec *spec;
} cmd_verb;

extern const cmd_spec cmd_check_spec, cmd_check_body_spec, cmd_config_spec, cmd_index_spec;
extern const cmd_spec cmd_fmt_spec, cmd_hook_spec, cmd_init_spec;
extern const cmd_spec cmd_list_spec, cmd_new_spec;
extern const cmd_spec cmd_rules_spec, cmd_show_spec, cmd_status_spec;
extern const cmd_spec cmd_release_notes_spec, cmd_changelog_spec, cmd_version_spec, cmd_trace_spec;
int cmd_release_notes(int argc, char **argv);
int cmd_changelog(int argc, char **argv);
int cmd_version(int argc, char **argv);
int cmd_trace(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_check_body(int argc, char **argv);
int cmd_config(int argc, char **argv);
int cmd_index(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_hook(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_new(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_status(int argc, char **argv);

#endif
