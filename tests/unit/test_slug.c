/* File-name slugs from titles. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "author/slug.h"

static void assert_slug(const char *title, bool danish, const char *want)
{
	gl_buf b = GL_BUF_INIT;
	gl_slug(&b, title, danish);
	if (strcmp(b.ptr, want))
		fail_msg("slug of '%s' is '%s', expected '%s'", title, b.ptr, want);
	gl_buf_release(&b);
}

static void test_danish(void **state)
{
	(void)state;
	assert_slug("Ærø & Øvrige", true, "aeroe-og-oevrige");
	assert_slug("Fælles testdata på tværs", true, "faelles-testdata-paa-tvaers");
	assert_slug("ÅBEN KILDEKODE", true, "aaben-kildekode");
}

static void test_other_languages(void **state)
{
	(void)state;
	assert_slug("Ærø & Øvrige", false, "aero-and-ovrige");
	assert_slug("Café Müller naïve façade", false, "cafe-muller-naive-facade");
	assert_slug("Straße", false, "strasse");
}

static void test_separators(void **state)
{
	(void)state;
	assert_slug("../../etc/passwd", false, "etc-passwd");
	assert_slug("  Use  \"quotes\" / slashes: and? stars*  ", false,
		    "use-quotes-slashes-and-stars");
	assert_slug("C++ & C#", false, "c-and-c");
	assert_slug("!!!", false, "decision");
	assert_slug("", true, "decision");
	assert_slug("日本語", false, "decision");
}

static void test_length(void **state)
{
	(void)state;
	gl_buf b = GL_BUF_INIT;
	gl_slug(&b, "a very long title that goes on and on about the many reasons for the decision",
		false);
	assert_true(b.len <= 60);
	assert_true(b.ptr[b.len - 1] != '-');
	assert_string_equal(b.ptr, "a-very-long-title-that-goes-on-and-on-about-the-many-reasons");
	gl_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_danish),
		cmocka_unit_test(test_other_languages),
		cmocka_unit_test(test_separators),
		cmocka_unit_test(test_length),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
