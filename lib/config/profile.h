/* Built-in profiles: what a record of each convention must contain. */
#ifndef GOVLOG_PROFILE_H
#define GOVLOG_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "config/concept.h"
#include "govlog/record.h"
#include "util/buf.h"

/*
 * A required section: its label for messages and what satisfies it, either a
 * concept (any of its names, in either language) or, for a section no concept
 * names, the headings listed.
 */
typedef struct gl_section_rule {
	const char *label;
	/* any case, NULL-terminated: a heading matches when its words start with
	 * one of these, or names the concept one of these names; NULL for a concept */
	const char *const *headings;
	gl_concept concept; /* GL_CONCEPT_NONE: the headings */
} gl_section_rule;

typedef struct gl_profile {
	const char *name;
	const char *lang;                   /* "da" or "en": the language of messages and hints */
	const char *const *required_fields; /* canonical names, NULL-terminated */
	const gl_section_rule *sections;    /* terminated by a NULL label */
	govlog_meta_style style;            /* how the profile writes metadata */
	/* The log's own template the sections come from (its path as shown), or NULL. */
	const char *template_path;
	/* The format's template lists its statuses open-ended (MADR's "… |"): a
	 * status no known word is near is the log's own (status/custom), no error. */
	bool open_statuses;
} gl_profile;

const gl_profile *gl_profile_find(const char *name);
const gl_profile *gl_profile_at(size_t i);
/* The profile a record's own style, language and sections match (when none is configured). */
const gl_profile *gl_profile_detect(const govlog_record *r);

/* True when a heading, whose concepts are `concepts` (gl_concept_classify), satisfies the rule. */
bool gl_section_rule_matches(const gl_section_rule *rule, const char *heading,
			     gl_concept_set concepts);
/* True when the heading satisfies the section rule. */
bool gl_profile_section_matches(const char *heading, const gl_section_rule *rule);
/* True when one of the record's headings satisfies the section rule. */
bool gl_profile_has_section(const govlog_record *r, const gl_section_rule *rule);
/* Appends what satisfies the rule, quoted: the concept's names in `lang` (`first` first
 * when it is one of them), or its headings. */
void gl_section_rule_names(gl_buf *out, const gl_section_rule *rule, govlog_lang lang,
			   const char *first);

/*
 * The sections a log's own template requires: its top-level headings below
 * the title, except those the template marks optional ("<!-- optional -->",
 * MADR's "This is an optional element" comment, "(valgfri)"), placeholders
 * ("{title of option 1}") and metadata ("## Status"). Each reads as the
 * concept it names, else as its own heading. The rules live in the template
 * record's arena; NULL when the template requires no section.
 */
const gl_section_rule *gl_profile_template_sections(govlog_record *tpl);

#endif
