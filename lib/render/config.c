/* The effective configuration as commented YAML (govlog config). */
#include "govlog/config.h"

#include <stdlib.h>
#include <string.h>

#include "render/json.h"
#include "commit/commit.h"
#include "config/config.h"
#include "diag/texts.h"
#include "log/log_internal.h"
#include "util/buf.h"
#include "util/banned.h"

/* Values are written as JSON strings: valid YAML, and safe for any text. */
static void line(gl_buf *out, int indent, const char *key, const char *value, const char *origin)
{
	gl_buf_printf(out, "%*s%s: ", indent, "", key);
	gl_json_string(out, value);
	gl_buf_printf(out, "  # %s\n", origin);
}

static void list(gl_buf *out, int indent, const char *key, const char *const *items, size_t n,
		 const char *origin)
{
	gl_buf_printf(out, "%*s%s: [", indent, "", key);
	for (size_t i = 0; i < n; i++) {
		gl_buf_puts(out, i ? ", " : "");
		gl_json_string(out, items[i]);
	}
	gl_buf_printf(out, "]  # %s\n", origin);
}

static void profile_part(gl_buf *out, const gl_config *c)
{
	if (c->profile)
		line(out, 0, "profile", c->profile->name, c->profile_origin);
	else
		gl_buf_puts(out, "# profile: detected for each record (nygard, madr, os2-da or "
				 "os2-en)\n");
	if (c->repository)
		line(out, 0, "repository", c->repository, c->repository_origin);
	else
		gl_buf_puts(out,
			    "# repository: read from the origin remote when it is on GitHub\n");
}

/* The language govlog writes in, and what decided it. */
static void language_part(gl_buf *out, const gl_config *c, const govlog_log *log)
{
	gl_lang_source source;
	govlog_lang lang = gl_log_language(log, &source);
	const char *why = c->language_origin;
	if (source == GL_LANG_FROM_RECORDS)
		why = "detected: the language most records are written in";
	else if (source == GL_LANG_FROM_PROFILE)
		why = "detected: no record tells, so the profile's";
	else if (source == GL_LANG_DEFAULT)
		why = "default: no record tells";
	line(out, 0, "language", gl_lang_code(lang), why);
}

static void decisions_part(gl_buf *out, const gl_config *c, const govlog_log *log)
{
	gl_strvec folders = {0};
	gl_log_root_folders(&folders, log);
	if (!folders.len && govlog_log_folder_count(log)) /* the whole repository is the folder */
		gl_vec_push(&folders, gl_xstrdup("."));
	gl_buf_puts(out, "decisions:\n");
	list(out, 2, "folders", (const char *const *)folders.items, folders.len,
	     c->folders.len ? c->folders_origin : "detected");
	if (c->file_pattern)
		line(out, 2, "file-pattern", c->file_pattern, c->file_pattern_origin);
	line(out, 2, "id-prefix", c->id_prefix ? c->id_prefix : "ADR",
	     c->id_prefix ? c->id_prefix_origin : "default");
	if (c->type_words.len) {
		gl_buf_puts(out, "  types:\n");
		for (size_t i = 0; i < c->type_words.len; i++) {
			gl_buf_puts(out, "    ");
			gl_json_string(out, c->type_words.items[i].word);
			gl_buf_printf(out, ": %s  # %s\n",
				      govlog_type_name(c->type_words.items[i].type),
				      c->type_words_origin);
		}
	}
	gl_buf_printf(out, "  strict: %s  # %s\n", c->strict ? "true" : "false",
		      c->strict_origin ? c->strict_origin : "default");
	if (c->deciders)
		list(out, 2, "deciders", c->deciders, c->decider_count, c->deciders_origin);
	if (c->governance_folders)
		list(out, 2, "governance-folders", c->governance_folders,
		     c->governance_folder_count, c->governance_folders_origin);
	if (c->approval_origin) {
		static const char *const words[] = {"none", "minutes", "pull-request", "any"};
		line(out, 2, "approval", words[c->approval], c->approval_origin);
	}
	const gl_profile *p = c->profile ? gl_config_profile(c, c->profile) : NULL;
	const char *const *fields =
		c->required_fields ? c->required_fields : (p ? p->required_fields : NULL);
	size_t n = 0;
	while (fields && fields[n])
		n++;
	if (fields)
		list(out, 2, "required-fields", fields, n,
		     c->required_fields ? c->required_fields_origin : c->profile_origin);
	const gl_section_rule *sections = p ? p->sections : c->required_sections;
	if (sections) {
		gl_buf_puts(out, "  required-sections: [");
		for (const gl_section_rule *s = sections; s->label; s++) {
			gl_buf_puts(out, s == sections ? "" : ", ");
			gl_json_string(out, s->label);
		}
		gl_buf_printf(out, "]  # %s\n",
			      c->required_sections ? c->required_sections_origin
						   : c->profile_origin);
	}
	gl_strvec_free(&folders);
}

