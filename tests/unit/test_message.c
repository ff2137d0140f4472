/* Commit messages as real histories write them: headers, words, merges, reverts, references. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util/match.h"
#include "commit/message.h"
#include "commit/message_internal.h"
#include "util/buf.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* The configured ticket patterns of the tests that name them. */
static gl_match *tickets[2];

static int setup(void **state)
{
	(void)state;
	if (gl_match_compile(&tickets[0], "\\b(AR|DISPLAY|OS2FORMS)-[0-9]+", 0) ||
	    gl_match_compile(&tickets[1], "\\[#[0-9]+\\]", 0))
		return -1;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(tickets); i++)
		gl_match_free(tickets[i]);
	return 0;
}

static void parse(gl_message *m, const char *text)
{
	gl_message_parse(m, text, strlen(text), NULL, 0);
}

static void parse_with_tickets(gl_message *m, const char *text)
{
	gl_message_parse(m, text, strlen(text), (const gl_match *const *)tickets,
			 ARRAY_SIZE(tickets));
}

/* "I:12 I:o/r#3* T:AR-519 M:580 R:FR-12": kind, repo, id, '*' when it closes. */
static char *refs_text(const gl_message *m)
{
	static const char kinds[] = {'I', 'M', 'T', 'R'};
	gl_buf b = GL_BUF_INIT;
	for (size_t i = 0; i < m->refs.len; i++) {
		const gl_ref *r = &m->refs.items[i];
		gl_buf_printf(&b, "%s%c:%s%s%s%s", i ? " " : "", kinds[r->kind],
			      r->repo ? r->repo : "", r->repo ? "#" : "", r->id,
			      r->closes ? "*" : "");
	}
	return gl_buf_detach(&b);
}

static void assert_refs(const gl_message *m, const char *want)
{
	char *got = refs_text(m);
	if (strcmp(got, want))
		fail_msg("references '%s', expected '%s'", got, want);
	free(got);
}

static void assert_decisions(const gl_message *m, const char *want)
{
	gl_buf b = GL_BUF_INIT;
	for (size_t i = 0; i < m->decisions.len; i++)
		gl_buf_printf(&b, "%s%s", i ? " " : "", m->decisions.items[i]);
	if (strcmp(b.ptr, want))
		fail_msg("decisions '%s', expected '%s'", b.ptr, want);
	gl_buf_release(&b);
}

static void assert_str(const char *got, const char *want)
{
	if (!want)
		assert_null(got);
	else
		assert_string_equal(got ? got : "(null)", want);
}

/* ---- Conventional Commits ---- */

static void test_conventional(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "feat(index): add the record table between its markers\n");
	assert_true(m.conventional);
	assert_str(m.type, "feat");
	assert_str(m.scope, "index");
	assert_str(m.subject, "add the record table between its markers");
	assert_int_equal(m.kind, GL_CHANGE_FEATURE);
	assert_false(m.breaking);
	assert_null(m.breaking_note);
	assert_false(m.merge);
	assert_null(m.pr);
	gl_message_release(&m);

	parse(&m, "fix!: drop the v1 screen API\n");
	assert_str(m.type, "fix");
	assert_null(m.scope);
	assert_true(m.breaking);
	assert_int_equal(m.kind, GL_CHANGE_FIX);
	gl_message_release(&m);

	parse(&m, "Feat( screen layout ): Add the two-column layout");
	assert_str(m.type, "feat");
	assert_str(m.scope, "screen layout");
	assert_str(m.subject, "Add the two-column layout");
	gl_message_release(&m);

	parse(&m, "feat(): no scope after all\n");
	assert_true(m.conventional);
	assert_null(m.scope);
	gl_message_release(&m);
}

