/* Reading `.govlog.yml` with libyaml's document API, checking every key and value. */
#include "config/config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "config/loader.h"
#include "util/error.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/text.h"
#include "util/utf8.h"
#include "record/vocab.h"
#include "diag/texts.h"
#include "util/banned.h"

enum { CONFIG_MAX_BYTES = 1024 * 1024 };

static int on_profile(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char *name;
	int rc = gl_cfg_want_scalar(ld, v, "profile", &name);
	if (rc < 0)
		return rc;
	if (!(ld->c->profile = gl_profile_find(name)))
		return gl_cfg_error(ld, v, GL_T_CFG_UNKNOWN_PROFILE, name);
	ld->c->profile_origin = origin;
	return 0;
}

/* language: da | en — the language of govlog's messages, when the records should not decide. */
static int on_language_key(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char *code;
	int rc = gl_cfg_want_scalar(ld, v, "language", &code);
	if (rc < 0)
		return rc;
	if (strcmp(code, "da") && strcmp(code, "en"))
		return gl_cfg_error(ld, v, GL_T_CFG_LANGUAGE, code);
	ld->c->language = gl_lang_of(code);
	ld->c->language_origin = origin;
	return 0;
}

static int on_repository(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char *name;
	int rc = gl_cfg_want_scalar(ld, v, "repository", &name);
	const char *slash = rc < 0 ? NULL : strchr(name, '/');
	if (rc < 0)
		return rc;
	if (!slash || slash == name || !slash[1] || strchr(slash + 1, '/'))
		return gl_cfg_error(ld, v, GL_T_CFG_REPOSITORY, name);
	ld->c->repository = name;
	ld->c->repository_origin = origin;
	return 0;
}

static int on_folders(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char **items;
	size_t n;
	int rc = gl_cfg_want_list(ld, v, "folders", &items, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		if (items[i][0] == '/' || strstr(items[i], ".."))
			return gl_cfg_error(ld, v, GL_T_CFG_FOLDER_OUTSIDE, items[i]);
		gl_vec_push(&ld->c->folders, items[i]);
	}
	ld->c->folders_origin = origin;
	return rc;
}

static int on_file_pattern(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	int rc = gl_cfg_want_scalar(ld, v, "file-pattern", &ld->c->file_pattern);
	gl_match_free(ld->c->file_match);
	ld->c->file_match = NULL;
	if (rc == 0 && gl_match_compile(&ld->c->file_match, ld->c->file_pattern, 0) < 0)
		return gl_cfg_error(ld, v, GL_T_CFG_PATTERN, "file-pattern", govlog_error_last());
	ld->c->file_pattern_origin = origin;
	return rc;
}

static int on_id_prefix(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->id_prefix_origin = origin;
	return gl_cfg_want_scalar(ld, v, "id-prefix", &ld->c->id_prefix);
}

static int on_required_fields(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char **items;
	size_t n;
	int rc = gl_cfg_want_list(ld, v, "required-fields", &items, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		const char *canon = gl_vocab_field(items[i], strlen(items[i]));
		if (!canon)
			return gl_cfg_error(ld, v, GL_T_CFG_UNKNOWN_REQUIRED_FIELD, items[i]);
		items[i] = canon;
	}
	ld->c->required_fields = items;
	ld->c->required_fields_origin = origin;
	return rc;
}

/* "Kontekst | Baggrund": the label, and the headings (lower case) that satisfy it. */
static gl_section_rule section_rule(gl_cfg_loader *ld, const char *text)
{
	const char **headings = gl_arena_alloc(&ld->c->arena, (strlen(text) + 2) * sizeof(char *));
	size_t n = 0;
	for (const char *p = text; *p;) {
		size_t len = strcspn(p, "|");
		gl_buf low = GL_BUF_INIT;
		gl_utf8_lower(&low, p, len);
		char *h = gl_buf_detach(&low);
		size_t a = strspn(h, " "), b = strlen(h);
		while (b > a && h[b - 1] == ' ')
			b--;
		headings[n++] = gl_arena_strndup(&ld->c->arena, h + a, b - a);
		free(h);
		p += len + (p[len] == '|');
	}
	headings[n] = NULL;
	size_t label_len = strcspn(text, "|");
	while (label_len && text[label_len - 1] == ' ')
		label_len--;
	gl_section_rule rule = {gl_arena_strndup(&ld->c->arena, text, label_len), headings,
				GL_CONCEPT_NONE};
	return rule;
}

