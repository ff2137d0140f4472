/* A map from strings to indices: open addressing, FNV-1a; the map owns copies of its keys. */
#ifndef GOVLOG_UTIL_STRMAP_H
#define GOVLOG_UTIL_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct gl_str_map gl_str_map;

gl_str_map *gl_str_map_new(void);
/* Accepts NULL. */
void gl_str_map_free(gl_str_map *m);
/* Sets key → value (replacing an earlier value). */
void gl_str_map_put(gl_str_map *m, const char *key, size_t value);
/* True with *value set when the key is there. */
bool gl_str_map_get(const gl_str_map *m, const char *key, size_t *value);

#endif
