/* Reading `.govlog.yml`: the checked walk over libyaml's document that every key handler uses. */
#include "config/loader.h"

#include <stdarg.h>
#include <string.h>

#include "util/error.h"
#include "util/text.h"
#include "util/utf8.h"
#include "util/buf.h"
#include "record/vocab.h"
#include "util/banned.h"

/*
 * Where libyaml stopped, 1-based. At the end of a file without a final line
 * break libyaml counts one more line than the file has (it closes the last
 * line itself); the end of the text is the place an editor can show.
 */
govlog_pos gl_cfg_pos(const gl_cfg_loader *ld, const yaml_mark_t *m)
{
	const char *text = ld->text;
	size_t len = ld->len;
	govlog_pos at = {(unsigned)m->line + 1, (unsigned)m->column + 1};
	gl_text t;
	gl_text_init(&t, text, len);
	bool unended = len && text[len - 1] != '\n' && text[len - 1] != '\r';
	/* Lines, not the index: libyaml counts that in characters, after a BOM. */
	if (unended && at.line > gl_text_line_count(&t))
		at = gl_text_pos(&t, len);
	/* libyaml also breaks lines at U+2028, U+2029 and NEL, which editors do
	 * not: a column past the line's end is shown at its end. */
	if (at.line <= gl_text_line_count(&t)) {
		size_t a = gl_text_line_start(&t, at.line), b = gl_text_line_end(&t, at.line);
		unsigned last = (unsigned)gl_utf8_count(text + a, b - a) + 1;
		if (at.col > last)
			at.col = last;
	}
	gl_text_release(&t);
	return at;
}

static int error_at(const gl_cfg_loader *ld, govlog_pos at, gl_text_id id, va_list ap)
{
	gl_buf msg = GL_BUF_INIT;
	gl_lang_vprintf(&msg, ld->lang, id, ap);
	int rc = gl_error_set(GOVLOG_EINVALID, "%s:%u:%u: %s", ld->shown, at.line, at.col, msg.ptr);
	gl_buf_release(&msg);
	return rc;
}

int gl_cfg_error_at(const gl_cfg_loader *ld, govlog_pos at, gl_text_id id, ...)
{
	va_list ap;
	va_start(ap, id);
	int rc = error_at(ld, at, id, ap);
	va_end(ap);
	return rc;
}

int gl_cfg_error(const gl_cfg_loader *ld, const yaml_node_t *n, gl_text_id id, ...)
{
	va_list ap;
	va_start(ap, id);
	int rc = error_at(ld, gl_cfg_pos(ld, &n->start_mark), id, ap);
	va_end(ap);
	return rc;
}

/* The value of a top-level "key:" line, unquoted, or an empty span. */
static void top_value(const char *line, const char *end, const char *key, const char **v, size_t *n)
{
	size_t k = strlen(key);
	*n = 0;
	if ((size_t)(end - line) <= k || strncmp(line, key, k) || line[k] != ':')
		return;
	const char *p = line + k + 1;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '"' || *p == '\''))
		p++;
	const char *e = p;
	while (e < end && !strchr(" \t\r\"'#", *e))
		e++;
	*v = p;
	*n = (size_t)(e - p);
}

static bool is_word(const char *v, size_t n, const char *word)
{
	return n == strlen(word) && !strncmp(v, word, n);
}

govlog_lang gl_cfg_language(const char *text, size_t len)
{
	govlog_lang by_profile = GOVLOG_LANG_EN;
	for (const char *line = text, *end = text + len; line < end;) {
		const char *eol = memchr(line, '\n', (size_t)(end - line));
		eol = eol ? eol : end;
		const char *v;
		size_t n;
		top_value(line, eol, "language", &v, &n);
		if (is_word(v, n, "da") || is_word(v, n, "en"))
			return is_word(v, n, "da") ? GOVLOG_LANG_DA : GOVLOG_LANG_EN;
		top_value(line, eol, "profile", &v, &n);
		if (is_word(v, n, "os2-da"))
			by_profile = GOVLOG_LANG_DA;
		line = eol + (eol < end);
	}
	return by_profile;
}

const char *gl_cfg_origin(gl_cfg_loader *ld, const yaml_node_t *n)
{
	gl_buf b = GL_BUF_INIT;
	gl_buf_printf(&b, "%s:%u", ld->shown, gl_cfg_pos(ld, &n->start_mark).line);
	const char *s = gl_arena_strdup(ld->arena, b.ptr);
	gl_buf_release(&b);
	return s;
}

