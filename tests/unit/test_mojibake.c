/* Finding UTF-8 that was read as Windows-1252 or Mac Roman and saved again, and undoing it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "record/mojibake.h"

/* Finds the first garbled run in s; checks where it is and what it repairs to. */
static void assert_found(const char *s, size_t off, const char *encoding, const char *repaired)
{
	gl_mojibake m;
	if (!gl_mojibake_find(s, strlen(s), 0, &m))
		fail_msg("nothing found in '%s'", s);
	assert_int_equal(m.off, off);
	assert_string_equal(m.encoding, encoding);
	gl_buf out = GL_BUF_INIT;
	gl_mojibake_repair(&out, s, strlen(s), m.encoding);
	assert_string_equal(out.ptr, repaired);
	gl_buf_release(&out);
}

static void assert_clean(const char *s)
{
	gl_mojibake m;
	if (gl_mojibake_find(s, strlen(s), 0, &m))
		fail_msg("'%s' reported at byte %zu", s, m.off);
}

static void test_windows_1252(void **state)
{
	(void)state;
	assert_found("pÃ¥ mandag", 1, "Windows-1252", "på mandag");
	assert_found("Ã¸l og Ã¦bler", 0, "Windows-1252", "øl og æbler");
	assert_found("Ã…rsag", 0, "Windows-1252", "Årsag");
	assert_found("itâ€™s", 2, "Windows-1252", "it’s");
	assert_found("â€œciteretâ€\xc2\x9d", 0, "Windows-1252", "“citeret”");
	assert_found("x ï»¿", 2, "Windows-1252", "x \xEF\xBB\xBF");
	assert_found("ðŸ˜€", 0, "Windows-1252", "\xF0\x9F\x98\x80");
}

static void test_mac_roman(void **state)
{
	(void)state;
	assert_found("p√• tv√¶rs", 1, "Mac Roman", "på tværs");
	assert_found("l√∏sning", 1, "Mac Roman", "løsning");
	assert_found("√Ürø", 0, "Mac Roman", "Ærø");
}

static void test_genuine_text_is_clean(void **state)
{
	(void)state;
	assert_clean("Æbler, øl og på tværs af leverandører");
	assert_clean("“Ærø” – “PÅ” – «ÅÆØ»");
	assert_clean("Straße, café, naïve, São Paulo");
	/* Portuguese capitals end in "Ã", the first half of a mojibake pair ("Ã¸" for "ø");
	 * at the text's end nothing follows it, so nothing is garbled. */
	assert_clean("IRMÃ");
	assert_clean("MAÇÃ");
	assert_clean("plain ascii");
	assert_clean("");
}

static void test_search_from_offset(void **state)
{
	(void)state;
	const char *s = "pÃ¥ og pÃ¥";
	gl_mojibake m;
	assert_true(gl_mojibake_find(s, strlen(s), 3, &m));
	assert_int_equal(m.off, 10);
	assert_int_equal(m.len, 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_windows_1252),
		cmocka_unit_test(test_mac_roman),
		cmocka_unit_test(test_genuine_text_is_clean),
		cmocka_unit_test(test_search_from_offset),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
