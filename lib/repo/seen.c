/* A history walk's set of handed-on commits, by place and a part of the id. */
#include "repo/seen.h"

#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/banned.h"

/* An id is a uniform hash already: its first 32 bits place it in the table. */
static uint32_t hash_of(const unsigned char *raw)
{
	uint32_t h;
	memcpy(&h, raw, sizeof(h));
	return h;
}

static bool same(const gl_seen *s, uint64_t slot, const unsigned char *raw)
{
	if ((uint32_t)(slot >> 32) != hash_of(raw))
		return false;
	size_t place = (size_t)(uint32_t)slot - 1;
	return !memcmp(s->id_of(place, s->payload)->raw, raw, GL_OID_RAW);
}

/* The slot that holds raw, or the free one where it would go. */
static size_t find(const gl_seen *s, const unsigned char *raw)
{
	size_t i = (size_t)hash_of(raw) & (s->cap - 1);
	while (s->slots[i] && !same(s, s->slots[i], raw))
		i = (i + 1) & (s->cap - 1);
	return i;
}

bool gl_seen_has(const gl_seen *s, const unsigned char *raw)
{
	return s->cap && s->slots[find(s, raw)];
}

/* Twice the room; the slots move by the hash they hold, without reading any id. */
static void grow(gl_seen *s)
{
	size_t cap = s->cap ? s->cap * 2 : 1024;
	uint64_t *slots = gl_xcalloc(cap, sizeof(*slots));
	for (size_t i = 0; i < s->cap; i++) {
		if (!s->slots[i])
			continue;
		size_t j = (size_t)(s->slots[i] >> 32) & (cap - 1);
		while (slots[j])
			j = (j + 1) & (cap - 1);
		slots[j] = s->slots[i];
	}
	free(s->slots);
	s->slots = slots;
	s->cap = cap;
}

bool gl_seen_add(gl_seen *s, const unsigned char *raw, size_t place)
{
	/* Filled to 7/8 before it doubles: linear probes stay short over uniform hashes. */
	if ((s->len + 1) * 8 > s->cap * 7)
		grow(s);
	size_t i = find(s, raw);
	if (s->slots[i])
		return false;
	s->slots[i] = (uint64_t)hash_of(raw) << 32 | (uint64_t)(uint32_t)(place + 1);
	s->len++;
	return true;
}

void gl_seen_release(gl_seen *s)
{
	free(s->slots);
	s->slots = NULL;
	s->cap = s->len = 0;
}
