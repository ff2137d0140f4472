/* Reading the date forms people write: ISO 8601, DD-MM-YYYY, DD.MM.YYYY, "4. juni 2026", "4 June
 * 2026". */
#ifndef GOVLOG_DATE_H
#define GOVLOG_DATE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum gl_date_form {
	GL_DATE_ISO,       /* 2026-06-25 */
	GL_DATE_DMY_DASH,  /* 25-06-2026 */
	GL_DATE_DMY_DOT,   /* 25.06.2026 */
	GL_DATE_DMY_SLASH, /* 25/06/2026 */
	GL_DATE_TEXT,      /* 4. juni 2026, 4 June 2026, June 4, 2026 */
} gl_date_form;

typedef struct gl_date {
	int year, month, day;
	gl_date_form form;
} gl_date;

typedef enum gl_date_result {
	GL_DATE_OK = 0,
	GL_DATE_UNRECOGNISED = -1, /* not in any known form */
	GL_DATE_IMPOSSIBLE = -2,   /* a known form, but no such day (2026-02-30) */
} gl_date_result;

/*
 * Parses a date at the start of s[0..len); trailing text after white space or
 * a parenthesis is allowed ("2026-06-25 (revideret)"). A date names a real day
 * of a year from 1900 to 2199, else it is GL_DATE_IMPOSSIBLE ("1026-06-25" is a
 * slip of the keyboard); then *out still holds the numbers read.
 */
gl_date_result gl_date_parse(const char *s, size_t len, gl_date *out);

/*
 * Whether s[0..len) names a month and no day ("2018-11", ISO 8601's reduced
 * precision, or "November 2018"): then *out holds its year and month, day 0.
 */
bool gl_date_month_only(const char *s, size_t len, gl_date *out);

/* Writes "YYYY-MM-DD" and a NUL into buf[11]. */
void gl_date_iso(const gl_date *d, char buf[11]);

/* "2026-03-04" → "2026-04-03" in out: the date with day and month swapped; "" when
 * `iso` is no date, its day is past 12, or day and month are equal. */
void gl_date_swapped_iso(const char *iso, char out[11]);

int gl_date_days_in_month(int year, int month);

/* Today in UTC as "YYYY-MM-DD"; SOURCE_DATE_EPOCH, when set, fixes it (reproducible runs). */
void gl_date_today(char out[11]);

#endif