const char *gl_cfg_scalar(gl_cfg_loader *ld, yaml_node_t *n)
{
	if (!n || n->type != YAML_SCALAR_NODE)
		return NULL;
	return gl_arena_strndup(ld->arena, (const char *)n->data.scalar.value,
				n->data.scalar.length);
}

int gl_cfg_want_scalar(gl_cfg_loader *ld, yaml_node_t *n, const char *key, const char **out)
{
	*out = gl_cfg_scalar(ld, n);
	if (!*out || !**out)
		return gl_cfg_error(ld, n, GL_T_CFG_NEEDS_TEXT, key);
	return 0;
}

/* A sequence of scalars, or one scalar; NULL-terminated array in the arena. */
int gl_cfg_want_list(gl_cfg_loader *ld, yaml_node_t *n, const char *key, const char ***out,
		     size_t *len)
{
	size_t count = n->type == YAML_SEQUENCE_NODE
			       ? (size_t)(n->data.sequence.items.top - n->data.sequence.items.start)
			       : 1;
	if (n->type != YAML_SEQUENCE_NODE && n->type != YAML_SCALAR_NODE)
		return gl_cfg_error(ld, n, GL_T_CFG_NEEDS_LIST, key);
	const char **items = gl_arena_alloc(ld->arena, (count + 1) * sizeof(*items));
	for (size_t i = 0; i < count; i++) {
		yaml_node_t *item =
			n->type == YAML_SCALAR_NODE
				? n
				: yaml_document_get_node(&ld->doc, n->data.sequence.items.start[i]);
		if (!(items[i] = gl_cfg_scalar(ld, item)) || !*items[i])
			return gl_cfg_error(ld, item ? item : n, GL_T_CFG_NEEDS_LIST, key);
	}
	items[count] = NULL;
	*out = items;
	*len = count;
	return 0;
}

/* A known key one or two letters from `name`, else NULL. */
static const char *near_key(const gl_cfg_key *keys, const char *name)
{
	for (const gl_cfg_key *k = keys; name && k->key; k++)
		if (gl_vocab_distance(name, strlen(name), k->key, strlen(k->key)) <= 2)
			return k->key;
	return NULL;
}

/* "unknown key": with "did you mean" for a near key, else the list of known keys. */
static int unknown_key(gl_cfg_loader *ld, yaml_node_t *k, const char *name, const char *where,
		       const gl_cfg_key *keys)
{
	const char *near = near_key(keys, name);
	if (near)
		return gl_cfg_error(ld, k, GL_T_CFG_UNKNOWN_KEY_NEAR, name ? name : "?", where,
				    near);
	gl_buf known = GL_BUF_INIT;
	for (const gl_cfg_key *h = keys; h->key; h++)
		gl_buf_printf(&known, "%s%s", h == keys ? "" : ", ", h->key);
	int rc = gl_cfg_error(ld, k, GL_T_CFG_UNKNOWN_KEY, name ? name : "?", where, known.ptr);
	gl_buf_release(&known);
	return rc;
}

/* Calls the handler of every key of a mapping; unknown keys are errors. */
int gl_cfg_each_key(gl_cfg_loader *ld, yaml_node_t *map, const char *where, const gl_cfg_key *keys)
{
	if (map->type != YAML_MAPPING_NODE)
		return gl_cfg_error(ld, map, GL_T_CFG_NOT_MAPPING, where);
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		yaml_node_t *k = yaml_document_get_node(&ld->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(&ld->doc, p->value);
		const char *name = gl_cfg_scalar(ld, k);
		for (yaml_node_pair_t *q = map->data.mapping.pairs.start; name && q < p; q++) {
			const char *earlier =
				gl_cfg_scalar(ld, yaml_document_get_node(&ld->doc, q->key));
			if (earlier && !strcmp(earlier, name))
				return gl_cfg_error(ld, k, GL_T_CFG_KEY_TWICE, name, where);
		}
		const gl_cfg_key *h = keys;
		while (h->key && (!name || strcmp(h->key, name)))
			h++;
		if (!h->key)
			return unknown_key(ld, k, name, where, keys);
		int rc = h->fn(ld, v, gl_cfg_origin(ld, k));
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* Calls fn on every key and value of a mapping; `must` says what else was wanted. */
int gl_cfg_each_pair(gl_cfg_loader *ld, yaml_node_t *map, gl_text_id must, gl_cfg_pair_fn fn)
{
	if (map->type != YAML_MAPPING_NODE)
		return gl_cfg_error(ld, map, must);
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		int rc = fn(ld, yaml_document_get_node(&ld->doc, p->key),
			    yaml_document_get_node(&ld->doc, p->value));
		if (rc < 0)
			return rc;
	}
	return 0;
}
