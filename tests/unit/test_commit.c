/*
 * One commit-message grammar: each message of the table is read by the
 * commit-msg hook's path (gl_commit_read, govlog_commit_check) and by the
 * release notes' path (gl_message_parse), which must agree with each other
 * and with Conventional Commits 1.0 on the type, scope, breaking flag,
 * subject and footers; the checker's findings, with the column where a
 * header stops following the grammar, are those a user sees.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "commit/commit.h"
#include "commit/header.h"
#include "commit/message.h"
#include "govlog/commit.h"
#include "govlog/diag.h"
#include "util/ascii.h"
#include "util/buf.h"

typedef struct reading {
	const char *message;
	const char *type;    /* lower case; NULL: not a Conventional Commits header */
	const char *scope;   /* NULL: none */
	bool breaking;       /* '!' or a BREAKING CHANGE footer */
	const char *subject; /* the description, or the line as written */
	const char *footers; /* "Token|value|CG; …": C read by Conventional Commits, G by Git */
	const char *diags;   /* govlog_commit_check with the default rules: "rule@line:col …" */
} reading;

static const reading table[] = {
	/* Conventional Commits headers: type, optional scope, optional '!', ": ", description. */
	{"feat: add the index command", "feat", NULL, false, "add the index command", "", ""},
	{"feat(index): write the table", "feat", "index", false, "write the table", "", ""},
	{"fix(api)!: drop the v1 endpoints", "fix", "api", true, "drop the v1 endpoints", "", ""},
	{"feat!: a new layout engine", "feat", NULL, true, "a new layout engine", "", ""},
	/* Units are not case sensitive (the spec's rule 15). */
	{"Feat(Index): Add the table", "feat", "Index", false, "Add the table", "", ""},
	{"feat(templates): add the poster template (#123)", "feat", "templates", false,
	 "add the poster template", "", ""},
	/* A type the default rules do not allow is still a header. */
	{"Note: this is not a footer", "note", NULL, false, "this is not a footer", "",
	 "commit/type@1:1"},

	/* Headers that stop following the grammar, at the column a user is shown. */
	{"add the index command", NULL, NULL, false, "add the index command", "",
	 "commit/format@1:4"},
	{"feat(index: add the table", NULL, NULL, false, "feat(index: add the table", "",
	 "commit/format@1:26"},
	{"feat(a(b)): nested", NULL, NULL, false, "feat(a(b)): nested", "", "commit/format@1:7"},
	{"feat:no space", NULL, NULL, false, "feat:no space", "", "commit/format@1:6"},
	{"feat : a space before the colon", NULL, NULL, false, "feat : a space before the colon",
	 "", "commit/format@1:5"},
	{"feat:", NULL, NULL, false, "feat:", "", "commit/format@1:6"},
	{"feat!", NULL, NULL, false, "feat!", "", "commit/format@1:6"},
	{"AR-519: fix the login", NULL, NULL, false, "AR-519: fix the login", "",
	 "commit/format@1:3"},
	{"358: ret kalender", NULL, NULL, false, "358: ret kalender", "", "commit/format@1:1"},
	{"feat(før) no colon", NULL, NULL, false, "feat(før) no colon", "", "commit/format@1:10"},
	/* Read as no scope, reported as an empty one. */
	{"feat(): empty scope", "feat", NULL, false, "empty scope", "", "commit/format@1:6"},

	/* Footers: the last paragraph, one blank line after the body. */
	{"feat(index): add x\n\nIt writes the table.\n\nRefs: #12\nBREAKING-CHANGE: new columns",
	 "feat", "index", true, "add x", "Refs|#12|CG; BREAKING-CHANGE|new columns|CG", ""},
	{"fix: x\n\nNote: this changes the cache.\n\nRefs: #12", "fix", NULL, false, "x",
	 "Refs|#12|CG", ""},
	{"fix: x\n\nRefs #12\nCloses #13", "fix", NULL, false, "x", "Refs|#12|C; Closes|#13|C",
	 "commit/trailer@3:1 commit/trailer@4:1"},
	/* A BREAKING CHANGE line right under the subject, without the blank line: still breaking,
	 * in the hook's reading as in the release notes'. */
	{"feat: drop the v1 endpoints\nBREAKING CHANGE: clients must call /v2", "feat", NULL, true,
	 "drop the v1 endpoints", "", ""},
	{"docs: x\n\nBREAKING CHANGE: the layout is gone\nRefs: #12", "docs", NULL, true, "x",
	 "BREAKING CHANGE|the layout is gone|C; Refs|#12|C",
	 "commit/trailer@3:1 commit/trailer@4:1"},
	{"fix: x\n\nSigned-off-by: Ada <ada@example.org>\nCo-authored-by: Bo <bo@example.org>",
	 "fix", NULL, false, "x",
	 "Signed-off-by|Ada <ada@example.org>|CG; Co-authored-by|Bo <bo@example.org>|CG", ""},
	{"fix: x\n\nReviewed in the call.\nSigned-off-by: Ada <ada@example.org>\nRefs: #12", "fix",
	 NULL, false, "x", "Signed-off-by|Ada <ada@example.org>|G; Refs|#12|G",
	 "commit/trailer@4:1 commit/trailer@5:1"},
	/* Right under the subject: the body's start, never footers. */
	{"fix: x\nRefs: #12", "fix", NULL, false, "x", "", ""},

	/* Git's forms: no header rules. */
	{"Merge branch 'develop' into main", NULL, NULL, false, "Merge branch 'develop' into main",
	 "", ""},
	{"Merge tag 'v1.2.3' into develop", NULL, NULL, false, "Merge tag 'v1.2.3' into develop",
	 "", ""},
	{"Revert \"feat: add x\"\n\nThis reverts commit 1a2b3c4d.", NULL, NULL, false,
	 "Revert \"feat: add x\"", "", ""},
	{"Reapply \"feat: add x\"", NULL, NULL, false, "Reapply \"feat: add x\"", "", ""},
	{"fixup! feat(index): add x", "feat", "index", false, "add x", "", ""},
	{"squash! fix: y", "fix", NULL, false, "y", "", ""},
	{"amend! docs: z", "docs", NULL, false, "z", "", ""},
	{"fixup! Fix the thing", NULL, NULL, false, "Fix the thing", "", ""},

	/* A merged request's title is a title, never a trailer. */
	{"Merge pull request #7 from vendor/export\n\nfeat: export to CSV", "feat", NULL, false,
	 "export to CSV", "", ""},
	{"Merge pull request #8 from vendor/kalender\n\n358: ret kalender", NULL, NULL, false,
	 "358: ret kalender", "", ""},
	{"Merge pull request #9 from vendor/v2\n\nfeat(api)!: drop v1\n\nRefs: #12", "feat", "api",
	 true, "drop v1", "Refs|#12|CG", ""},
	{"Merged in feature/AR-519 (pull request #12)\n\nfix: the login", "fix", NULL, false,
	 "the login", "", ""},
	{"Merge branch 'groups' into 'main'\n\nfeat: screen groups\n\nSee merge request "
	 "os2display/display!580",
	 "feat", NULL, false, "screen groups", "", ""},
	{"Merge pull request #10 from vendor/x", NULL, NULL, false,
	 "Merge pull request #10 from vendor/x", "", ""},
	{"Merge pull request #11 from vendor/y\n\nSigned-off-by: Ada <ada@example.org>", NULL, NULL,
	 false, "Merge pull request #11 from vendor/y", "Signed-off-by|Ada <ada@example.org>|CG",
	 ""},

	/* GitHub's web editor. */
	{"Update README.md", NULL, NULL, false, "Update README.md", "", ""},
	{"Create docs/guide.md", NULL, NULL, false, "Create docs/guide.md", "", ""},
	{"Delete old.txt", NULL, NULL, false, "Delete old.txt", "", ""},
	{"Rename a.md to b.md", NULL, NULL, false, "Rename a.md to b.md", "", ""},
	{"Add files via upload", NULL, NULL, false, "Add files via upload", "", ""},
	{"Update the readme", NULL, NULL, false, "Update the readme", "", "commit/format@1:7"},
	/* It writes the file's name as it is, blanks included; a folder; a rename with an edit. */
	{"Update Referat 2024-03-01.md", NULL, NULL, false, "Update Referat 2024-03-01.md", "", ""},
	{"Create dagsorden.md", NULL, NULL, false, "Create dagsorden.md", "", ""},
	{"Delete gamle referater directory", NULL, NULL, false, "Delete gamle referater directory",
	 "", ""},
	{"Update and rename 0003-brug-github.md to 0003-brug-af-github.md", NULL, NULL, false,
	 "Update and rename 0003-brug-github.md to 0003-brug-af-github.md", "", ""},
	{"Rename Referat 1.md to Referat 2.md", NULL, NULL, false,
	 "Rename Referat 1.md to Referat 2.md", "", ""},
	{"Apply suggestions from code review", NULL, NULL, false,
	 "Apply suggestions from code review", "", ""},
	{"Initial commit", NULL, NULL, false, "Initial commit", "", ""},
	{"Update README.md (#14)", NULL, NULL, false, "Update README.md", "", ""},
	/* GitLab's and Bitbucket's editors. */
	{"Add new file", NULL, NULL, false, "Add new file", "", ""},
	{"Upload New File", NULL, NULL, false, "Upload New File", "", ""},
	{"README.md edited online with Bitbucket", NULL, NULL, false,
	 "README.md edited online with Bitbucket", "", ""},
	/* Sentences stay sentences. */
	{"Update the docs to v2", NULL, NULL, false, "Update the docs to v2", "",
	 "commit/format@1:7"},
	{"Rename the log to beslutninger", NULL, NULL, false, "Rename the log to beslutninger", "",
	 "commit/format@1:7"},
};

