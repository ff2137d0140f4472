/*
 * Issue and pull-request templates: the keys GitHub needs (name and about in a
 * Markdown template's front matter; name, description and body in an issue
 * form), a form body GitHub can render, the template chooser's config.yml,
 * and templates in folders GitHub never
 * reads (".github/ISSUE_TEMPLATES/", "docs/issue_template/").
 */
#include "check/rules/rules.h"

#include <strings.h>
#include <string.h>

#include "record/frontmatter.h"
#include "log/log_internal.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/ascii.h"
#include "util/banned.h"

enum { TEMPLATE_MAX_BYTES = 1024 * 1024 };

typedef struct tpl {
	govlog_diag_list *out;
	const govlog_log *log;
	gl_buf shown; /* the file being checked, as the user sees its path */
} tpl;

/* A key GitHub needs: `what` says where (TPL_FRONTMATTER_NO_KEY or TPL_FORM_NO_KEY). */
static void missing(tpl *t, govlog_pos pos, const char *key, gl_text_id what)
{
	gl_diag_addt(t->out, GL_RULE_TEMPLATE_MISSING_KEY, t->shown.ptr, pos,
		     gl_lang_text(gl_diag_list_lang(t->out), GL_T_TPL_NO_KEY_HINT), what, key);
}

/* An issue form GitHub cannot render; only TPL_FORM_ATTRIBUTE reads type and attribute. */
static void form_error(tpl *t, const gl_ynode *at, gl_text_id message, const char *type,
		       const char *attribute)
{
	gl_diag_addt(t->out, GL_RULE_TEMPLATE_FORM, t->shown.ptr, at->pos,
		     gl_lang_text(gl_diag_list_lang(t->out), GL_T_TPL_FORM_HINT), message, type,
		     attribute);
}

static bool has_text(const gl_ynode *n)
{
	return n && n->type == GL_Y_SCALAR && n->value[0];
}

static void check_markdown_template(tpl *t, const char *data, size_t len)
{
	govlog_record *r = NULL;
	if (govlog_record_parse(&r, t->shown.ptr, data, len, NULL) < 0)
		return;
	govlog_pos top = {1, 1};
	static const char *const keys[] = {"name", "about"};
	for (size_t i = 0; i < 2 && !r->frontmatter_error; i++) {
		const govlog_field *f = govlog_record_field(r, keys[i]);
		if (!f || !f->value[0] || f->style != GOVLOG_META_FRONTMATTER)
			missing(t, top, keys[i], GL_T_TPL_FRONTMATTER_NO_KEY);
	}
	if (r->frontmatter_error) {
		gl_buf msg = GL_BUF_INIT;
		gl_frontmatter_error_say(&msg, gl_diag_list_lang(t->out), r);
		gl_diag_addt(t->out, GL_RULE_TEMPLATE_MISSING_KEY, t->shown.ptr,
			     r->frontmatter_error_pos, NULL, GL_T_TPL_FRONTMATTER_ERROR, msg.ptr);
		gl_buf_release(&msg);
	}
	govlog_record_free(r);
}

static void check_form_item(tpl *t, const gl_ynode *item)
{
	static const char *const types[] = {"markdown", "textarea", "input", "dropdown",
					    "checkboxes"};
	const gl_ynode *type = gl_ynode_get(item, "type");
	size_t k = 0;
	while (has_text(type) && k < 5 && strcmp(types[k], type->value))
		k++;
	if (!has_text(type) || k == 5) {
		form_error(t, type ? type : item, GL_T_TPL_FORM_TYPE, NULL, NULL);
		return;
	}
	const gl_ynode *attrs = gl_ynode_get(item, "attributes");
	const char *needed = k == 0 ? "value" : "label";
	if (!has_text(gl_ynode_get(attrs, needed)))
		form_error(t, attrs ? attrs : item, GL_T_TPL_FORM_ATTRIBUTE, types[k], needed);
	const gl_ynode *options = gl_ynode_get(attrs, "options");
	if (k >= 3 && (!options || options->type != GL_Y_SEQUENCE || !options->count))
		form_error(t, options ? options : item, GL_T_TPL_FORM_OPTIONS, NULL, NULL);
}