static void field_aliases_part(gl_buf *out, const gl_config *c)
{
	gl_buf_puts(out, "  fields:\n");
	for (size_t i = 0; i < c->field_aliases.len; i++) {
		const char *field = c->field_aliases.items[i].field;
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = !strcmp(c->field_aliases.items[k].field, field);
		if (seen)
			continue;
		gl_buf_printf(out, "    %s: [", field);
		for (size_t k = i; k < c->field_aliases.len; k++) {
			if (strcmp(c->field_aliases.items[k].field, field))
				continue;
			gl_buf_puts(out, k == i ? "" : ", ");
			gl_json_string(out, c->field_aliases.items[k].alias);
		}
		gl_buf_printf(out, "]  # %s\n", c->field_aliases_origin);
	}
}

static void vocabulary_part(gl_buf *out, const gl_config *c)
{
	if (!c->status_words.len && !c->field_aliases.len)
		return;
	gl_buf_puts(out, "vocabulary:\n");
	if (c->field_aliases.len)
		field_aliases_part(out, c);
	if (!c->status_words.len)
		return;
	gl_buf_puts(out, "  status:\n");
	for (govlog_status s = GOVLOG_STATUS_PROPOSED; s <= GOVLOG_STATUS_SUPERSEDED; s++) {
		bool first = true;
		for (size_t i = 0; i < c->status_words.len; i++) {
			if (c->status_words.items[i].status != s)
				continue;
			gl_buf_printf(out, first ? "    %s: [" : ", ", govlog_status_name(s));
			gl_json_string(out, c->status_words.items[i].word);
			first = false;
		}
		if (!first)
			gl_buf_printf(out, "]  # %s\n", c->status_words_origin);
	}
}

static void commits_part(gl_buf *out, const gl_config *c)
{
	static const char *const conventional[] = {"feat",     "fix",   "docs",  "style",
						   "refactor", "perf",  "test",  "build",
						   "ci",       "chore", "revert"};
	gl_buf_puts(out, "commits:\n");
	if (c->commit_types)
		list(out, 2, "types", c->commit_types, c->commit_type_count,
		     c->commit_types_origin);
	else
		list(out, 2, "types", conventional, 11, "default: Conventional Commits");
	list(out, 2, "require-refs", c->require_refs, c->require_refs_count,
	     c->require_refs ? c->require_refs_origin : "default: none");
	list(out, 2, "scopes", c->commit_scopes, c->commit_scope_count,
	     c->commit_scopes ? c->commit_scopes_origin : "default: any");
	list(out, 2, "references", c->references, c->reference_count,
	     c->references ? c->references_origin
			   : "default: none beyond #12, owner/repo#12, "
			     "URLs, !580, KEY-123");
	const char *fit = gl_commit_configured(c) ? "default"
						  : "default where the recent history mostly uses "
						    "Conventional Commits, else off";
	gl_buf_printf(out, "  conventional: %s  # %s\n", govlog_severity_name(c->conventional),
		      c->conventional_origin ? c->conventional_origin : fit);
}

/* `links:`, the patterns set only: one not set is a comment, as the file would leave it out. */
static void links_part(gl_buf *out, const gl_config *c)
{
	const char *links[] = {c->link_issue, c->link_pull, c->link_merge_request, c->link_commit,
			       c->link_ticket};
	const char *names[] = {"issue", "pull", "merge-request", "commit", "ticket"};
	bool any = false;
	for (size_t i = 0; i < 5; i++)
		any = any || links[i];
	const char *origin =
		c->links_origin ? c->links_origin : "default: GitHub's, from the repository";
	if (any)
		gl_buf_printf(out, "links:  # %s\n", origin);
	else
		gl_buf_printf(out, "# links: none set  # %s\n", origin);
	for (size_t i = 0; i < 5; i++) {
		if (!links[i]) {
			gl_buf_printf(out, "  # %s: not set\n", names[i]);
			continue;
		}
		gl_buf_printf(out, "  %s: ", names[i]);
		gl_json_string(out, links[i]);
		gl_buf_putc(out, '\n');
	}
}

