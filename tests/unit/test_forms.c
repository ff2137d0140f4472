/*
 * The subjects Git and the platforms write, as their documentation and their
 * web editors write them, and the sentences people type that only look alike.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "commit/forms.h"

static const struct {
	const char *subject;
	gl_form form;
} subjects[] = {
	/* git merge, git pull (Git's fmt-merge-msg) */
	{"Merge branch 'develop' into main", GL_FORM_MERGE},
	{"Merge branch 'feature/slides'", GL_FORM_MERGE},
	{"Merge branches 'a' and 'b'", GL_FORM_MERGE},
	{"Merge remote-tracking branch 'origin/main'", GL_FORM_MERGE},
	{"Merge tag 'v1.2.0'", GL_FORM_MERGE},
	{"Merge commit '1a2b3c4'", GL_FORM_MERGE},
	{"Merge develop into main", GL_FORM_MERGE},
	{"Merge the two importers", GL_FORM_NONE},
	/* merged requests: GitHub, Bitbucket */
	{"Merge pull request #42 from os2display/feature/slides", GL_FORM_REQUEST},
	{"Merged in feature/slides (pull request #17)", GL_FORM_REQUEST},
	/* git rebase --autosquash, git revert */
	{"fixup! feat: add search", GL_FORM_AUTOSQUASH},
	{"squash! feat: add search", GL_FORM_AUTOSQUASH},
	{"amend! feat: add search", GL_FORM_AUTOSQUASH},
	{"Revert \"feat: add search\"", GL_FORM_REVERT},
	{"Reapply \"feat: add search\"", GL_FORM_REVERT},
	/* GitHub's web editor and reviews */
	{"Update README.md", GL_FORM_WEB_EDITOR},
	{"Create Referat 2024-03-01.md", GL_FORM_WEB_EDITOR},
	{"Delete docs/old.md", GL_FORM_WEB_EDITOR},
	{"Delete docs directory", GL_FORM_WEB_EDITOR},
	{"Rename docs/a.md to docs/b.md", GL_FORM_WEB_EDITOR},
	{"Update and rename notes.md to Referat 1.md", GL_FORM_WEB_EDITOR},
	{"Add files via upload", GL_FORM_WEB_EDITOR},
	{"Apply suggestions from code review", GL_FORM_WEB_EDITOR},
	{"Apply suggestion from @jdoe", GL_FORM_WEB_EDITOR},
	{"Initial commit", GL_FORM_WEB_EDITOR},
	/* GitLab's and Bitbucket's */
	{"Add new file", GL_FORM_WEB_EDITOR},
	{"Upload New File", GL_FORM_WEB_EDITOR},
	{"Add new directory", GL_FORM_WEB_EDITOR},
	{"Replace logo.png", GL_FORM_WEB_EDITOR},
	{"README.md edited online with Bitbucket", GL_FORM_WEB_EDITOR},
	/* sentences people type */
	{"Update the docs", GL_FORM_NONE},
	{"Update", GL_FORM_NONE},
	{"Delete directory", GL_FORM_WEB_EDITOR}, /* a file named "directory" */
	{"Delete the old files", GL_FORM_NONE},
	{"Rename the module to something better", GL_FORM_NONE},
	{"feat: add search", GL_FORM_NONE},
	{"Merged the branches by hand", GL_FORM_NONE},
};

static void test_forms(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(subjects) / sizeof(*subjects); i++) {
		gl_form_match m;
		const char *s = subjects[i].subject;
		gl_form got = gl_form_of(&m, s, strlen(s), true);
		if (got != subjects[i].form)
			fail_msg("'%s' reads as form %d, want %d", s, (int)got,
				 (int)subjects[i].form);
	}
}

/* Merges are a subject's: in a request's title or after fixup! the words are the author's. */
static void test_merge_only_in_subject(void **state)
{
	(void)state;
	gl_form_match m;
	const char *s = "Merge branch 'develop' into main";
	assert_int_equal(gl_form_of(&m, s, strlen(s), false), GL_FORM_NONE);
}

