/* What commits that follow no convention are classified as: words, branches, bumps, chores. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "commit/message.h"
#include "classify_corpus.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* The corpus's letter for what a parse says. */
static char letter_of(const gl_message *m)
{
	switch (m->kind) {
	case GL_CHANGE_FEATURE:
		return 'F';
	case GL_CHANGE_FIX:
		return 'X';
	case GL_CHANGE_SECURITY:
		return 'S';
	case GL_CHANGE_PERF:
		return 'P';
	case GL_CHANGE_DOCS:
		return 'D';
	case GL_CHANGE_DEPS:
		return 'B';
	case GL_CHANGE_OTHER:
		return m->housekeeping ? 'H' : 'O';
	default:
		return 'U';
	}
}

static char classify(const char *text)
{
	gl_message m;
	gl_message_parse(&m, text, strlen(text), NULL, 0);
	char got = letter_of(&m);
	gl_message_release(&m);
	return got;
}

/* Every subject as a reader takes it; at most 15 % not classified. */
static void test_corpus(void **state)
{
	(void)state;
	size_t wrong = 0, unclassified = 0, n = ARRAY_SIZE(corpus);
	for (size_t i = 0; i < n; i++) {
		char got = classify(corpus[i].subject);
		unclassified += got == 'U';
		if (got != corpus[i].want) {
			print_message("'%s': %c, expected %c\n", corpus[i].subject, got,
				      corpus[i].want);
			wrong++;
		}
	}
	print_message("%zu subjects, %zu not classified (%.1f %%), %zu not as expected\n", n,
		      unclassified, 100.0 * (double)unclassified / (double)n, wrong);
	assert_int_equal(wrong, 0);
	assert_true(unclassified * 100 <= n * 15);
}

/* A hint marked housekeeping is never a fix nor a feature, whatever its verb. */
static void test_housekeeping_never_a_change_of_behaviour(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(corpus); i++) {
		gl_message m;
		gl_message_parse(&m, corpus[i].subject, strlen(corpus[i].subject), NULL, 0);
		if (m.housekeeping && m.kind != GL_CHANGE_OTHER)
			fail_msg("'%s' is housekeeping of kind %d", corpus[i].subject, m.kind);
		gl_message_release(&m);
	}
}

static void test_branches(void **state)
{
	(void)state;
	static const struct {
		const char *branch;
		gl_change_kind kind;
	} cases[] = {
		{"feature/csv-export", GL_CHANGE_FEATURE},
		{"feat/csv-export", GL_CHANGE_FEATURE},
		{"Feature/CSV", GL_CHANGE_FEATURE},
		{"feature/AR-12-kvittering", GL_CHANGE_FEATURE},
		{"os2forms/feature/AR-12-x", GL_CHANGE_FEATURE},
		{"origin/feature/x", GL_CHANGE_FEATURE},
		{"bugfix/login", GL_CHANGE_FIX},
		{"hotfix/2.3.1", GL_CHANGE_FIX},
		{"fix/typo", GL_CHANGE_FIX},
		{"security/token-leak", GL_CHANGE_SECURITY},
		{"perf/cache", GL_CHANGE_PERF},
		{"docs/retry", GL_CHANGE_DOCS},
		{"doc/install", GL_CHANGE_DOCS},
		{"chore/ci", GL_CHANGE_OTHER},
		{"refactor/orders", GL_CHANGE_OTHER},
		{"dependabot/npm_and_yarn/lodash-4.17.21", GL_CHANGE_DEPS},
		{"renovate/golang-x-net-0.x", GL_CHANGE_DEPS},
		{"vendor/dependabot/composer/x-1.2", GL_CHANGE_DEPS},
		/* Names that say nothing of the change. */
		{"develop", GL_CHANGE_UNCLASSIFIED},
		{"main", GL_CHANGE_UNCLASSIFIED},
		{"release/2.3.0", GL_CHANGE_UNCLASSIFIED},
		{"feature", GL_CHANGE_UNCLASSIFIED},
		{"feature/", GL_CHANGE_UNCLASSIFIED},
		{"features-x", GL_CHANGE_UNCLASSIFIED},
		{"my-feature/x", GL_CHANGE_UNCLASSIFIED},
		{"x/feature", GL_CHANGE_UNCLASSIFIED},
		{"AR-12-fix", GL_CHANGE_UNCLASSIFIED},
		{"", GL_CHANGE_UNCLASSIFIED},
		{NULL, GL_CHANGE_UNCLASSIFIED},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		gl_change_kind k = gl_change_kind_of_branch(cases[i].branch);
		if (k != cases[i].kind)
			fail_msg("branch '%s': %d, expected %d",
				 cases[i].branch ? cases[i].branch : "(null)", k, cases[i].kind);
	}
}