static char *footers_text(const gl_footer *f, size_t n)
{
	gl_buf b = GL_BUF_INIT;
	for (size_t i = 0; i < n; i++)
		gl_buf_printf(&b, "%s%.*s|%.*s|%s%s", i ? "; " : "", (int)f[i].token_len,
			      f[i].token, (int)f[i].value_len, f[i].value,
			      f[i].conventional ? "C" : "", f[i].git ? "G" : "");
	return gl_buf_detach(&b);
}

static char *diags_text(const char *message)
{
	govlog_diag_list *list = NULL;
	gl_buf b = GL_BUF_INIT;
	assert_int_equal(govlog_diag_list_new(&list), 0);
	assert_int_equal(govlog_commit_check(list, "msg", message, strlen(message), NULL, NULL), 0);
	for (size_t i = 0; i < govlog_diag_list_count(list); i++) {
		const govlog_diag *d = govlog_diag_list_get(list, i);
		gl_buf_printf(&b, "%s%s@%u:%u", i ? " " : "", d->rule, d->pos.line, d->pos.col);
	}
	govlog_diag_list_free(list);
	return gl_buf_detach(&b);
}

static void expect(const reading *r, const char *what, const char *got, const char *want)
{
	if (!want && !got)
		return;
	if (!want || !got || strcmp(got, want))
		fail_msg("'%s': %s '%s', expected '%s'", r->message, what, got ? got : "(none)",
			 want ? want : "(none)");
}

