/* govlog check-body: an issue or pull-request body against its template (for CI). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *template_name, *file, *format = "text", *body_path;
static const char *const formats[] = {"text", "json", "sarif", "github", "codeclimate", NULL};

static const cmd_option options[] = {
	{"template", 'T', "NAME",
	 "the template: a path, a name in .github/ISSUE_TEMPLATE/, pull_request or "
	 "merge_request (GitLab's .gitlab/merge_request_templates/Default.md)",
	 &template_name, NULL, NULL},
	{"file", 'F', "FILE", "the body, or - for standard input", &file, NULL, NULL},
	{"format", 'f', "FORMAT", "output format", &format, NULL, formats},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

static int check_args(cmd_ctx *ctx);

const cmd_spec cmd_check_body_spec = {
	"check-body",
	"--template NAME (--file F | -) [--format text|json|sarif|github]",
	"check an issue or pull-request body against its template",
	"Sections present, filled and not left as the template's text; its checkboxes ticked\n"
	"(the required ones, for an issue form; not those the template marks <!-- optional -->\n"
	"or words as conditional: \"if applicable\", \"hvis relevant\", \"if the change needs ...\");\n"
	"a box marked <!-- when: Section --> only when the body answers that section with\n"
	"something other than \"none\"; a section whose guidance says \"Optional:\" may be left\n"
	"out; a reference on its Refs: line. An item the body lacks is shown on the template's\n"
	"line. An issue form's question answered \"_No response_\" is unanswered.",
	options,
	check_args,
};

/* The first of the places a named template lives that has it. */
static bool first_of(const char *root, const char *const *places, char *path, size_t size)
{
	for (; *places; places++) {
		snprintf(path, size, "%s/%s", root, *places);
		if (access(path, R_OK) == 0)
			return true;
	}
	return false;
}

/*
 * The template's file: as given, in .github/ISSUE_TEMPLATE/, or the pull
 * request's (where GitHub looks for it) or merge request's (GitLab's default).
 */
static bool find_template(const char *root, char *path, size_t size)
{
	static const char *const suffixes[] = {"", ".md", ".yml", ".yaml"};
	static const char *const pull_request[] = {
		".github/pull_request_template.md", ".github/PULL_REQUEST_TEMPLATE.md",
		"pull_request_template.md", "docs/pull_request_template.md", NULL};
	static const char *const merge_request[] = {".gitlab/merge_request_templates/Default.md",
						    NULL};
	if (!strcmp(template_name, "pull_request") || !strcmp(template_name, "pr"))
		return first_of(root, pull_request, path, size);
	if (!strcmp(template_name, "merge_request") || !strcmp(template_name, "mr"))
		return first_of(root, merge_request, path, size);
	snprintf(path, size, "%s", template_name);
	if (access(path, R_OK) == 0)
		return true;
	for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		snprintf(path, size, "%s/.github/ISSUE_TEMPLATE/%s%s", root, template_name,
			 suffixes[i]);
		if (access(path, R_OK) == 0)
			return true;
	}
	return false;
}

static int check(cmd_ctx *ctx, const char *root)
{
	char tpath[4096];
	char *tpl = NULL, *body = NULL;
	size_t tlen = 0, blen = 0;
	int rc = CMD_EXIT_USAGE;
	if (!find_template(root, tpath, sizeof(tpath)))
		cmd_errort("CLI_BODY_NO_TEMPLATE", template_name);
	else if (!cmd_read_input(tpath, &tpl, &tlen) || !cmd_read_input(body_path, &body, &blen))
		cmd_errort("CLI_BODY_CANNOT_READ", body ? tpath : body_path);
	else
		rc = CMD_EXIT_OK;
	size_t n = strlen(tpath);
	bool form = n > 4 && (!strcmp(tpath + n - 4, ".yml") || !strcmp(tpath + n - 5, ".yaml"));
	/* the template as the user knows it: from the repository's root */
	size_t rn = strlen(root);
	const char *shown = !strncmp(tpath, root, rn) && tpath[rn] == '/' ? tpath + rn + 1 : tpath;
	int err = rc ? 0
		     : govlog_body_check(ctx->diags, body_path, body, blen, shown, tpl, tlen, form);
	if (!rc && err)
		rc = cmd_fail(err);
	free(tpl);
	free(body);
	return rc;
}

static int check_args(cmd_ctx *ctx)
{
	body_path = file ? file : (ctx->nargs == 1 ? ctx->args[0] : NULL);
	if (!template_name || !body_path || ctx->nargs > 1) {
		cmd_errort("CLI_BODY_USAGE");
		return CMD_EXIT_USAGE;
	}
	return CMD_EXIT_OK;
}

int cmd_check_body(cmd_ctx *ctx)
{
	ctx->format = format;
	ctx->checked = 1;
	cmd_count(ctx->what, sizeof(ctx->what), 1, "COUNT_BODIES");
	return check(ctx, govlog_log_root(ctx->log));
}