/* Loads a form or config.yml; false (the YAML error reported under `rule`) when it cannot. */
static bool load_yaml(tpl *t, gl_ytree *tree, const char *data, size_t len, gl_rule rule)
{
	const char *error;
	govlog_pos pos;
	if (gl_ytree_load(tree, data, len, &error, &pos) == 0)
		return true;
	(void)error; /* English; the file's problem is said in the log's language */
	if (tree->problem && tree->context && tree->context_pos.line != pos.line)
		gl_diag_addt(t->out, rule, t->shown.ptr, pos, NULL, GL_T_FM_INVALID_CONTEXT_AT,
			     tree->problem, tree->context, tree->context_pos.line,
			     tree->context_pos.col);
	else if (tree->problem && tree->context)
		gl_diag_addt(t->out, rule, t->shown.ptr, pos, NULL, GL_T_FM_INVALID_CONTEXT,
			     tree->problem, tree->context);
	else if (tree->problem)
		gl_diag_addt(t->out, rule, t->shown.ptr, pos, NULL, GL_T_FM_INVALID, tree->problem);
	else
		gl_diag_addt(t->out, rule, t->shown.ptr, pos, NULL, GL_T_TPL_FORM_TOO_LARGE);
	gl_ytree_release(tree);
	return false;
}

/* YAML 1.1's booleans, as GitHub's reader takes them. */
static bool is_boolean(const char *s)
{
	static const char *const words[] = {"true", "false", "yes", "no", "on", "off"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(words); i++)
		if (!strcasecmp(s, words[i]))
			return true;
	return false;
}

/* A config.yml finding; only a contact link's missing key takes the hint. */
static void config_error(tpl *t, govlog_pos pos, gl_text_id message, const char *value)
{
	const char *hint = message == GL_T_TPL_CONFIG_BOOLEAN
				   ? NULL
				   : gl_lang_text(gl_diag_list_lang(t->out), GL_T_TPL_CONFIG_HINT);
	gl_diag_addt(t->out, GL_RULE_TEMPLATE_CONFIG, t->shown.ptr, pos, hint, message, value);
}

/* The template chooser's config.yml: blank_issues_enabled and contact_links, both optional. */
static void check_config(tpl *t, const char *data, size_t len)
{
	gl_ytree tree;
	if (!load_yaml(t, &tree, data, len, GL_RULE_TEMPLATE_CONFIG))
		return;
	const gl_ynode *blank = gl_ynode_get(tree.root, "blank_issues_enabled");
	if (blank && (blank->type != GL_Y_SCALAR || !is_boolean(blank->value)))
		config_error(t, blank->pos, GL_T_TPL_CONFIG_BOOLEAN, blank->value);
	const gl_ynode *links = gl_ynode_get(tree.root, "contact_links");
	if (links && links->type != GL_Y_SEQUENCE &&
	    (links->type != GL_Y_SCALAR || links->value[0]))
		config_error(t, links->pos, GL_T_TPL_CONFIG_LINKS, NULL);
	static const char *const keys[] = {"name", "url", "about"};
	for (size_t i = 0; links && links->type == GL_Y_SEQUENCE && i < links->count; i++)
		for (size_t k = 0; k < GL_ARRAY_SIZE(keys); k++)
			if (!has_text(gl_ynode_get(links->items[i], keys[k])))
				config_error(t, links->items[i]->pos, GL_T_TPL_CONFIG_LINK_KEY,
					     keys[k]);
	gl_ytree_release(&tree);
}

static void check_form(tpl *t, const char *data, size_t len)
{
	gl_ytree tree;
	if (!load_yaml(t, &tree, data, len, GL_RULE_TEMPLATE_FORM))
		return;
	const gl_ynode *root = tree.root;
	govlog_pos top = {1, 1};
	static const char *const keys[] = {"name", "description"};
	for (size_t i = 0; i < 2; i++)
		if (!has_text(gl_ynode_get(root, keys[i])))
			missing(t, top, keys[i], GL_T_TPL_FORM_NO_KEY);
	const gl_ynode *body = gl_ynode_get(root, "body");
	if (!body)
		missing(t, top, "body", GL_T_TPL_FORM_NO_KEY);
	else if (body->type != GL_Y_SEQUENCE || !body->count)
		form_error(t, body, GL_T_TPL_FORM_BODY, NULL, NULL);
	for (size_t i = 0; body && body->type == GL_Y_SEQUENCE && i < body->count; i++)
		check_form_item(t, body->items[i]);
	gl_ytree_release(&tree);
}

