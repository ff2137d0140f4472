/* Which gaps a steering group is shown: the window of releases, and what a commit gap is. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "record/date.h"
#include "util/ascii.h"
#include "trace/notes.h"
#include "trace/trace_internal.h"
#include "diag/texts.h"
#include "util/error.h"
#include "util/banned.h"

#define DAY 86400

/*
 * A feature or a fix no request asked for is a gap; housekeeping (a typo,
 * lint, a version or changelog edit, as the classification marks it) and
 * dependency bumps never are, nor merges, fixups and cancelled reverts.
 */
bool gl_gap_counts(const gl_change *c)
{
	bool feature_or_fix = c->kind == GL_CHANGE_FEATURE || c->kind == GL_CHANGE_FIX;
	return feature_or_fix && !c->housekeeping && !c->merge && !c->reverted && !c->fixup;
}

static bool in_window(const gl_gap_window *w, const gl_history *h, size_t release)
{
	switch (w->kind) {
	case GL_WINDOW_ALL:
		return true;
	case GL_WINDOW_AFTER_TAG:
		return release > w->after;
	default:
		return h->releases.items[release].time >= w->from;
	}
}

const char *gl_window_since(const gl_gap_window *w)
{
	if (w->kind == GL_WINDOW_ALL)
		return NULL;
	return w->kind == GL_WINDOW_AFTER_TAG ? w->tag : w->date;
}

void gl_window_line(gl_buf *out, const gl_gap_window *w, govlog_lang lang)
{
	gl_buf n = GL_BUF_INIT;
	gl_lang_printf(&n, lang, w->releases == 1 ? GL_T_RELEASE_COUNT_ONE : GL_T_RELEASE_COUNT,
		       w->releases);
	if (w->kind == GL_WINDOW_ALL)
		gl_lang_printf(out, lang, GL_T_GAPS_ALL, n.ptr);
	else
		gl_lang_printf(out, lang,
			       w->kind == GL_WINDOW_YEAR ? GL_T_GAPS_SINCE_YEAR : GL_T_GAPS_SINCE,
			       gl_window_since(w), n.ptr);
	gl_buf_release(&n);
}

bool gl_window_has(const gl_trace *t, size_t release)
{
	return release == GL_UNRELEASED || in_window(&t->window, t->sel.h, release);
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

/* "2025-12-03" as its first second (UTC); false when `s` is no such date. */
static bool iso_day(const char *s, int64_t *out)
{
	gl_date d;
	if (strlen(s) != 10 || gl_date_parse(s, 10, &d) != GL_DATE_OK || d.form != GL_DATE_ISO)
		return false;
	*out = days_from_civil(d.year, (unsigned)d.month, (unsigned)d.day) * DAY;
	return true;
}

/*
 * The newest commit's (author) time: the tip's in a history that was not
 * rewritten, and never the wall clock, so a report can be made again.
 */
static int64_t newest_time(const gl_history *h)
{
	int64_t newest = INT64_MIN;
	for (size_t i = 0; i < h->changes.len; i++)
		if (h->changes.items[i].time > newest)
			newest = h->changes.items[i].time;
	return newest == INT64_MIN ? 0 : newest;
}

int gl_window_set(gl_gap_window *w, const gl_history *h, const char *since, bool all)
{
	memset(w, 0, sizeof(*w));
	if (since) {
		size_t r = gl_history_release_named(h, since);
		if (r != GL_UNRELEASED) {
			w->kind = GL_WINDOW_AFTER_TAG;
			w->after = r;
			w->tag = h->releases.items[r].tag;
		} else if (iso_day(since, &w->from)) {
			w->kind = GL_WINDOW_FROM_DATE;
			gl_notes_date(w->date, w->from);
		} else {
			return gl_error_set(GOVLOG_EINVALID,
					    "'%s' is neither a release tag nor a date (YYYY-MM-DD)",
					    since);
		}
	} else if (all) {
		w->kind = GL_WINDOW_ALL;
	} else {
		/* A year before the newest commit, from the start of that day. */
		int64_t from = newest_time(h) - 365 * (int64_t)DAY;
		w->kind = GL_WINDOW_YEAR;
		w->from = from - (from % DAY + DAY) % DAY;
		gl_notes_date(w->date, w->from);
	}
	for (size_t r = 0; r < h->releases.len; r++)
		w->releases += in_window(w, h, r);
	return 0;
}
