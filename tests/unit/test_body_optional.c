/* Which checkboxes of an issue or pull-request template may stay empty. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "check/body_optional.h"

static bool optional(const char *label)
{
	return gl_body_box_optional(label, strlen(label));
}

static void test_optional(void **state)
{
	(void)state;
	assert_true(optional("Screenshots <!-- optional -->"));
	assert_true(optional("Brugervejledning <!-- valgfri -->"));
	assert_true(optional("Documentation is updated (if applicable)"));
	assert_true(optional("Migration notes, where applicable"));
	assert_true(optional("The decision log is updated if the change needs a decision"));
	assert_true(optional("If this fixes a bug, a test shows it"));
	assert_true(optional("Dokumentationen er opdateret, hvis relevant"));
	assert_true(optional("Skærmbilleder, hvis det er relevant"));
	assert_true(optional("Changelog entry (Optional)"));
}

static void test_required(void **state)
{
	(void)state;
	assert_false(optional("Tests cover the change"));
	assert_false(optional("Relevant tests are added"));
	assert_false(optional("Check if the build passes"));
	assert_false(optional("I verified if the migration runs"));
	assert_false(optional("Leverandøren har gennemgået ændringen"));
	assert_false(optional("Diff is small"));      /* "if" inside a word */
	assert_false(optional("Unique identifiers")); /* "unless" nowhere, "if" inside a word */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_optional),
		cmocka_unit_test(test_required),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