static void test_breaking_footers(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "feat(api)!: remove the v1 endpoints\n"
		  "\n"
		  "Screens now talk to /v2 only.\n"
		  "\n"
		  "BREAKING CHANGE: the v1 API is gone.\n"
		  "Clients must move to /v2 before upgrading.\n"
		  "Refs: #12\n");
	assert_true(m.breaking);
	assert_str(m.breaking_note,
		   "the v1 API is gone.\nClients must move to /v2 before upgrading.");
	assert_refs(&m, "I:12");
	gl_message_release(&m);

	parse(&m, "refactor(config): read the new keys\n\nBREAKING-CHANGE: `tickets` is now "
		  "`references`\n");
	assert_true(m.breaking);
	assert_str(m.breaking_note, "`tickets` is now `references`");
	assert_int_equal(m.kind, GL_CHANGE_OTHER);
	gl_message_release(&m);

	/* In the body, not only in the last paragraph; lower case is prose. */
	parse(&m, "fix: x\n\nBREAKING CHANGE: one\n\nMore text.\n\nBREAKING CHANGE: two\n");
	assert_str(m.breaking_note, "one\n\ntwo");
	gl_message_release(&m);

	parse(&m, "feat!: y\n\nBREAKING CHANGE: one\nBREAKING-CHANGE: two\nRefs: #1\n");
	assert_str(m.breaking_note, "one\n\ntwo");
	gl_message_release(&m);

	parse(&m, "fix: x\n\nNo breaking change: none at all\n");
	assert_false(m.breaking);
	gl_message_release(&m);
}

