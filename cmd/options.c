/* Parsing a verb's options from its table, and writing its --help from the same table. */
#include <stdlib.h>
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const cmd_option *find_long(const cmd_option *opts, const char *name, size_t len)
{
	for (; opts->name; opts++)
		if (strlen(opts->name) == len && !strncmp(opts->name, name, len))
			return opts;
	return NULL;
}

static const cmd_option *find_short(const cmd_option *opts, char c)
{
	for (; opts->name; opts++)
		if (opts->short_name && opts->short_name == c)
			return opts;
	return NULL;
}

static int check_choice(const cmd_spec *spec, const cmd_option *o, const char *v)
{
	if (!o->choices)
		return CMD_EXIT_OK;
	for (const char *const *c = o->choices; *c; c++)
		if (!strcmp(*c, v))
			return CMD_EXIT_OK;
	cmd_errort("CLI_BAD_VALUE", spec->name, v, o->name);
	fputs("  ", stderr);
	cmd_printt(stderr, "CLI_EXPECTED_ONE_OF");
	for (const char *const *c = o->choices; *c; c++)
		fprintf(stderr, " %s", *c);
	fputc('\n', stderr);
	return CMD_EXIT_USAGE;
}

/* Stores the option; `inline_value` is the text after '=' or NULL. Advances *i. */
static int take(const cmd_spec *spec, const cmd_option *o, const char *inline_value, int argc,
		char **argv, int *i)
{
	if (!o->arg) {
		if (inline_value) {
			cmd_errort("CLI_TAKES_NO_VALUE", spec->name, o->name);
			return CMD_EXIT_USAGE;
		}
		*o->flag = true;
		return CMD_EXIT_OK;
	}
	const char *v = inline_value;
	if (!v) {
		if (*i + 1 >= argc) {
			cmd_errort("CLI_NEEDS_VALUE", spec->name, o->name, o->arg);
			return CMD_EXIT_USAGE;
		}
		v = argv[++*i];
	}
	int rc = check_choice(spec, o, v);
	if (rc != CMD_EXIT_OK || !o->flag) {
		if (rc == CMD_EXIT_OK)
			*o->value = v;
		return rc;
	}
	size_t n = 0;
	while (n < CMD_MANY && o->value[n])
		n++;
	if (n == CMD_MANY) {
		cmd_errort("CLI_TOO_MANY_VALUES", spec->name, o->name);
		return CMD_EXIT_USAGE;
	}
	o->value[n] = v;
	*o->flag = true;
	return rc;
}

/* The verb's long option nearest to a mistyped "--name". */
static const char *near_option(const cmd_spec *spec, const char *arg)
{
	enum { MAX_OPTIONS = 64 };
	const char *names[MAX_OPTIONS];
	size_t n = 0;
	for (const cmd_option *o = spec->options; o->name && n < MAX_OPTIONS; o++)
		names[n++] = o->name;
	char word[65];
	size_t len = strcspn(arg + 2, "=");
	if (strncmp(arg, "--", 2) || len >= sizeof(word))
		return NULL;
	memcpy(word, arg + 2, len);
	word[len] = '\0';
	return cmd_suggest(word, names, n);
}

/*
 * "usage: govlog VERB …" after `lead`; the usage's later lines, indented to
 * stand under "govlog" after "usage: ", stand under it after `lead` too.
 */
static void print_usage(FILE *f, const cmd_spec *spec, const char *lead)
{
	size_t english = strlen("usage: "), width = strlen(lead);
	fprintf(f, "%sgovlog %s ", lead, spec->name);
	if (!*spec->usage)
		fputc('\n', f);
	for (const char *p = spec->usage; *p;) {
		size_t n = strcspn(p, "\n"), spaces = strspn(p, " ");
		if (p != spec->usage && spaces >= english) {
			fprintf(f, "%*s", (int)(spaces - english + width), "");
			p += spaces;
			n -= spaces;
		}
		fprintf(f, "%.*s\n", (int)n, p);
		p += n + (p[n] == '\n');
	}
}

static int unknown(const cmd_spec *spec, const char *arg)
{
	cmd_errort("CLI_VERB_UNKNOWN_OPTION", spec->name, arg);
	const char *near = near_option(spec, arg);
	if (near)
		cmd_printt(stderr, "CLI_DID_YOU_MEAN_OPTION", near);
	print_usage(stderr, spec, govlog_text(cmd_lang(), "CLI_USAGE_LEAD"));
	return CMD_EXIT_USAGE;
}

/* One option of the verb's table, else a global one (-C, --color), else a usage error. */
static int parse_one(const cmd_spec *spec, int argc, char **argv, int *i)
{
	const char *a = argv[*i], *inline_value = NULL;
	const cmd_option *o = NULL;
	if (a[1] == '-') {
		const char *name = a + 2, *eq = strchr(name, '=');
		size_t len = eq ? (size_t)(eq - name) : strlen(name);
		o = find_long(spec->options, name, len);
		inline_value = eq ? eq + 1 : NULL;
	} else if (a[2] == '\0') {
		o = find_short(spec->options, a[1]);
	}
	if (o)
		return take(spec, o, inline_value, argc, argv, i);
	bool taken = false;
	int rc = cmd_global_option(argc, argv, i, &taken);
	return taken ? rc : unknown(spec, a);
}

int cmd_parse(const cmd_spec *spec, int argc, char **argv, char ***positional, size_t *npositional)
{
	char **pos = argv + 1;
	size_t n = 0;
	bool only_positional = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (only_positional || a[0] != '-' || a[1] == '\0') {
			pos[n++] = argv[i];
			continue;
		}
		if (!strcmp(a, "--")) {
			only_positional = true;
			continue;
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			cmd_print_help(spec, stdout);
			return -1;
		}
		int rc = parse_one(spec, argc, argv, &i);
		if (rc != CMD_EXIT_OK)
			return rc;
	}
	*positional = pos;
	*npositional = n;
	return CMD_EXIT_OK;
}

int cmd_no_args(cmd_ctx *ctx)
{
	if (!ctx->nargs)
		return CMD_EXIT_OK;
	cmd_errort("CLI_UNEXPECTED_ARG", ctx->verb, ctx->args[0]);
	return CMD_EXIT_USAGE;
}

void cmd_print_help(const cmd_spec *spec, FILE *f)
{
	print_usage(f, spec, "usage: ");
	fprintf(f, "\n%s\n", spec->summary);
	if (spec->details)
		fprintf(f, "\n%s\n", spec->details);
	fputs("\noptions:\n", f);
	for (const cmd_option *o = spec->options; o->name; o++) {
		char left[64];
		int w = o->short_name ? snprintf(left, sizeof(left), "-%c, ", o->short_name)
				      : snprintf(left, sizeof(left), "    ");
		snprintf(left + w, sizeof(left) - (size_t)w, "--%s%s%s", o->name, o->arg ? " " : "",
			 o->arg ? o->arg : "");
		fprintf(f, "  %-26s %s%s", left, o->help, o->arg && o->flag ? " (repeatable)" : "");
		if (o->choices) {
			fputs(" (", f);
			for (const char *const *c = o->choices; *c; c++)
				fprintf(f, "%s%s", c == o->choices ? "" : ", ", *c);
			fputc(')', f);
		}
		fputc('\n', f);
	}
	fprintf(f, "  %-26s %s\n", "-h, --help", "show this help");
	const char *page = govlog_manual_page(spec->name);
	if (page)
		fprintf(f, "\n%s", page);
}
