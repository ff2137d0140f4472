/*
 * govlog/record.h — one Markdown record, normalised.
 *
 * A record is parsed from the bytes of one file. Metadata is read from every
 * style real decision logs use — YAML front matter, a bullet list of bold keys,
 * plain "Key: value" lines under the title, and a "## Status" section (a
 * paragraph, or a checkbox list whose last ticked box is the status) — into one
 * model of fields, each with its 1-based source position. Field names and
 * statuses are matched through English and Danish aliases.
 *
 * All strings returned by the getters are borrowed from the record and live
 * until govlog_record_free().
 */
#ifndef GOVLOG_RECORD_H
#define GOVLOG_RECORD_H

#include "govlog/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum govlog_status {
	GOVLOG_STATUS_NONE = 0, /* no status given */
	GOVLOG_STATUS_UNKNOWN,  /* a status was given but is no known word */
	GOVLOG_STATUS_PROPOSED,
	GOVLOG_STATUS_ACCEPTED,
	GOVLOG_STATUS_REJECTED,
	GOVLOG_STATUS_DEPRECATED,
	GOVLOG_STATUS_SUPERSEDED,
} govlog_status;

/* "proposed", "accepted", …; "" for NONE and "unknown" for UNKNOWN. */
GOVLOG_API const char *govlog_status_name(govlog_status s);
/*
 * The state a word names, as the records and `status` read it: the canonical
 * name or any English or Danish word of the built-in vocabulary ("Godkendt",
 * "vedtaget", "Superseded"), in any case. GOVLOG_STATUS_UNKNOWN otherwise.
 */
GOVLOG_API govlog_status govlog_status_from_word(const char *word);
/*
 * Reads a date in any form a record may use (2026-06-25, 25-06-2026,
 * 25.06.2026, "4. juni 2026") into iso as YYYY-MM-DD. Returns 0, or
 * GOVLOG_EINVALID when it is no date or no such day (2026-02-30).
 */
GOVLOG_API int govlog_date_read(char iso[11], const char *text);

typedef enum govlog_decision_type {
	GOVLOG_TYPE_NONE = 0,
	GOVLOG_TYPE_UNKNOWN,
	GOVLOG_TYPE_ARCHITECTURE, /* ADR */
	GOVLOG_TYPE_STRATEGIC,    /* SDR */
	GOVLOG_TYPE_OPERATIONAL,  /* ODR */
} govlog_decision_type;

/* "architecture", "strategic", "operational"; "" for NONE, "unknown" for UNKNOWN. */
GOVLOG_API const char *govlog_type_name(govlog_decision_type t);
/* "ADR", "SDR", "ODR"; "" otherwise. */
GOVLOG_API const char *govlog_type_code(govlog_decision_type t);

/* Where a metadata field was read from. */
typedef enum govlog_meta_style {
	GOVLOG_META_NONE = 0,
	GOVLOG_META_FRONTMATTER,    /* YAML between "---" lines */
	GOVLOG_META_BULLET,         /* "- **Status**: Accepteret" */
	GOVLOG_META_LINE,           /* "Date: 2026-01-13" under the title */
	GOVLOG_META_STATUS_SECTION, /* "## Status" then a paragraph */
	GOVLOG_META_CHECKBOX,       /* "## Status" then "- [x] Udkast" */
} govlog_meta_style;

/* One metadata field. */
typedef struct govlog_field {
	/* canonical name ("status", "date", "deciders", …) or the key lower-cased */
	const char *name;
	const char *key;   /* the key as written ("Dato", "Status", "decision-makers") */
	const char *value; /* the value as written, trimmed; "" when empty */
	govlog_pos key_pos;
	govlog_pos value_pos;
	govlog_meta_style style;
} govlog_field;

/* One heading below the title. */
typedef struct govlog_section {
	const char *heading; /* plain text of the heading */
	int level;           /* 2 for "##", … */
	govlog_pos pos;
	bool empty; /* nothing but blank lines before the next heading */
} govlog_section;

typedef struct govlog_record govlog_record;