static void test_kind_of_type(void **state)
{
	(void)state;
	static const struct {
		const char *type;
		gl_change_kind kind;
	} cases[] = {
		{"feat", GL_CHANGE_FEATURE},
		{"FEAT", GL_CHANGE_FEATURE},
		{"feature", GL_CHANGE_FEATURE},
		{"fix", GL_CHANGE_FIX},
		{"perf", GL_CHANGE_PERF},
		{"docs", GL_CHANGE_DOCS},
		{"security", GL_CHANGE_SECURITY},
		{"sec", GL_CHANGE_SECURITY},
		{"refactor", GL_CHANGE_OTHER},
		{"chore", GL_CHANGE_OTHER},
		{"ci", GL_CHANGE_OTHER},
		{"revert", GL_CHANGE_OTHER},
		{"", GL_CHANGE_OTHER},
		{NULL, GL_CHANGE_OTHER},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		assert_int_equal(gl_change_kind_of_type(cases[i].type), cases[i].kind);
}

static void test_conventional_kinds(void **state)
{
	(void)state;
	static const struct {
		const char *subject;
		const char *type;
		gl_change_kind kind;
	} cases[] = {
		{"docs(readme): describe the cron set-up", "docs", GL_CHANGE_DOCS},
		{"perf(player): cache rendered slides", "perf", GL_CHANGE_PERF},
		{"security: escape slide titles", "security", GL_CHANGE_SECURITY},
		{"sec(auth): rotate the signing key", "sec", GL_CHANGE_SECURITY},
		{"chore(deps): bump symfony/http-kernel to 5.4.20", "chore", GL_CHANGE_DEPS},
		{"test: add a fixture for screen groups", "test", GL_CHANGE_OTHER},
		{"revert: feat(index): add the table", "revert", GL_CHANGE_OTHER},
		/* A type no convention knows is read as a word, then the description is. */
		{"Fixed: crash when a playlist is empty", "fixed", GL_CHANGE_FIX},
		{"Hotfix: broken login", "hotfix", GL_CHANGE_FIX},
		{"README: document the cron set-up", "readme", GL_CHANGE_DOCS},
		{"Frontend: add a dark theme", "frontend", GL_CHANGE_FEATURE},
		{"Frontend: the dark theme", "frontend", GL_CHANGE_OTHER},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		gl_message m;
		parse(&m, cases[i].subject);
		if (!m.conventional || strcmp(m.type, cases[i].type) || m.kind != cases[i].kind)
			fail_msg("'%s': type '%s', kind %d", cases[i].subject,
				 m.type ? m.type : "(null)", m.kind);
		gl_message_release(&m);
	}
}

/* ---- histories without a convention ---- */

static void test_words(void **state)
{
	(void)state;
	static const struct {
		const char *subject;
		gl_change_kind kind;
	} cases[] = {
		{"AR-519: Fixed missing translations in the form builder", GL_CHANGE_FIX},
		{"DISPLAY-1080 Add support for campaign screens", GL_CHANGE_FEATURE},
		{"AZURE-301: Fixed the token refresh", GL_CHANGE_FIX},
		{"ZAP-12 Tilføj eksport af skemaer", GL_CHANGE_FEATURE},
		{"[#55444] Rettet fejl i login-script", GL_CHANGE_FIX},
		{"OS2FORMS-361: Tilføjet nyt felt til CPR-opslag", GL_CHANGE_FEATURE},
		{"OS2FORMS-361 - TILFØJ validering", GL_CHANGE_FEATURE},
		{"#123 Fix typo in the manual", GL_CHANGE_OTHER}, /* housekeeping */
		{"[DISPLAY-12][DISPLAY-13] Bugfix in playlist ordering", GL_CHANGE_FIX},
		{"Fixes the calendar import", GL_CHANGE_FIX},
		{"fixing flaky test", GL_CHANGE_FIX},
		{"Hotfix for the release", GL_CHANGE_FIX},
		{"Ret stavefejl", GL_CHANGE_OTHER},
		{"Retter visning af ugedage", GL_CHANGE_FIX},
		{"Fejlrettelse i kalenderen", GL_CHANGE_FIX},
		{"Added the screen group module", GL_CHANGE_FEATURE},
		{"New template: poster", GL_CHANGE_FEATURE},
		{"Implement search in the media library", GL_CHANGE_FEATURE},
		{"Introduce screen groups", GL_CHANGE_FEATURE},
		{"Tilføj mulighed for at vise tid", GL_CHANGE_FEATURE},
		{"Ny skabelon til plakater", GL_CHANGE_FEATURE},
		{"Nye felter på formularen", GL_CHANGE_FEATURE},
		{"Security fix for XSS in slide titles", GL_CHANGE_SECURITY},
		{"Sikkerhed i upload af filer", GL_CHANGE_SECURITY},
		{"CVE-2021-44228: bump log4j", GL_CHANGE_SECURITY},
		{"Documentation for the API", GL_CHANGE_DOCS},
		{"Dokumentation af installationen", GL_CHANGE_DOCS},
		{"[Docs] Update the install guide", GL_CHANGE_DOCS},
		{"Speed up slide rendering", GL_CHANGE_PERF},
		{"Optimise image loading", GL_CHANGE_PERF},
		{"Performance improvements for the player", GL_CHANGE_PERF},
		{"Hurtigere indlæsning af billeder", GL_CHANGE_PERF},
		{"Refactor the screen controller", GL_CHANGE_OTHER},
		{"Update README.md", GL_CHANGE_DOCS},
		{"Bump symfony/http-kernel from 5.4.19 to 5.4.20", GL_CHANGE_DEPS},
		{"Upgrade to Drupal 10", GL_CHANGE_OTHER},
		{"Opdater composer.lock", GL_CHANGE_DEPS},
		{"Opdateret afhængigheder", GL_CHANGE_DEPS},
		{"Cleanup", GL_CHANGE_OTHER},
		{"Clean up the old scripts", GL_CHANGE_OTHER},
		{"Oprydning i scripts", GL_CHANGE_OTHER},
		{"Remove unused translations", GL_CHANGE_OTHER},
		{"Fjern gammel kode", GL_CHANGE_OTHER},
		{"Chore", GL_CHANGE_OTHER},
		{"- Fix the thing", GL_CHANGE_FIX},
		{"Lots of changes", GL_CHANGE_UNCLASSIFIED},
		{"Screens page", GL_CHANGE_UNCLASSIFIED},
		{"Top-10 list", GL_CHANGE_UNCLASSIFIED},
		{"AR-519", GL_CHANGE_UNCLASSIFIED},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		gl_message m;
		parse(&m, cases[i].subject);
		if (m.kind != cases[i].kind)
			fail_msg("'%s' classified %d, expected %d", cases[i].subject, m.kind,
				 cases[i].kind);
		assert_false(m.conventional);
		assert_null(m.type);
		assert_string_equal(m.subject, cases[i].subject);
		gl_message_release(&m);
	}
}

/* The binary search needs the word table in strcmp order, each word folded. */
static void test_word_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < gl_msg_word_count; i++) {
		const char *w = gl_msg_words[i].word;
		char folded[40];
		assert_int_equal(gl_msg_fold(folded, sizeof(folded), w, strlen(w)), strlen(w));
		assert_string_equal(folded, w);
		if (i && strcmp(gl_msg_words[i - 1].word, w) >= 0)
			fail_msg("'%s' is out of order after '%s'", w, gl_msg_words[i - 1].word);
		gl_message m;
		parse(&m, w);
		if (m.kind != gl_msg_words[i].kind)
			fail_msg("'%s' classified %d, expected %d", w, m.kind,
				 gl_msg_words[i].kind);
		gl_message_release(&m);
	}
}

