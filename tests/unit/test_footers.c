/*
 * Commit-message footers read two ways: as Conventional Commits 1.0 footers
 * ("Token: value", "Token #value", BREAKING CHANGE) and by Git's trailer
 * rules (git interpret-trailers: the last paragraph, all trailers or at
 * least 25 % with a Git-made one, continuation lines), and where they differ.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "commit/footers.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/text.h"

/* "line:Token|value|CG; …" for the footers of `message` after its first line. */
static char *read_footers(const char *message, unsigned head, bool comments)
{
	gl_text t;
	gl_footers footers = {0};
	gl_buf b = GL_BUF_INIT;
	gl_text_init(&t, message, strlen(message));
	gl_footers_read(&footers, &t, head, gl_text_line_count(&t), comments);
	for (size_t i = 0; i < footers.len; i++) {
		const gl_footer *f = &footers.items[i];
		gl_buf_printf(&b, "%s%u:%.*s|%.*s|%s%s", i ? "; " : "", f->line, (int)f->token_len,
			      f->token, (int)f->value_len, f->value, f->conventional ? "C" : "",
			      f->git ? "G" : "");
	}
	gl_vec_free(&footers);
	gl_text_release(&t);
	return gl_buf_detach(&b);
}

static void expect_footers(const char *message, unsigned head, bool comments, const char *want)
{
	char *got = read_footers(message, head, comments);
	if (strcmp(got, want))
		fail_msg("'%s': footers '%s', expected '%s'", message, got, want);
	free(got);
}

static const struct {
	const char *message;
	const char *footers;
} cases[] = {
	/* Conventional Commits: "Token: value" and "Token #value"; both read "Token: value". */
	{"fix: x\n\nRefs: #12", "3:Refs|#12|CG"},
	{"fix: x\n\nReviewed-by: Z <z@example.org>\nRefs: #12",
	 "3:Reviewed-by|Z <z@example.org>|CG; 4:Refs|#12|CG"},
	{"fix: x\n\nRefs #12", "3:Refs|#12|C"},
	{"fix: x\n\nCloses #12\nRefs: #13", "3:Closes|#12|C; 4:Refs|#13|C"},
	/* BREAKING CHANGE is the one token with a space; BREAKING-CHANGE is its synonym. */
	{"feat: x\n\nBREAKING CHANGE: the v1 API is gone",
	 "3:BREAKING CHANGE|the v1 API is gone|C"},
	{"feat: x\n\nBREAKING-CHANGE: the v1 API is gone",
	 "3:BREAKING-CHANGE|the v1 API is gone|CG"},
	/* Only the last paragraph holds footers, and not the one right under the subject. */
	{"fix: x\n\nNote: this changes the cache.\n\nRefs: #12", "5:Refs|#12|CG"},
	{"fix: x\n\nRefs: #12\n\nThe body goes on.", ""},
	{"fix: x\nRefs: #12", ""},
	{"fix: x", ""},
	{"fix: x\n\n\n\nRefs: #12\n\n\n", "5:Refs|#12|CG"},
	/* Conventional Commits footers start the paragraph; Git's 25 % rule needs a Git-made one.
	 */
	{"fix: x\n\nSee the notes below.\nRefs: #12", ""},
	{"fix: x\n\nSee the notes below.\nSigned-off-by: Ada <ada@example.org>",
	 "4:Signed-off-by|Ada <ada@example.org>|G"},
	{"fix: x\n\nOne.\nTwo.\nThree.\nSigned-off-by: Ada <ada@example.org>",
	 "6:Signed-off-by|Ada <ada@example.org>|G"},
	{"fix: x\n\nOne.\nTwo.\nThree.\nFour.\nSigned-off-by: Ada <ada@example.org>", ""},
	{"fix: x\n\nOne.\n(cherry picked from commit 1a2b3c4)\nRefs: #12", "5:Refs|#12|G"},
	/* Git's continuation lines are indented: they belong to the trailer above. */
	{"fix: x\n\nOne.\nSigned-off-by: Ada <ada@example.org>\n  and\n  more\n  lines",
	 "4:Signed-off-by|Ada <ada@example.org>|G"},
	/* Git also reads "Token : value"; Conventional Commits does not. */
	{"fix: x\n\nRefs : #12", "3:Refs|#12|G"},
	/* A token is letters, digits and '-': a ticket number is one. */
	{"fix: x\n\n358: ret kalender", "3:358|ret kalender|CG"},
};