/* The hook's path: the reading govlog_commit_check checks. */
static void hook_path(const reading *r, bool comments)
{
	gl_text t;
	gl_commit_reading cr;
	gl_text_init(&t, r->message, strlen(r->message));
	gl_commit_read(&cr, &t, comments);
	const gl_outline *o = &cr.outline;
	char type[40] = "", scope[40] = "", subject[200];
	if (o->conventional) {
		assert_true(o->header.type_len < sizeof(type));
		for (size_t i = 0; i < o->header.type_len; i++)
			type[i] = gl_tolower(o->text[i]);
		snprintf(scope, sizeof(scope), "%.*s", (int)o->header.scope_len,
			 o->text + o->header.scope);
	}
	size_t len;
	const char *s = gl_outline_subject(o, &len);
	snprintf(subject, sizeof(subject), "%.*s", (int)len, s);
	char *footers = footers_text(cr.footers.items, cr.footers.len);
	expect(r, "hook: type", o->conventional ? type : NULL, r->type);
	expect(r, "hook: scope", *scope ? scope : NULL, r->scope);
	expect(r, "hook: subject", subject, r->subject);
	expect(r, "hook: footers", footers, r->footers);
	if (cr.breaking != r->breaking)
		fail_msg("'%s': hook: breaking %d", r->message, cr.breaking);
	free(footers);
	gl_commit_reading_release(&cr);
	gl_text_release(&t);
}

