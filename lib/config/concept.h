/*
 * Section concepts: what a heading is about (the context, the options, the
 * decision, …), whatever words a template or a team uses for it, in English
 * and Danish. "Decision Drivers" is not the decision; "Considered Options and
 * Decision Outcome" is both the options and the decision.
 */
#ifndef GOVLOG_CONCEPT_H
#define GOVLOG_CONCEPT_H

#include <stdbool.h>
#include <stddef.h>

#include "govlog/common.h"
#include "util/buf.h"

typedef enum gl_concept {
	GL_CONCEPT_NONE = 0,
	GL_CONCEPT_CONTEXT,        /* Context and Problem Statement, Kontekst / Årsag */
	GL_CONCEPT_DRIVERS,        /* Decision Drivers */
	GL_CONCEPT_OPTIONS,        /* Considered Options, Alternatives */
	GL_CONCEPT_DECISION,       /* Decision, Decision Outcome, Beslutning, Indstilling */
	GL_CONCEPT_CONSEQUENCES,   /* Consequences, Konsekvenser */
	GL_CONCEPT_CONFIRMATION,   /* Confirmation, Validation */
	GL_CONCEPT_PROS_CONS,      /* Pros and Cons of the Options */
	GL_CONCEPT_MORE_INFO,      /* More Information, Links, Yderligere information */
	GL_CONCEPT_IMPLEMENTATION, /* Effektuering, Implementation */
	GL_CONCEPT_RISKS,          /* Risici, Risks */
	GL_CONCEPT_META,           /* Status, Date, Deciders: metadata, never a body section */
	GL_CONCEPT__COUNT
} gl_concept;

/* A set of concepts, one bit each (GL_CONCEPT_BIT). */
typedef unsigned gl_concept_set;
#define GL_CONCEPT_BIT(c) (1u << (unsigned)(c))

/*
 * The concepts a heading names, matched on whole words in any case: the
 * longest name its words start with (after a number and an article), then
 * each further name joined by "and", "og", "/", "&" or ","; else a name it
 * ends with ("Beslutningens konsekvenser"), unless a preposition comes before
 * it ("Begrundelse for beslutningen"). 0 when it names none.
 */
gl_concept_set gl_concept_classify(const char *heading);

/* The concept's first name in the language ("Decision", "Beslutning"). */
const char *gl_concept_name(gl_concept c, govlog_lang lang);

/* Appends the concept's names in the language, quoted and separated by ", ",
 * `first` first when it is one of them (NULL: none), at most `max` of them and
 * then "…". */
void gl_concept_list_names(gl_buf *out, gl_concept c, govlog_lang lang, const char *first,
			   size_t max);

/*
 * True when the heading names a section that may stand anywhere: a summary of
 * the decision that opens the record ("Beskrivelse af beslutningen"), or a
 * proposal's recommendation, which Danish case papers put first or last
 * ("Indstilling").
 */
bool gl_concept_any_place(const char *heading);

/* True when the heading's words start with the words of `name`, in any case. */
bool gl_concept_words_prefix(const char *heading, const char *name);

#endif
