/* The rule registry and the diagnostic list: adding, sorting, counting, configured severities. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <govlog/govlog.h>

#include "diag/diag.h"
#include "util/ascii.h"

static govlog_pos at(unsigned line, unsigned col)
{
	govlog_pos p = {line, col};
	return p;
}

/* "family/name": lower-case letters, digits and hyphens on both sides of one slash. */
static bool is_rule_id(const char *id)
{
	const char *slash = strchr(id, '/');
	if (!slash || slash == id || !slash[1] || strchr(slash + 1, '/'))
		return false;
	for (const char *p = id; *p; p++)
		if (p != slash && !gl_islower(*p) && !gl_isdigit(*p) && *p != '-')
			return false;
	return id[0] != '-' && slash[-1] != '-' && slash[1] != '-' && id[strlen(id) - 1] != '-';
}

static void test_rule_ids(void **state)
{
	(void)state;
	size_t n = govlog_rule_count();
	assert_int_equal(n, GL_RULE__COUNT);
	assert_true(n > 30);
	for (size_t i = 0; i < n; i++) {
		const govlog_rule_info *r = govlog_rule_at(i);
		assert_non_null(r);
		if (!is_rule_id(r->id))
			fail_msg("rule id '%s' is not family/name", r->id);
		for (size_t k = 0; k < i; k++)
			if (!strcmp(govlog_rule_at(k)->id, r->id))
				fail_msg("rule id '%s' appears twice", r->id);
		assert_ptr_equal(govlog_rule_find(r->id), r);
	}
	assert_null(govlog_rule_at(n));
	assert_null(govlog_rule_find("status/unknwn"));
	assert_null(govlog_rule_find("status"));
	assert_null(govlog_rule_find(""));
}

static void test_rule_severities_and_summaries(void **state)
{
	(void)state;
	for (size_t i = 0; i < govlog_rule_count(); i++) {
		const govlog_rule_info *r = govlog_rule_at(i);
		/* A rule that is off by default would never be seen: warning or error, but for
		 * the opt-in rules a team turns on for CI (review/same-vendor reads all history).
		 */
		bool opt_in = !strcmp(r->id, "review/same-vendor");
		if (opt_in != (r->default_severity == GOVLOG_SEVERITY_OFF) ||
		    (!opt_in && r->default_severity != GOVLOG_SEVERITY_WARNING &&
		     r->default_severity != GOVLOG_SEVERITY_ERROR))
			fail_msg("rule '%s' has default severity %d", r->id, r->default_severity);
		size_t len = strlen(r->summary);
		if (!len || r->summary[len - 1] == '.' || r->summary[len - 1] == ' ')
			fail_msg("rule '%s' has summary '%s'", r->id, r->summary);
	}
	assert_string_equal(govlog_severity_name(GOVLOG_SEVERITY_OFF), "off");
	assert_string_equal(govlog_severity_name(GOVLOG_SEVERITY_WARNING), "warning");
	assert_string_equal(govlog_severity_name(GOVLOG_SEVERITY_ERROR), "error");
}

/* Each enum constant names its id: GL_RULE_DATE_FUTURE is "date/future". */
static void test_rule_enum_matches_ids(void **state)
{
	(void)state;
	static const struct {
		gl_rule rule;
		const char *name;
	} rows[] = {
#define ROW(name, id, sev, summary) {GL_RULE_##name, #name},
		GL_RULES(ROW)
#undef ROW
	};
	assert_int_equal(GL_ARRAY_SIZE(rows), GL_RULE__COUNT);
	for (size_t i = 0; i < GL_ARRAY_SIZE(rows); i++) {
		const char *id = govlog_rule_at(rows[i].rule)->id;
		char want[64];
		size_t k = 0;
		for (; id[k] && k + 1 < sizeof(want); k++)
			want[k] = id[k] == '/' || id[k] == '-' ? '_' : gl_toupper(id[k]);
		want[k] = '\0';
		assert_string_equal(rows[i].name, want);
	}
	assert_string_equal(govlog_rule_at(GL_RULE_STATUS_UNKNOWN)->id, "status/unknown");
	assert_int_equal(govlog_rule_at(GL_RULE_STATUS_UNKNOWN)->default_severity,
			 GOVLOG_SEVERITY_ERROR);
	assert_int_equal(govlog_rule_at(GL_RULE_ENCODING_BOM)->default_severity,
			 GOVLOG_SEVERITY_WARNING);
}

