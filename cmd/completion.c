/* Shell completion scripts (bash, zsh, fish) written from the command and option tables. */
#include <stdio.h>
#include <string.h>

#include "cmd.h"

/* Verbs whose first argument is a record ID: completed from `govlog list`. */
static bool takes_record(const char *verb)
{
	return !strcmp(verb, "show") || !strcmp(verb, "status") || !strcmp(verb, "link");
}

/* A word for a shell's single quotes: ' closed, escaped and reopened as the shell wants. */
static void quoted(FILE *f, const char *s, const char *quote_escape)
{
	fputc('\'', f);
	for (; *s; s++) {
		if (*s == '\'')
			fputs(quote_escape, f);
		else if (*s != '\n')
			fputc(*s, f);
		else
			fputc(' ', f);
	}
	fputc('\'', f);
}

/* ---- bash ---- */

static void bash_values(FILE *f, const cmd_verb *v)
{
	for (const cmd_option *o = v->spec->options; o->name; o++) {
		if (!o->choices)
			continue;
		fprintf(f, "\t\"%s --%s\"", v->name, o->name);
		if (o->short_name)
			fprintf(f, " | \"%s -%c\"", v->name, o->short_name);
		fputs(") words='", f);
		for (const char *const *c = o->choices; *c; c++)
			fprintf(f, "%s%s", c == o->choices ? "" : " ", *c);
		fputs("' ;;\n", f);
	}
}

static void bash_options(FILE *f, const cmd_verb *v)
{
	fprintf(f, "\t%s) words='", v->name);
	for (const cmd_option *o = v->spec->options; o->name; o++) {
		fprintf(f, "--%s ", o->name);
		if (o->short_name)
			fprintf(f, "-%c ", o->short_name);
	}
	fputs("--help' ;;\n", f);
}

static void write_bash(FILE *f, const cmd_verb *verbs, size_t n)
{
	fputs("# bash completion for govlog, written by govlog help --completion bash\n"
	      "_govlog() {\n"
	      "\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
	      "\tlocal verb='' words='' dir=. i\n"
	      "\tfor ((i = 1; i < COMP_CWORD; i++)); do\n"
	      "\t\tcase ${COMP_WORDS[i]} in\n"
	      "\t\t-C) dir=${COMP_WORDS[i+1]}; ((i++)) ;;\n"
	      "\t\t-*) ;;\n"
	      "\t\t*) verb=${COMP_WORDS[i]}; break ;;\n"
	      "\t\tesac\n"
	      "\tdone\n"
	      "\tif [[ -z $verb ]]; then\n"
	      "\t\tCOMPREPLY=($(compgen -W '",
	      f);
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s ", verbs[i].name);
	fputs("help -C --color= --version --help' -- \"$cur\"))\n"
	      "\t\treturn\n\tfi\n"
	      "\tcase \"$verb $prev\" in\n",
	      f);
	for (size_t i = 0; i < n; i++)
		bash_values(f, &verbs[i]);
	fputs("\tesac\n"
	      "\tif [[ -n $words ]]; then\n"
	      "\t\tCOMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n\t\treturn\n\tfi\n"
	      "\tif [[ $cur == -* ]]; then\n\t\tcase $verb in\n",
	      f);
	for (size_t i = 0; i < n; i++)
		bash_options(f, &verbs[i]);
	fputs("\t\tesac\n"
	      "\t\tCOMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n\t\treturn\n\tfi\n"
	      "\tcase $verb in\n\thelp) words='",
	      f);
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s%s", i ? " " : "", verbs[i].name);
	fputs("' ;;\n\t", f);
	for (size_t i = 0, first = 1; i < n; i++)
		if (takes_record(verbs[i].name)) {
			fprintf(f, "%s%s", first ? "" : " | ", verbs[i].name);
			first = 0;
		}
	fputs(") words=$(govlog -C \"$dir\" list --format csv 2>/dev/null | sed -n 's/^\\([^,]*\\),.*/\\1/p' "
	      "| tail -n +2) ;;\n"
	      "\t*) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
	      "\tesac\n"
	      "\tCOMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
	      "}\n"
	      "complete -o default -F _govlog govlog\n",
	      f);
}

/* ---- zsh ---- */