static void check_file(tpl *t, const char *dir, const char *name)
{
	bool form = gl_ascii_ends_with_ci(name, strlen(name), ".yml") ||
		    gl_ascii_ends_with_ci(name, strlen(name), ".yaml");
	bool config = form && (!strcasecmp(name, "config.yml") || !strcasecmp(name, "config.yaml"));
	if (!form && !gl_ascii_ends_with_ci(name, strlen(name), ".md"))
		return;
	gl_buf path = GL_BUF_INIT, data = GL_BUF_INIT;
	gl_path_join(&path, dir, name);
	gl_buf_clear(&t->shown);
	gl_path_relative(&t->shown, path.ptr, gl_log_cwd(t->log));
	/* A link (of the file or a folder above it) that leaves the work tree is not followed. */
	if (!gl_path_is_inside(path.ptr, govlog_log_root(t->log))) {
		if (gl_fs_is_file(path.ptr))
			gl_diag_addt(t->out, GL_RULE_FILE_UNREADABLE, t->shown.ptr,
				     (govlog_pos){0, 0}, NULL, GL_T_FILE_LINK_OUTSIDE);
	} else if (gl_fs_read(path.ptr, TEMPLATE_MAX_BYTES, &data) == GL_FS_OK) {
		if (config)
			check_config(t, data.ptr, data.len);
		else if (form)
			check_form(t, data.ptr, data.len);
		else
			check_markdown_template(t, data.ptr, data.len);
	}
	gl_buf_release(&path);
	gl_buf_release(&data);
}

/* A folder named like GitHub's template folder, where GitHub does not look. */
static bool is_lookalike(const char *name)
{
	static const char *const names[] = {"issue_template",  "issue_templates", "issue-template",
					    "issue-templates", "issuetemplates",  "issuetemplate"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(names); i++)
		if (!strcasecmp(name, names[i]))
			return true;
	return false;
}

static void check_folder(tpl *t, const char *dir, bool github_reads)
{
	gl_strvec names = {0};
	if (gl_fs_list(dir, &names) < 0)
		return;
	for (size_t i = 0; i < names.len; i++) {
		if (github_reads) {
			check_file(t, dir, names.items[i]);
			continue;
		}
		gl_buf path = GL_BUF_INIT, shown = GL_BUF_INIT;
		gl_path_join(&path, dir, names.items[i]);
		gl_path_relative(&shown, path.ptr, gl_log_cwd(t->log));
		gl_diag_addt(t->out, GL_RULE_TEMPLATE_LOCATION, shown.ptr, (govlog_pos){0, 0},
			     gl_lang_text(gl_diag_list_lang(t->out), GL_T_TPL_LOCATION_HINT),
			     GL_T_TPL_LOCATION);
		gl_buf_release(&path);
		gl_buf_release(&shown);
	}
	gl_strvec_free(&names);
}

/* Template folders at the root, in .github/ and in docs/. */
static void scan(tpl *t, const char *rel)
{
	gl_buf dir = GL_BUF_INIT, sub = GL_BUF_INIT;
	gl_path_join(&dir, govlog_log_root(t->log), rel);
	gl_strvec names = {0};
	if (gl_fs_list(dir.ptr, &names) == 0)
		for (size_t i = 0; i < names.len; i++) {
			gl_buf_clear(&sub);
			gl_path_join(&sub, dir.ptr, names.items[i]);
			if (!gl_fs_is_dir(sub.ptr) || !is_lookalike(names.items[i]))
				continue;
			bool reads = !strcmp(rel, ".github") &&
				     !strcasecmp(names.items[i], "ISSUE_TEMPLATE");
			check_folder(t, sub.ptr, reads);
		}
	gl_strvec_free(&names);
	gl_buf_release(&dir);
	gl_buf_release(&sub);
}

void gl_rules_templates(govlog_diag_list *out, const govlog_log *log)
{
	tpl t = {out, log, GL_BUF_INIT};
	scan(&t, "");
	scan(&t, ".github");
	scan(&t, "docs");
	gl_buf_release(&t.shown);
}

void gl_rules_templates_named(govlog_diag_list *out, const govlog_log *log)
{
	tpl t = {out, log, GL_BUF_INIT};
	const gl_strvec *named = gl_log_issue_templates(log);
	gl_buf abs = GL_BUF_INIT;
	for (size_t i = 0; i < named->len; i++) {
		gl_buf_clear(&abs);
		if (named->items[i][0] == '/')
			gl_buf_puts(&abs, named->items[i]);
		else
			gl_path_join(&abs, gl_log_cwd(log), named->items[i]);
		gl_path_normalise(&abs);
		if (gl_fs_is_dir(abs.ptr)) {
			check_folder(&t, abs.ptr, true);
			continue;
		}
		char *slash = strrchr(abs.ptr, '/');
		*slash = '\0';
		check_file(&t, abs.ptr, slash + 1);
	}
	gl_buf_release(&abs);
	gl_buf_release(&t.shown);
}