/* A status word a configuration adds ("Endeligt godkendt" → accepted). */
typedef struct govlog_status_word {
	const char *word;
	govlog_status status;
} govlog_status_word;

/* A field name a configuration adds ("Mødedato" → "date"). */
typedef struct govlog_field_alias {
	const char *alias;
	const char *field; /* canonical: status, date, deciders, type, supersedes, … */
} govlog_field_alias;

/* A type word or title prefix a configuration adds ("BS" → strategic). */
typedef struct govlog_type_word {
	const char *word;
	govlog_decision_type type;
} govlog_type_word;

typedef struct govlog_record_options {
	unsigned version;
	/* Prefix for IDs taken from a leading number ("0007-x.md" → "ADR-0007"). */
	const char *id_prefix;
	/* Status words beyond the built-in English and Danish ones; may be NULL. */
	const govlog_status_word *status_words;
	size_t status_word_count;
	/* Field names beyond the built-in English and Danish ones; may be NULL. */
	const govlog_field_alias *field_aliases;
	size_t field_alias_count;
	/* Type words and title prefixes beyond ADR/SDR/ODR and their names; may be NULL. */
	const govlog_type_word *type_words;
	size_t type_word_count;
} govlog_record_options;

#define GOVLOG_RECORD_OPTIONS_VERSION 1
/* clang-format off */
#define GOVLOG_RECORD_OPTIONS_INIT {GOVLOG_RECORD_OPTIONS_VERSION, "ADR", NULL, 0, NULL, 0, NULL, 0}
/* clang-format on */

/*
 * Parses data[0..len) read from `path` (used for the ID and in messages).
 * Never fails on bad content: invalid UTF-8, broken front matter and the like
 * are noted in the record for the checker to report. opts may be NULL.
 * Returns 0, or GOVLOG_EINVALID for a bad options version.
 */
GOVLOG_API int govlog_record_parse(govlog_record **out, const char *path, const char *data,
				   size_t len, const govlog_record_options *opts);
/* Accepts NULL. */
GOVLOG_API void govlog_record_free(govlog_record *r);

GOVLOG_API const char *govlog_record_path(const govlog_record *r);
/* The ID: front matter "id", else from the file name, else from the title, else the file stem. */
GOVLOG_API const char *govlog_record_id(const govlog_record *r);
/* NULL when the record has no title. */
GOVLOG_API const char *govlog_record_title(const govlog_record *r);
GOVLOG_API govlog_pos govlog_record_title_pos(const govlog_record *r);
GOVLOG_API govlog_status govlog_record_status(const govlog_record *r);
/* The status as written ("Godkendt på styregruppemødet …"); NULL when none. */
GOVLOG_API const char *govlog_record_status_raw(const govlog_record *r);
/* Free text after the status word ("på styregruppemødet …"); NULL when none. */
GOVLOG_API const char *govlog_record_status_note(const govlog_record *r);
/* The date in ISO 8601 form ("2026-06-25"); NULL when absent or invalid. */
GOVLOG_API const char *govlog_record_date(const govlog_record *r);
GOVLOG_API govlog_decision_type govlog_record_type(const govlog_record *r);
/* The style most of the record's metadata is written in. */
GOVLOG_API govlog_meta_style govlog_record_meta_style(const govlog_record *r);
/* "da", "en", or "" when the record gives no clue. */
GOVLOG_API const char *govlog_record_language(const govlog_record *r);

GOVLOG_API size_t govlog_record_decider_count(const govlog_record *r);
GOVLOG_API const char *govlog_record_decider_at(const govlog_record *r, size_t i);

GOVLOG_API size_t govlog_record_field_count(const govlog_record *r);
GOVLOG_API const govlog_field *govlog_record_field_at(const govlog_record *r, size_t i);
/* The first field with this canonical name, or NULL. */
GOVLOG_API const govlog_field *govlog_record_field(const govlog_record *r, const char *name);

GOVLOG_API size_t govlog_record_section_count(const govlog_record *r);
GOVLOG_API const govlog_section *govlog_record_section_at(const govlog_record *r, size_t i);

#ifdef __cplusplus
}
#endif

#endif
