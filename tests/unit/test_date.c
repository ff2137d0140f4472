/* The date forms decision logs use, and the impossible dates among them. */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "record/date.h"

/* Parses s and checks the ISO form and the form it was read as. */
static void assert_date(const char *s, const char *iso, gl_date_form form)
{
	gl_date d;
	char buf[11];
	if (gl_date_parse(s, strlen(s), &d) != GL_DATE_OK)
		fail_msg("'%s' did not parse", s);
	gl_date_iso(&d, buf);
	if (strcmp(buf, iso) || d.form != form)
		fail_msg("'%s' read as %s (form %d), expected %s (form %d)", s, buf, d.form, iso,
			 form);
}

static void assert_result(const char *s, gl_date_result want)
{
	gl_date d;
	gl_date_result got = gl_date_parse(s, strlen(s), &d);
	if (got != want)
		fail_msg("'%s' gave %d, expected %d", s, got, want);
}

static void test_forms(void **state)
{
	(void)state;
	assert_date("2026-06-25", "2026-06-25", GL_DATE_ISO);
	assert_date("25-06-2026", "2026-06-25", GL_DATE_DMY_DASH);
	assert_date("25.06.2026", "2026-06-25", GL_DATE_DMY_DOT);
	assert_date("25/06/2026", "2026-06-25", GL_DATE_DMY_SLASH);
	assert_date("4.6.2026", "2026-06-04", GL_DATE_DMY_DOT);
	assert_date("4. juni 2026", "2026-06-04", GL_DATE_TEXT);
	assert_date("4 June 2026", "2026-06-04", GL_DATE_TEXT);
	assert_date("June 4, 2026", "2026-06-04", GL_DATE_TEXT);
	assert_date("1. januar 2027", "2027-01-01", GL_DATE_TEXT);
	assert_date("31. december 2026", "2026-12-31", GL_DATE_TEXT);
}

static void test_trailing_text(void **state)
{
	(void)state;
	assert_date("2026-06-25 (revideret)", "2026-06-25", GL_DATE_ISO);
	assert_date("04-06-2026, styregruppemøde", "2026-06-04", GL_DATE_DMY_DASH);
	assert_result("2026-06-25x", GL_DATE_UNRECOGNISED);
}

static void test_impossible_days(void **state)
{
	(void)state;
	assert_result("2026-02-30", GL_DATE_IMPOSSIBLE);
	assert_result("31.04.2026", GL_DATE_IMPOSSIBLE);
	assert_result("2026-13-01", GL_DATE_IMPOSSIBLE);
	assert_result("2026-00-10", GL_DATE_IMPOSSIBLE);
	assert_result("2100-02-29", GL_DATE_IMPOSSIBLE);
	assert_result("2024-02-29", GL_DATE_OK);
	assert_result("2000-02-29", GL_DATE_OK);
	assert_result("2026-07-31", GL_DATE_OK);
	assert_result("32.07.2026", GL_DATE_IMPOSSIBLE);
	/* the years a decision can carry: 1900 to 2199 (record/date.h) */
	assert_result("1900-01-01", GL_DATE_OK);
	assert_result("1899-12-31", GL_DATE_IMPOSSIBLE);
	assert_result("2199-12-31", GL_DATE_OK);
	assert_result("31. december 2199", GL_DATE_OK);
	assert_result("2200-01-01", GL_DATE_IMPOSSIBLE);
	gl_date d;
	assert_int_equal(gl_date_parse("2026-02-30", 10, &d), GL_DATE_IMPOSSIBLE);
	assert_int_equal(d.year, 2026); /* the numbers read are kept for the message */
	assert_int_equal(d.month, 2);
	assert_int_equal(d.day, 30);
}

