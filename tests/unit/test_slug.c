/* File-name slugs from titles. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "author/slug.h"

static void assert_slug(const char *title, govlog_lang lang, const char *want)
{
	gl_buf b = GL_BUF_INIT;
	gl_slug(&b, title, lang);
	if (strcmp(b.ptr, want))
		fail_msg("slug of '%s' is '%s', expected '%s'", title, b.ptr, want);
	gl_buf_release(&b);
}

static void test_danish(void **state)
{
	(void)state;
	assert_slug("Ærø & Øvrige", GOVLOG_LANG_DA, "aeroe-og-oevrige");
	assert_slug("Fælles testdata på tværs", GOVLOG_LANG_DA, "faelles-testdata-paa-tvaers");
	assert_slug("ÅBEN KILDEKODE", GOVLOG_LANG_DA, "aaben-kildekode");
}

static void test_other_languages(void **state)
{
	(void)state;
	assert_slug("Ærø & Øvrige", GOVLOG_LANG_EN, "aero-and-ovrige");
	assert_slug("Café Müller naïve façade", GOVLOG_LANG_EN, "cafe-muller-naive-facade");
	assert_slug("Straße", GOVLOG_LANG_EN, "strasse");
}

static void test_separators(void **state)
{
	(void)state;
	assert_slug("../../etc/passwd", GOVLOG_LANG_EN, "etc-passwd");
	assert_slug("  Use  \"quotes\" / slashes: and? stars*  ", GOVLOG_LANG_EN,
		    "use-quotes-slashes-and-stars");
	assert_slug("C++ & C#", GOVLOG_LANG_EN, "c-and-c");
	assert_slug("!!!", GOVLOG_LANG_EN, "decision");
	assert_slug("", GOVLOG_LANG_DA, "decision");
	assert_slug("日本語", GOVLOG_LANG_EN, "decision");
}

static void test_length(void **state)
{
	(void)state;
	gl_buf b = GL_BUF_INIT;
	gl_slug(&b, "a very long title that goes on and on about the many reasons for the decision",
		GOVLOG_LANG_EN);
	assert_true(b.len <= 60);
	assert_true(b.ptr[b.len - 1] != '-');
	assert_string_equal(b.ptr, "a-very-long-title-that-goes-on-and-on-about-the-many-reasons");
	gl_buf_release(&b);
}

/* A title of one word longer than a slug may be has no dash to cut at: its first 60 letters. */
static void test_length_one_word(void **state)
{
	(void)state;
	char word[71];
	for (size_t i = 0; i < 70; i++)
		word[i] = (char)('a' + i % 26);
	word[70] = '\0';
	gl_buf b = GL_BUF_INIT;
	gl_slug(&b, word, GOVLOG_LANG_EN);
	assert_int_equal(b.len, 60);
	assert_memory_equal(b.ptr, word, 60);
	gl_buf_release(&b);
}

/* gl_slug appends: what the buffer holds before the slug is kept as it is. */
static void test_appends(void **state)
{
	(void)state;
	gl_buf b = GL_BUF_INIT;
	gl_buf_puts(&b, "0007-");
	gl_slug(&b, "!!!", GOVLOG_LANG_EN);
	assert_string_equal(b.ptr, "0007-decision");
	gl_buf_clear(&b);
	gl_buf_puts(&b, "0007-");
	gl_slug(&b, "Use Redis -", GOVLOG_LANG_EN);
	assert_string_equal(b.ptr, "0007-use-redis");
	gl_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_danish),          cmocka_unit_test(test_other_languages),
		cmocka_unit_test(test_separators),      cmocka_unit_test(test_length),
		cmocka_unit_test(test_length_one_word), cmocka_unit_test(test_appends),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
