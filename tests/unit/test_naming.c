/* A decision folder's file-name forms, and the template a folder keeps, filled in. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "author/folder_template.h"
#include "author/naming.h"

static void test_forms(void **state)
{
	(void)state;
	gl_naming n;
	assert_true(gl_naming_of(&n, "0007-use-x.md"));
	assert_int_equal(n.form, GL_NAME_NUMBER);
	assert_int_equal(n.width, 4);
	assert_true(gl_naming_of(&n, "012_use-x.md"));
	assert_int_equal(n.width, 3);
	assert_true(gl_naming_of(&n, "2026-05-28-use-x.md"));
	assert_int_equal(n.form, GL_NAME_DATE);
	assert_true(gl_naming_of(&n, "20240101-use-x.md"));
	assert_int_equal(n.form, GL_NAME_DATE_COMPACT);
	/* eight digits that are no date stay a number */
	assert_true(gl_naming_of(&n, "20241399-x.md"));
	assert_int_equal(n.form, GL_NAME_NUMBER);
	assert_false(gl_naming_of(&n, "ADR-0007-x.md"));
	assert_false(gl_naming_of(&n, "0007.md"));
	assert_false(gl_naming_of(&n, "123456789-x.md"));
}

static void assert_format(gl_naming n, unsigned long number, const char *want)
{
	gl_buf b = GL_BUF_INIT;
	gl_naming_format(&b, &n, number, "2026-09-21", "use-x");
	assert_string_equal(b.ptr, want);
	gl_buf_release(&b);
}

static void test_format(void **state)
{
	(void)state;
	assert_format((gl_naming){GL_NAME_NUMBER, 4}, 7, "0007-use-x");
	assert_format((gl_naming){GL_NAME_NUMBER, 3}, 12, "012-use-x");
	assert_format((gl_naming){GL_NAME_DATE, 0}, 0, "2026-09-21-use-x");
	assert_format((gl_naming){GL_NAME_DATE_COMPACT, 0}, 0, "20260921-use-x");
}

static void assert_fill(const char *tpl, const char *want)
{
	gl_fill f = {"Use *Redis*",  3,          "2026-09-21", "proposed",    "Ada",
		     "Architecture", "ADR-0001", NULL,         GOVLOG_LANG_EN};
	gl_buf b = GL_BUF_INIT;
	gl_folder_template_fill(&b, tpl, strlen(tpl), &f);
	assert_string_equal(b.ptr, want);
	gl_buf_release(&b);
}

static void test_fill(void **state)
{
	(void)state;
	/* adr-tools' words; a title's Markdown escaped */
	assert_fill(
		"# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n",
		"# 3. Use \\*Redis\\*\n\nDate: 2026-09-21\nSupersedes: ADR-0001\n\n## Status\n\n"
		"Proposed\n");
	/* front matter: only the template's own values are replaced, a filled one stays */
	assert_fill("---\nstatus: \"{proposed | accepted}\"\ndate: 2020-01-01\n---\n# {title}\n",
		    "---\nstatus: proposed\ndate: 2020-01-01\nsupersedes: ADR-0001\n---\n"
		    "# Use \\*Redis\\*\n");
	/* bold bullets keep their comment; CRLF line breaks kept */
	assert_fill("# [t]\r\n\r\n- **Status**: [draft] <!-- optional -->\r\n",
		    "# Use \\*Redis\\*\r\n\r\n- **Status**: proposed <!-- optional -->\r\n"
		    "- **Supersedes**: ADR-0001\r\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_fill),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
