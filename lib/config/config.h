/*
 * The configuration: `.govlog.yml` at the repository root, read with libyaml,
 * over the built-in profiles and defaults. Every effective value remembers
 * where it came from (the file and line, a profile, or the default).
 */
#ifndef GOVLOG_CONFIG_H
#define GOVLOG_CONFIG_H

#include <stdbool.h>

#include "govlog/diag.h"
#include "govlog/record.h"
#include "util/match.h"
#include "config/profile.h"
#include "diag/registry.h"
#include "util/arena.h"
#include "util/vec.h"

#define GL_CONFIG_FILE ".govlog.yml"

/* One line of `vendors:`: an e-mail address, a domain ("@magenta.dk") or a name. */
typedef struct gl_vendor_rule {
	const char *vendor;
	const char *match;
} gl_vendor_rule;

/* A label and the release-notes group key it names ("features", "fixes", …). */
typedef struct gl_label_group {
	const char *label, *group;
} gl_label_group;

typedef struct gl_config {
	gl_arena arena;
	const char *file; /* path of the file read, NULL when there is none */

	const gl_profile *profile; /* the configured profile, NULL: detect per record */
	const char *profile_origin;
	/* The built-in profiles with this file's required fields and sections applied. */
	gl_profile profiles[4];
	const char *const *required_fields; /* NULL: the profile's own */
	const char *required_fields_origin;
	const gl_section_rule *required_sections; /* NULL: the profile's own */
	const char *required_sections_origin;

	/* The language govlog writes in for this log; with no origin, the records decide. */
	govlog_lang language;
	const char *language_origin; /* NULL: not configured */
	const char *repository;      /* "owner/name", NULL: from the origin remote */
	const char *repository_origin;
	GL_VEC(const char *) folders; /* relative to the root; empty: detect */
	const char *folders_origin;
	const char *file_pattern; /* PCRE2 a record's file name must match, or NULL */
	gl_match *file_match;
	const char *file_pattern_origin;
	const char *id_prefix;
	const char *id_prefix_origin;
	bool strict; /* metadata keys outside the vocabulary are meta/unknown */
	const char *strict_origin;
	const char **deciders; /* NULL-terminated names decider/unknown knows; NULL: from records */
	size_t decider_count;
	const char *deciders_origin;
	/* NULL-terminated folders of other governance Markdown (minutes, agendas) whose
	 * links are checked beside the usual minutes folders; NULL: those only */
	const char **governance_folders;
	size_t governance_folder_count;
	const char *governance_folders_origin;
	/* The request kind (`requests:`): its folders relative to the root (empty: detect)
	 * and the prefix of IDs taken from a bare number ("0012-x.md" → "FR-0012") */
	GL_VEC(const char *) request_folders;
	const char *request_folders_origin;
	const char *request_prefix; /* never NULL after loading: "FR" by default */
	const char *request_prefix_origin;
	/* What counts as an accepted decision's approval evidence (decisions.approval);
	 * GL_APPROVAL_NONE: the approval rules are off */
	enum gl_approval {
		GL_APPROVAL_NONE,
		GL_APPROVAL_MINUTES,
		GL_APPROVAL_PR,
		GL_APPROVAL_ANY
	} approval;
	const char *approval_origin;

	const char **commit_types; /* NULL-terminated; NULL: the Conventional Commits set */
	size_t commit_type_count;
	const char *commit_types_origin;
	const char **require_refs; /* types that need a Refs:/Fixes:/Closes: trailer */
	size_t require_refs_count;
	const char *require_refs_origin;
	const char **commit_scopes; /* allowed scopes; NULL: any */
	size_t commit_scope_count;
	const char *commit_scopes_origin;
	const char **references; /* PCRE2 patterns of ticket references */
	size_t reference_count;
	const char *references_origin;
	GL_VEC(gl_match *) reference_matches; /* the same, compiled */
	govlog_severity
		conventional; /* the Conventional Commits header rules: off, warning, error */
	const char *conventional_origin;

	GL_VEC(gl_vendor_rule) vendors; /* who works for whom, in the file's order */
	const char *vendors_origin;
	const char *tag_pattern; /* PCRE2 a release tag must match; NULL: every version tag */
	gl_match *tag_match;
	const char *tag_pattern_origin;
	bool fold_prereleases; /* pre-releases' commits count in their final release */
	const char *fold_prereleases_origin;
	/* release-notes.labels: a pull request's label → the release-notes group it puts the
	 * entry in ("bug" → "fixes"), in the file's order; read with --pr-data */
	GL_VEC(gl_label_group) label_groups;
	const char *label_groups_origin;
	/* URL patterns with {repo} and {id}; NULL: GitHub's, from the repository */
	const char *link_issue, *link_pull, *link_merge_request, *link_commit, *link_ticket;
	const char *links_origin;

	govlog_severity severity[GL_RULE__COUNT];
	const char *severity_origin[GL_RULE__COUNT]; /* NULL: the default */
	GL_VEC(govlog_status_word) status_words;     /* extra words from the file */
	const char *status_words_origin;
	GL_VEC(govlog_field_alias) field_aliases; /* extra field names from the file */
	const char *field_aliases_origin;
	GL_VEC(govlog_type_word) type_words; /* extra type words and title prefixes */
	const char *type_words_origin;
} gl_config;

/*
 * Reads root/.govlog.yml when it exists; defaults otherwise. An invalid file
 * is GOVLOG_EINVALID with "path:line:col: message" naming the key.
 */
int gl_config_load(gl_config **out, const char *root, const char *shown_path);
/* The same from text (NULL for none), named `shown` in messages. */
int gl_config_parse(gl_config **out, const char *text, size_t len, const char *shown);
void gl_config_free(gl_config *c);

/* A built-in profile with the file's required fields and sections applied. */
const gl_profile *gl_config_profile(const gl_config *c, const gl_profile *base);

#endif