static void test_words_after_configured_prefix(void **state)
{
	(void)state;
	gl_message m;
	/* A configured pattern at the start is a prefix too. */
	gl_match *custom;
	assert_int_equal(gl_match_compile(&custom, "sag [0-9]+", 0), 0);
	const gl_match *list[] = {custom};
	const char *text = "sag 4711: Tilføjet eksport til CSV";
	gl_message_parse(&m, text, strlen(text), list, 1);
	assert_int_equal(m.kind, GL_CHANGE_FEATURE);
	assert_refs(&m, "T:sag 4711");
	gl_message_release(&m);
	gl_match_free(custom);
}

static void test_subject_trimmed(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "\n\n   Fix the header   \n\nBody.\n");
	assert_string_equal(m.subject, "Fix the header");
	assert_int_equal(m.kind, GL_CHANGE_FIX);
	gl_message_release(&m);
}

/* ---- merges and pull requests ---- */

/* The branch a merge brought, and whether it merges another line back (release notes). */
static void test_merge_branch(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "Merge pull request #41 from vendorb/feature/login\n\n358: Ret fejl i login\n");
	assert_str(m.branch, "feature/login");
	assert_true(m.titled);
	assert_false(m.merge_back);
	assert_str(m.subject, "358: Ret fejl i login");
	gl_message_release(&m);

	parse(&m, "Merge pull request #45 from acme/develop");
	assert_str(m.branch, "develop");
	assert_false(m.titled);
	gl_message_release(&m);

	parse(&m, "Merged in feature/AR-519 (pull request #12)\n");
	assert_str(m.branch, "feature/AR-519");
	gl_message_release(&m);

	parse(&m, "Merge branch 'main' into develop\n");
	assert_str(m.branch, "main");
	assert_true(m.merge_back);
	gl_message_release(&m);

	parse(&m, "Merge remote-tracking branch 'origin/develop'\n");
	assert_str(m.branch, "develop");
	assert_true(m.merge_back);
	gl_message_release(&m);

	/* Git Flow without pull requests: a topic merged by hand into develop is a change. */
	parse(&m, "Merge branch 'feature/AR-600-booking' into develop\n");
	assert_str(m.branch, "feature/AR-600-booking");
	assert_false(m.merge_back);
	gl_message_release(&m);

	/* A pull's merge of the remote's line, and a tag's: what others made, no change here. */
	parse(&m, "Merge branch 'main' of github.com:os2display/display-admin\n");
	assert_true(m.merge_back);
	gl_message_release(&m);
	parse(&m, "Merge branch 'release/2.4' into develop\n");
	assert_true(m.merge_back);
	gl_message_release(&m);
	parse(&m, "Merge tag '2.4.0' into develop\n");
	assert_true(m.merge_back);
	gl_message_release(&m);

	/* Git writes no "into" when merging into main: a feature's merge, not a merge-back. */
	parse(&m, "Merge branch 'tidy-css'\n");
	assert_str(m.branch, "tidy-css");
	assert_false(m.merge_back);
	gl_message_release(&m);

	/* GitLab's merge names its target too, but it is a merge request. */
	parse(&m, "Merge branch 'feature/pdf' into 'develop'\n\nfeat: export to PDF\n\n"
		  "See merge request acme/app!12\n");
	assert_str(m.branch, "feature/pdf");
	assert_false(m.merge_back);
	assert_str(m.pr, "12");
	assert_str(m.subject, "export to PDF");
	gl_message_release(&m);

	parse(&m, "Merge tag 'v1.2.0'\n");
	assert_null(m.branch);
	assert_true(m.merge_back);
	gl_message_release(&m);

	parse(&m, "feat: a commit\n");
	assert_null(m.branch);
	assert_false(m.merge_back);
	gl_message_release(&m);
}

