/* The command-line tool's shared pieces: exit codes, the option table, the verbs. */
#ifndef GOVLOG_CMD_H
#define GOVLOG_CMD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <govlog/govlog.h>

/* Exit status: the worst outcome seen. */
enum {
	CMD_EXIT_OK = 0,       /* clean (warnings allowed) */
	CMD_EXIT_FINDINGS = 1, /* diagnostics of error severity */
	CMD_EXIT_USAGE = 2,    /* bad usage or environment */
	CMD_EXIT_FAILURE = 3,  /* runtime failure: I/O, unreadable repository */
};

/* How many values a repeatable option keeps (adr-tools' `new -l … -l …`). */
#define CMD_MANY 32

/*
 * One option of a verb. The same table parses the command line and writes
 * --help. An option with `arg` takes a value stored in *value; one without is a
 * flag stored in *flag. An option with `arg` *and* `flag` is repeatable: each
 * value fills the next NULL slot of the array `value` points at (CMD_MANY
 * slots and a final NULL), and *flag is set. `choices`, when set, is a
 * NULL-terminated list of the values accepted.
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

/* What main sets up for a verb: the flags of its row in the command table (cmd/main.c). */
enum {
	/* Open the decision log (ctx->log) before the verb runs; free it after. */
	CMD_NEEDS_LOG = 1 << 0,
	/* With CMD_NEEDS_LOG: the positional arguments are the files or folders to read. */
	CMD_LOG_PATHS = 1 << 1,
	/* With CMD_NEEDS_LOG: an empty log when the repository keeps no decisions yet
	 * (history verbs, the first record, set-up). */
	CMD_LOG_EMPTY_OK = 1 << 2,
	/* Give the verb a diagnostics list (ctx->diags) and, when it returns CMD_EXIT_OK,
	 * write the list as ctx->format says and exit with the status it calls for. */
	CMD_WRITES_DIAGS = 1 << 3,
	/* With CMD_NEEDS_LOG: the verb reads every record, and its heap is prepared to
	 * grow fast (cmd/heap.c). Not the history verbs: the heap's reserve would be
	 * resident memory that a walk of 100,000 commits is measured by. */
	CMD_LOG_HEAP = 1 << 4,
	/* With CMD_LOG_PATHS: named records inside the log are read with the records they
	 * relate to, so their links and IDs resolve; the verb reports on the named ones. */
	CMD_LOG_IN_CONTEXT = 1 << 5,
};

/* Prepares the heap of a verb that reads a whole log to grow fast (cmd/heap.c). */
void cmd_heap_prepare(void);

/* What main hands a verb: its arguments and what its flags asked for. */
typedef struct cmd_ctx {
	const char *verb; /* "check" */
	char **args;      /* the positional arguments, in order (they point into argv) */
	size_t nargs;
	/* How main opens the log; a spec's check may adjust them (init: config_only). */
	govlog_log_options log_options;
	govlog_log *log;         /* CMD_NEEDS_LOG; main frees it */
	govlog_diag_list *diags; /* CMD_WRITES_DIAGS; main writes and frees it */
	/* CMD_WRITES_DIAGS: how the verb wants its findings written. */
	const char *format;     /* text (the default), json, sarif or github */
	size_t checked;         /* things checked, for the JSON summary */
	char what[160];         /* the same, for the text summary: "3 records" */
	bool quiet_when_clean;  /* nothing at all when there are no findings (hooks) */
	const char *sarif_file; /* also write the findings there as SARIF, or NULL */
} cmd_ctx;

typedef struct cmd_spec {
	const char *name;          /* "check" */
	const char *usage;         /* "[PATH...] [options]" */
	const char *summary;       /* one line, for the command list */
	const char *details;       /* a paragraph for help, or NULL */
	const cmd_option *options; /* terminated by an entry with name NULL */
	/* Checks the arguments after parsing, before any set-up; returns CMD_EXIT_OK or
	 * CMD_EXIT_USAGE after printing the problem. NULL accepts any positional argument. */
	int (*check)(cmd_ctx *ctx);
} cmd_spec;

/*
 * Parses argv[1..argc) by the spec; positional arguments are moved, in order,
 * to (*positional)[0..*npositional), which points into argv. Returns
 * CMD_EXIT_OK, CMD_EXIT_USAGE after printing the problem, or -1 after printing
 * help (the caller then exits 0).
 */
int cmd_parse(const cmd_spec *spec, int argc, char **argv, char ***positional, size_t *npositional);

/* A spec's check for a verb that takes options only: a positional argument is a usage error. */
int cmd_no_args(cmd_ctx *ctx);

/*
 * The global options, before or after the verb: -C <dir> and --color=<when>.
 * Sets *taken when argv[*i] is one (advancing *i past its value); returns
 * CMD_EXIT_OK, or CMD_EXIT_USAGE after printing the problem.
 */
int cmd_global_option(int argc, char **argv, int *i, bool *taken);

void cmd_print_help(const cmd_spec *spec, FILE *f);

