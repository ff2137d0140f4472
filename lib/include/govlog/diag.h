/*
 * govlog/diag.h — diagnostics are data.
 *
 * A check that finds problems succeeds: it appends govlog_diag entries to a
 * govlog_diag_list. Every rule has a stable id ("status/unknown"), a default
 * severity and a one-line summary, all from one registry.
 */
#ifndef GOVLOG_DIAG_H
#define GOVLOG_DIAG_H

#include "govlog/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum govlog_severity {
	GOVLOG_SEVERITY_OFF = 0,
	GOVLOG_SEVERITY_WARNING = 1,
	GOVLOG_SEVERITY_ERROR = 2,
} govlog_severity;

/* "off", "warning" or "error". */
GOVLOG_API const char *govlog_severity_name(govlog_severity s);

/* One finding. All strings are owned by the list that holds the diagnostic. */
typedef struct govlog_diag {
	const char *rule; /* stable rule id, e.g. "status/unknown" */
	govlog_severity severity;
	const char *path;    /* the file, as the caller should show it */
	govlog_pos pos;      /* 1-based; line 0 when the finding is about the whole file */
	const char *message; /* git style: lower case, no final full stop */
	const char *hint;    /* a suggestion or the original text; NULL when none */
	govlog_lang lang;    /* the language message and hint are written in */
} govlog_diag;

typedef struct govlog_diag_list govlog_diag_list;

GOVLOG_API int govlog_diag_list_new(govlog_diag_list **out);
/* Accepts NULL. */
GOVLOG_API void govlog_diag_list_free(govlog_diag_list *list);
GOVLOG_API size_t govlog_diag_list_count(const govlog_diag_list *list);
/* Borrowed; valid until the list is changed or freed. NULL past the end. */
GOVLOG_API const govlog_diag *govlog_diag_list_get(const govlog_diag_list *list, size_t i);
/* Orders by path, line, column and rule id, keeping the order of insertion among
 * equals: output is deterministic. */
GOVLOG_API void govlog_diag_list_sort(govlog_diag_list *list);
/* Number of diagnostics of exactly this severity. */
GOVLOG_API size_t govlog_diag_list_count_severity(const govlog_diag_list *list, govlog_severity s);

/*
 * The language of the list: the library writes the messages it adds from now
 * on in it (English for a new list), and the text format's summary line.
 * govlog_check_run and the hooks set it to the log's language
 * (govlog_log_language) before they add anything; a program that fills a list
 * otherwise (govlog_body_check) sets it first. Each diagnostic keeps the
 * language it was written in (govlog_diag.lang), so the text format writes its
 * severity word and hint lead-in in the language of the message itself and no
 * line mixes two languages.
 */
GOVLOG_API void govlog_diag_list_set_lang(govlog_diag_list *list, govlog_lang lang);
GOVLOG_API govlog_lang govlog_diag_list_lang(const govlog_diag_list *list);

/*
 * The current folder's path from the repository root, with a final '/'
 * ("docs/decisions/"; NULL or "" at the root). Paths in diagnostics are
 * relative to the current folder, as people read them; the SARIF and GitHub
 * formats write them from the repository root, as code scanning and workflow
 * annotations resolve them. Copied.
 */
GOVLOG_API void govlog_diag_list_set_base(govlog_diag_list *list, const char *base);

/* The rule registry (the same table the checker uses). */
typedef struct govlog_rule_info {
	const char *id;
	govlog_severity default_severity;
	const char *summary;
} govlog_rule_info;

GOVLOG_API size_t govlog_rule_count(void);
/* NULL past the end. */
GOVLOG_API const govlog_rule_info *govlog_rule_at(size_t i);
/* NULL when no rule has this id. */
GOVLOG_API const govlog_rule_info *govlog_rule_find(const char *id);

#ifdef __cplusplus
}
#endif

#endif
