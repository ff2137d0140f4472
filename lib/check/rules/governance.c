/*
 * governance/placeholder and governance/liquid: the Markdown a project shows
 * beyond its records — issue and pull-request templates (and the issue
 * chooser's contact links), and MAINTAINERS, CONTRIBUTING, GOVERNANCE,
 * CODE_OF_CONDUCT, SECURITY and SUPPORT at the root, in docs/ and in
 * .github/ — keeps no placeholder its authors were to fill in, and no Liquid
 * tag where GitHub shows the file as it is. This file finds those files and
 * who shows them; governance_text.c reads their text.
 *
 * Liquid is rendered by Jekyll only in the pages of a Jekyll site: a
 * repository with _config.yml at its root or in docs/ (GitHub Pages' two
 * sources), outside folders starting with '.' or '_' and the site's exclude
 * list. GitHub shows templates itself, so Liquid in a template is always raw.
 */
#include "check/rules/governance.h"

#include <fnmatch.h>
#include <string.h>
#include <strings.h>

#include "log/log_internal.h"
#include "record/frontmatter.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/utf8.h"
#include "util/banned.h"

enum { FILE_MAX_BYTES = 1024 * 1024 };

typedef struct site {
	const char *dir; /* "" for the root, else "docs" */
	gl_strvec exclude;
} site;

typedef struct gov {
	govlog_diag_list *out;
	const govlog_log *log;
	site sites[2];
	size_t site_count;
	gl_buf shown; /* the file being checked, as the user sees its path */
} gov;

/*
 * Whether a scalar's text stands in the file as written at pos (plain, or
 * between quotes with nothing escaped); if so, moves pos past the quote onto
 * its first character.
 */
static bool as_written(const char *data, size_t len, const char *value, govlog_pos *pos)
{
	size_t i = 0;
	for (unsigned line = 1; line < pos->line && i < len; i++)
		line += data[i] == '\n';
	uint32_t cp;
	bool valid;
	for (unsigned col = 1; col < pos->col && i < len && data[i] != '\n'; col++)
		i += gl_utf8_decode(data + i, len - i, &cp, &valid);
	size_t n = strlen(value);
	char quote = i < len && (data[i] == '"' || data[i] == '\'') ? data[i] : 0;
	size_t from = i + (quote ? 1 : 0);
	if (from + n > len || memcmp(data + from, value, n) ||
	    (quote && (from + n == len || data[from + n] != quote)))
		return false;
	pos->col += quote ? 1 : 0;
	return true;
}

/* .github/ISSUE_TEMPLATE/config.yml: the contact links the issue chooser shows. */
static void check_contact_links(const gl_gov_file *f, const char *data, size_t len)
{
	gl_ytree tree;
	const char *error;
	govlog_pos pos;
	if (gl_ytree_load(&tree, data, len, &error, &pos) == 0) {
		const gl_ynode *links = gl_ynode_get(tree.root, "contact_links");
		for (size_t i = 0; links && links->type == GL_Y_SEQUENCE && i < links->count; i++) {
			const gl_ynode *url = gl_ynode_get(links->items[i], "url");
			if (!url || url->type != GL_Y_SCALAR)
				continue;
			govlog_pos at = url->pos;
			bool exact = as_written(data, len, url->value, &at);
			gl_gov_check_url(f, url->value, at, exact);
		}
	}
	gl_ytree_release(&tree);
}

/* ---- which files, and who shows them ---- */

static bool excluded(const site *s, const char *rel)
{
	for (size_t i = 0; i < s->exclude.len; i++) {
		const char *x = s->exclude.items[i];
		size_t n = strlen(x);
		while (n && x[n - 1] == '/')
			n--;
		if ((!strncmp(rel, x, n) && (rel[n] == '\0' || rel[n] == '/')) ||
		    fnmatch(x, rel, 0) == 0)
			return true;
	}
	return false;
}

/* Whether Jekyll renders the file at `rel` (from the root) as a page of a site. */
static bool jekyll_page(const gov *g, const char *rel)
{
	for (size_t k = 0; k < g->site_count; k++) {
		const site *s = &g->sites[k];
		size_t n = strlen(s->dir);
		if (n && (strncmp(rel, s->dir, n) || rel[n] != '/'))
			continue;
		const char *in = rel + (n ? n + 1 : 0);
		bool hidden = in[0] == '.' || in[0] == '_';
		for (const char *p = strchr(in, '/'); p && !hidden; p = strchr(p + 1, '/'))
			hidden = p[1] == '.' || p[1] == '_';
		if (!hidden && !excluded(s, in))
			return true;
	}
	return false;
}

/*
 * A file at `rel`; a link is read only when it resolves inside the work tree,
 * and one leading outside is reported when `report_link` (the issue-form rules
 * report those in template folders).
 */
static void check_file(gov *g, const char *rel, bool template, bool report_link)
{
	gl_buf path = GL_BUF_INIT, data = GL_BUF_INIT;
	gl_path_join(&path, govlog_log_root(g->log), rel);
	gl_buf_clear(&g->shown);
	gl_path_relative(&g->shown, path.ptr, gl_log_cwd(g->log));
	gl_gov_file f = {g->out, g->shown.ptr, template, !template && jekyll_page(g, rel)};
	size_t n = strlen(rel);
	bool yaml =
		n > 4 && (!strcasecmp(rel + n - 4, ".yml") || !strcasecmp(rel + n - 5, ".yaml"));
	bool inside = gl_path_is_inside(path.ptr, govlog_log_root(g->log));
	if (!inside && report_link && gl_fs_is_file(path.ptr))
		gl_diag_addt(g->out, GL_RULE_FILE_UNREADABLE, g->shown.ptr, (govlog_pos){0, 0},
			     NULL, GL_T_FILE_LINK_OUTSIDE);
	if (inside && gl_fs_is_file(path.ptr) &&
	    gl_fs_read(path.ptr, FILE_MAX_BYTES, &data) == GL_FS_OK &&
	    !memchr(data.ptr, 0, data.len)) {
		if (yaml)
			check_contact_links(&f, data.ptr, data.len);
		else
			gl_gov_check_markdown(&f, data.ptr, data.len);
	}
	gl_buf_release(&path);
	gl_buf_release(&data);
}

