/* What a meeting's file name and first lines say: its date and the body that met. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "check/meeting_internal.h"

static void expect_name_date(const char *path, const char *want)
{
	char iso[11];
	gl_meeting_name_date(path, iso);
	assert_string_equal(iso, want);
}

static void test_name_dates(void **state)
{
	(void)state;
	expect_name_date("dagsordner-og-referater/styregruppe/20260604_referat.md", "2026-06-04");
	expect_name_date("referater/2026-03-12-referat.md", "2026-03-12");
	expect_name_date("meetings/2026_03_12_minutes.md", "2026-03-12");
	expect_name_date("minutes/2026-03-12_steering.md", "2026-03-12");
	expect_name_date("referater/12-03-2026-referat.md", "2026-03-12");
	/* no date, or eight digits that are no day */
	expect_name_date("referater/dagsorden-april.md", "");
	expect_name_date("referater/20261399_referat.md", "");
	expect_name_date("referater/202606041_x.md", "");
}

static void expect_text_date(const char *text, const char *want)
{
	char iso[11];
	gl_text_first_date(text, strlen(text), iso);
	assert_string_equal(iso, want);
}

static void test_text_dates(void **state)
{
	(void)state;
	expect_text_date("Dato: 4. juni 2026", "2026-06-04");
	/* a sentence's full stop after the year */
	expect_text_date("Godkendt på styregruppemødet den 4. juni 2026.", "2026-06-04");
	expect_text_date("Godkendt af koordinationsgruppen 12.03.2026.", "2026-03-12");
	expect_text_date("approved at the steering group meeting on 4 June 2026, as planned",
			 "2026-06-04");
	/* a time of day is no date; the first date counts */
	expect_text_date("tirsdag kl. 6-8. Mødet 2026-05-14 og 2026-06-04", "2026-05-14");
	expect_text_date("ingen dato her, kun ADR-0007", "");
}

static void expect_body(const char *lower, const char *want)
{
	const char *key = gl_body_mention(lower, strlen(lower), NULL, NULL);
	if (want)
		assert_string_equal(key, want);
	else
		assert_null(key);
}

static void test_bodies(void **state)
{
	(void)state;
	expect_body("på styregruppemødet den 4. juni", "styregruppe");
	expect_body("godkendt af styregruppen", "styregruppe");
	expect_body("approved at the steering group meeting", "styregruppe");
	expect_body("godkendt af koordinationsgruppen", "koordinationsgruppe");
	expect_body("the coordination group agreed", "koordinationsgruppe");
	expect_body("godkendt af leverandørerne", NULL);
	/* the first mention names the body */
	size_t at = 0;
	const char *both = "koordinationsgruppen indstiller, styregruppen godkender";
	assert_string_equal(gl_body_mention(both, strlen(both), &at, NULL), "koordinationsgruppe");
	assert_int_equal(at, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_name_dates),
		cmocka_unit_test(test_text_dates),
		cmocka_unit_test(test_bodies),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
