/* UTF-8 decoding, validation, case folding and sanitising. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "util/utf8.h"

static void assert_invalid_at(const char *s, size_t len, size_t want)
{
	size_t bad = (size_t)-1;
	if (gl_utf8_validate(s, len, &bad))
		fail_msg("accepted invalid input, expected a bad byte at %zu", want);
	assert_int_equal(bad, want);
}

static void test_validate(void **state)
{
	(void)state;
	size_t bad;
	assert_true(gl_utf8_validate("plain ascii", 11, &bad));
	assert_true(gl_utf8_validate("Æbler, øl og å", strlen("Æbler, øl og å"), &bad));
	assert_true(gl_utf8_validate("\xF0\x9F\x98\x80", 4, &bad)); /* U+1F600 */
	assert_true(gl_utf8_validate("", 0, &bad));
	assert_invalid_at("L\xE6s", 3, 1);           /* a Latin-1 byte */
	assert_invalid_at("ab\xC3", 3, 2);           /* truncated at the end */
	assert_invalid_at("\xC3(", 2, 0);            /* bad continuation */
	assert_invalid_at("x\xC0\xAF", 3, 1);        /* overlong '/' */
	assert_invalid_at("\xE0\x80\xAF", 3, 0);     /* overlong, three bytes */
	assert_invalid_at("\xED\xA0\x80", 3, 0);     /* a UTF-16 surrogate */
	assert_invalid_at("\xF4\x90\x80\x80", 4, 0); /* above U+10FFFF */
	assert_invalid_at("ok\x80", 3, 2);           /* a lone continuation byte */
	assert_invalid_at("\xFF", 1, 0);
}

static void test_decode(void **state)
{
	(void)state;
	uint32_t cp;
	bool valid;
	assert_int_equal(gl_utf8_decode("å", 2, &cp, &valid), 2);
	assert_true(valid);
	assert_int_equal(cp, 0xE5);
	assert_int_equal(gl_utf8_decode("\xE6x", 2, &cp, &valid), 1);
	assert_false(valid);
}

static void test_count(void **state)
{
	(void)state;
	assert_int_equal(gl_utf8_count("Årsag", strlen("Årsag")), 5);
	assert_int_equal(gl_utf8_count("", 0), 0);
	assert_int_equal(gl_utf8_count("a\xE6"
				       "b",
				       3),
			 3); /* a bad byte counts as one */
}

static void test_case_insensitive(void **state)
{
	(void)state;
	assert_true(gl_utf8_ieq("ÆBLE", strlen("ÆBLE"), "æble", strlen("æble")));
	assert_true(gl_utf8_ieq("Forældet", strlen("Forældet"), "FORÆLDET", strlen("FORÆLDET")));
	assert_true(gl_utf8_ieq("Årsag", strlen("Årsag"), "årsag", strlen("årsag")));
	assert_false(gl_utf8_ieq("aeble", 5, "æble", strlen("æble")));
	assert_false(gl_utf8_ieq("abc", 3, "abcd", 4));
}

static void test_lower(void **state)
{
	(void)state;
	gl_buf b = GL_BUF_INIT;
	gl_utf8_lower(&b, "KONTEKST / ÅRSAG", strlen("KONTEKST / ÅRSAG"));
	assert_string_equal(b.ptr, "kontekst / årsag");
	gl_buf_release(&b);
	/* Latin-1's capitals À to Þ have their small letter 32 above; × (U+00D7) is none */
	for (uint32_t cp = 0xC0; cp <= 0xDE; cp++)
		assert_int_equal(gl_utf8_lower_cp(cp), cp == 0xD7 ? cp : cp + 32);
	assert_int_equal(gl_utf8_lower_cp(0xDF), 0xDF); /* ß has no capital here */
	assert_true(gl_utf8_ieq("ÞING", strlen("ÞING"), "þing", strlen("þing")));
}

static void test_sanitize(void **state)
{
	(void)state;
	gl_buf b = GL_BUF_INIT;
	gl_utf8_sanitize(&b, "L\xE6s", 3);
	assert_true(gl_utf8_validate(b.ptr, b.len, NULL));
	assert_string_equal(b.ptr, "L\xEF\xBF\xBDs"); /* U+FFFD in place of the bad byte */
	gl_buf_release(&b);
	gl_utf8_sanitize(&b, "æøå", strlen("æøå"));
	assert_string_equal(b.ptr, "æøå");
	gl_buf_release(&b);
}

static void test_encode(void **state)
{
	(void)state;
	gl_buf b = GL_BUF_INIT;
	gl_utf8_encode(&b, 0xE6);
	gl_utf8_encode(&b, 0x1F600);
	assert_int_equal(b.len, 6);
	assert_memory_equal(b.ptr, "\xC3\xA6\xF0\x9F\x98\x80", 6);
	gl_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_validate), cmocka_unit_test(test_decode),
		cmocka_unit_test(test_count),    cmocka_unit_test(test_case_insensitive),
		cmocka_unit_test(test_lower),    cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_encode),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
