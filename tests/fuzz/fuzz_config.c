/* Fuzz target: the configuration file. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "fuzz.h"
#include "oracle.h"

#define SHOWN ".govlog.yml"

/* A "SHOWN:LINE[:COL]" the loader wrote names a place inside the input. */
static void place(const char *s, const char *text, size_t len, const char *property)
{
	size_t n = strlen(SHOWN);
	if (!s || strncmp(s, SHOWN ":", n + 1))
		return;
	char *end;
	govlog_pos pos = {(unsigned)strtoul(s + n + 1, &end, 10), 0};
	if (*end == ':' && end[1] >= '0' && end[1] <= '9')
		pos.col = (unsigned)strtoul(end + 1, NULL, 10);
	fz_require(pos.line >= 1 && fz_pos_inside(text, len, pos), property);
}

static void origins(const gl_config *c, const char *text, size_t len)
{
	const char *const all[] = {
		c->profile_origin,       c->required_fields_origin, c->required_sections_origin,
		c->language_origin,      c->repository_origin,      c->folders_origin,
		c->file_pattern_origin,  c->id_prefix_origin,       c->strict_origin,
		c->deciders_origin,      c->commit_types_origin,    c->require_refs_origin,
		c->commit_scopes_origin, c->references_origin,      c->conventional_origin,
		c->vendors_origin,       c->tag_pattern_origin,     c->links_origin,
	};
	for (size_t i = 0; i < sizeof(all) / sizeof(*all); i++)
		place(all[i], text, len, "a setting's origin lies inside the input");
	for (size_t i = 0; i < GL_RULE__COUNT; i++)
		place(c->severity_origin[i], text, len,
		      "a severity's origin lies inside the input");
}

static bool same(const gl_config *a, const gl_config *b)
{
	if (a->profile != b->profile || a->language != b->language || a->strict != b->strict ||
	    a->conventional != b->conventional || a->commit_type_count != b->commit_type_count ||
	    a->reference_count != b->reference_count || a->folders.len != b->folders.len ||
	    !fz_str_same(a->repository, b->repository) ||
	    !fz_str_same(a->file_pattern, b->file_pattern) ||
	    !fz_str_same(a->id_prefix, b->id_prefix) ||
	    !fz_str_same(a->tag_pattern, b->tag_pattern))
		return false;
	return !memcmp(a->severity, b->severity, sizeof(a->severity));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	gl_config *a = NULL, *b = NULL;
	int ra = gl_config_parse(&a, text, size, SHOWN);
	char *why = ra ? strdup(govlog_error_last()) : NULL;
	int rb = gl_config_parse(&b, text, size, SHOWN);
	fz_require(ra == rb, "reading the configuration twice fails alike");
	if (ra) {
		fz_require(why && *why && !strcmp(why, govlog_error_last()),
			   "reading twice gives the same error");
		place(why, text, size, "an error's position lies inside the input");
	} else {
		fz_require(same(a, b), "reading twice gives the same configuration");
		origins(a, text, size);
		gl_config_free(a);
		gl_config_free(b);
	}
	free(why);
	return 0;
}
