/* The status word a writer puts into a record: the user's own, else the one the log uses most. */
#include <string.h>

#include "author/status_internal.h"
#include "diag/texts.h"
#include "record/record_internal.h"
#include "record/vocab.h"
#include "util/banned.h"

/* Bytes of the status word that starts v ("Godkendt - på mødet" → 8), and its state. */
static size_t word_of(const char *v, govlog_status *state)
{
	size_t len = strlen(v), note;
	*state = gl_vocab_status(v, len, &note, NULL);
	while (note > 0 && strchr(" \t:-,;.", v[note - 1]))
		note--;
	return note;
}

typedef struct tally {
	const char *word;
	size_t len, count;
} tally;

/* Counts one record's word into the tallies (at most `cap` different words). */
static void count_word(tally *t, size_t *n, size_t cap, const char *word, size_t len)
{
	for (size_t i = 0; i < *n; i++)
		if (t[i].len == len && !memcmp(t[i].word, word, len)) {
			t[i].count++;
			return;
		}
	if (*n < cap)
		t[(*n)++] = (tally){word, len, 1};
}

/* The word most of the log's records like r (language, status style) use for the state. */
static void most_used(gl_buf *out, const govlog_log *log, const govlog_record *r, govlog_status to)
{
	const govlog_field *own = govlog_record_field(r, "status");
	tally t[32];
	size_t n = 0, best = 0;
	for (size_t i = 0; own && i < govlog_log_count(log); i++) {
		const govlog_record *o = govlog_log_record_at(log, i);
		const govlog_field *f = govlog_record_field(o, "status");
		govlog_status s;
		if (!f || f->style != own->style || gl_lang_of(o->lang) != gl_lang_of(r->lang))
			continue;
		size_t len = word_of(f->value, &s);
		if (s == to && len)
			count_word(t, &n, sizeof(t) / sizeof(t[0]), f->value, len);
	}
	for (size_t i = 1; i < n; i++)
		if (t[i].count > t[best].count)
			best = i;
	if (n)
		gl_buf_put(out, t[best].word, t[best].len);
}

void gl_status_word_choose(gl_buf *out, const govlog_log *log, const govlog_record *r,
			   govlog_status to, const char *typed)
{
	govlog_status s = GOVLOG_STATUS_NONE;
	size_t len = typed ? word_of(typed, &s) : 0;
	/* "accepted" names the state; "Godkendt" and "Accepted" are words a record says. */
	bool a_name = typed && !strcmp(typed, govlog_status_name(to));
	gl_buf_clear(out);
	if (s == to && len && !a_name)
		gl_buf_put(out, typed, len);
	else
		most_used(out, log, r, to);
}

void gl_status_said(gl_buf *out, const govlog_log *log, const char *word,
		    const govlog_record *successor)
{
	govlog_lang lang = govlog_log_language(log);
	if (successor)
		gl_lang_printf(out, lang, GL_T_CHANGE_STATUS_BY, word, govlog_record_id(successor));
	else
		gl_lang_printf(out, lang, GL_T_CHANGE_STATUS, word);
}
