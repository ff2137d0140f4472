/* The words users type: field names, statuses and decision types, in English and Danish. */
#ifndef GOVLOG_VOCAB_H
#define GOVLOG_VOCAB_H

#include <stdbool.h>
#include <stddef.h>

#include "govlog/common.h"
#include "govlog/record.h"
#include "util/buf.h"

/* Canonical field name for a key as written ("Dato" → "date"), or NULL when unknown. */
const char *gl_vocab_field(const char *key, size_t len);
/* The field a heading is left for ("Status", "Dato:"): its canonical name, or NULL. */
const char *gl_vocab_heading_field(const char *heading);
/* Language a key is written in, when it tells: "da", "en" or NULL. */
const char *gl_vocab_field_language(const char *key, size_t len);
/* Language a section heading is written in ("Kontekst / Årsag" → "da"), or NULL. */
const char *gl_vocab_heading_language(const char *heading);
/* The field's display name in a language ("date", "da" → "Dato"). */
const char *gl_vocab_field_label(const char *name, const char *lang);
/*
 * Whether a front matter key (lower case) is one Jekyll or the just-the-docs
 * theme reads to build the page ("layout", "parent", "nav_order"…): site
 * keys, not decision metadata.
 */
bool gl_vocab_site_key(const char *name);

/*
 * Reads a status value: the longest known word at its start decides the
 * canonical state; the rest (after separators) is the note, set as an offset
 * into value (*note_off == len when there is none). Returns UNKNOWN when no
 * known word starts the value, NONE for an empty value.
 */
govlog_status gl_vocab_status(const char *value, size_t len, size_t *note_off, const char **lang);

/*
 * The known status word nearest to the first word of value, as written in the
 * vocabulary ("Acepteret" → "Accepteret"), or NULL when none is close.
 */
const char *gl_vocab_status_suggest(const char *value, size_t len);
/* Appends the known status words of a language ("da", "en") to out, comma-separated. */
void gl_vocab_status_list(gl_buf *out, const char *lang);

/* "Strategisk", "SDR", "architecture" → the type; UNKNOWN when not a known word. */
govlog_decision_type gl_vocab_type(const char *value, size_t len);

/* The word govlog writes for a state ("Accepteret", "Accepted") or a type ("Strategisk"). */
const char *gl_vocab_status_word(govlog_status s, govlog_lang lang);
const char *gl_vocab_type_word(govlog_decision_type t, govlog_lang lang);

/*
 * Whether s starts with the words of a supersede link: "Superseded by",
 * "Erstattet af", "Replaced by" (*successor true) or "Supersedes",
 * "Erstatter", "Replaces" (false), also as adr-tools once spelt them
 * ("Superceded by"), any case, followed by no letter. *word_len is their length.
 */
bool gl_vocab_relation(const char *s, size_t len, size_t *word_len, bool *successor);

/* Levenshtein distance over code points, case-insensitive. */
size_t gl_vocab_distance(const char *a, size_t alen, const char *b, size_t blen);

#endif