/* A merge's title says what it brings; its branch only when the title does not. */
static void test_merge_title_before_branch(void **state)
{
	(void)state;
	assert_int_equal(classify("Merge pull request #5 from o/feature/x\n\nFix the login\n"),
			 'X');
	assert_int_equal(classify("Merge pull request #5 from o/fix/x\n\nKvittering\n"), 'X');
	assert_int_equal(classify("Merge pull request #5 from o/fix/x\n\nfeat: kvittering\n"), 'F');
	assert_int_equal(classify("Merge branch 'feature/x' of github.com:o/r into develop"), 'F');
	assert_int_equal(classify("Merge tag 'v1.2.3' into develop"), 'H');
	assert_int_equal(classify("Merge develop into master"), 'H');
	/* A merge is a merge: no word of the branch's name decides it. */
	assert_int_equal(classify("Merge branch 'fix-login' into develop"), 'H');
}

static void test_dependencies(void **state)
{
	(void)state;
	/* Conventional: a deps scope, whatever the type; the deps type. */
	assert_int_equal(classify("chore(deps): bump x from 1 to 2"), 'B');
	assert_int_equal(classify("fix(deps): update dependency x to v2"), 'B');
	assert_int_equal(classify("deps: bump x"), 'B');
	assert_int_equal(classify("chore(deps)!: drop node 16"), 'B');
	assert_int_equal(classify("chore(ci): bump the cache key"), 'O');
	/* A security fix among them stays one. */
	assert_int_equal(classify("CVE-2024-1234: bump x from 1 to 2"), 'S');
	/* "to" a version, "from" one: a dependency; "to" a name: another change. */
	assert_int_equal(classify("Update Drupal core to 10.1.5"), 'B');
	assert_int_equal(classify("Opdater Drupal til 10.1"), 'B');
	assert_int_equal(classify("Upgrade to Drupal 10"), 'O');
	assert_int_equal(classify("Update the version to 1.2.3"), 'H');
	assert_int_equal(classify("Update docs to v2 style"), 'D');
	assert_int_equal(classify("Update yarn.lock"), 'B');
	assert_int_equal(classify("Update package-lock.json"), 'B');
}

/* The bots that bump dependencies: their commits are dependencies whatever they say. */
static void test_dependency_bots(void **state)
{
	(void)state;
	static const char *const bots[] = {"dependabot[bot]", "renovate[bot]",
					   "dependabot-preview[bot]", "Renovate Bot"};
	for (size_t i = 0; i < ARRAY_SIZE(bots); i++) {
		assert_int_equal(gl_change_kind_of_author(GL_CHANGE_OTHER, bots[i]),
				 GL_CHANGE_DEPS);
		assert_int_equal(gl_change_kind_of_author(GL_CHANGE_UNCLASSIFIED, bots[i]),
				 GL_CHANGE_DEPS);
		assert_int_equal(gl_change_kind_of_author(GL_CHANGE_FEATURE, bots[i]),
				 GL_CHANGE_DEPS);
	}
	/* A security bump stays one; people are as their words say. */
	assert_int_equal(gl_change_kind_of_author(GL_CHANGE_SECURITY, "dependabot[bot]"),
			 GL_CHANGE_SECURITY);
	assert_int_equal(gl_change_kind_of_author(GL_CHANGE_FEATURE, "Ada Renovater"),
			 GL_CHANGE_FEATURE);
	assert_int_equal(gl_change_kind_of_author(GL_CHANGE_FIX, "github-actions[bot]"),
			 GL_CHANGE_FIX);
	assert_int_equal(gl_change_kind_of_author(GL_CHANGE_FIX, NULL), GL_CHANGE_FIX);
	assert_int_equal(gl_change_kind_of_type("deps"), GL_CHANGE_DEPS);
}

/* A known type's own word decides; housekeeping marks only what is no change of behaviour. */
static void test_housekeeping_with_types(void **state)
{
	(void)state;
	assert_int_equal(classify("fix: typo in the error message"), 'X');
	assert_int_equal(classify("style: run prettier"), 'H');
	assert_int_equal(classify("chore(release): 1.2.0"), 'H');
	assert_int_equal(classify("chore: update CHANGELOG.md"), 'H');
	assert_int_equal(classify("chore: add a CI cache"), 'O');
	assert_int_equal(classify("Frontend: typo"), 'H');
}

/* Words that also say something else: only in their place do they make a phrase. */
static void test_phrases_in_their_place(void **state)
{
	(void)state;
	assert_int_equal(classify("Add conflict detection to the booking calendar"), 'F');
	assert_int_equal(classify("Resolve conflicts in the lock file"), 'H');
	assert_int_equal(classify("Update timeout to 30"), 'O');
	assert_int_equal(classify("Update the package name"), 'O');
	assert_int_equal(classify("Update requirements for the login page"), 'O');
	assert_int_equal(classify("Update requirements.txt"), 'B');
	assert_int_equal(classify("Change speed of the carousel"), 'O');
	assert_int_equal(classify("Add manual override"), 'F');
	assert_int_equal(classify("Release the lock before the callback"), 'O');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_corpus),
		cmocka_unit_test(test_housekeeping_never_a_change_of_behaviour),
		cmocka_unit_test(test_branches),
		cmocka_unit_test(test_merge_title_before_branch),
		cmocka_unit_test(test_dependencies),
		cmocka_unit_test(test_dependency_bots),
		cmocka_unit_test(test_housekeeping_with_types),
		cmocka_unit_test(test_phrases_in_their_place),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
