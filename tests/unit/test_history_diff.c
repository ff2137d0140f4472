/* What an edit of an accepted record changed: editorial, or a change of what was decided. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <govlog/govlog.h>

#include "check/rules/history_diff.h"
#include "check/rules/history_text.h"

/* An OS2 record as the Danish log writes it, with the title and the decision given. */
static govlog_record *os2(const char *title, const char *decision)
{
	char text[2048];
	snprintf(text, sizeof(text),
		 "# [ODR] %s\n\n"
		 "- **Dato**: 2026-03-04\n"
		 "- **Status**: Godkendt\n"
		 "- **Beslutningstagere**: Koordinationsgruppen\n\n"
		 "## Kontekst / Årsag\n\n"
		 "Kommunerne sender fejl til den leverandør de kender.\n\n"
		 "## Beslutning\n\n%s\n\n"
		 "## Konsekvenser\n\n"
		 "Kommunerne får ét sted at henvende sig.\n",
		 title, decision);
	govlog_record *r = NULL;
	assert_int_equal(
		govlog_record_parse(&r, "beslutninger/0002-support.md", text, strlen(text), NULL),
		0);
	return r;
}

static govlog_record *parse(const char *text)
{
	govlog_record *r = NULL;
	assert_int_equal(govlog_record_parse(&r, "doc/adr/0003-x.md", text, strlen(text), NULL), 0);
	return r;
}

typedef struct expect {
	gl_edit kind;
	const char *what; /* the description, exactly */
} expect;

static void check(govlog_record *before, govlog_record *after, govlog_lang lang, expect want)
{
	gl_edit_report e;
	gl_edit_compare(&e, before, after, lang);
	assert_int_equal(e.kind, want.kind);
	if (want.what)
		assert_string_equal(e.what.ptr, want.what);
	gl_edit_report_release(&e);
	govlog_record_free(before);
	govlog_record_free(after);
}

static const char *const decision =
	"Hver leverandør afsætter 40 timer om måneden til fælles support hos Magenta. "
	"Se [referatet](https://os2.eu/referat-2026-03-04).";

static govlog_record *edited(const char *from, const char *to)
{
	char text[1024];
	const char *at = strstr(decision, from);
	assert_non_null(at);
	snprintf(text, sizeof(text), "%.*s%s%s", (int)(at - decision), decision, to,
		 at + strlen(from));
	return os2("Fælles support", text);
}

static void test_same_text(void **state)
{
	(void)state;
	check(os2("Fælles support", decision), os2("Fælles support", decision), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_NONE, ""});
}

static void test_editorial(void **state)
{
	(void)state;
	check(os2("Fælles support", decision), edited("40 timer om", "40 timer\nom"),
	      GOVLOG_LANG_EN,
	      (expect){GL_EDIT_EDITORIAL, "only whitespace, punctuation or formatting changed"});
	check(os2("Fælles support", decision), edited("leverandør", "leverandr"), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_EDITORIAL,
		       "the spelling 'leverandør' was corrected to 'leverandr'"});
	check(os2("Fælles support", decision), edited("referat-2026-03-04", "referater/2026.pdf"),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_EDITORIAL, "a link target changed"});
	check(os2("Fælles support", decision), edited("40 timer", "40 timer,"), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_EDITORIAL, "only whitespace, punctuation or formatting changed"});
	check(os2("Fælles support", decision), os2("Fælles suport", decision), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_EDITORIAL, "the spelling 'support' was corrected to 'suport'"});
}

static void test_grammar(void **state)
{
	(void)state;
	check(os2("Fælles support", decision), edited("til fælles", "til den fælles"),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_EDITORIAL, "'den' was added"});
	check(os2("Fælles support", decision), edited("til fælles support", "til support"),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_MEANING, "'fælles' was removed"});
	check(os2("Fælles support", decision),
	      edited("Se [referatet]", "Godkendt på styregruppemødet 4. juni 2026. Se [referatet]"),
	      GOVLOG_LANG_EN,
	      (expect){
		      GL_EDIT_EDITORIAL,
		      "a note on its status was added: 'Godkendt på styregruppemødet 4. juni 2026'"});
}

