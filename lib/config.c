/* Reading `.govlog.yml` with libyaml's document API, checking every key and value. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "error.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/utf8.h"
#include "vocab.h"
#include "util/banned.h"

enum { CONFIG_MAX_BYTES = 1024 * 1024 };

typedef struct loader {
	gl_config *c;
	yaml_document_t doc;
	const char *shown; /* the file as messages name it */
} loader;

typedef int (*key_fn)(loader *ld, yaml_node_t *value, const char *origin);

typedef struct key_handler {
	const char *key;
	key_fn fn;
} key_handler;

static int error_at(const loader *ld, const yaml_node_t *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int error_at(const loader *ld, const yaml_node_t *n, const char *fmt, ...)
{
	gl_buf msg = GL_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	gl_buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	int rc = gl_error_set(GOVLOG_EINVALID, "%s:%zu:%zu: %s", ld->shown, n->start_mark.line + 1,
			      n->start_mark.column + 1, msg.ptr);
	gl_buf_release(&msg);
	return rc;
}

static const char *origin_of(loader *ld, const yaml_node_t *n)
{
	gl_buf b = GL_BUF_INIT;
	gl_buf_printf(&b, "%s:%zu", ld->shown, n->start_mark.line + 1);
	const char *s = gl_arena_strdup(&ld->c->arena, b.ptr);
	gl_buf_release(&b);
	return s;
}

static const char *scalar(loader *ld, yaml_node_t *n)
{
	if (!n || n->type != YAML_SCALAR_NODE)
		return NULL;
	return gl_arena_strndup(&ld->c->arena, (const char *)n->data.scalar.value,
				n->data.scalar.length);
}

static int want_scalar(loader *ld, yaml_node_t *n, const char *key, const char **out)
{
	*out = scalar(ld, n);
	if (!*out || !**out)
		return error_at(ld, n, "'%s' needs a text value", key);
	return 0;
}

/* A sequence of scalars, or one scalar; NULL-terminated array in the arena. */
static int want_list(loader *ld, yaml_node_t *n, const char *key, const char ***out, size_t *len)
{
	size_t count = n->type == YAML_SEQUENCE_NODE
			       ? (size_t)(n->data.sequence.items.top - n->data.sequence.items.start)
			       : 1;
	if (n->type != YAML_SEQUENCE_NODE && n->type != YAML_SCALAR_NODE)
		return error_at(ld, n, "'%s' needs a list of text values", key);
	const char **items = gl_arena_alloc(&ld->c->arena, (count + 1) * sizeof(*items));
	for (size_t i = 0; i < count; i++) {
		yaml_node_t *item =
			n->type == YAML_SCALAR_NODE
				? n
				: yaml_document_get_node(&ld->doc, n->data.sequence.items.start[i]);
		if (!(items[i] = scalar(ld, item)) || !*items[i])
			return error_at(ld, item ? item : n, "'%s' needs a list of text values",
					key);
	}
	items[count] = NULL;
	*out = items;
	*len = count;
	return 0;
}

/* "did you mean 'profile'?" for a near key, else the list of known keys. */
static void list_known(gl_buf *out, const key_handler *keys, const char *name)
{
	for (const key_handler *k = keys; name && k->key; k++)
		if (gl_vocab_distance(name, strlen(name), k->key, strlen(k->key)) <= 2) {
			gl_buf_printf(out, "did you mean '%s'?", k->key);
			return;
		}
	gl_buf_puts(out, "known: ");
	for (const key_handler *k = keys; k->key; k++)
		gl_buf_printf(out, "%s%s", k == keys ? "" : ", ", k->key);
}

/* Calls the handler of every key of a mapping; unknown keys are errors. */
static int each_key(loader *ld, yaml_node_t *map, const char *where, const key_handler *keys)
{
	if (map->type != YAML_MAPPING_NODE)
		return error_at(ld, map, "%s must be a mapping of keys to values", where);
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		yaml_node_t *k = yaml_document_get_node(&ld->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(&ld->doc, p->value);
		const char *name = scalar(ld, k);
		for (yaml_node_pair_t *q = map->data.mapping.pairs.start; name && q < p; q++) {
			const char *earlier = scalar(ld, yaml_document_get_node(&ld->doc, q->key));
			if (earlier && !strcmp(earlier, name))
				return error_at(ld, k, "key '%s' appears twice in %s", name, where);
		}
		const key_handler *h = keys;
		while (h->key && (!name || strcmp(h->key, name)))
			h++;
		if (!h->key) {
			gl_buf known = GL_BUF_INIT;
			list_known(&known, keys, name);
			int rc = error_at(ld, k, "unknown key '%s' in %s (%s)", name ? name : "?",
					  where, known.ptr);
			gl_buf_release(&known);
			return rc;
		}
		int rc = h->fn(ld, v, origin_of(ld, k));
		if (rc < 0)
			return rc;
	}
	return 0;
}

typedef int (*pair_fn)(loader *ld, yaml_node_t *key, yaml_node_t *value);

/* Calls fn on every key and value of a mapping; `must` says what else was wanted. */
static int each_pair(loader *ld, yaml_node_t *map, const char *must, pair_fn fn)
{
	if (map->type != YAML_MAPPING_NODE)
		return error_at(ld, map, "%s", must);
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		int rc = fn(ld, yaml_document_get_node(&ld->doc, p->key),
			    yaml_document_get_node(&ld->doc, p->value));
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int on_profile(loader *ld, yaml_node_t *v, const char *origin)
{
	const char *name;
	int rc = want_scalar(ld, v, "profile", &name);
	if (rc < 0)
		return rc;
	if (!(ld->c->profile = gl_profile_find(name)))
		return error_at(ld, v, "unknown profile '%s' (known: nygard, madr, os2-da, os2-en)",
				name);
	ld->c->profile_origin = origin;
	return 0;
}

static int on_repository(loader *ld, yaml_node_t *v, const char *origin)
{
	const char *name;
	int rc = want_scalar(ld, v, "repository", &name);
	const char *slash = rc < 0 ? NULL : strchr(name, '/');
	if (rc < 0)
		return rc;
	if (!slash || slash == name || !slash[1] || strchr(slash + 1, '/'))
		return error_at(ld, v, "repository must be 'owner/name', not '%s'", name);
	ld->c->repository = name;
	ld->c->repository_origin = origin;
	return 0;
}

static int on_folders(loader *ld, yaml_node_t *v, const char *origin)
{
	const char **items;
	size_t n;
	int rc = want_list(ld, v, "folders", &items, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		if (items[i][0] == '/' || strstr(items[i], ".."))
			return error_at(ld, v, "folder '%s' must be inside the repository",
					items[i]);
		gl_vec_push(&ld->c->folders, items[i]);
	}
	ld->c->folders_origin = origin;
	return rc;
}

static int on_file_pattern(loader *ld, yaml_node_t *v, const char *origin)
{
	int rc = want_scalar(ld, v, "file-pattern", &ld->c->file_pattern);
	gl_match_free(ld->c->file_match);
	ld->c->file_match = NULL;
	if (rc == 0 && gl_match_compile(&ld->c->file_match, ld->c->file_pattern, 0) < 0)
		return error_at(ld, v, "file-pattern: %s", govlog_error_last());
	ld->c->file_pattern_origin = origin;
	return rc;
}

static int on_id_prefix(loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->id_prefix_origin = origin;
	return want_scalar(ld, v, "id-prefix", &ld->c->id_prefix);
}

static int on_required_fields(loader *ld, yaml_node_t *v, const char *origin)
{
	const char **items;
	size_t n;
	int rc = want_list(ld, v, "required-fields", &items, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		const char *canon = gl_vocab_field(items[i], strlen(items[i]));
		if (!canon)
			return error_at(ld, v, "unknown field '%s' in required-fields", items[i]);
		items[i] = canon;
	}
	ld->c->required_fields = items;
	ld->c->required_fields_origin = origin;
	return rc;
}

/* "Kontekst | Baggrund": the label, and the headings (lower case) that satisfy it. */
static gl_section_rule section_rule(loader *ld, const char *text)
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
	gl_section_rule rule = {gl_arena_strndup(&ld->c->arena, text, label_len), headings};
	return rule;
}

static int on_required_sections(loader *ld, yaml_node_t *v, const char *origin)
{
	const char **items;
	size_t n;
	int rc = want_list(ld, v, "required-sections", &items, &n);
	if (rc < 0)
		return rc;
	gl_section_rule *rules = gl_arena_alloc(&ld->c->arena, (n + 1) * sizeof(*rules));
	for (size_t i = 0; i < n; i++)
		rules[i] = section_rule(ld, items[i]);
	rules[n] = (gl_section_rule){NULL, NULL};
	ld->c->required_sections = rules;
	ld->c->required_sections_origin = origin;
	return 0;
}

static int on_strict(loader *ld, yaml_node_t *v, const char *origin)
{
	const char *value = scalar(ld, v);
	if (!value || (strcmp(value, "true") && strcmp(value, "false")))
		return error_at(ld, v, "strict must be true or false");
	ld->c->strict = !strcmp(value, "true");
	ld->c->strict_origin = origin;
	return 0;
}

/* "BS: strategic": a title prefix or type word and the type it names. */
static int type_pair(loader *ld, yaml_node_t *k, yaml_node_t *t)
{
	const char *word = scalar(ld, k), *type = scalar(ld, t);
	govlog_decision_type d = GOVLOG_TYPE_ARCHITECTURE;
	while (d <= GOVLOG_TYPE_OPERATIONAL && (!type || strcmp(govlog_type_name(d), type)))
		d++;
	if (!word || !*word)
		return error_at(ld, k, "types needs a prefix or word as each key");
	if (d > GOVLOG_TYPE_OPERATIONAL)
		return error_at(ld, t, "type '%s' is not architecture, strategic or operational",
				type ? type : "?");
	govlog_type_word w = {word, d};
	gl_vec_push(&ld->c->type_words, w);
	return 0;
}

static int on_types(loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->type_words_origin = origin;
	return each_pair(ld, v, "types must map title prefixes or type words to types", type_pair);
}

static const key_handler decision_keys[] = {
	{"types", on_types},
	{"strict", on_strict},
	{"folders", on_folders},
	{"folder", on_folders},
	{"file-pattern", on_file_pattern},
	{"id-prefix", on_id_prefix},
	{"required-fields", on_required_fields},
	{"required-sections", on_required_sections},
	{NULL, NULL},
};

static int on_decisions(loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return each_key(ld, v, "decisions", decision_keys);
}

static int rule_pair(loader *ld, yaml_node_t *k, yaml_node_t *s)
{
	static const char *const levels[] = {"off", "warning", "error"};
	const char *id = scalar(ld, k), *level = scalar(ld, s);
	size_t r = 0, l = 0;
	while (r < GL_RULE__COUNT && (!id || strcmp(govlog_rule_at(r)->id, id)))
		r++;
	if (r == GL_RULE__COUNT)
		return error_at(ld, k, "unknown rule '%s' (see govlog rules)", id ? id : "?");
	while (l < 3 && (!level || strcmp(levels[l], level)))
		l++;
	if (l == 3)
		return error_at(ld, s, "rule '%s' must be error, warning or off, not '%s'", id,
				level ? level : "?");
	ld->c->severity[r] = (govlog_severity)l;
	ld->c->severity_origin[r] = origin_of(ld, k);
	return 0;
}

static int on_rules(loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return each_pair(ld, v, "rules must map rule ids to error, warning or off", rule_pair);
}

static int status_pair(loader *ld, yaml_node_t *k, yaml_node_t *v)
{
	const char *state = scalar(ld, k), **words;
	size_t n;
	govlog_status s = GOVLOG_STATUS_PROPOSED;
	while (s <= GOVLOG_STATUS_SUPERSEDED && (!state || strcmp(govlog_status_name(s), state)))
		s++;
	if (s > GOVLOG_STATUS_SUPERSEDED)
		return error_at(
			ld, k,
			"unknown state '%s' (known: proposed, accepted, rejected, deprecated, "
			"superseded)",
			state ? state : "?");
	int rc = want_list(ld, v, state, &words, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		govlog_status_word w = {words[i], s};
		gl_vec_push(&ld->c->status_words, w);
	}
	return rc;
}

static int on_status_words(loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->status_words_origin = origin;
	return each_pair(ld, v, "vocabulary.status must map states to lists of words", status_pair);
}

static int field_pair(loader *ld, yaml_node_t *k, yaml_node_t *v)
{
	const char *field = scalar(ld, k), **names;
	const char *canon = field ? gl_vocab_field(field, strlen(field)) : NULL;
	size_t n;
	if (!canon || strcmp(canon, field))
		return error_at(
			ld, k,
			"unknown field '%s' (known: status, date, deciders, type, supersedes, "
			"superseded-by, requests)",
			field ? field : "?");
	int rc = want_list(ld, v, field, &names, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		govlog_field_alias a = {names[i], canon};
		gl_vec_push(&ld->c->field_aliases, a);
	}
	return rc;
}

static int on_field_aliases(loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->field_aliases_origin = origin;
	return each_pair(ld, v, "vocabulary.fields must map fields to lists of names", field_pair);
}

static int on_language(loader *ld, yaml_node_t *v, const char *origin);

/* Words may be grouped by language (da:, en:); all of them are understood. */
static const key_handler vocabulary_keys[] = {
	{"status", on_status_words},
	{"fields", on_field_aliases},
	{"da", on_language},
	{"en", on_language},
	{NULL, NULL},
};

static int on_language(loader *ld, yaml_node_t *v, const char *origin)
{
	static const key_handler language_keys[] = {
		{"status", on_status_words},
		{"fields", on_field_aliases},
		{NULL, NULL},
	};
	(void)origin;
	return each_key(ld, v, "a vocabulary language", language_keys);
}

static int on_vocabulary(loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return each_key(ld, v, "vocabulary", vocabulary_keys);
}

static int on_commit_types(loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->commit_types_origin = origin;
	return want_list(ld, v, "types", &ld->c->commit_types, &ld->c->commit_type_count);
}

static int on_require_refs(loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->require_refs_origin = origin;
	return want_list(ld, v, "require-refs", &ld->c->require_refs, &ld->c->require_refs_count);
}

static int on_commit_scopes(loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->commit_scopes_origin = origin;
	return want_list(ld, v, "scopes", &ld->c->commit_scopes, &ld->c->commit_scope_count);
}

/* Ticket patterns must compile now, so a bad one is named with its line. */
static int on_references(loader *ld, yaml_node_t *v, const char *origin)
{
	ld->c->references_origin = origin;
	int rc = want_list(ld, v, "references", &ld->c->references, &ld->c->reference_count);
	for (size_t i = 0; rc == 0 && i < ld->c->reference_count; i++) {
		gl_match *m = NULL;
		if (gl_match_compile(&m, ld->c->references[i], 0) < 0)
			rc = error_at(ld, v, "references: %s", govlog_error_last());
		gl_match_free(m);
	}
	return rc;
}

static int on_conventional(loader *ld, yaml_node_t *v, const char *origin)
{
	static const char *const levels[] = {"off", "warning", "error"};
	const char *level = scalar(ld, v);
	size_t l = 0;
	while (l < 3 && (!level || strcmp(levels[l], level)))
		l++;
	if (l == 3)
		return error_at(ld, v, "conventional must be error, warning or off, not '%s'",
				level ? level : "?");
	ld->c->conventional = (govlog_severity)l;
	ld->c->conventional_origin = origin;
	return 0;
}

static const key_handler commit_keys[] = {
	{"types", on_commit_types},
	{"require-refs", on_require_refs},
	{"scopes", on_commit_scopes},
	{"references", on_references},
	{"conventional", on_conventional},
	{NULL, NULL},
};

static int on_commits(loader *ld, yaml_node_t *v, const char *origin)
{
	(void)origin;
	return each_key(ld, v, "commits", commit_keys);
}

static const key_handler top_keys[] = {
	{"commits", on_commits},
	{"profile", on_profile},
	{"repository", on_repository},
	{"decisions", on_decisions},
	{"vocabulary", on_vocabulary},
	{"rules", on_rules},
	{NULL, NULL},
};

static int parse_yaml(loader *ld, const char *text, size_t len)
{
	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser))
		return gl_error_set(GOVLOG_ERROR, "out of memory reading %s", ld->shown);
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	int rc = 0;
	if (!yaml_parser_load(&parser, &ld->doc))
		rc = gl_error_set(GOVLOG_EINVALID, "%s:%zu:%zu: invalid YAML: %s", ld->shown,
				  parser.problem_mark.line + 1, parser.problem_mark.column + 1,
				  parser.problem ? parser.problem : "error");
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
		if (c->conventional == GOVLOG_SEVERITY_WARNING && !c->severity_origin[header_rules[i]])
			c->severity[header_rules[i]] = GOVLOG_SEVERITY_WARNING;
}

static int read_text(gl_config *c, const char *text, size_t len, const char *shown)
{
	loader ld = {.c = c, .shown = shown};
	c->file = gl_arena_strdup(&c->arena, shown);
	int rc = parse_yaml(&ld, text, len);
	if (rc < 0)
		return rc;
	yaml_node_t *root = yaml_document_get_root_node(&ld.doc);
	if (root && !(root->type == YAML_SCALAR_NODE && !root->data.scalar.length))
		rc = each_key(&ld, root, "the configuration", top_keys);
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
	*out = c;
	return 0;
}

int gl_config_load(gl_config **out, const char *root, const char *shown_path)
{
	gl_buf path = GL_BUF_INIT, text = GL_BUF_INIT;
	gl_path_join(&path, root, GL_CONFIG_FILE);
	bool exists = gl_fs_is_file(path.ptr);
	gl_fs_result fr = exists ? gl_fs_read(path.ptr, CONFIG_MAX_BYTES, &text) : GL_FS_OK;
	int rc = 0;
	if (fr == GL_FS_TOO_LARGE)
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
	gl_vec_free(&c->folders);
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