static void test_github_merge(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "Merge pull request #42 from vendor-a/feature-x\n"
		  "\n"
		  "feat(slides): add campaign scheduling\n");
	assert_true(m.merge);
	assert_str(m.pr, "42");
	assert_str(m.pr_from, "vendor-a/feature-x");
	assert_null(m.pr_repo);
	assert_int_equal(m.kind, GL_CHANGE_FEATURE);
	assert_true(m.conventional);
	assert_str(m.type, "feat");
	assert_str(m.scope, "slides");
	assert_str(m.subject, "add campaign scheduling");
	assert_refs(&m, "");
	gl_message_release(&m);

	parse(&m, "Merge pull request #311 from os2display/feature/DISPLAY-1080\n"
		  "\n"
		  "Fixed the broken calendar import\n");
	assert_int_equal(m.kind, GL_CHANGE_FIX);
	assert_false(m.conventional);
	assert_str(m.subject, "Fixed the broken calendar import");
	assert_str(m.pr_from, "os2display/feature/DISPLAY-1080");
	gl_message_release(&m);

	/* No title: the merge says nothing of what it brings. */
	parse(&m, "Merge pull request #7 from os2display/develop");
	assert_true(m.merge);
	assert_str(m.pr, "7");
	assert_int_equal(m.kind, GL_CHANGE_UNCLASSIFIED);
	assert_str(m.subject, "Merge pull request #7 from os2display/develop");
	assert_refs(&m, "");
	gl_message_release(&m);

	/* The title's references are the merge's; the PR's own number is not one. */
	parse(&m, "Merge pull request #42 from vendor-a/fix-12\n\nFix #12: wrong order (#42)\n");
	assert_refs(&m, "I:12*");
	assert_str(m.pr, "42");
	gl_message_release(&m);
}

static void test_git_merges(void **state)
{
	(void)state;
	static const char *const merges[] = {
		"Merge branch 'develop' into master",
		"Merge branch 'develop' into master\n\n# Conflicts:\n#\tsrc/app.js\n",
		"Merge branch 'develop' into master\n\nConflicts:\n\tsrc/app.js\n",
		"Merge remote-tracking branch 'origin/develop' into feature/x",
		"Merge branch 'release/2.1' of github.com:os2display/admin into develop",
		"Merge tag 'v1.2.3' into develop",
		"Merge develop into master",
	};
	for (size_t i = 0; i < ARRAY_SIZE(merges); i++) {
		gl_message m;
		parse(&m, merges[i]);
		/* Their commits are in the history: the merge itself is housekeeping. */
		if (!m.merge || m.pr || m.kind != GL_CHANGE_OTHER || !m.housekeeping || m.refs.len)
			fail_msg("'%s' not read as a merge", merges[i]);
		gl_message_release(&m);
	}
	gl_message m;
	parse(&m, "Merge duplicate code paths");
	assert_false(m.merge);
	assert_int_equal(m.kind, GL_CHANGE_OTHER);
	gl_message_release(&m);

	parse_with_tickets(&m, "Merge remote-tracking branch 'origin/develop' into feature/AR-519");
	assert_refs(&m, "T:AR-519");
	gl_message_release(&m);
}

static void test_gitlab_merge(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "Merge branch 'feature/screen-groups' into 'main'\n"
		  "\n"
		  "Add screen groups\n"
		  "\n"
		  "Closes #12\n"
		  "\n"
		  "See merge request os2display/display!580");
	assert_true(m.merge);
	assert_str(m.pr, "580");
	assert_str(m.pr_repo, "os2display/display");
	assert_null(m.pr_from);
	assert_str(m.subject, "Add screen groups");
	assert_int_equal(m.kind, GL_CHANGE_FEATURE);
	assert_refs(&m, "I:12*");
	gl_message_release(&m);

	/* Older GitLab names no project: pr_repo is "" (still GitLab). */
	parse(&m, "Merge branch 'fix' into 'develop'\n\nRet fejl i kalender\n\nSee merge request "
		  "!7\n");
	assert_str(m.pr, "7");
	assert_str(m.pr_repo, "");
	assert_int_equal(m.kind, GL_CHANGE_FIX);
	assert_refs(&m, "");
	gl_message_release(&m);

	/* Another project's merge request is a reference. */
	parse(&m, "Merge branch 'x' into 'main'\n\nFix x\n\nSee also os2/other!580.\n\nSee merge "
		  "request os2display/display!580");
	assert_refs(&m, "M:os2/other#580");
	gl_message_release(&m);
}

static void test_squash_and_bitbucket(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "feat(templates): add the poster template (#123)\n\n* add the template\n");
	assert_str(m.pr, "123");
	assert_false(m.merge);
	assert_true(m.conventional);
	assert_str(m.subject, "add the poster template");
	assert_refs(&m, "");
	gl_message_release(&m);

	parse(&m, "Fix slide order (#88)");
	assert_str(m.pr, "88");
	assert_str(m.subject, "Fix slide order");
	assert_int_equal(m.kind, GL_CHANGE_FIX);
	gl_message_release(&m);

	parse(&m, "(#88)");
	assert_null(m.pr);
	assert_refs(&m, "I:88");
	gl_message_release(&m);

	parse(&m, "Merged in feature/AR-519 (pull request #12)\n\nAR-519 Fix login\n\n"
		  "Approved-by: Jane Doe\n");
	assert_true(m.merge);
	assert_str(m.pr, "12");
	assert_str(m.pr_from, "feature/AR-519");
	assert_int_equal(m.kind, GL_CHANGE_FIX);
	assert_str(m.subject, "AR-519 Fix login");
	assert_refs(&m, "");
	gl_message_release(&m);
}