static void test_add(void **state)
{
	(void)state;
	govlog_diag_list *list = NULL;
	assert_int_equal(govlog_diag_list_new(&list), 0);
	assert_int_equal(govlog_diag_list_count(list), 0);
	assert_null(govlog_diag_list_get(list, 0));

	char path[] = "docs/adr/0001-x.md";
	gl_diag_add(list, GL_RULE_STATUS_UNKNOWN, path, at(4, 15), "did you mean 'Accepteret'?",
		    "unknown status '%s'", "Acepteret");
	gl_diag_add(list, GL_RULE_ENCODING_BOM, path, at(0, 0), NULL, "byte order mark");
	/* The list holds copies: the caller's buffers may change. */
	path[0] = 'X';
	assert_int_equal(govlog_diag_list_count(list), 2);
	const govlog_diag *d = govlog_diag_list_get(list, 0);
	assert_string_equal(d->rule, "status/unknown");
	assert_int_equal(d->severity, GOVLOG_SEVERITY_ERROR);
	assert_string_equal(d->path, "docs/adr/0001-x.md");
	assert_int_equal(d->pos.line, 4);
	assert_int_equal(d->pos.col, 15);
	assert_string_equal(d->message, "unknown status 'Acepteret'");
	assert_string_equal(d->hint, "did you mean 'Accepteret'?");
	d = govlog_diag_list_get(list, 1);
	assert_string_equal(d->rule, "encoding/bom");
	assert_int_equal(d->severity, GOVLOG_SEVERITY_WARNING);
	assert_null(d->hint);
	assert_null(govlog_diag_list_get(list, 2));
	govlog_diag_list_free(list);
	govlog_diag_list_free(NULL);
}

/* gl_diag_addt writes the table's row in the list's language, English by default. */
static void test_add_text_in_language(void **state)
{
	(void)state;
	govlog_diag_list *list = NULL;
	assert_int_equal(govlog_diag_list_new(&list), 0);
	assert_int_equal(gl_diag_list_lang(list), GOVLOG_LANG_EN);
	gl_diag_addt(list, GL_RULE_META_MISSING, "a.md", at(1, 1), NULL, GL_T_FIELD_DATE);
	gl_diag_list_set_lang(list, GOVLOG_LANG_DA);
	assert_int_equal(gl_diag_list_lang(list), GOVLOG_LANG_DA);
	gl_diag_addt(list, GL_RULE_META_MISSING, "a.md", at(1, 1), NULL, GL_T_FIELD_DATE);
	assert_string_equal(govlog_diag_list_get(list, 0)->message, "Date");
	assert_string_equal(govlog_diag_list_get(list, 1)->message, "Dato");
	govlog_diag_list_free(list);
}

/* A message quoting the user's bytes is still valid UTF-8 (U+FFFD for a bad byte). */
static void test_add_sanitises(void **state)
{
	(void)state;
	govlog_diag_list *list = NULL;
	govlog_diag_list_new(&list);
	gl_diag_add(list, GL_RULE_STATUS_UNKNOWN, "a.md", at(1, 1), "p\xE5 \xC3\xB8",
		    "unknown status '%s'", "Godkendt p\xE5");
	const govlog_diag *d = govlog_diag_list_get(list, 0);
	assert_string_equal(d->message, "unknown status 'Godkendt p\xEF\xBF\xBD'");
	assert_string_equal(d->hint, "p\xEF\xBF\xBD \xC3\xB8");
	govlog_diag_list_free(list);
}

static void add(govlog_diag_list *list, gl_rule rule, const char *path, unsigned line, unsigned col,
		const char *message)
{
	gl_diag_add(list, rule, path, at(line, col), NULL, "%s", message);
}

static void assert_order(const govlog_diag_list *list, const char *const *messages)
{
	size_t i = 0;
	for (; messages[i]; i++) {
		const govlog_diag *d = govlog_diag_list_get(list, i);
		assert_non_null(d);
		if (strcmp(d->message, messages[i]))
			fail_msg("diagnostic %zu is '%s', expected '%s'", i, d->message,
				 messages[i]);
	}
	assert_int_equal(govlog_diag_list_count(list), i);
}

/* Path, then line and column as numbers, then rule id; equals keep their order. */
static void test_sort(void **state)
{
	(void)state;
	govlog_diag_list *list = NULL;
	govlog_diag_list_new(&list);
	add(list, GL_RULE_META_MISSING, "b.md", 1, 1, "b 1:1");
	add(list, GL_RULE_SECTION_MISSING, "a.md", 10, 1, "a 10:1");
	add(list, GL_RULE_SECTION_MISSING, "a.md", 2, 1, "a 2:1");
	add(list, GL_RULE_STATUS_UNKNOWN, "a.md", 2, 12, "a 2:12");
	add(list, GL_RULE_DATE_FORMAT, "a.md", 2, 3, "a 2:3 date");
	add(list, GL_RULE_SECTION_MISSING, "a.md", 0, 0, "a whole file, first");
	add(list, GL_RULE_SECTION_MISSING, "a.md", 0, 0, "a whole file, second");
	add(list, GL_RULE_ENCODING_BOM, "a.md", 2, 3, "a 2:3 bom");
	add(list, GL_RULE_SECTION_MISSING, "a.md", 0, 0, "a whole file, third");
	add(list, GL_RULE_DATE_FORMAT, "a.md", 2, 3, "a 2:3 date again");
	govlog_diag_list_sort(list);
	static const char *const want[] = {
		"a whole file, first",
		"a whole file, second",
		"a whole file, third",
		"a 2:1",
		"a 2:3 date",
		"a 2:3 date again",
		"a 2:3 bom",
		"a 2:12",
		"a 10:1",
		"b 1:1",
		NULL,
	};
	/* "date/format" sorts before "encoding/bom". */
	assert_order(list, want);
	/* Sorting again changes nothing. */
	govlog_diag_list_sort(list);
	assert_order(list, want);
	govlog_diag_list_free(list);
}