/*
 * The language of the tool's own lines (govlog/text.h): the log's, which main
 * sets once the log is open (a hook's: its diagnostics list's); before that,
 * for a usage error, the configuration's (language:, else its profile's), read
 * on first use; English when there is none.
 */
govlog_lang cmd_lang(void);
void cmd_set_lang(govlog_lang lang);

/* Prints "govlog: <message>" to stderr: a message that is not the tool's own (a library error). */
void cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "govlog: " and the message-table row `name` in cmd_lang(), with its arguments. */
void cmd_errort(const char *name, ...);
/* The candidate a mistyped word most likely meant (one or two edits away), or NULL. */
const char *cmd_suggest(const char *word, const char *const *candidates, size_t n);
/* "cannot write the output" with errno's reason, for a failed write to stdout; returns exit 3. */
int cmd_fail_output(void);
/* Prints the row `name` in cmd_lang(), with its arguments, to f (no newline added). */
void cmd_printt(FILE *f, const char *name, ...);

/*
 * A govlog_changed_fn: "PATH: what changed" on stdout, the path and the text
 * escaped for the terminal (payload: the stream, NULL for stdout).
 */
void cmd_say_changed(const char *path, const char *what, void *payload);

/* Maps a library error code to an exit status, printing govlog_error_last(). */
int cmd_fail(int code);
/* The file at `path`, or standard input for "-": a heap buffer (NUL after *len) or false. */
bool cmd_read_input(const char *path, char **out, size_t *len);

/*
 * Writes diagnostics in a format (text to stderr with a summary line counting
 * `what`, "2 records and 3 commits"; json, sarif and github to stdout, `files`
 * in the JSON summary) and returns the exit status they call for.
 */
int cmd_report(const govlog_diag_list *diags, size_t files, const char *what, const char *format);
/* "1 record", "3 records" ("3 beslutninger") into out; `noun` is a count row: "COUNT_RECORDS". */
void cmd_count(char *out, size_t size, size_t n, const char *noun);
/* "a and b" in cmd_lang() into out. */
void cmd_both(char *out, size_t size, const char *a, const char *b);

/* Whether to colour output on a stream: --color, NO_COLOR, TERM and the TTY decide. */
bool cmd_use_color(int fd);
extern const char *cmd_color_mode; /* "auto", "always" or "never" */

/*
 * One row of the command table: the verb's name, its function (it returns an
 * exit status), the set-up it needs (CMD_* flags) and its spec.
 */
typedef struct cmd_verb {
	const char *name;
	int (*fn)(cmd_ctx *ctx);
	unsigned flags;
	const cmd_spec *spec;
} cmd_verb;

/* Writes the list as SARIF to path, atomically; non-zero (said) on failure. */
int cmd_write_sarif_file(const govlog_diag_list *diags, const char *path);

/* Tells the list where the current folder lies in the log's repository (SARIF, annotations). */
void cmd_set_diag_base(govlog_diag_list *diags, const govlog_log *log);

/* The command table (cmd/main.c), for the manual and the completions; *n gets its length. */
const cmd_verb *cmd_verb_table(size_t *n);
/* The manual page of one verb, and of govlog itself, in roff. */
void cmd_write_man(const cmd_spec *spec, FILE *f);
void cmd_write_man_main(FILE *f);
/* The completion script for shell "bash", "zsh" or "fish"; -1 for another shell. */
int cmd_write_completion(const char *shell, FILE *f);

extern const cmd_spec cmd_check_spec, cmd_check_body_spec, cmd_config_spec, cmd_index_spec;
extern const cmd_spec cmd_fmt_spec, cmd_graph_spec, cmd_hook_spec, cmd_init_spec;
extern const cmd_spec cmd_link_spec, cmd_list_spec, cmd_new_spec;
extern const cmd_spec cmd_rules_spec, cmd_show_spec, cmd_status_spec, cmd_site_spec;
extern const cmd_spec cmd_release_notes_spec, cmd_changelog_spec, cmd_version_spec, cmd_trace_spec;
int cmd_release_notes(cmd_ctx *ctx);
int cmd_changelog(cmd_ctx *ctx);
int cmd_version(cmd_ctx *ctx);
int cmd_trace(cmd_ctx *ctx);
int cmd_check(cmd_ctx *ctx);
int cmd_check_body(cmd_ctx *ctx);
int cmd_config(cmd_ctx *ctx);
int cmd_index(cmd_ctx *ctx);
int cmd_fmt(cmd_ctx *ctx);
int cmd_graph(cmd_ctx *ctx);
int cmd_hook(cmd_ctx *ctx);
int cmd_init(cmd_ctx *ctx);
int cmd_link(cmd_ctx *ctx);
int cmd_list(cmd_ctx *ctx);
int cmd_new(cmd_ctx *ctx);
int cmd_rules(cmd_ctx *ctx);
int cmd_show(cmd_ctx *ctx);
int cmd_site(cmd_ctx *ctx);
int cmd_status(cmd_ctx *ctx);

#endif
