/* A string-to-index hash map for lookups over many thousands of keys. */
#include "util/strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/banned.h"

typedef struct slot {
	char *key; /* NULL: empty */
	size_t value;
} slot;

struct gl_str_map {
	slot *slots;
	size_t cap, len;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

gl_str_map *gl_str_map_new(void)
{
	gl_str_map *m = gl_xcalloc(1, sizeof(*m));
	m->cap = 64;
	m->slots = gl_xcalloc(m->cap, sizeof(slot));
	return m;
}

void gl_str_map_free(gl_str_map *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	free(m);
}

static slot *find(const gl_str_map *m, const char *key)
{
	size_t i = (size_t)hash(key) & (m->cap - 1);
	while (m->slots[i].key && strcmp(m->slots[i].key, key))
		i = (i + 1) & (m->cap - 1);
	return &m->slots[i];
}

static void grow(gl_str_map *m)
{
	gl_str_map bigger = {gl_xcalloc(m->cap * 2, sizeof(slot)), m->cap * 2, m->len};
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key)
			*find(&bigger, m->slots[i].key) = m->slots[i];
	free(m->slots);
	*m = bigger;
}

void gl_str_map_put(gl_str_map *m, const char *key, size_t value)
{
	if ((m->len + 1) * 4 > m->cap * 3)
		grow(m);
	slot *s = find(m, key);
	if (!s->key) {
		s->key = gl_xstrdup(key);
		m->len++;
	}
	s->value = value;
}

bool gl_str_map_get(const gl_str_map *m, const char *key, size_t *value)
{
	const slot *s = find(m, key);
	if (s->key)
		*value = s->value;
	return s->key != NULL;
}