/* ---- reverts and fixups ---- */

static void test_reverts(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "Revert \"feat: add x\"\n\nThis reverts commit "
		  "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b.\n");
	assert_str(m.reverts, "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b");
	assert_false(m.conventional);
	assert_int_equal(m.kind, GL_CHANGE_OTHER);
	assert_str(m.subject, "Revert \"feat: add x\"");
	gl_message_release(&m);

	parse(&m, "revert: feat(index): add the table\n\nThis reverts commit 1a2b3c4.\n");
	assert_true(m.conventional);
	assert_str(m.type, "revert");
	assert_str(m.reverts, "1a2b3c4");
	gl_message_release(&m);

	parse(&m, "Revert \"Merge pull request #5 from a/b\"\n\nThis reverts commit 0123abcd, "
		  "reversing\nchanges made to 89ef4567.\n");
	assert_str(m.reverts, "0123abcd");
	assert_false(m.merge);
	gl_message_release(&m);

	parse(&m, "Revert \"x\"\n\nThis reverts commit 12z.\n");
	assert_null(m.reverts);
	gl_message_release(&m);
}

static void test_fixups(void **state)
{
	(void)state;
	static const char *const fixups[] = {"fixup! feat(index): add x", "squash! Fix y",
					     "amend! feat: z", "fixup! fixup! Fix y"};
	for (size_t i = 0; i < ARRAY_SIZE(fixups); i++) {
		gl_message m;
		parse(&m, fixups[i]);
		assert_true(m.fixup);
		assert_int_not_equal(m.kind, GL_CHANGE_UNCLASSIFIED);
		gl_message_release(&m);
	}
	gl_message m;
	parse(&m, "Fix the fixup! handling");
	assert_false(m.fixup);
	gl_message_release(&m);
}

/* ---- references ---- */

static void test_issue_refs(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "Fix crash when a slide has no media\n"
		  "\n"
		  "See #12 and os2display/display#34 (also #12 again).\n"
		  "Not &#39; nor ##5 nor page#section nor https://example.com/docs#12 nor\n"
		  "colour #000 nor issue#7 nor a1#2 nor v1.2#3 nor #12abc.\n"
		  "GitLab: !580, group/sub/project!9, GH-77.\n");
	assert_refs(&m, "I:12 I:os2display/display#34 M:580 M:group/sub/project#9 I:77");
	gl_message_release(&m);
}

/* The parser reads only the message it is given, here the tail of a longer buffer (a
 * commit's message inside its raw object): a reference that opens it opens a word. */
static void test_reference_opens_the_message(void **state)
{
	(void)state;
	static const char raw[] = "abcGH-12: the index is written twice\n";
	gl_message m;
	parse(&m, raw + 3);
	assert_refs(&m, "I:12");
	gl_message_release(&m);
}

static void test_url_refs(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "Fix the importer\n"
		  "\n"
		  "https://github.com/o/r/issues/12 and (https://github.com/o/r/pull/13).\n"
		  "https://gitlab.com/group/sub/project/-/issues/7\n"
		  "https://gitlab.com/group/sub/project/-/merge_requests/9/diffs\n"
		  "https://github.com/o/r/issues/12#issuecomment-1 again, o/r#12 too.\n"
		  "https://redmine.magenta.dk/issues/55444 is [#55444].\n"
		  "https://jira.example.dk/browse/AR-519\n"
		  "[#99](https://github.com/o/r/issues/99)\n"
		  "https://example.com/blog/issues and https://example.com/a/issues/x\n");
	assert_refs(&m, "I:o/r#12 M:o/r#13 I:group/sub/project#7 M:group/sub/project#9 T:55444 "
			"T:AR-519 I:o/r#99");
	gl_message_release(&m);
}

