/* YAML read through libyaml for modules that must not include it themselves. */
#ifndef GOVLOG_FRONTMATTER_H
#define GOVLOG_FRONTMATTER_H

#include <stddef.h>

/*
 * The scalar value of the first mapping key named `key`, at any depth, in a
 * YAML document; NULL when absent or when the document does not parse. Aliases
 * are not expanded and at most 10000 events are read. The caller frees it.
 */
char *gl_yaml_scalar_of_key(const char *yaml, size_t len, const char *key);

#endif