static void test_request_parts(void **state)
{
	(void)state;
	gl_form_match m;
	const char *s = "Merge pull request #42 from os2display/feature/slides";
	assert_int_equal(gl_form_of(&m, s, strlen(s), true), GL_FORM_REQUEST);
	assert_int_equal(m.pr_len, 2);
	assert_memory_equal(s + m.pr, "42", 2);
	assert_int_equal(m.from_len, strlen("os2display/feature/slides"));
	assert_memory_equal(s + m.from, "os2display/feature/slides", m.from_len);
	const char *b = "Merged in feature/slides (pull request #17)";
	assert_int_equal(gl_form_of(&m, b, strlen(b), true), GL_FORM_REQUEST);
	assert_int_equal(m.pr_len, 2);
	assert_memory_equal(b + m.pr, "17", 2);
	const char *f = "fixup! feat: add search";
	assert_int_equal(gl_form_of(&m, f, strlen(f), true), GL_FORM_AUTOSQUASH);
	assert_string_equal(f + m.len, "feat: add search");
}

/* GitHub's squash merge appends " (#N)" to the pull request's title. */
static void test_squash_suffix(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		size_t keep; /* the length without the suffix; strlen when there is none */
		const char *pr;
	} cases[] = {
		{"feat: export to CSV (#123)", 19, "123"},
		{"fix: ret kalender (#1234)", 17, "1234"},
		{"fix: ret kalender  (#7)", 17, "7"},
		{"fix: ret kalender (#0123)", 25, NULL}, /* no number starts with 0 */
		{"fix: ret kalender (123)", 23, NULL},
		{"fix: ret kalender #123)", 23, NULL},
		{"(#123)", 6, NULL}, /* a suffix needs a title before it */
		{"fix: see (#12) later", 20, NULL},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		size_t pr = 0, pr_len = 0, len = strlen(cases[i].s);
		size_t keep = gl_form_squash_suffix(cases[i].s, len, &pr, &pr_len);
		if (keep != cases[i].keep)
			fail_msg("'%s' keeps %zu, want %zu", cases[i].s, keep, cases[i].keep);
		if (cases[i].pr &&
		    (pr_len != strlen(cases[i].pr) || memcmp(cases[i].s + pr, cases[i].pr, pr_len)))
			fail_msg("'%s': the request's number is not %s", cases[i].s, cases[i].pr);
	}
}

static void test_markers(void **state)
{
	(void)state;
	gl_marker m;
	const char *r = "This reverts commit 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b.";
	assert_int_equal(gl_form_marker(&m, r, strlen(r)), GL_MARKER_REVERTS);
	assert_int_equal(m.id_len, 40);
	const char *g = "See merge request os2forms/os2forms!580";
	assert_int_equal(gl_form_marker(&m, g, strlen(g)), GL_MARKER_MERGE_REQUEST);
	assert_memory_equal(g + m.id, "580", m.id_len);
	assert_memory_equal(g + m.repo, "os2forms/os2forms", m.repo_len);
	/* GitLab's paths may hold '_': the request is still the project's */
	const char *u = "See merge request it_dev/os2_forms!81.";
	assert_int_equal(gl_form_marker(&m, u, strlen(u)), GL_MARKER_MERGE_REQUEST);
	assert_memory_equal(u + m.id, "81", m.id_len);
	assert_memory_equal(u + m.repo, "it_dev/os2_forms", m.repo_len);
	/* a path GitLab could not have: no request */
	const char *p = "See merge request it:dev/os2forms!81";
	assert_int_equal(gl_form_marker(&m, p, strlen(p)), GL_MARKER_NONE);
	const char *n = "See the merge request for details";
	assert_int_equal(gl_form_marker(&m, n, strlen(n)), GL_MARKER_NONE);
}

static void test_titles(void **state)
{
	(void)state;
	static const char *titles[] = {"feat: export to CSV", "358: ret kalender", "Ny slidetype"};
	static const char *not_titles[] = {"Conflicts:", "# Conflicts:", "See merge request a/b!1",
					   "Signed-off-by: Ada <a@b.dk>", "#"};
	for (size_t i = 0; i < sizeof(titles) / sizeof(*titles); i++)
		if (!gl_form_is_title(titles[i], strlen(titles[i])))
			fail_msg("'%s' is a request's title", titles[i]);
	for (size_t i = 0; i < sizeof(not_titles) / sizeof(*not_titles); i++)
		if (gl_form_is_title(not_titles[i], strlen(not_titles[i])))
			fail_msg("'%s' is what Git or GitLab writes, no title", not_titles[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),         cmocka_unit_test(test_merge_only_in_subject),
		cmocka_unit_test(test_request_parts), cmocka_unit_test(test_squash_suffix),
		cmocka_unit_test(test_markers),       cmocka_unit_test(test_titles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
