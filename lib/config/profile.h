/* Built-in profiles: what a record of each convention must contain. */
#ifndef GOVLOG_PROFILE_H
#define GOVLOG_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "govlog/record.h"

/* A required section: its label for messages and the headings that satisfy it. */
typedef struct gl_section_rule {
	const char *label;
	/* lower case, NULL-terminated; a heading matches by word prefix */
	const char *const *headings;
} gl_section_rule;

typedef struct gl_profile {
	const char *name;
	const char *lang;                   /* "da" or "en": the language of messages and hints */
	const char *const *required_fields; /* canonical names, NULL-terminated */
	const gl_section_rule *sections;    /* terminated by a NULL label */
	govlog_meta_style style;            /* how the profile writes metadata */
} gl_profile;

const gl_profile *gl_profile_find(const char *name);
const gl_profile *gl_profile_at(size_t i);
/* The profile a record's own style and language match (used when none is configured). */
const gl_profile *gl_profile_detect(const govlog_record *r);
/* True when the heading satisfies the section rule. */
bool gl_profile_section_matches(const char *heading, const gl_section_rule *rule);
/* True when one of the record's headings satisfies the section rule. */
bool gl_profile_has_section(const govlog_record *r, const gl_section_rule *rule);

#endif