static int on_required_sections(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char **items;
	size_t n;
	int rc = gl_cfg_want_list(ld, v, "required-sections", &items, &n);
	if (rc < 0)
		return rc;
	gl_section_rule *rules = gl_arena_alloc(&ld->c->arena, (n + 1) * sizeof(*rules));
	for (size_t i = 0; i < n; i++)
		rules[i] = section_rule(ld, items[i]);
	rules[n] = (gl_section_rule){NULL, NULL, GL_CONCEPT_NONE};
	ld->c->required_sections = rules;
	ld->c->required_sections_origin = origin;
	return 0;
}

static int on_strict(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char *value = gl_cfg_scalar(ld, v);
	if (!value || (strcmp(value, "true") && strcmp(value, "false")))
		return gl_cfg_error(ld, v, GL_T_CFG_TRUE_FALSE, "strict");
	ld->c->strict = !strcmp(value, "true");
	ld->c->strict_origin = origin;
	return 0;
}

/* The people and bodies who decide: the vocabulary decider/unknown checks names against. */
static int on_deciders(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->deciders_origin = origin;
	return gl_cfg_want_list(ld, v, "deciders", &ld->c->deciders, &ld->c->decider_count);
}

/* Folders of minutes and other governance pages: their links are checked too. */
static int on_governance_folders(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	const char **items;
	size_t n;
	int rc = gl_cfg_want_list(ld, v, "governance-folders", &items, &n);
	for (size_t i = 0; rc == 0 && i < n; i++)
		if (items[i][0] == '/' || strstr(items[i], ".."))
			return gl_cfg_error(ld, v, GL_T_CFG_FOLDER_OUTSIDE, items[i]);
	if (rc == 0) {
		ld->c->governance_folders = items;
		ld->c->governance_folder_count = n;
		ld->c->governance_folders_origin = origin;
	}
	return rc;
}

/*
 * What an accepted decision's approval must show: minutes of its body,
 * a pull request, either, or nothing (the default: most logs keep no minutes).
 */
static int on_approval(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	static const char *const words[] = {"none", "minutes", "pull-request", "any"};
	const char *value = gl_cfg_scalar(ld, v);
	for (size_t i = 0; value && i < 4; i++)
		if (!strcmp(value, words[i])) {
			ld->c->approval = (enum gl_approval)i;
			ld->c->approval_origin = origin;
			return 0;
		}
	return gl_cfg_error(ld, v, GL_T_CFG_APPROVAL, value ? value : "?");
}

/* "BS: strategic": a title prefix or type word and the type it names. */
static int type_pair(gl_cfg_loader *ld, yaml_node_t *k, yaml_node_t *t)
{
	const char *word = gl_cfg_scalar(ld, k), *type = gl_cfg_scalar(ld, t);
	govlog_decision_type d = GOVLOG_TYPE_ARCHITECTURE;
	while (d <= GOVLOG_TYPE_OPERATIONAL && (!type || strcmp(govlog_type_name(d), type)))
		d++;
	if (!word || !*word)
		return gl_cfg_error(ld, k, GL_T_CFG_TYPES_KEY);
	if (d > GOVLOG_TYPE_OPERATIONAL)
		return gl_cfg_error(ld, t, GL_T_CFG_TYPE, type ? type : "?");
	govlog_type_word w = {word, d};
	gl_vec_push(&ld->c->type_words, w);
	return 0;
}

static int on_types(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->type_words_origin = origin;
	return gl_cfg_each_pair(ld, v, GL_T_CFG_TYPES_MAP, type_pair);
}

/* In the README's order: an unknown key's message lists them so. */
static const gl_cfg_key decision_keys[] = {
	{"folders", on_folders},
	{"folder", on_folders},
	{"file-pattern", on_file_pattern},
	{"id-prefix", on_id_prefix},
	{"types", on_types},
	{"strict", on_strict},
	{"required-fields", on_required_fields},
	{"required-sections", on_required_sections},
	{"deciders", on_deciders},
	{"governance-folders", on_governance_folders},
	{"approval", on_approval},
	{NULL, NULL},
};

static int on_decisions(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return gl_cfg_each_key(ld, v, "decisions", decision_keys);
}

