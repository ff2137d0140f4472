/* Reading `.govlog.yml`: the checked walk over libyaml's document that every key handler uses. */
#include "config/loader.h"

#include <stdarg.h>
#include <string.h>

#include "util/error.h"
#include "util/buf.h"
#include "record/vocab.h"
#include "util/banned.h"

int gl_cfg_error(const gl_cfg_loader *ld, const yaml_node_t *n, const char *fmt, ...)
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

const char *gl_cfg_origin(gl_cfg_loader *ld, const yaml_node_t *n)
{
	gl_buf b = GL_BUF_INIT;
	gl_buf_printf(&b, "%s:%zu", ld->shown, n->start_mark.line + 1);
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
		return gl_cfg_error(ld, n, "'%s' needs a text value", key);
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
		return gl_cfg_error(ld, n, "'%s' needs a list of text values", key);
	const char **items = gl_arena_alloc(ld->arena, (count + 1) * sizeof(*items));
	for (size_t i = 0; i < count; i++) {
		yaml_node_t *item =
			n->type == YAML_SCALAR_NODE
				? n
				: yaml_document_get_node(&ld->doc, n->data.sequence.items.start[i]);
		if (!(items[i] = gl_cfg_scalar(ld, item)) || !*items[i])
			return gl_cfg_error(ld, item ? item : n, "'%s' needs a list of text values",
					    key);
	}
	items[count] = NULL;
	*out = items;
	*len = count;
	return 0;
}

/* "did you mean 'profile'?" for a near key, else the list of known keys. */
static void list_known(gl_buf *out, const gl_cfg_key *keys, const char *name)
{
	for (const gl_cfg_key *k = keys; name && k->key; k++)
		if (gl_vocab_distance(name, strlen(name), k->key, strlen(k->key)) <= 2) {
			gl_buf_printf(out, "did you mean '%s'?", k->key);
			return;
		}
	gl_buf_puts(out, "known: ");
	for (const gl_cfg_key *k = keys; k->key; k++)
		gl_buf_printf(out, "%s%s", k == keys ? "" : ", ", k->key);
}

/* Calls the handler of every key of a mapping; unknown keys are errors. */
int gl_cfg_each_key(gl_cfg_loader *ld, yaml_node_t *map, const char *where, const gl_cfg_key *keys)
{
	if (map->type != YAML_MAPPING_NODE)
		return gl_cfg_error(ld, map, "%s must be a mapping of keys to values", where);
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		yaml_node_t *k = yaml_document_get_node(&ld->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(&ld->doc, p->value);
		const char *name = gl_cfg_scalar(ld, k);
		for (yaml_node_pair_t *q = map->data.mapping.pairs.start; name && q < p; q++) {
			const char *earlier =
				gl_cfg_scalar(ld, yaml_document_get_node(&ld->doc, q->key));
			if (earlier && !strcmp(earlier, name))
				return gl_cfg_error(ld, k, "key '%s' appears twice in %s", name,
						    where);
		}
		const gl_cfg_key *h = keys;
		while (h->key && (!name || strcmp(h->key, name)))
			h++;
		if (!h->key) {
			gl_buf known = GL_BUF_INIT;
			list_known(&known, keys, name);
			int rc = gl_cfg_error(ld, k, "unknown key '%s' in %s (%s)",
					      name ? name : "?", where, known.ptr);
			gl_buf_release(&known);
			return rc;
		}
		int rc = h->fn(ld, v, gl_cfg_origin(ld, k));
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* Calls fn on every key and value of a mapping; `must` says what else was wanted. */
int gl_cfg_each_pair(gl_cfg_loader *ld, yaml_node_t *map, const char *must, gl_cfg_pair_fn fn)
{
	if (map->type != YAML_MAPPING_NODE)
		return gl_cfg_error(ld, map, "%s", must);
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		int rc = fn(ld, yaml_document_get_node(&ld->doc, p->key),
			    yaml_document_get_node(&ld->doc, p->value));
		if (rc < 0)
			return rc;
	}
	return 0;
}
