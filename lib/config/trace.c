/* The configuration's keys for commits, vendors, releases and links. */
#include "config/loader.h"

#include <string.h>

#include "config/config.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/banned.h"

static int on_commit_types(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->commit_types_origin = origin;
	return gl_cfg_want_list(ld, v, "types", &ld->c->commit_types, &ld->c->commit_type_count);
}

static int on_require_refs(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->require_refs_origin = origin;
	return gl_cfg_want_list(ld, v, "require-refs", &ld->c->require_refs,
				&ld->c->require_refs_count);
}

static int on_commit_scopes(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->commit_scopes_origin = origin;
	return gl_cfg_want_list(ld, v, "scopes", &ld->c->commit_scopes, &ld->c->commit_scope_count);
}

/* Ticket patterns must compile now, so a bad one is named with its line. */
static int on_references(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->references_origin = origin;
	int rc = gl_cfg_want_list(ld, v, "references", &ld->c->references, &ld->c->reference_count);
	for (size_t i = 0; rc == 0 && i < ld->c->reference_count; i++) {
		gl_match *m = NULL;
		if (gl_match_compile(&m, ld->c->references[i], 0) < 0)
			rc = gl_cfg_error(ld, v, GL_T_CFG_PATTERN, "references",
					  govlog_error_last());
		else
			gl_vec_push(&ld->c->reference_matches, m);
	}
	return rc;
}

static int on_conventional(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	static const char *const levels[] = {"off", "warning", "error"};
	const char *level = gl_cfg_scalar(ld, v);
	size_t l = 0;
	while (l < 3 && (!level || strcmp(levels[l], level)))
		l++;
	if (l == 3)
		return gl_cfg_error(ld, v, GL_T_CFG_CONVENTIONAL_LEVEL, level ? level : "?");
	ld->c->conventional = (govlog_severity)l;
	ld->c->conventional_origin = origin;
	return 0;
}

/* In the README's order, which an unknown key's error lists them in. */
static const gl_cfg_key commit_keys[] = {
	{"conventional", on_conventional}, {"types", on_commit_types},
	{"scopes", on_commit_scopes},      {"require-refs", on_require_refs},
	{"references", on_references},     {NULL, NULL},
};

int gl_config_on_commits(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return gl_cfg_each_key(ld, v, "commits", commit_keys);
}

static int vendor_pair(gl_cfg_loader *ld, yaml_node_t *k, yaml_node_t *v)
{
	const char *vendor = gl_cfg_scalar(ld, k), **items;
	size_t n;
	if (!vendor || !*vendor)
		return gl_cfg_error(ld, k, GL_T_CFG_VENDOR_NAME);
	int rc = gl_cfg_want_list(ld, v, vendor, &items, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		gl_vendor_rule r = {vendor, items[i]};
		gl_vec_push(&ld->c->vendors, r);
	}
	return rc;
}

int gl_config_on_vendors(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->vendors_origin = origin;
	return gl_cfg_each_pair(ld, v, GL_T_CFG_VENDORS_MAP, vendor_pair);
}

static int on_tag_pattern(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	int rc = gl_cfg_want_scalar(ld, v, "tag-pattern", &ld->c->tag_pattern);
	gl_match_free(ld->c->tag_match);
	ld->c->tag_match = NULL;
	if (rc == 0 && gl_match_compile(&ld->c->tag_match, ld->c->tag_pattern, 0) < 0)
		return gl_cfg_error(ld, v, GL_T_CFG_PATTERN, "tag-pattern", govlog_error_last());
	ld->c->tag_pattern_origin = origin;
	return rc;
}

static int on_fold_prereleases(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char *s = gl_cfg_scalar(ld, v);
	if (!s || (strcmp(s, "true") && strcmp(s, "false")))
		return gl_cfg_error(ld, v, GL_T_CFG_TRUE_FALSE, "fold-prereleases");
	ld->c->fold_prereleases = !strcmp(s, "true");
	ld->c->fold_prereleases_origin = origin;
	return 0;
}

static const gl_cfg_key release_keys[] = {
	{"tag-pattern", on_tag_pattern},
	{"fold-prereleases", on_fold_prereleases},
	{NULL, NULL},
};

int gl_config_on_releases(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return gl_cfg_each_key(ld, v, "releases", release_keys);
}

/* A URL pattern: http(s), with {id} where the number or key goes. */
static int want_url(gl_cfg_loader *ld, yaml_node_t *v, const char *key, const char **out)
{
	int rc = gl_cfg_want_scalar(ld, v, key, out);
	if (rc == 0 && (strncmp(*out, "http", 4) || !strstr(*out, "{id}")))
		return gl_cfg_error(ld, v, GL_T_CFG_LINK, key, *out);
	ld->c->links_origin = gl_cfg_origin(ld, v);
	return rc;
}

#define GL_LINK_HANDLER(fn, key, field)                                                            \
	static int fn(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)                       \
	{                                                                                          \
		(void)origin;                                                                      \
		return want_url(ld, v, key, &ld->c->field);                                        \
	}

GL_LINK_HANDLER(on_link_issue, "issue", link_issue)
GL_LINK_HANDLER(on_link_pull, "pull", link_pull)
GL_LINK_HANDLER(on_link_merge_request, "merge-request", link_merge_request)
GL_LINK_HANDLER(on_link_commit, "commit", link_commit)
GL_LINK_HANDLER(on_link_ticket, "ticket", link_ticket)

static const gl_cfg_key link_keys[] = {
	{"issue", on_link_issue},
	{"pull", on_link_pull},
	{"merge-request", on_link_merge_request},
	{"commit", on_link_commit},
	{"ticket", on_link_ticket},
	{NULL, NULL},
};

int gl_config_on_links(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return gl_cfg_each_key(ld, v, "links", link_keys);
}

/*
 * The release-notes groups a label may name: the keys of the notes' JSON
 * (trace/notes.c), which this layer cannot see.
 */
static const char *const label_groups[] = {"breaking",     "features",    "fixes",
					   "security",     "performance", "documentation",
					   "dependencies", "other",       NULL};

static int label_pair(gl_cfg_loader *ld, yaml_node_t *k, yaml_node_t *v)
{
	const char *label = gl_cfg_scalar(ld, k), *group = gl_cfg_scalar(ld, v);
	if (!label || !*label)
		return gl_cfg_error(ld, k, GL_T_CFG_LABEL_NAME);
	size_t g = 0;
	while (group && label_groups[g] && strcmp(label_groups[g], group))
		g++;
	if (!group || !label_groups[g]) {
		gl_buf groups = GL_BUF_INIT;
		for (size_t i = 0; label_groups[i]; i++)
			gl_buf_printf(&groups, "%s%s", i ? ", " : "", label_groups[i]);
		int rc = gl_cfg_error(ld, v, GL_T_CFG_LABEL_GROUP, label, group ? group : "",
				      groups.ptr);
		gl_buf_release(&groups);
		return rc;
	}
	gl_label_group e = {label, group};
	gl_vec_push(&ld->c->label_groups, e);
	return 0;
}

static int on_labels(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->label_groups_origin = origin;
	return gl_cfg_each_pair(ld, v, GL_T_CFG_LABELS_MAP, label_pair);
}

static const gl_cfg_key release_notes_keys[] = {
	{"labels", on_labels},
	{NULL, NULL},
};

int gl_config_on_release_notes(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return gl_cfg_each_key(ld, v, "release-notes", release_notes_keys);
}