static int rule_pair(gl_cfg_loader *ld, yaml_node_t *k, yaml_node_t *s)
{
	static const char *const levels[] = {"off", "warning", "error"};
	const char *id = gl_cfg_scalar(ld, k), *level = gl_cfg_scalar(ld, s);
	size_t r = 0, l = 0;
	while (r < GL_RULE__COUNT && (!id || strcmp(govlog_rule_at(r)->id, id)))
		r++;
	if (r == GL_RULE__COUNT)
		return gl_cfg_error(ld, k, GL_T_CFG_UNKNOWN_RULE, id ? id : "?");
	while (l < 3 && (!level || strcmp(levels[l], level)))
		l++;
	if (l == 3)
		return gl_cfg_error(ld, s, GL_T_CFG_RULE_LEVEL, id, level ? level : "?");
	ld->c->severity[r] = (govlog_severity)l;
	ld->c->severity_origin[r] = gl_cfg_origin(ld, k);
	return 0;
}

static int on_rules(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return gl_cfg_each_pair(ld, v, GL_T_CFG_RULES_MAP, rule_pair);
}

static int status_pair(gl_cfg_loader *ld, yaml_node_t *k, yaml_node_t *v)
{
	const char *state = gl_cfg_scalar(ld, k), **words;
	size_t n;
	govlog_status s = GOVLOG_STATUS_PROPOSED;
	while (s <= GOVLOG_STATUS_SUPERSEDED && (!state || strcmp(govlog_status_name(s), state)))
		s++;
	if (s > GOVLOG_STATUS_SUPERSEDED)
		return gl_cfg_error(ld, k, GL_T_CFG_UNKNOWN_STATE, state ? state : "?");
	int rc = gl_cfg_want_list(ld, v, state, &words, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		govlog_status_word w = {words[i], s};
		gl_vec_push(&ld->c->status_words, w);
	}
	return rc;
}

static int on_status_words(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->status_words_origin = origin;
	return gl_cfg_each_pair(ld, v, GL_T_CFG_STATUS_MAP, status_pair);
}

static int field_pair(gl_cfg_loader *ld, yaml_node_t *k, yaml_node_t *v)
{
	const char *field = gl_cfg_scalar(ld, k), **names;
	const char *canon = field ? gl_vocab_field(field, strlen(field)) : NULL;
	size_t n;
	if (!canon || strcmp(canon, field))
		return gl_cfg_error(ld, k, GL_T_CFG_UNKNOWN_FIELD, field ? field : "?");
	int rc = gl_cfg_want_list(ld, v, field, &names, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		govlog_field_alias a = {names[i], canon};
		gl_vec_push(&ld->c->field_aliases, a);
	}
	return rc;
}

static int on_field_aliases(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->field_aliases_origin = origin;
	return gl_cfg_each_pair(ld, v, GL_T_CFG_FIELDS_MAP, field_pair);
}

static int on_language(gl_cfg_loader *ld, yaml_node_t *v, const char *origin);

/* Words may be grouped by language (da:, en:); all of them are understood. */
static const gl_cfg_key vocabulary_keys[] = {
	{"status", on_status_words},
	{"fields", on_field_aliases},
	{"da", on_language},
	{"en", on_language},
	{NULL, NULL},
};

static int on_language(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	static const gl_cfg_key language_keys[] = {
		{"status", on_status_words},
		{"fields", on_field_aliases},
		{NULL, NULL},
	};
	(void)origin;
	return gl_cfg_each_key(ld, v, gl_lang_text(ld->lang, GL_T_CFG_VOCABULARY_LANGUAGE),
			       language_keys);
}

static int on_vocabulary(gl_cfg_loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return gl_cfg_each_key(ld, v, "vocabulary", vocabulary_keys);
}

static const gl_cfg_key top_keys[] = {
	{"commits", gl_config_on_commits},
	{"vendors", gl_config_on_vendors},
	{"releases", gl_config_on_releases},
	{"links", gl_config_on_links},
	{"release-notes", gl_config_on_release_notes},
	{"profile", on_profile},
	{"language", on_language_key},
	{"repository", on_repository},
	{"decisions", on_decisions},
	{"requests", gl_config_on_requests},
	{"vocabulary", on_vocabulary},
	{"rules", on_rules},
	{NULL, NULL},
};

static int parse_yaml(gl_cfg_loader *ld, const char *text, size_t len)
{
	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser))
		return gl_error_set(GOVLOG_ERROR, "out of memory reading %s", ld->shown);
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	int rc = 0;
	if (!yaml_parser_load(&parser, &ld->doc)) {
		rc = gl_cfg_error_at(ld, gl_cfg_pos(ld, &parser.problem_mark),
				     GL_T_CFG_INVALID_YAML,
				     parser.problem ? parser.problem : "error");
	}
	yaml_parser_delete(&parser);
	return rc;
}

