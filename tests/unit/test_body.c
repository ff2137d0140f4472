/* An issue or pull-request body checked against its template, through the public API. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <govlog/govlog.h>

static const char pr_template[] = "## Checklist\n"
				  "\n"
				  "- [ ] Tests cover the change\n";

/* The body in a buffer of exactly its length, no NUL after it: as govlog/body.h takes it
 * (a pointer and a length), and as a sanitizer sees any byte read past its end. */
static govlog_diag_list *check(const char *body)
{
	size_t len = strlen(body);
	char *exact = malloc(len);
	assert_non_null(exact);
	memcpy(exact, body, len);
	govlog_diag_list *out = NULL;
	assert_int_equal(govlog_diag_list_new(&out), 0);
	assert_int_equal(govlog_body_check(out, "body.md", exact, len, "template.md", pr_template,
					   strlen(pr_template), false),
			 0);
	free(exact);
	return out;
}

/* A body that ends in a line of only list marks or a thematic break ("---", "- ", "* * *"),
 * with no line break after it: the ticked box is found, nothing is reported. */
static void test_body_ends_in_marks(void **state)
{
	(void)state;
	static const char *const ends[] = {"---", "- ", "* * *", "-", " "};
	for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
		char body[128];
		snprintf(body, sizeof(body), "## Checklist\n\n- [x] Tests cover the change\n\n%s",
			 ends[i]);
		govlog_diag_list *out = check(body);
		if (govlog_diag_list_count(out))
			fail_msg("body ending in '%s': %s", ends[i],
				 govlog_diag_list_get(out, 0)->message);
		govlog_diag_list_free(out);
	}
}

/* The box left empty is reported on its own line, whatever ends the body. */
static void test_unticked_box_on_its_line(void **state)
{
	(void)state;
	govlog_diag_list *out = check("## Checklist\n\n- [ ] Tests cover the change\n\n---");
	assert_int_equal(govlog_diag_list_count(out), 1);
	const govlog_diag *d = govlog_diag_list_get(out, 0);
	assert_string_equal(d->rule, "body/unchecked");
	assert_string_equal(d->path, "body.md");
	assert_int_equal(d->pos.line, 3);
	govlog_diag_list_free(out);
}

/* A body without the box is reported on the template's line that asks for it (govlog/body.h),
 * read to its last line, a thematic break without a line break after it. */
static void test_dropped_box_on_template_line(void **state)
{
	(void)state;
	static const char *const ends[] = {"---", "- ", "* * *", "-", " "};
	for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
		char body[128];
		snprintf(body, sizeof(body), "## Checklist\n\nAll done.\n\n%s", ends[i]);
		govlog_diag_list *out = check(body);
		assert_int_equal(govlog_diag_list_count(out), 1);
		const govlog_diag *d = govlog_diag_list_get(out, 0);
		assert_string_equal(d->rule, "body/unchecked");
		assert_string_equal(d->path, "template.md");
		assert_int_equal(d->pos.line, 3);
		govlog_diag_list_free(out);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_body_ends_in_marks),
		cmocka_unit_test(test_unticked_box_on_its_line),
		cmocka_unit_test(test_dropped_box_on_template_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
