/* Adding diagnostics from inside the library. */
#ifndef GOVLOG_DIAG_INTERNAL_H
#define GOVLOG_DIAG_INTERNAL_H

#include "govlog/diag.h"
#include "diag/registry.h"
#include "diag/texts.h"

/*
 * Appends one diagnostic with the rule's default severity; copies every string.
 * hint may be NULL. Message and hint are made valid UTF-8.
 */
void gl_diag_add(govlog_diag_list *list, gl_rule rule, const char *path, govlog_pos pos,
		 const char *hint, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/*
 * gl_diag_add with the message from the message table, in the list's language
 * (gl_diag_list_set_lang): the row's printf conversions take the arguments.
 */
void gl_diag_addt(govlog_diag_list *list, gl_rule rule, const char *path, govlog_pos pos,
		  const char *hint, gl_text_id msg, ...);

/* The language messages added with gl_diag_addt are written in (English by default). */
void gl_diag_list_set_lang(govlog_diag_list *list, govlog_lang lang);
govlog_lang gl_diag_list_lang(const govlog_diag_list *list);
/* govlog_diag_list_set_base's folder, "" when none was set. */
const char *gl_diag_list_base(const govlog_diag_list *list);

/* Appends copies of every diagnostic of `in` to `out`. */
void gl_diag_append_all(govlog_diag_list *out, const govlog_diag_list *in);

/* Gives each diagnostic its rule's configured severity; drops those set to off. */
void gl_diag_list_set_severities(govlog_diag_list *list, const govlog_severity *by_rule);

/* Keeps the diagnostics `keep` accepts (it may change their severity); frees the rest. */
typedef bool (*gl_diag_keep_fn)(const govlog_diag *d, void *payload);
void gl_diag_list_keep(govlog_diag_list *list, gl_diag_keep_fn keep, void *payload);

#endif