static void zsh_option(FILE *f, const cmd_option *o)
{
	fputs("\t\t\t", f);
	if (o->short_name)
		fprintf(f, "'(-%c --%s)'{-%c,--%s}'", o->short_name, o->name, o->short_name,
			o->name);
	else
		fprintf(f, "'--%s", o->name);
	fputs("[", f);
	for (const char *h = o->help; *h; h++) {
		if (*h == '\'')
			fputs("'\\''", f);
		else if (*h == '[' || *h == ']' || *h == ':' || *h == '\\')
			fprintf(f, "\\%c", *h);
		else
			fputc(*h, f);
	}
	fputc(']', f);
	if (o->arg) {
		fprintf(f, ":%s:", o->arg);
		if (o->choices) {
			fputc('(', f);
			for (const char *const *c = o->choices; *c; c++)
				fprintf(f, "%s%s", c == o->choices ? "" : " ", *c);
			fputc(')', f);
		} else {
			fputs("_files", f);
		}
	}
	fputs("' \\\n", f);
}

static void write_zsh(FILE *f, const cmd_verb *verbs, size_t n)
{
	fputs("#compdef govlog\n# zsh completion for govlog, written by govlog help --completion "
	      "zsh\n_govlog() {\n\tlocal -a verbs\n\tverbs=(\n",
	      f);
	for (size_t i = 0; i < n; i++) {
		char item[256];
		snprintf(item, sizeof(item), "%s:%s", verbs[i].name, verbs[i].spec->summary);
		fputs("\t\t", f);
		quoted(f, item, "'\\''");
		fputc('\n', f);
	}
	fputs("\t)\n\tif (( CURRENT == 2 )); then\n\t\t_describe command verbs\n\t\treturn\n\tfi\n"
	      "\tcase $words[2] in\n",
	      f);
	for (size_t i = 0; i < n; i++) {
		fprintf(f, "\t%s)\n\t\t_arguments \\\n", verbs[i].name);
		for (const cmd_option *o = verbs[i].spec->options; o->name; o++)
			zsh_option(f, o);
		if (takes_record(verbs[i].name))
			fputs("\t\t\t'1:record:($(govlog list --format csv 2>/dev/null | "
			      "sed -n \"s/^\\([^,]*\\),.*/\\1/p\" | tail -n +2))' \\\n",
			      f);
		fputs("\t\t\t'*:file:_files' ;;\n", f);
	}
	fputs("\tesac\n}\n_govlog \"$@\"\n", f);
}

/* ---- fish ---- */

static void write_fish(FILE *f, const cmd_verb *verbs, size_t n)
{
	fputs("# fish completion for govlog, written by govlog help --completion fish\n", f);
	for (size_t i = 0; i < n; i++) {
		fprintf(f, "complete -c govlog -n __fish_use_subcommand -f -a %s -d ",
			verbs[i].name);
		quoted(f, verbs[i].spec->summary, "\\'");
		fputc('\n', f);
	}
	for (size_t i = 0; i < n; i++) {
		const cmd_verb *v = &verbs[i];
		for (const cmd_option *o = v->spec->options; o->name; o++) {
			fprintf(f, "complete -c govlog -n '__fish_seen_subcommand_from %s' -l %s",
				v->name, o->name);
			if (o->short_name)
				fprintf(f, " -s %c", o->short_name);
			if (o->arg)
				fputs(o->choices ? " -x" : " -r -F", f);
			if (o->choices) {
				fputs(" -a '", f);
				for (const char *const *c = o->choices; *c; c++)
					fprintf(f, "%s%s", c == o->choices ? "" : " ", *c);
				fputc('\'', f);
			}
			fputs(" -d ", f);
			quoted(f, o->help, "\\'");
			fputc('\n', f);
		}
		if (takes_record(v->name))
			fprintf(f,
				"complete -c govlog -n '__fish_seen_subcommand_from %s' -f -a "
				"'(govlog list --format csv 2>/dev/null | string match -r "
				"\"^[^,]+\" | tail -n +2)'\n",
				v->name);
	}
}

int cmd_write_completion(const char *shell, FILE *f)
{
	size_t n = 0;
	const cmd_verb *verbs = cmd_verb_table(&n);
	if (!strcmp(shell, "bash"))
		write_bash(f, verbs, n);
	else if (!strcmp(shell, "zsh"))
		write_zsh(f, verbs, n);
	else if (!strcmp(shell, "fish"))
		write_fish(f, verbs, n);
	else
		return -1;
	return 0;
}
