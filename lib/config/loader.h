/*
 * The walk over `.govlog.yml` that every key handler uses: checked scalars
 * and lists, unknown and repeated keys as errors naming line and column.
 * For the configuration's own files only (they include yaml.h).
 */
#ifndef GOVLOG_CONFIG_LOADER_H
#define GOVLOG_CONFIG_LOADER_H

#include <yaml.h>

#include "govlog/common.h"
#include "diag/texts.h"
#include "util/arena.h"

struct gl_config;

typedef struct gl_cfg_loader {
	struct gl_config *c; /* what the key handlers fill (config.c, trace.c) */
	gl_arena *arena;     /* where the walk copies values: the configuration's */
	yaml_document_t doc;
	const char *shown; /* the file as messages name it */
	const char *text;  /* the file's text, for positions */
	size_t len;
	govlog_lang lang; /* of its messages: the file's own language:, else its profile's */
} gl_cfg_loader;

/* Where a libyaml mark is, 1-based, as an editor shows the file (see loader.c). */
govlog_pos gl_cfg_pos(const gl_cfg_loader *ld, const yaml_mark_t *m);

typedef int (*gl_cfg_key_fn)(gl_cfg_loader *ld, yaml_node_t *value, const char *origin);

typedef struct gl_cfg_key {
	const char *key;
	gl_cfg_key_fn fn;
} gl_cfg_key;

typedef int (*gl_cfg_pair_fn)(gl_cfg_loader *ld, yaml_node_t *key, yaml_node_t *value);

/*
 * The language a configuration's messages are in: its own `language:`, else
 * `profile: os2-da`'s Danish, else English. Read from the lines of the text,
 * so a file that is no YAML gets its error in that language too.
 */
govlog_lang gl_cfg_language(const char *text, size_t len);

/* GOVLOG_EINVALID with "file:line:col: message" for the node, the message from the table. */
int gl_cfg_error(const gl_cfg_loader *ld, const yaml_node_t *n, gl_text_id id, ...);
/* The same at a place of the file. */
int gl_cfg_error_at(const gl_cfg_loader *ld, govlog_pos at, gl_text_id id, ...);
/* "file:line" of a node, in the configuration's arena. */
const char *gl_cfg_origin(gl_cfg_loader *ld, const yaml_node_t *n);
/* The node's text in the arena; NULL when it is no scalar. */
const char *gl_cfg_scalar(gl_cfg_loader *ld, yaml_node_t *n);
int gl_cfg_want_scalar(gl_cfg_loader *ld, yaml_node_t *n, const char *key, const char **out);
/* A sequence of scalars, or one scalar; NULL-terminated array in the arena. */
int gl_cfg_want_list(gl_cfg_loader *ld, yaml_node_t *n, const char *key, const char ***out,
		     size_t *len);
/*
 * Calls the handler of every key of a mapping; unknown and repeated keys are
 * errors. `where` names the mapping in messages: its key ("decisions"), or
 * words in the loader's language ("konfigurationen").
 */
int gl_cfg_each_key(gl_cfg_loader *ld, yaml_node_t *map, const char *where, const gl_cfg_key *keys);
/* Calls fn on every key and value of a mapping; `must` says what else was wanted. */
int gl_cfg_each_pair(gl_cfg_loader *ld, yaml_node_t *map, gl_text_id must, gl_cfg_pair_fn fn);

/* The top-level sections in config_trace.c. */
int gl_config_on_commits(gl_cfg_loader *ld, yaml_node_t *v, const char *origin);
int gl_config_on_release_notes(gl_cfg_loader *ld, yaml_node_t *v, const char *origin);
int gl_config_on_vendors(gl_cfg_loader *ld, yaml_node_t *v, const char *origin);
int gl_config_on_releases(gl_cfg_loader *ld, yaml_node_t *v, const char *origin);
int gl_config_on_links(gl_cfg_loader *ld, yaml_node_t *v, const char *origin);
/* `requests:` in requests.c. */
int gl_config_on_requests(gl_cfg_loader *ld, yaml_node_t *v, const char *origin);

#endif