static void test_unrecognised(void **state)
{
	(void)state;
	assert_result("", GL_DATE_UNRECOGNISED);
	assert_result("snart", GL_DATE_UNRECOGNISED);
	assert_result("Q3 2026", GL_DATE_UNRECOGNISED);
	assert_result("[ÅÅÅÅ-MM-DD]", GL_DATE_UNRECOGNISED);
	assert_result("2026-6", GL_DATE_UNRECOGNISED);
	/* a year of two or three digits is no form at all, not an impossible date */
	assert_result("98-06-25", GL_DATE_UNRECOGNISED);
	assert_result("202-06-25", GL_DATE_UNRECOGNISED);
	assert_result("4. smarch 2026", GL_DATE_UNRECOGNISED);
	/* a month needs a digit: "2026--25" names no month, so it is no date at all */
	assert_result("2026--25", GL_DATE_UNRECOGNISED);
}

/* A month without a day: ISO 8601's reduced precision, or a month's name and the year. */
static void assert_month_only(const char *s, int year, int month)
{
	gl_date d;
	bool got = gl_date_month_only(s, strlen(s), &d);
	if (!got || d.year != year || d.month != month || d.day != 0)
		fail_msg("'%s' read as %d-%d-%d (%s), expected the month %d-%02d", s, d.year,
			 d.month, d.day, got ? "a month" : "no month", year, month);
}

static void assert_not_month_only(const char *s)
{
	gl_date d;
	if (gl_date_month_only(s, strlen(s), &d))
		fail_msg("'%s' read as the month %d-%02d", s, d.year, d.month);
}

static void test_month_only(void **state)
{
	(void)state;
	assert_month_only("2018-11", 2018, 11);
	assert_month_only("2018-01 (revised)", 2018, 1);
	assert_month_only("November 2018", 2018, 11);
	assert_month_only("juni 2026", 2026, 6);
	/* a full date, no month, a month past December, a year out of range */
	assert_not_month_only("2018-11-05");
	assert_not_month_only("2018");
	assert_not_month_only("2018-13");
	assert_not_month_only("2018-1");
	assert_not_month_only("1026-06");
	assert_not_month_only("Q3 2026");
	assert_not_month_only("juni");
	/* what no full date reads still is no date: parsing it is unchanged */
	assert_result("2018-11", GL_DATE_UNRECOGNISED);
}

/* record/date.h: day and month swapped, "" when the day is past 12 or equals the month. */
static void assert_swapped(const char *iso, const char *want)
{
	char out[11];
	memset(out, 'x', sizeof(out));
	gl_date_swapped_iso(iso, out);
	assert_string_equal(out, want);
}

static void test_swapped(void **state)
{
	(void)state;
	assert_swapped("2026-03-04", "2026-04-03");
	assert_swapped("2026-01-12", "2026-12-01");
	assert_swapped("2026-06-13", ""); /* no 13th month */
	assert_swapped("2026-06-31", ""); /* past 12, and no date */
	assert_swapped("2026-05-05", "");
	assert_swapped("snart", "");
}

static void test_days_in_month(void **state)
{
	(void)state;
	assert_int_equal(gl_date_days_in_month(2026, 2), 28);
	assert_int_equal(gl_date_days_in_month(2028, 2), 29);
	assert_int_equal(gl_date_days_in_month(1900, 2), 28);
	/* the Gregorian calendar's months, January to December */
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	for (int m = 1; m <= 12; m++)
		if (gl_date_days_in_month(2026, m) != days[m - 1])
			fail_msg("month %d of 2026 has %d days, expected %d", m,
				 gl_date_days_in_month(2026, m), days[m - 1]);
	assert_int_equal(gl_date_days_in_month(2026, 0), 0);
	assert_int_equal(gl_date_days_in_month(2026, 13), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),           cmocka_unit_test(test_trailing_text),
		cmocka_unit_test(test_impossible_days), cmocka_unit_test(test_unrecognised),
		cmocka_unit_test(test_days_in_month),   cmocka_unit_test(test_swapped),
		cmocka_unit_test(test_month_only),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