static bool is_markdown(const char *name)
{
	size_t n = strlen(name);
	return (n > 3 && !strcasecmp(name + n - 3, ".md")) ||
	       (n > 9 && !strcasecmp(name + n - 9, ".markdown"));
}

/* CONTRIBUTING, CONTRIBUTING.md, code-of-conduct.markdown … */
static bool is_governance_name(const char *name)
{
	static const char *const names[] = {"maintainers",     "contributing",    "governance",
					    "code_of_conduct", "code-of-conduct", "security",
					    "support"};
	size_t stem = strcspn(name, ".");
	if (name[stem] && !is_markdown(name))
		return false;
	return gl_gov_in_list(name, stem, names, GL_ARRAY_SIZE(names), true);
}

static bool is_template_name(const char *name)
{
	return is_markdown(name) &&
	       (gl_gov_starts_nocase(name, strlen(name), "pull_request_template.") ||
		gl_gov_starts_nocase(name, strlen(name), "issue_template."));
}

/* Every Markdown file (and the chooser's config) of a template folder. */
static void template_folder(gov *g, const char *rel)
{
	gl_buf dir = GL_BUF_INIT, file = GL_BUF_INIT;
	gl_path_join(&dir, govlog_log_root(g->log), rel);
	gl_strvec names = {0};
	if (gl_fs_list(dir.ptr, &names) == 0)
		for (size_t i = 0; i < names.len; i++) {
			const char *name = names.items[i];
			bool config =
				!strcasecmp(name, "config.yml") || !strcasecmp(name, "config.yaml");
			if (!is_markdown(name) && !config)
				continue;
			gl_buf_clear(&file);
			gl_path_join(&file, rel, name);
			/* templates.c reports the issue forms and templates it reads itself */
			check_file(g, file.ptr, true,
				   config || strcasecmp(rel, ".github/ISSUE_TEMPLATE"));
		}
	gl_strvec_free(&names);
	gl_buf_release(&dir);
	gl_buf_release(&file);
}

/* The root, docs/ or .github/: governance files, single templates and template folders. */
static void scan(gov *g, const char *rel)
{
	gl_buf dir = GL_BUF_INIT, file = GL_BUF_INIT;
	gl_path_join(&dir, govlog_log_root(g->log), rel);
	gl_strvec names = {0};
	if (gl_fs_list(dir.ptr, &names) == 0)
		for (size_t i = 0; i < names.len; i++) {
			const char *name = names.items[i];
			gl_buf_clear(&file);
			gl_path_join(&file, rel, name);
			bool folder = !strcasecmp(name, "ISSUE_TEMPLATE") ||
				      !strcasecmp(name, "PULL_REQUEST_TEMPLATE");
			if (folder && !strcmp(rel, ".github"))
				template_folder(g, file.ptr);
			else if (is_template_name(name))
				check_file(g, file.ptr, true, true);
			else if (is_governance_name(name))
				check_file(g, file.ptr, false, true);
		}
	gl_strvec_free(&names);
	gl_buf_release(&dir);
	gl_buf_release(&file);
}

/* A Jekyll site whose source is `dir` ("" or "docs"), with its exclude list. */
static void find_site(gov *g, const char *dir)
{
	gl_buf path = GL_BUF_INIT, data = GL_BUF_INIT;
	gl_buf_puts(&path, govlog_log_root(g->log));
	if (dir[0]) {
		gl_buf_putc(&path, '/');
		gl_buf_puts(&path, dir);
	}
	gl_buf_puts(&path, "/_config.yml");
	if (gl_fs_is_file(path.ptr) && gl_fs_read(path.ptr, FILE_MAX_BYTES, &data) == GL_FS_OK) {
		site *s = &g->sites[g->site_count++];
		s->dir = dir;
		gl_ytree tree;
		const char *error;
		govlog_pos pos;
		if (gl_ytree_load(&tree, data.ptr, data.len, &error, &pos) == 0) {
			const gl_ynode *x = gl_ynode_get(tree.root, "exclude");
			for (size_t i = 0; x && x->type == GL_Y_SEQUENCE && i < x->count; i++)
				if (x->items[i]->type == GL_Y_SCALAR)
					gl_vec_push(&s->exclude, gl_xstrdup(x->items[i]->value));
		}
		gl_ytree_release(&tree);
	}
	gl_buf_release(&path);
	gl_buf_release(&data);
}

void gl_rules_governance(govlog_diag_list *out, const govlog_log *log)
{
	gov g = {out, log, {{NULL, {0}}, {NULL, {0}}}, 0, GL_BUF_INIT};
	find_site(&g, "");
	find_site(&g, "docs");
	scan(&g, "");
	scan(&g, "docs");
	scan(&g, ".github");
	for (size_t k = 0; k < g.site_count; k++)
		gl_strvec_free(&g.sites[k].exclude);
	gl_buf_release(&g.shown);
}