static void test_closing_keywords(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "fixes #12, see #13\n\nCloses #3. RESOLVES: #4; Fixed o/r#5.\n"
		  "Prefixes #6 do not. See #13 again, fix #13.\n");
	assert_refs(&m, "I:12* I:13* I:3* I:4* I:o/r#5* I:6");
	gl_message_release(&m);
}

static void test_trailers(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "feat(forms): add the CPR lookup\n"
		  "\n"
		  "Body text that names ADR-1 and AR-2 in passing.\n"
		  "\n"
		  "Refs: AR-519, FR-12, ADR-0003 SDR-2; ODR-1\n"
		  "Fixes: #9, AR-520\n"
		  "Closes: FR-13\n"
		  "Ønske: FR-7\n"
		  "Related: PROJ-12\n"
		  "Part-of: FR-3\n"
		  "Requests: FR-4, FR-12\n"
		  "References: https://github.com/o/r/issues/12\n"
		  "Signed-off-by: Jane Doe <jane@example.dk>\n");
	assert_refs(&m,
		    "T:AR-519 R:FR-12 R:ADR-0003 R:SDR-2 R:ODR-1 I:9* T:AR-520* R:FR-13* R:FR-7 "
		    "T:PROJ-12 R:FR-3 R:FR-4 I:o/r#12");
	gl_message_release(&m);

	/* "Refs #9": a footer Conventional Commits reads and Git does not. */
	parse(&m, "fix: x\n\nRefs #9\nCloses #10\n");
	assert_refs(&m, "I:9 I:10*");
	gl_message_release(&m);

	/* Mid-body trailers count too; "Fixes: none" names nothing. */
	parse(&m, "Ret fejl\n\nRefs: FR-2\n\nMere tekst.\nFixes: none\n");
	assert_refs(&m, "R:FR-2");
	gl_message_release(&m);
}

static void test_configured_tickets(void **state)
{
	(void)state;
	gl_message m;
	parse_with_tickets(&m, "AR-519: Fixed missing translations\n"
			       "\n"
			       "Also fixes DISPLAY-1080 and [#55444], not xAR-1.\n"
			       "\n"
			       "Refs: OS2FORMS-361, AR-519\n"
			       "Decision: ADR-0007\n");
	assert_refs(&m, "T:AR-519 T:DISPLAY-1080* T:55444 T:OS2FORMS-361");
	assert_decisions(&m, "ADR-0007");
	gl_message_release(&m);

	/* Without the patterns, a subject's ticket key is no reference. */
	parse(&m, "AR-519: Fixed missing translations\n");
	assert_refs(&m, "");
	gl_message_release(&m);

	/* A configured pattern wins over the record rule in a trailer. */
	gl_match *fr;
	assert_int_equal(gl_match_compile(&fr, "FR-[0-9]+", 0), 0);
	const gl_match *list[] = {NULL, fr};
	const char *text = "Fix x\n\nRefs: FR-12, FR-12\nFixes: FR-12\n";
	gl_message_parse(&m, text, strlen(text), list, 2);
	assert_refs(&m, "T:FR-12*");
	gl_message_release(&m);
	gl_match_free(fr);
}

static void test_decisions(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "feat: x\n\nDecision: ADR-0007\nDecision: ADR-0007, SDR-2\n"
		  "Decisions: ADR-1 ADR-2.\nBeslutning: SDR-3\nDecision: accepted (ADR-4)\n");
	assert_decisions(&m, "ADR-0007 SDR-2 ADR-1 ADR-2 SDR-3 ADR-4");
	assert_refs(&m, "");
	gl_message_release(&m);

	parse(&m, "Decision: ADR-1\n");
	assert_decisions(&m, ""); /* the subject is never a trailer */
	gl_message_release(&m);
}

/* ---- any input ---- */

static void test_odd_input(void **state)
{
	(void)state;
	static const char *const odd[] = {"",
					  "\n",
					  "\n\n\n\n",
					  "\r\n\r\n",
					  "   \t  ",
					  "#",
					  "!",
					  "feat:",
					  "feat: ",
					  "feat(",
					  "(#",
					  "Merge ",
					  "Merge pull request #",
					  "See merge request !",
					  "Revert \"",
					  "fixup! ",
					  "BREAKING CHANGE:"};
	for (size_t i = 0; i < ARRAY_SIZE(odd); i++) {
		gl_message m;
		parse(&m, odd[i]);
		assert_non_null(m.subject);
		gl_message_release(&m);
	}
	gl_message m;
	gl_message_parse(&m, NULL, 0, NULL, 0);
	assert_string_equal(m.subject, "");
	assert_int_equal(m.kind, GL_CHANGE_UNCLASSIFIED);
	gl_message_release(&m);
	gl_message_release(NULL);
}

