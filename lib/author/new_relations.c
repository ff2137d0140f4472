/* What `new` does to the records it names: --supersedes completed in the old record, -l links. */
#include <string.h>

#include "author/encode.h"
#include "author/link_internal.h"
#include "author/new_relations.h"
#include "author/status_internal.h"
#include "check/rules/rules.h"
#include "diag/texts.h"
#include "record/vocab.h"
#include "util/error.h"
#include "util/banned.h"

/* A refusal in the log's language (a row with up to two strings). */
static int said(govlog_lang lang, gl_text_id id, const char *a, const char *b)
{
	return gl_lang_error(GOVLOG_EINVALID, lang, id, a, b);
}

/* The lookup's message, and that nothing was written (formatted before it is replaced). */
static int nothing_written(int rc, govlog_lang lang)
{
	return gl_lang_error(rc, lang, GL_T_NOTHING_WRITTEN, govlog_error_last());
}

/*
 * The records --supersedes and the links name exist, the old record may be
 * superseded, and the link words can be written: nothing is written before.
 */
int gl_new_check_relations(const govlog_record **superseded, const govlog_log *log,
			   const govlog_new_options *o)
{
	govlog_lang lang = govlog_log_language(log);
	int rc = 0;
	if (o->pending && !o->supersedes)
		return said(lang, GL_T_PENDING_ALONE, NULL, NULL);
	if (o->supersedes && (rc = govlog_log_lookup(superseded, log, o->supersedes)))
		return nothing_written(rc, lang);
	govlog_status from = *superseded ? govlog_record_status(*superseded) : GOVLOG_STATUS_NONE;
	if (*superseded && !o->pending && !gl_status_allowed(from, GOVLOG_STATUS_SUPERSEDED))
		return said(lang, GL_T_SUPERSEDE_NOT_ACCEPTED, govlog_record_id(*superseded),
			    gl_vocab_status_word(from, lang));
	if (*superseded && !o->pending &&
	    (rc = gl_status_settable(*superseded, GOVLOG_STATUS_SUPERSEDED)))
		return rc;
	for (size_t i = 0; !rc && i < o->link_count; i++) {
		const govlog_record *target;
		if ((rc = govlog_log_lookup(&target, log, o->links[i].target)))
			return nothing_written(rc, lang);
		if (!o->links[i].link[0])
			rc = said(lang, GL_T_LINK_NO_WORDS, NULL, NULL);
		if (!rc)
			rc = gl_encode_check(o->links[i].link, "LINK", lang);
		if (!rc)
			rc = gl_encode_check(o->links[i].reverse, "REVERSE", lang);
	}
	return rc;
}

/* The new record's relations completed in the records it names (the lock is held). */
int gl_new_complete_relations(const govlog_log *log, const govlog_new_options *o,
			      const govlog_record *superseded, const char *path)
{
	int rc = 0;
	if (superseded && !o->pending)
		rc = gl_status_supersede(log, superseded, path, o->changed, o->payload);
	for (size_t i = 0; !rc && i < o->link_count; i++) {
		const govlog_new_link *l = &o->links[i];
		const govlog_record *target;
		rc = govlog_log_lookup(&target, log, l->target);
		if (!rc)
			rc = gl_link_paths(log, path, l->link, govlog_record_path(target),
					   l->reverse && *l->reverse ? l->reverse : NULL,
					   o->changed, o->payload);
	}
	return rc;
}