/* The release notes' path: one parse of the message. */
static void notes_path(const reading *r)
{
	gl_message m;
	gl_message_parse(&m, r->message, strlen(r->message), NULL, 0);
	char *footers = footers_text(m.footers.items, m.footers.len);
	expect(r, "notes: type", m.type, r->type);
	expect(r, "notes: scope", m.scope, r->scope);
	expect(r, "notes: subject", m.subject, r->subject);
	expect(r, "notes: footers", footers, r->footers);
	if (m.conventional != (r->type != NULL) || m.breaking != r->breaking)
		fail_msg("'%s': notes: conventional %d, breaking %d", r->message, m.conventional,
			 m.breaking);
	free(footers);
	gl_message_release(&m);
}

static void test_one_reading(void **state)
{
	(void)state;
	for (size_t i = 0; i < GL_ARRAY_SIZE(table); i++) {
		hook_path(&table[i], false); /* a message from history */
		hook_path(&table[i], true);  /* a message file in a hook */
		notes_path(&table[i]);
		char *diags = diags_text(table[i].message);
		expect(&table[i], "findings", diags, table[i].diags);
		free(diags);
	}
}

/* The release notes list a merged request under its title's kind. */
static void test_request_titles_classified(void **state)
{
	(void)state;
	static const struct {
		const char *message;
		gl_change_kind kind;
		const char *pr;
	} cases[] = {
		{"Merge pull request #7 from vendor/export\n\nfeat: export to CSV",
		 GL_CHANGE_FEATURE, "7"},
		{"Merge pull request #8 from vendor/kalender\n\n358: ret kalender", GL_CHANGE_FIX,
		 "8"},
		{"Merge pull request #9 from vendor/docs\n\nDocumentation for the API",
		 GL_CHANGE_DOCS, "9"},
	};
	for (size_t i = 0; i < GL_ARRAY_SIZE(cases); i++) {
		gl_message m;
		gl_message_parse(&m, cases[i].message, strlen(cases[i].message), NULL, 0);
		if (m.kind != cases[i].kind || !m.merge || !m.pr || strcmp(m.pr, cases[i].pr))
			fail_msg("'%s': kind %d, merge %d, pr %s", cases[i].message, m.kind,
				 m.merge, m.pr ? m.pr : "(none)");
		assert_int_equal(m.footers.len, 0);
		gl_message_release(&m);
	}
}

/* The parser itself: where a header stops, in characters, and why. */
static void test_header_columns(void **state)
{
	(void)state;
	static const struct {
		const char *header;
		unsigned col; /* 0: it holds */
		const char *why;
	} cases[] = {
		{"feat(scope)!: x", 0, NULL},
		{"", 1, "a header starts with its type, such as feat or fix"},
		{"(scope): x", 1, "a header starts with its type, such as feat or fix"},
		{"feat(scope: x", 14, "the scope needs a closing ')'"},
		{"feat!!: x", 6, "expected ':' after the type and scope"},
		{"feat:\tx", 6, "expected a space after ':'"},
		{"feat:  ", 7, "the description is missing"},
		{"fæt: x", 2, "expected ':' after the type and scope"},
		{"feat(æøå)x: y", 10, "expected ':' after the type and scope"},
	};
	for (size_t i = 0; i < GL_ARRAY_SIZE(cases); i++) {
		gl_header h;
		bool holds = gl_header_parse(&h, cases[i].header, strlen(cases[i].header));
		if (holds != !cases[i].col || h.col != cases[i].col)
			fail_msg("'%s': column %u, expected %u", cases[i].header, h.col,
				 cases[i].col);
		if (cases[i].why)
			assert_string_equal(h.why, cases[i].why);
		else
			assert_null(h.why);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_reading),
		cmocka_unit_test(test_request_titles_classified),
		cmocka_unit_test(test_header_columns),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
