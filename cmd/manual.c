/* Manual pages written from the command table and each verb's option table, as --help is. */
#include <stdio.h>
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

/* Text for roff: backslashes and minus signs escaped. */
static void roff_put(FILE *f, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\\')
			fputs("\\e", f);
		else if (s[i] == '-')
			fputs("\\-", f);
		else
			fputc(s[i], f);
	}
}

/* A line of text; one that starts with '.' or '\'' is guarded from being read as a request. */
static void roff_line(FILE *f, const char *s, size_t len)
{
	if (len && (s[0] == '.' || s[0] == '\''))
		fputs("\\&", f);
	roff_put(f, s, len);
	fputc('\n', f);
}

/* Text of several lines: each line kept, a blank line starting a new paragraph. */
static void roff_text(FILE *f, const char *s)
{
	while (*s) {
		const char *end = strchr(s, '\n');
		size_t len = end ? (size_t)(end - s) : strlen(s);
		if (!len)
			fputs(".PP\n", f);
		else
			roff_line(f, s, len);
		s += len + (end != NULL);
	}
}

static void roff_printf_line(FILE *f, const char *s)
{
	roff_line(f, s, strlen(s));
}

static void header(FILE *f, const char *title)
{
	fprintf(f, ".TH \"%s\" \"1\" \"\" \"govlog %s\" \"govlog manual\"\n", title,
		govlog_version());
}

static void option_item(FILE *f, const cmd_option *o)
{
	fputs(".TP\n", f);
	if (o->short_name)
		fprintf(f, "\\fB\\-%c\\fR, ", o->short_name);
	fputs("\\fB\\-\\-", f);
	roff_put(f, o->name, strlen(o->name));
	if (o->arg) {
		fputs("\\fR \\fI", f);
		roff_put(f, o->arg, strlen(o->arg));
	}
	fputs("\\fR\n", f);
	roff_printf_line(f, o->help);
	if (o->arg && o->flag)
		fputs(".br\n(repeatable)\n", f);
	if (o->choices) {
		fputs(".br\none of:", f);
		for (const char *const *c = o->choices; *c; c++)
			fprintf(f, " \\fB%s\\fR%s", *c, c[1] ? "," : "");
		fputc('\n', f);
	}
}

/* The verb's own page of the manual (examples and more), when it has one. */
static void manual_page(FILE *f, const char *name)
{
	const char *md = govlog_manual_page(name);
	if (md)
		govlog_markdown_write_man(f, md, strlen(md));
}

void cmd_write_man(const cmd_spec *spec, FILE *f)
{
	char title[64];
	snprintf(title, sizeof(title), "GOVLOG-%s", spec->name);
	for (char *p = title; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 32);
	header(f, title);
	fputs(".SH NAME\n", f);
	fprintf(f, "govlog\\-%s \\- ", spec->name);
	roff_printf_line(f, spec->summary);
	fputs(".SH SYNOPSIS\n.nf\n", f);
	fprintf(f, "\\fBgovlog %s\\fR ", spec->name);
	roff_text(f, spec->usage);
	fputs(".fi\n", f);
	if (spec->details) {
		fputs(".SH DESCRIPTION\n", f);
		roff_text(f, spec->details);
	}
	fputs(".SH OPTIONS\n", f);
	for (const cmd_option *o = spec->options; o->name; o++)
		option_item(f, o);
	fputs(".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nshow this help\n", f);
	manual_page(f, spec->name);
	fputs(".SH SEE ALSO\n\\fBgovlog\\fR(1)\n", f);
}

void cmd_write_man_main(FILE *f)
{
	size_t n = 0;
	const cmd_verb *verbs = cmd_verb_table(&n);
	header(f, "GOVLOG");
	fputs(".SH NAME\ngovlog \\- decision records, commit messages and releases checked in Git\n",
	      f);
	fputs(".SH SYNOPSIS\n.nf\n\\fBgovlog\\fR [\\fB\\-C\\fR \\fIdir\\fR] "
	      "[\\fB\\-\\-color\\fR=auto|always|never] \\fIcommand\\fR [\\fIargs\\fR]\n"
	      "\\fBgovlog help\\fR \\fIcommand\\fR\n\\fBgovlog \\-\\-version\\fR\n.fi\n",
	      f);
	fputs(".SH DESCRIPTION\n"
	      "govlog keeps decision records, issue and pull request templates as Markdown in\n"
	      "Git, checks them and commit messages in hooks and CI, and traces requests to\n"
	      "decisions, commits, releases and release notes.\n"
	      ".SH COMMANDS\n",
	      f);
	for (size_t i = 0; i < n; i++) {
		fprintf(f, ".TP\n\\fBgovlog\\-%s\\fR(1)\n", verbs[i].name);
		roff_printf_line(f, verbs[i].spec->summary);
	}
	fputs(".SH OPTIONS\n"
	      ".TP\n\\fB\\-C\\fR \\fIdir\\fR\nrun as if started in \\fIdir\\fR\n"
	      ".TP\n\\fB\\-\\-color\\fR=auto|always|never\ncolour in the text output\n"
	      ".TP\n\\fB\\-\\-version\\fR\nprint the version\n"
	      ".SH EXIT STATUS\n"
	      "0 clean (warnings allowed), 1 findings of error severity, 2 usage or\n"
	      "environment error, 3 runtime failure (I/O, an unreadable repository).\n"
	      ".SH FILES\n"
	      "\\fI.govlog.yml\\fR at the repository root: the configuration.\n",
	      f);
	manual_page(f, "govlog");
}