static void test_two_readings(void **state)
{
	(void)state;
	for (size_t i = 0; i < GL_ARRAY_SIZE(cases); i++)
		expect_footers(cases[i].message, 1, false, cases[i].footers);
}

/* A merged request's title stands where the subject does: it and its paragraph are no footers. */
static void test_head(void **state)
{
	(void)state;
	const char *merge = "Merge pull request #7 from vendor/export\n\nfeat: export to CSV";
	expect_footers(merge, 3, false, "");
	expect_footers(
		"Merge pull request #7 from vendor/export\n\nfeat: export to CSV\n\nRefs: #12", 3,
		false, "5:Refs|#12|CG");
	expect_footers("Merge pull request #7 from vendor/export\n\nfeat: export\nRefs: #12", 3,
		       false, "");
	/* Read from the subject, the title would be taken for a trailer: as Git itself does. */
	expect_footers(merge, 1, false, "3:feat|export to CSV|CG");
	expect_footers("x", 0, false, "");
}

/* In a hook's message file, lines starting with '#' are Git's comments. */
static void test_comments(void **state)
{
	(void)state;
	const char *msg =
		"fix: x\n\nRefs: #12\n# Please enter the commit message for your changes.";
	expect_footers(msg, 1, true, "3:Refs|#12|CG");
	expect_footers(msg, 1, false, "3:Refs|#12|C");
	expect_footers("fix: x\n\n# Refs: #1\nRefs: #12\n#\n", 1, true, "4:Refs|#12|CG");
}

static void test_footer_is(void **state)
{
	(void)state;
	gl_footer f = {3, "refs: #1", 4, "#1", 2, ':', true, true};
	assert_true(gl_footer_is(&f, "Refs"));
	assert_true(gl_footer_is(&f, "REFS"));
	assert_false(gl_footer_is(&f, "Ref"));
	assert_false(gl_footer_is(&f, "References"));
}

static void test_git_made(void **state)
{
	(void)state;
	static const char *const made[] = {"Signed-off-by: Ada <ada@example.org>",
					   "(cherry picked from commit 1a2b3c4)"};
	static const char *const not_made[] = {"Co-authored-by: Bo <bo@example.org>",
					       "Signed-off-by:", "signed-off-by: Ada", "Refs: #1"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(made); i++)
		assert_true(gl_footer_git_made(made[i], strlen(made[i])));
	for (size_t i = 0; i < GL_ARRAY_SIZE(not_made); i++)
		assert_false(gl_footer_git_made(not_made[i], strlen(not_made[i])));
}

/* BREAKING CHANGE must be upper case; the note follows the colon. */
static void test_breaking(void **state)
{
	(void)state;
	static const struct {
		const char *line;
		size_t note; /* 0: not a breaking change */
	} lines[] = {
		{"BREAKING CHANGE: the v1 API is gone", 17},
		{"BREAKING-CHANGE: the v1 API is gone", 17},
		{"BREAKING CHANGE : spaced", 18},
		{"BREAKING CHANGE:", 16},
		{"Breaking change: lower case is prose", 0},
		{"BREAKING CHANGES: a plural", 0},
		{"BREAKING CHANGE the colon is missing", 0},
		{"BREAKING", 0},
		{"", 0},
	};
	for (size_t i = 0; i < GL_ARRAY_SIZE(lines); i++)
		if (gl_footer_breaking(lines[i].line, strlen(lines[i].line)) != lines[i].note)
			fail_msg("'%s': note at %zu, expected %zu", lines[i].line,
				 gl_footer_breaking(lines[i].line, strlen(lines[i].line)),
				 lines[i].note);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_readings), cmocka_unit_test(test_head),
		cmocka_unit_test(test_comments),     cmocka_unit_test(test_footer_is),
		cmocka_unit_test(test_git_made),     cmocka_unit_test(test_breaking),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
