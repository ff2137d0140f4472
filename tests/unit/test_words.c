/* The word helpers of the file-name rules: one stem with two inflections is no typo. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "check/rules/words.h"

static bool same_stem(const char *a, const char *b)
{
	return gl_words_same_stem(a, strlen(a), b, strlen(b));
}

static void test_same_stem(void **state)
{
	(void)state;
	/* one is the other with an ending */
	assert_true(same_stem("record", "records"));
	assert_true(same_stem("indkoeb", "indkoebes"));
	/* both end in an inflection of one stem */
	assert_true(same_stem("opgradering", "opgradere"));
	assert_true(same_stem("opgraderet", "opgraderes"));
	/* a syllable before the same last letter */
	assert_true(same_stem("prioritet", "prioriteret"));
	/* differing only in the last letters is not enough: those must be endings,
	 * else it is a typo ("indkoeb" / "indkoep", a swap in "vendor" / "vendro") */
	assert_false(same_stem("indkoeb", "indkoep"));
	assert_false(same_stem("vendor", "vendro"));
	assert_false(same_stem("system", "systax"));
	/* a stem of fewer than three letters is no stem */
	assert_false(same_stem("at", "ate"));
	/* more than three letters apart */
	assert_false(same_stem("record", "recorded-by"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_stem),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
