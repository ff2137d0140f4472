/* Fuzz target: the date reader (ISO, day-first, Danish and English month names). */
#include <stdint.h>
#include <string.h>

#include "fuzz.h"
#include "oracle.h"
#include "record/date.h"

static bool date_same(const gl_date *a, const gl_date *b)
{
	return a->year == b->year && a->month == b->month && a->day == b->day;
}

/* A date read is a real day of the years a record can carry (1900–2199), and its ISO form reads
 * back as the same day. */
static void real(const gl_date *d)
{
	char iso[11], swapped[11], back[11];
	gl_date again;
	fz_require(d->year >= 1900 && d->year <= 2199 && d->month >= 1 && d->month <= 12 &&
			   d->day >= 1 && d->day <= gl_date_days_in_month(d->year, d->month),
		   "a date read is a real day");
	gl_date_iso(d, iso);
	fz_require(strlen(iso) == 10, "an ISO date has ten characters");
	fz_require(gl_date_parse(iso, 10, &again) == GL_DATE_OK && again.form == GL_DATE_ISO &&
			   date_same(d, &again),
		   "a date normalised to ISO reads back as the same date");
	gl_date_swapped_iso(iso, swapped);
	if (!*swapped)
		return;
	fz_require(gl_date_parse(swapped, strlen(swapped), &again) == GL_DATE_OK &&
			   again.month == d->day && again.day == d->month,
		   "a swapped date swaps day and month");
	gl_date_swapped_iso(swapped, back);
	fz_require(!strcmp(back, iso), "swapping twice gives the date back");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	gl_date a, b;
	gl_date_result ra = gl_date_parse(s, size, &a);
	gl_date_result rb = gl_date_parse(s, size, &b);
	fz_require(ra == GL_DATE_OK || ra == GL_DATE_UNRECOGNISED || ra == GL_DATE_IMPOSSIBLE,
		   "the date reader gives a known answer");
	fz_require(ra == rb &&
			   (ra == GL_DATE_UNRECOGNISED || (date_same(&a, &b) && a.form == b.form)),
		   "reading a date twice reads the same");
	if (ra == GL_DATE_OK)
		real(&a);
	if (ra == GL_DATE_IMPOSSIBLE)
		fz_require(a.year < 1900 || a.year > 2199 || a.month < 1 || a.month > 12 ||
				   a.day < 1 || a.day > gl_date_days_in_month(a.year, a.month),
			   "an impossible date is no real day of 1900–2199");
	return 0;
}