/* Whether vendor i's name came before i in the file: its lines are written with the first. */
static bool vendor_seen(const gl_config *c, size_t i)
{
	for (size_t k = 0; k < i; k++)
		if (!strcmp(c->vendors.items[k].vendor, c->vendors.items[i].vendor))
			return true;
	return false;
}

/* `vendors:` as .govlog.yml writes it: each vendor once, with its addresses, domains and names. */
static void vendors_part(gl_buf *out, const gl_config *c)
{
	if (!c->vendors.len)
		return;
	gl_buf_printf(out, "vendors:  # %s\n", c->vendors_origin);
	const char **matches = gl_xcalloc(c->vendors.len, sizeof(*matches));
	gl_buf name = GL_BUF_INIT;
	for (size_t i = 0; i < c->vendors.len; i++) {
		const char *vendor = c->vendors.items[i].vendor;
		if (vendor_seen(c, i))
			continue;
		size_t n = 0;
		for (size_t k = i; k < c->vendors.len; k++)
			if (!strcmp(c->vendors.items[k].vendor, vendor))
				matches[n++] = c->vendors.items[k].match;
		gl_buf_clear(&name);
		gl_json_string(&name, vendor); /* a key may hold ':' or '#' */
		list(out, 2, name.ptr, matches, n, c->vendors_origin);
	}
	gl_buf_release(&name);
	free(matches);
}

static void releases_part(gl_buf *out, const gl_config *c)
{
	gl_buf_puts(out, "releases:\n");
	if (c->tag_pattern) {
		gl_buf_puts(out, "  tag-pattern: ");
		gl_json_string(out, c->tag_pattern);
		gl_buf_printf(out, "  # %s\n",
			      c->tag_pattern_origin ? c->tag_pattern_origin : "default");
	} else { /* a null would read back as the pattern "null" */
		gl_buf_puts(out,
			    "  # tag-pattern: not set  # default: every tag that is a version\n");
	}
	gl_buf_printf(out, "  fold-prereleases: %s  # %s\n", c->fold_prereleases ? "true" : "false",
		      c->fold_prereleases_origin ? c->fold_prereleases_origin : "default");
}

static void rules_part(gl_buf *out, const gl_config *c)
{
	gl_buf_puts(out, "rules:\n");
	for (size_t r = 0; r < govlog_rule_count(); r++)
		gl_buf_printf(out, "  %s: %s  # %s\n", govlog_rule_at(r)->id,
			      govlog_severity_name(c->severity[r]),
			      c->severity_origin[r] ? c->severity_origin[r] : "default");
}

/* `requests:`, when the file sets it: the request kind's folders and ID prefix. */
static void requests_part(gl_buf *out, const gl_config *c)
{
	if (!c->request_folders_origin && !c->request_prefix_origin)
		return;
	gl_buf_puts(out, "requests:\n");
	if (c->request_folders_origin)
		list(out, 2, "folders", c->request_folders.items, c->request_folders.len,
		     c->request_folders_origin);
	line(out, 2, "id-prefix", c->request_prefix,
	     c->request_prefix_origin ? c->request_prefix_origin : "default");
}

int govlog_config_write(FILE *f, const govlog_log *log)
{
	const gl_config *c = gl_log_config(log);
	gl_buf out = GL_BUF_INIT;
	gl_buf_printf(&out, "# effective configuration%s%s\n", c->file ? " from " : " (no ",
		      c->file ? c->file : ".govlog.yml: defaults)");
	profile_part(&out, c);
	language_part(&out, c, log);
	decisions_part(&out, c, log);
	requests_part(&out, c);
	vocabulary_part(&out, c);
	commits_part(&out, c);
	releases_part(&out, c);
	vendors_part(&out, c);
	links_part(&out, c);
	rules_part(&out, c);
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	return rc;
}