static void test_count_severity(void **state)
{
	(void)state;
	govlog_diag_list *list = NULL;
	govlog_diag_list_new(&list);
	assert_int_equal(govlog_diag_list_count_severity(list, GOVLOG_SEVERITY_ERROR), 0);
	add(list, GL_RULE_STATUS_UNKNOWN, "a.md", 1, 1, "error 1");
	add(list, GL_RULE_ID_DUPLICATE, "a.md", 1, 1, "error 2");
	add(list, GL_RULE_DATE_FORMAT, "a.md", 1, 1, "warning");
	add(list, GL_RULE_SECTION_MISSING, "b.md", 1, 1, "error 3");
	assert_int_equal(govlog_diag_list_count_severity(list, GOVLOG_SEVERITY_ERROR), 3);
	assert_int_equal(govlog_diag_list_count_severity(list, GOVLOG_SEVERITY_WARNING), 1);
	assert_int_equal(govlog_diag_list_count_severity(list, GOVLOG_SEVERITY_OFF), 0);
	govlog_diag_list_free(list);
}

/* rules: in the configuration: `off` drops a finding, other levels replace the default. */
static void test_configured_severities(void **state)
{
	(void)state;
	govlog_severity by_rule[GL_RULE__COUNT];
	for (size_t r = 0; r < GL_RULE__COUNT; r++)
		by_rule[r] = govlog_rule_at(r)->default_severity;
	by_rule[GL_RULE_DATE_FORMAT] = GOVLOG_SEVERITY_OFF;
	by_rule[GL_RULE_ENCODING_BOM] = GOVLOG_SEVERITY_ERROR;
	by_rule[GL_RULE_ID_DUPLICATE] = GOVLOG_SEVERITY_WARNING;

	govlog_diag_list *list = NULL;
	govlog_diag_list_new(&list);
	add(list, GL_RULE_DATE_FORMAT, "a.md", 3, 7, "date in 25-06-2026 form");
	add(list, GL_RULE_ENCODING_BOM, "a.md", 1, 1, "bom");
	add(list, GL_RULE_DATE_FORMAT, "b.md", 3, 7, "another date");
	add(list, GL_RULE_ID_DUPLICATE, "b.md", 1, 1, "duplicate");
	add(list, GL_RULE_STATUS_UNKNOWN, "b.md", 4, 15, "status");
	gl_diag_list_set_severities(list, by_rule);

	static const char *const want[] = {"bom", "duplicate", "status", NULL};
	assert_order(list, want);
	assert_int_equal(govlog_diag_list_get(list, 0)->severity, GOVLOG_SEVERITY_ERROR);
	assert_int_equal(govlog_diag_list_get(list, 1)->severity, GOVLOG_SEVERITY_WARNING);
	assert_int_equal(govlog_diag_list_get(list, 2)->severity, GOVLOG_SEVERITY_ERROR);
	assert_int_equal(govlog_diag_list_count_severity(list, GOVLOG_SEVERITY_ERROR), 2);
	govlog_diag_list_free(list);
}

static void test_append_all(void **state)
{
	(void)state;
	govlog_diag_list *a = NULL, *b = NULL;
	govlog_diag_list_new(&a);
	govlog_diag_list_new(&b);
	add(a, GL_RULE_STATUS_UNKNOWN, "z.md", 1, 1, "from a");
	add(b, GL_RULE_STATUS_UNKNOWN, "z.md", 1, 1, "from b, first");
	add(b, GL_RULE_STATUS_UNKNOWN, "z.md", 1, 1, "from b, second");
	gl_diag_append_all(a, b);
	govlog_diag_list_free(b); /* a holds its own copies */
	govlog_diag_list_sort(a);
	static const char *const want[] = {"from a", "from b, first", "from b, second", NULL};
	assert_order(a, want);
	govlog_diag_list_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rule_ids),
		cmocka_unit_test(test_rule_severities_and_summaries),
		cmocka_unit_test(test_rule_enum_matches_ids),
		cmocka_unit_test(test_add),
		cmocka_unit_test(test_add_text_in_language),
		cmocka_unit_test(test_add_sanitises),
		cmocka_unit_test(test_sort),
		cmocka_unit_test(test_count_severity),
		cmocka_unit_test(test_configured_severities),
		cmocka_unit_test(test_append_all),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
