/* YAML read through libyaml for modules that must not include it themselves. */
#ifndef GOVLOG_FRONTMATTER_H
#define GOVLOG_FRONTMATTER_H

#include <stddef.h>

#include "govlog/common.h"
#include "util/arena.h"

/*
 * The scalar value of the first mapping key named `key`, at any depth, in a
 * YAML document; NULL when absent or when the document does not parse. Aliases
 * are not expanded and at most 10000 events are read. The caller frees it.
 */
char *gl_yaml_scalar_of_key(const char *yaml, size_t len, const char *key);

/* A small YAML tree for the modules that check YAML files (issue forms). */
typedef enum gl_ytype { GL_Y_SCALAR, GL_Y_SEQUENCE, GL_Y_MAPPING } gl_ytype;

typedef struct gl_ynode {
	gl_ytype type;
	const char *value;       /* a scalar's text; "" for collections */
	govlog_pos pos;          /* 1-based */
	struct gl_ynode **items; /* a sequence's items; a mapping's keys and values, alternating */
	size_t count;            /* number of items (twice the pairs for a mapping) */
} gl_ynode;

typedef struct gl_ytree {
	gl_arena arena;
	gl_ynode *root;      /* NULL for an empty document */
	const char *problem; /* after a failed load: libyaml's words, NULL when too large */
	const char *context; /* libyaml's "while scanning …", or NULL */
	govlog_pos context_pos;
} gl_ytree;

/*
 * Loads a YAML document. Aliases are copied, but at most 100000 nodes and a
 * depth of 64 are built, so alias bombs and deep nesting fail cleanly. On
 * failure returns -1 with an English message in *error (in the tree's arena) at
 * *pos, and libyaml's own words in t->problem for a message in another language.
 */
int gl_ytree_load(gl_ytree *t, const char *text, size_t len, const char **error, govlog_pos *pos);
void gl_ytree_release(gl_ytree *t);
/* The value of a mapping's key, or NULL (also when `map` is no mapping). */
const gl_ynode *gl_ynode_get(const gl_ynode *map, const char *key);

#endif
