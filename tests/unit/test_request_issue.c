/* A GitHub issue's JSON and its form's answers, as `new request --from-issue` reads them. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "author/request_issue.h"
#include "govlog/common.h"

static int read_issue(gl_issue *is, const char *json)
{
	return gl_issue_read(is, json, strlen(json), "issue.json");
}

/* The fields as `gh issue view --json number,title,body,labels,author,url,createdAt` writes them.
 */
static void test_fields(void **state)
{
	(void)state;
	gl_issue is;
	assert_int_equal(
		read_issue(
			&is,
			"{\"author\":{\"id\":\"MDQ\",\"is_bot\":false,\"login\":\"anna\","
			"\"name\":\"Anna\"},\"body\":\"\",\"createdAt\":\"2026-05-04T08:15:00Z\","
			"\"labels\":[{\"id\":\"LA\",\"name\":\"feature\",\"description\":\"\","
			"\"color\":\"ededed\"}],\"number\":12,\"title\":\"Faster\","
			"\"url\":\"https://github.com/o/r/issues/12\"}"),
		0);
	assert_string_equal(is.number, "12");
	assert_string_equal(is.title, "Faster");
	assert_string_equal(is.author, "anna");
	assert_string_equal(is.date, "2026-05-04");
	assert_string_equal(is.url, "https://github.com/o/r/issues/12");
	assert_string_equal(is.labels[0], "feature");
	assert_null(is.labels[1]);
	assert_int_equal(is.answers.len, 0);
	gl_issue_release(&is);
}

/* GitHub renders each answer under "### Label"; "_No response_" is an empty answer. */
static void test_form_answers(void **state)
{
	(void)state;
	gl_issue is;
	assert_int_equal(read_issue(&is,
				    "{\"number\":3,\"title\":\"T\",\"body\":\"### Opdragsgiver "
				    "(bestiller)\\r\\n\\r\\nKL\\r\\n\\r\\n### Møde\\n\\n_No "
				    "response_\\n\\n### Acceptance criteria\\n\\n- a\\n- b\\n\\n"
				    "```\\n### code\\n```\\n\\n### Besluttende organ\\n\\n"
				    "Styregruppen\\n### Anmodende organisation\\n\\nAarhus\"}"),
			 0);
	assert_int_equal(is.answers.len, 5);
	assert_int_equal(is.answers.items[0].role, GL_REQ_SPONSOR);
	assert_string_equal(is.answers.items[0].text, "KL");
	assert_int_equal(is.answers.items[1].role, GL_REQ_MEETING);
	assert_string_equal(is.answers.items[1].text, "");
	assert_int_equal(is.answers.items[2].role, GL_REQ_ACCEPTANCE);
	assert_string_equal(is.answers.items[2].text, "- a\n- b\n\n```\n### code\n```");
	assert_int_equal(is.answers.items[3].role, GL_REQ_BODY);
	assert_int_equal(is.answers.items[4].role, GL_REQ_ORGANISATION);
	assert_string_equal(is.answers.items[4].text, "Aarhus");
	gl_issue_release(&is);
}

static void test_refused(void **state)
{
	(void)state;
	gl_issue is;
	assert_int_equal(read_issue(&is, "[{\"number\":1,\"title\":\"x\"}]"), GOVLOG_EINVALID);
	gl_issue_release(&is);
	assert_int_equal(read_issue(&is, "{\"number\":1.5,\"title\":\"x\"}"), GOVLOG_EINVALID);
	gl_issue_release(&is);
	assert_int_equal(read_issue(&is, "{\"number\":1,\"title\":\"\"}"), GOVLOG_EINVALID);
	gl_issue_release(&is);
	assert_int_equal(read_issue(&is, "{\"number\":1,\"title\":\"\xc3\"}"), GOVLOG_EINVALID);
	gl_issue_release(&is);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_form_answers),
		cmocka_unit_test(test_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
