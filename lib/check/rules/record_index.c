/* The log's records by path, by ID and by number: one lookup a reference. */
#include "check/rules/record_index.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/buf.h"
#include "util/strmap.h"
#include "util/banned.h"

struct gl_record_index {
	const govlog_log *log;
	gl_str_map *by_path;
	gl_str_map *by_id, *id_count;         /* "ADR\x1f3" → first record, how many */
	gl_str_map *by_number, *number_count; /* "3" → first record, how many */
};

/* Keeps the first record under a key and counts them all. */
static void add(gl_str_map *first, gl_str_map *count, const char *key, size_t index)
{
	size_t n = 0;
	if (!gl_str_map_get(count, key, &n))
		gl_str_map_put(first, key, index);
	gl_str_map_put(count, key, n + 1);
}

/*
 * n in decimal at out (room for 21 bytes), ended by '\0', as "%lu" writes it:
 * the index makes two keys a record, and snprintf was most of its cost.
 */
static void number_key(char *out, unsigned long n)
{
	size_t digits = gl_digit_count(n);
	gl_put_digits(out, n, digits);
	out[digits] = '\0';
}

static void id_key(char key[32], const char *letters, unsigned long number)
{
	size_t len = strlen(letters);
	if (len > 8) { /* longer than an ID's letters: cut to the key's size */
		snprintf(key, 32, "%s\x1f%lu", letters, number);
		return;
	}
	memcpy(key, letters, len);
	key[len] = '\x1f';
	number_key(key + len + 1, number);
}

gl_record_index *gl_record_index_new(const govlog_log *log,
				     unsigned long (*number_of)(const govlog_record *r))
{
	gl_record_index *x = gl_xcalloc(1, sizeof(*x));
	*x = (gl_record_index){log,
			       gl_str_map_new(),
			       gl_str_map_new(),
			       gl_str_map_new(),
			       gl_str_map_new(),
			       gl_str_map_new()};
	char letters[9], key[32];
	unsigned long n;
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		const govlog_record *r = govlog_log_record_at(log, i);
		size_t ignored;
		if (!gl_str_map_get(x->by_path, govlog_record_path(r), &ignored))
			gl_str_map_put(x->by_path, govlog_record_path(r), i);
		const char *id = govlog_record_id(r);
		if (gl_record_id_split(id, strlen(id), letters, &n)) {
			id_key(key, letters, n);
			add(x->by_id, x->id_count, key, i);
		}
		number_key(key, number_of(r));
		add(x->by_number, x->number_count, key, i);
	}
	return x;
}

void gl_record_index_free(gl_record_index *x)
{
	if (!x)
		return;
	gl_str_map_free(x->by_path);
	gl_str_map_free(x->by_id);
	gl_str_map_free(x->id_count);
	gl_str_map_free(x->by_number);
	gl_str_map_free(x->number_count);
	free(x);
}

const govlog_record *gl_record_index_path(const gl_record_index *x, const char *path)
{
	size_t i;
	return gl_str_map_get(x->by_path, path, &i) ? govlog_log_record_at(x->log, i) : NULL;
}

static const govlog_record *lookup(const gl_record_index *x, const gl_str_map *first,
				   const gl_str_map *count, const char *key, size_t *how_many)
{
	size_t i;
	*how_many = 0;
	if (!gl_str_map_get(first, key, &i))
		return NULL;
	gl_str_map_get(count, key, how_many);
	return govlog_log_record_at(x->log, i);
}

const govlog_record *gl_record_index_id(const gl_record_index *x, const char *letters,
					unsigned long number, size_t *count)
{
	char key[32];
	id_key(key, letters, number);
	return lookup(x, x->by_id, x->id_count, key, count);
}

const govlog_record *gl_record_index_number(const gl_record_index *x, unsigned long number,
					    size_t *count)
{
	char key[32];
	number_key(key, number);
	return lookup(x, x->by_number, x->number_count, key, count);
}