static void test_meaning(void **state)
{
	(void)state;
	check(os2("Fælles support", decision), edited("40 timer", "80 timer"), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "the number '40' became '80'"});
	check(os2("Fælles support", decision), edited("afsætter", "afsætter ikke"), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "the negation 'ikke' was added"});
	check(os2("Fælles support", decision), edited("Magenta", "Netcompany"), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "the name 'Magenta' became 'Netcompany'"});
	check(os2("Fælles support", decision), edited("Hver leverandør", "Kun én leverandør"),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_MEANING, NULL});
	check(os2("Fælles support", decision), os2("Fælles hosting", decision), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "the title 'Fælles support' became 'Fælles hosting'"});
}

static void test_danish(void **state)
{
	(void)state;
	check(os2("Fælles support", decision), edited("40 timer", "80 timer"), GOVLOG_LANG_DA,
	      (expect){GL_EDIT_MEANING, "tallet '40' blev til '80'"});
	check(os2("Fælles support", decision), edited("referat-2026-03-04", "referat.pdf"),
	      GOVLOG_LANG_DA, (expect){GL_EDIT_EDITORIAL, "et linkmål blev ændret"});
}

/* An adr-tools record: its status, its decision sentence and what follows. */
#define NYGARD                                                                                     \
	"# 3. Use PostgreSQL\n\nDate: 2025-10-07\n\n"                                              \
	"## Status\n\n%s\n\n"                                                                      \
	"## Context\n\nThe order service keeps its data in files.\n\n"                             \
	"## Decision\n\n%s for the order service.\n\n"                                             \
	"## Consequences\n\nOperations runs one more database.\n%s"

static govlog_record *nygard_record(const char *status, const char *tail)
{
	char text[1024];
	snprintf(text, sizeof(text), NYGARD, status, "We will use PostgreSQL 15", tail);
	return parse(text);
}

static govlog_record *nygard_with(const char *sentence)
{
	char text[1024];
	snprintf(text, sizeof(text), NYGARD, "Accepted", sentence, "");
	return parse(text);
}

static void test_status_and_sections(void **state)
{
	(void)state;
	check(nygard_record("Accepted", ""), nygard_with("We have used PostgreSQL 15"),
	      GOVLOG_LANG_EN,
	      (expect){GL_EDIT_EDITORIAL, "grammar: 'will use' became 'have used'"});
	check(nygard_record("Accepted", ""),
	      nygard_record("Superseded by [7. Use a managed database](0007-use-a-managed.md)", ""),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_NONE, ""});
	check(nygard_record("Accepted", "\n## Risks\n\nOne more engine to patch and to watch.\n"),
	      nygard_record("Accepted", ""), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "section 'Risks' was removed"});
	check(nygard_record("Accepted", ""),
	      nygard_record("Accepted", "\n## Implementation\n\nDone in release 2.3.\n"),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_EDITORIAL, "section 'Implementation' was added"});
}

static void test_other_decision(void **state)
{
	(void)state;
	govlog_record *before = nygard_record("Accepted", "");
	govlog_record *after = parse("# 3. Render invoices as PDF/A\n\nDate: 2026-01-10\n\n"
				     "## Status\n\nAccepted\n\n"
				     "## Context\n\nArchives reject invoices without fonts.\n\n"
				     "## Decision\n\nA headless browser prints HTML invoices.\n\n"
				     "## Consequences\n\nThe invoice layout stays in HTML.\n");
	gl_edit_report e;
	gl_edit_compare(&e, before, after, GOVLOG_LANG_EN);
	assert_int_equal(e.kind, GL_EDIT_MEANING);
	assert_true(e.other_decision);
	gl_edit_report_release(&e);
	assert_false(gl_edit_same_text(before, after));
	assert_true(gl_edit_same_text(before, before));
	govlog_record_free(before);
	govlog_record_free(after);
}