/* Each built-in profile, with the file's required fields and sections in place. */
static void apply_overrides(gl_config *c)
{
	for (size_t i = 0; i < 4; i++) {
		c->profiles[i] = *gl_profile_at(i);
		if (c->required_fields)
			c->profiles[i].required_fields = c->required_fields;
		if (c->required_sections)
			c->profiles[i].sections = c->required_sections;
	}
	for (size_t r = 0; r < GL_RULE__COUNT; r++)
		if (!c->severity_origin[r])
			c->severity[r] = govlog_rule_at(r)->default_severity;
	if (!c->conventional_origin)
		c->conventional = GOVLOG_SEVERITY_ERROR;
	/* conventional: warning makes the header rules warnings, unless rules: says otherwise */
	static const gl_rule header_rules[] = {GL_RULE_COMMIT_FORMAT, GL_RULE_COMMIT_TYPE,
					       GL_RULE_COMMIT_SCOPE};
	for (size_t i = 0; i < 3; i++)
		if (c->conventional == GOVLOG_SEVERITY_WARNING &&
		    !c->severity_origin[header_rules[i]])
			c->severity[header_rules[i]] = GOVLOG_SEVERITY_WARNING;
}

static int read_text(gl_config *c, const char *text, size_t len, const char *shown)
{
	gl_cfg_loader ld = {.c = c,
			    .arena = &c->arena,
			    .shown = shown,
			    .text = text,
			    .len = len,
			    .lang = gl_cfg_language(text, len)};
	c->file = gl_arena_strdup(&c->arena, shown);
	int rc = parse_yaml(&ld, text, len);
	if (rc < 0)
		return rc;
	yaml_node_t *root = yaml_document_get_root_node(&ld.doc);
	if (root && !(root->type == YAML_SCALAR_NODE && !root->data.scalar.length))
		rc = gl_cfg_each_key(&ld, root, gl_lang_text(ld.lang, GL_T_CFG_THE_FILE), top_keys);
	yaml_document_delete(&ld.doc);
	return rc;
}

int gl_config_parse(gl_config **out, const char *text, size_t len, const char *shown)
{
	gl_config *c = gl_xcalloc(1, sizeof(*c));
	int rc = text ? read_text(c, text, len, shown) : 0;
	if (rc < 0) {
		gl_config_free(c);
		*out = NULL;
		return rc;
	}
	apply_overrides(c);
	if (!c->request_prefix)
		c->request_prefix = "FR";
	*out = c;
	return 0;
}

int gl_config_load(gl_config **out, const char *root, const char *shown_path)
{
	gl_buf path = GL_BUF_INIT, text = GL_BUF_INIT;
	gl_path_join(&path, root, GL_CONFIG_FILE);
	bool exists = gl_fs_is_file(path.ptr);
	bool outside = exists && !gl_path_is_inside(path.ptr, root);
	gl_fs_result fr =
		exists && !outside ? gl_fs_read(path.ptr, CONFIG_MAX_BYTES, &text) : GL_FS_OK;
	int rc = 0;
	if (outside)
		rc = gl_error_set(GOVLOG_EINVALID, "%s leads outside the repository: not read",
				  shown_path);
	else if (fr == GL_FS_TOO_LARGE)
		rc = gl_error_set(GOVLOG_EINVALID, "%s: larger than 1 MiB", shown_path);
	else if (fr != GL_FS_OK)
		rc = gl_error_set(GOVLOG_EIO, "cannot read %s", shown_path);
	else
		rc = gl_config_parse(out, exists ? text.ptr : NULL, text.len, shown_path);
	gl_buf_release(&path);
	gl_buf_release(&text);
	return rc;
}

void gl_config_free(gl_config *c)
{
	if (!c)
		return;
	gl_match_free(c->file_match);
	gl_match_free(c->tag_match);
	for (size_t i = 0; i < c->reference_matches.len; i++)
		gl_match_free(c->reference_matches.items[i]);
	gl_vec_free(&c->reference_matches);
	gl_vec_free(&c->vendors);
	gl_vec_free(&c->label_groups);
	gl_vec_free(&c->folders);
	gl_vec_free(&c->request_folders);
	gl_vec_free(&c->status_words);
	gl_vec_free(&c->field_aliases);
	gl_vec_free(&c->type_words);
	gl_arena_release(&c->arena);
	free(c);
}

const gl_profile *gl_config_profile(const gl_config *c, const gl_profile *base)
{
	for (size_t i = 0; i < 4; i++)
		if (gl_profile_at(i) == base)
			return &c->profiles[i];
	return base;
}
