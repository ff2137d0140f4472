/* fmt's last guard: whether a rewritten record still says all the old one said. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <govlog/govlog.h>

#include "author/fmt_internal.h"

static govlog_record *parse(const char *md)
{
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *r = NULL;
	assert_int_equal(
		govlog_record_parse(&r, "docs/decisions/0003-use-redis.md", md, strlen(md), &opts),
		0);
	assert_non_null(r);
	return r;
}

/* log4brains writes a record's supersede links as a "## Links" list. */
#define LOG4BRAINS(links)                                                                          \
	"# Use Redis\n\n- Status: accepted\n- Date: 2026-02-02\n\n"                                \
	"## Context and Problem Statement\n\nSessions are lost on restart.\n\n"                    \
	"## Decision Outcome\n\nChosen option: \"Redis\", because it keeps them.\n\n"              \
	"## Links\n\n" links

static void test_same_record_is_same(void **state)
{
	(void)state;
	govlog_record *a = parse(LOG4BRAINS("- Supersedes ADR-0001\n- Supersedes ADR-0002\n"));
	govlog_record *b = parse(LOG4BRAINS("- Supersedes ADR-0001\n- Supersedes ADR-0002\n"));
	const char *what = "unset";
	assert_true(gl_fmt_same_content(a, b, false, &what));
	assert_null(what);
	govlog_record_free(a);
	govlog_record_free(b);
}

/* Each supersede link counts, the first as much as the last: fmt names 'links'. */
static void test_each_supersede_link_counts(void **state)
{
	(void)state;
	static const char *const lists[][2] = {
		{"- Supersedes ADR-0001\n", "- Supersedes ADR-0004\n"},
		{"- Supersedes ADR-0001\n", "- Superseded by ADR-0001\n"},
		{"- Supersedes ADR-0001\n- Supersedes ADR-0002\n",
		 "- Supersedes ADR-0004\n- Supersedes ADR-0002\n"},
		{"- Supersedes ADR-0001\n- Supersedes ADR-0002\n",
		 "- Supersedes ADR-0001\n- Supersedes ADR-0004\n"},
	};
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		char before[1024], after[1024];
		snprintf(before, sizeof(before), LOG4BRAINS("%s"), lists[i][0]);
		snprintf(after, sizeof(after), LOG4BRAINS("%s"), lists[i][1]);
		govlog_record *a = parse(before), *b = parse(after);
		const char *what = NULL;
		assert_false(gl_fmt_same_content(a, b, false, &what));
		assert_non_null(what);
		assert_string_equal(what, "links");
		govlog_record_free(a);
		govlog_record_free(b);
	}
}

/* A status with the same word but another note ("accepted by the board" made "accepted") says
 * less, also when fmt writes the profile's own status words: fmt names 'status'. */
static void test_status_note_counts(void **state)
{
	(void)state;
	static const char *const pairs[][2] = {
		{"- Status: accepted by the steering group\n", "- Status: accepted\n"},
		{"- Status: accepted\n", "- Status: accepted by the steering group\n"},
		{"- Status: accepted by the steering group\n", "- Status: accepted by the board\n"},
	};
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		for (int canonical = 0; canonical < 2; canonical++) {
			char before[512], after[512];
			snprintf(before, sizeof(before), "# Use Redis\n\n%s- Date: 2026-02-02\n",
				 pairs[i][0]);
			snprintf(after, sizeof(after), "# Use Redis\n\n%s- Date: 2026-02-02\n",
				 pairs[i][1]);
			govlog_record *a = parse(before), *b = parse(after);
			const char *what = NULL;
			assert_false(gl_fmt_same_content(a, b, canonical, &what));
			assert_non_null(what);
			assert_string_equal(what, "status");
			govlog_record_free(a);
			govlog_record_free(b);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_record_is_same),
		cmocka_unit_test(test_each_supersede_link_counts),
		cmocka_unit_test(test_status_note_counts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