static void test_crlf_and_utf8(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "feat(index): add x\r\n\r\nBREAKING CHANGE: y\r\nRefs: #12\r\n");
	assert_str(m.subject, "add x");
	assert_str(m.breaking_note, "y");
	assert_refs(&m, "I:12");
	gl_message_release(&m);

	parse(&m, "Fix \xff\xfe bad \xc3 bytes #5\n\nRefs: \xc3\xa6-1 FR-\xff 2\n");
	assert_int_equal(m.kind, GL_CHANGE_FIX);
	assert_refs(&m, "I:5");
	gl_message_release(&m);

	/* Binary junk without NUL bytes. */
	char junk[4096];
	uint32_t x = 2463534242u;
	for (size_t i = 0; i < sizeof(junk); i++) {
		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		junk[i] = (char)((x & 0xff) ? x & 0xff : 1);
	}
	gl_message_parse(&m, junk, sizeof(junk), (const gl_match *const *)tickets,
			 ARRAY_SIZE(tickets));
	gl_message_release(&m);
}

static void test_large_message(void **state)
{
	(void)state;
	gl_buf b = GL_BUF_INIT;
	gl_buf_puts(&b, "feat: a large one\n\n");
	for (int i = 1; b.len < 1024 * 1024; i++)
		gl_buf_printf(&b, "Line %d refs #%d, o/r#%d and AR-%d. Refs: FR-%d\n", i,
			      i % 500 + 1, i, i, i % 7 + 1);
	gl_buf_puts(&b, "\nDecision: ADR-1\n");
	gl_message m;
	gl_message_parse(&m, b.ptr, b.len, (const gl_match *const *)tickets, ARRAY_SIZE(tickets));
	assert_true(m.refs.len > 1000);
	assert_decisions(&m, "ADR-1");
	gl_message_release(&m);

	/* One very long line, only newlines. */
	gl_buf_clear(&b);
	for (size_t i = 0; i < 1024 * 1024; i++)
		gl_buf_putc(&b, i % 3 ? 'a' : '#');
	parse(&m, b.ptr);
	gl_message_release(&m);
	gl_buf_clear(&b);
	for (size_t i = 0; i < 1024 * 1024; i++)
		gl_buf_putc(&b, '\n');
	parse(&m, b.ptr);
	assert_string_equal(m.subject, "");
	gl_message_release(&m);
	gl_buf_release(&b);
}

static void test_reuse(void **state)
{
	(void)state;
	gl_message m;
	parse(&m, "feat(x): one\n\nRefs: #1\nDecision: ADR-1\n");
	gl_message_release(&m);
	assert_null(m.subject);
	assert_int_equal(m.refs.len, 0);
	parse(&m, "Fix two #2");
	assert_str(m.subject, "Fix two #2");
	assert_refs(&m, "I:2");
	assert_decisions(&m, "");
	gl_message_release(&m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_conventional),
		cmocka_unit_test(test_breaking_footers),
		cmocka_unit_test(test_kind_of_type),
		cmocka_unit_test(test_conventional_kinds),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_word_table),
		cmocka_unit_test(test_words_after_configured_prefix),
		cmocka_unit_test(test_subject_trimmed),
		cmocka_unit_test(test_merge_branch),
		cmocka_unit_test(test_github_merge),
		cmocka_unit_test(test_git_merges),
		cmocka_unit_test(test_gitlab_merge),
		cmocka_unit_test(test_squash_and_bitbucket),
		cmocka_unit_test(test_reverts),
		cmocka_unit_test(test_fixups),
		cmocka_unit_test(test_issue_refs),
		cmocka_unit_test(test_reference_opens_the_message),
		cmocka_unit_test(test_url_refs),
		cmocka_unit_test(test_closing_keywords),
		cmocka_unit_test(test_trailers),
		cmocka_unit_test(test_configured_tickets),
		cmocka_unit_test(test_decisions),
		cmocka_unit_test(test_odd_input),
		cmocka_unit_test(test_crlf_and_utf8),
		cmocka_unit_test(test_large_message),
		cmocka_unit_test(test_reuse),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