static void test_template(void **state)
{
	(void)state;
	govlog_record *t =
		parse("---\nstatus: accepted\n---\n\n"
		      "# {short title, representative of solved problem and found solution}\n\n"
		      "## Context and Problem Statement\n\n{Describe the context.}\n");
	assert_true(gl_edit_is_template(t));
	govlog_record_free(t);
	t = parse("# Use a queue\n\n## Context and Problem Statement\n\n"
		  "{Describe the context and problem statement, in two or three sentences.}\n\n"
		  "## Considered Options\n\n* [option 1]\n* [option 2]\n");
	assert_true(gl_edit_is_template(t));
	govlog_record_free(t);
	t = nygard_record("Accepted", "\n## Links\n\n* See [ADR-0002](0002-x.md)\n");
	assert_false(gl_edit_is_template(t));
	govlog_record_free(t);
}

/* The words a description quotes, as a reader finds them: a link's target left
 * out, the words joined by one blank. */
static void test_quoted_words(void **state)
{
	(void)state;
	const char *kept = "Hver leverandør afsætter 40 timer om måneden til fælles support.";
	char with[512];
	snprintf(with, sizeof(with), "%s Se [referatet](https://os2.eu/referat) fra mødet.", kept);
	check(os2("Fælles support", with), os2("Fælles support", kept), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "'Se referatet fra mødet' was removed"});
}

/* A number put in is named, wherever it stands: here the very first word of the text. */
static void test_number_first(void **state)
{
	(void)state;
	govlog_record *before = parse("# 3. Use PostgreSQL\n\n## Status\n\nAccepted\n\n"
				      "## Context\n\nKommuner sender fejl til os.\n");
	govlog_record *after = parse("# 3. Use PostgreSQL\n\n## Status\n\nAccepted\n\n"
				     "## Context\n\n98 kommuner sender fejl til os.\n");
	check(before, after, GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "the number '98' was added"});
}

/* Text moved elsewhere, word for word, is a change of form; text copied to a
 * second place while its first place is reworded is two changes of meaning. */
static void test_moved(void **state)
{
	(void)state;
	check(os2("Fælles support", "Hver leverandør afsætter 40 timer om måneden til fælles "
				    "support. Henvendelser modtages i én fælles kø."),
	      os2("Fælles support", "Henvendelser modtages i én fælles kø. Hver leverandør "
				    "afsætter 40 timer om måneden til fælles support."),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_EDITORIAL, "text was moved"});
	check(nygard_with("Reports use nightly CSV exports. Orders live in PostgreSQL and the "
			  "archive"),
	      nygard_with("Reports use the API. Orders live in PostgreSQL, nightly CSV exports "
			  "and the archive"),
	      GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING,
		       "the name 'nightly CSV exports' became 'the API', and one more change"});
}

/* A MADR record whose title is still the template's placeholder: filling it in
 * is writing the record, not editing a decision. */
static void test_template_title(void **state)
{
	(void)state;
	govlog_record *t = parse("---\nstatus: accepted\n---\n\n"
				 "# [short title of solved problem and solution]\n\n"
				 "## Context and Problem Statement\n\n"
				 "Orders are kept in files on one server.\n\n"
				 "## Decision Outcome\n\nWe will use PostgreSQL 15.\n");
	assert_true(gl_edit_is_template(t));
	govlog_record_free(t);
	t = parse("# Use [PostgreSQL] for orders\n\n## Context\n\nOrders are in files.\n");
	assert_false(gl_edit_is_template(t));
	govlog_record_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_text),      cmocka_unit_test(test_editorial),
		cmocka_unit_test(test_grammar),        cmocka_unit_test(test_meaning),
		cmocka_unit_test(test_danish),         cmocka_unit_test(test_status_and_sections),
		cmocka_unit_test(test_other_decision), cmocka_unit_test(test_template),
		cmocka_unit_test(test_quoted_words),   cmocka_unit_test(test_number_first),
		cmocka_unit_test(test_moved),          cmocka_unit_test(test_template_title),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
