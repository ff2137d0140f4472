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
	/* Two letters of a word of seven: still a spelling, not another word. */
	check(os2("Fælles support", decision), edited("fælles support", "fælles suporrt"),
	      GOVLOG_LANG_EN,
	      (expect){GL_EDIT_EDITORIAL, "the spelling 'support' was corrected to 'suporrt'"});
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

/* Where a change is reported: the after version's section of the first change. */
static void check_at(govlog_record *before, govlog_record *after, const char *heading,
		     const char *what)
{
	gl_edit_report e;
	gl_edit_compare(&e, before, after, GOVLOG_LANG_EN);
	assert_int_equal(e.kind, GL_EDIT_MEANING);
	assert_non_null(e.heading);
	assert_string_equal(e.heading, heading);
	assert_string_equal(e.what.ptr, what);
	gl_edit_report_release(&e);
	govlog_record_free(before);
	govlog_record_free(after);
}

/* A link between the words a description quotes is left out of the quote. */
static void test_quoted_words_around_a_link(void **state)
{
	(void)state;
	const char *kept = "Hver leverandør afsætter 40 timer om måneden til fælles support.";
	char with[512];
	snprintf(with, sizeof(with), "%s Se https://os2.eu/referat for referatet.", kept);
	check(os2("Fælles support", with), os2("Fælles support", kept), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "'Se for referatet' was removed"});
}

/* Words removed from the end of one section and the start of the next are
 * quoted without the heading between them. */
static void test_quote_across_sections(void **state)
{
	(void)state;
	check(parse("# Use PostgreSQL\n\n## Context\n\nOrders are kept in files today.\n\n"
		    "## Decision\n\nSadly we will use PostgreSQL.\n"),
	      parse("# Use PostgreSQL\n\n## Context\n\nOrders are kept in files.\n\n"
		    "## Decision\n\nWe will use PostgreSQL.\n"),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_MEANING, "'today Sadly' was removed"});
}

/* The words of the first section, and where their change is reported. */
static void test_first_section(void **state)
{
	(void)state;
	const char *head = "# 3. Use PostgreSQL\n\n## Context\n\n";
	const char *tail = "\n\n## Decision\n\nWe will use PostgreSQL.\n";
	char a[512], b[512];
	snprintf(a, sizeof(a), "%s40 orders a day reach the service every weekday%s", head, tail);
	snprintf(b, sizeof(b), "%s90 orders a day reach the service every weekday%s", head, tail);
	check(parse(a), parse(b), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "the number '40' became '90'"});
	/* Words taken from the end of the first section are its change, not the next one's. */
	snprintf(b, sizeof(b), "%s40 orders a day reach the service%s", head, tail);
	check_at(parse(a), parse(b), "Context", "'every weekday' was removed");
	/* Words put into a section the record had already are no new section. */
	check(os2("Fælles support", decision),
	      parse("# [ODR] Fælles support\n\n- **Dato**: 2026-03-04\n- **Status**: Godkendt\n"
		    "- **Beslutningstagere**: Koordinationsgruppen\n\n"
		    "## Kontekst / Årsag\n\n"
		    "Kommunerne sender fejl til den leverandør de kender. Sagerne går tabt.\n\n"
		    "## Beslutning\n\n"
		    "Hver leverandør afsætter 40 timer om måneden til fælles support hos Magenta. "
		    "Se [referatet](https://os2.eu/referat-2026-03-04).\n\n"
		    "## Konsekvenser\n\nKommunerne får ét sted at henvende sig.\n"),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_MEANING, "'Sagerne går tabt' was added"});
}

/* Words put before all of the first section's text: the old text is the end of the new,
 * and the words added are the change. */
static void test_words_put_first(void **state)
{
	(void)state;
	const char *head = "# 3. Use PostgreSQL\n\n## Context\n\n";
	const char *tail = "\n\n## Decision\n\nWe will use PostgreSQL.\n";
	char a[512], b[512];
	snprintf(a, sizeof(a), "%sOrders reach the service every weekday.%s", head, tail);
	snprintf(b, sizeof(b), "%sOn weekends 90 orders reach the service every weekday.%s", head,
		 tail);
	check(parse(a), parse(b), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "the number '90' was added"});
	snprintf(b, sizeof(b), "%sMost orders reach the service every weekday.%s", head, tail);
	check(parse(a), parse(b), GOVLOG_LANG_EN, (expect){GL_EDIT_MEANING, "'Most' was added"});
}

/* A renamed section that loses words: its words were removed, the section was not. */
static void test_renamed_section_loses_words(void **state)
{
	(void)state;
	check_at(nygard_record("Accepted", "\n## Risks\n\nOne more engine to patch. Costs rise.\n"),
		 nygard_record("Accepted", "\n## Risici\n\nOne more engine to patch.\n"), "Risici",
		 "'Costs rise' was removed");
}

/* Several references renumbered at once: the description names the first pair. */
static void test_references_renumbered(void **state)
{
	(void)state;
	check(nygard_with("We follow ADR-0005, ADR-0006 and use PostgreSQL"),
	      nygard_with("We follow ADR-0007, ADR-0008 and use PostgreSQL"), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_EDITORIAL, "the reference 'ADR-0005' became 'ADR-0007'"});
}

/* A name left out is named alone, not with the words around it. */
static void test_name_removed(void **state)
{
	(void)state;
	check(os2("Fælles support", decision), edited(" hos Magenta", ""), GOVLOG_LANG_EN,
	      (expect){GL_EDIT_MEANING, "the name 'Magenta' was removed"});
}

/* A new title and under half of the words rewritten: the same decision changed,
 * not another decision under its ID. */
static void test_not_another_decision(void **state)
{
	(void)state;
	gl_edit_report e;
	govlog_record *before = parse("# Use PostgreSQL\n\n## Decision\n\n"
				      "red green blue white black pink gray brown gold teal\n");
	govlog_record *after = parse("# Use MySQL\n\n## Decision\n\n"
				     "one two three four black pink gray brown gold teal\n");
	gl_edit_compare(&e, before, after, GOVLOG_LANG_EN);
	assert_int_equal(e.kind, GL_EDIT_MEANING);
	assert_false(e.other_decision);
	gl_edit_report_release(&e);
	govlog_record_free(before);
	govlog_record_free(after);
}

/* The text before the first heading is decision text: under a title from the
 * front matter (Jekyll), and when it starts on the line after the title. */
static void test_preamble(void **state)
{
	(void)state;
	check(parse("---\ntitle: Use PostgreSQL\nstatus: accepted\n---\n\n"
		    "Orders get 15 minutes.\n\n## Context\n\nFiles.\n"),
	      parse("---\ntitle: Use PostgreSQL\nstatus: accepted\n---\n\n"
		    "Orders get 30 minutes.\n\n## Context\n\nFiles.\n"),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_MEANING, "the number '15' became '30'"});
	check(parse("# Use PostgreSQL\nOrders get 15 minutes.\n\n## Context\n\nFiles.\n"),
	      parse("# Use PostgreSQL\nOrders get 30 minutes.\n\n## Context\n\nFiles.\n"),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_MEANING, "the number '15' became '30'"});
}

/* Blanks at a line's end are nothing a reader sees. */
static void test_trailing_blanks(void **state)
{
	(void)state;
	check(parse("# Use PostgreSQL\n\n## Decision\n\nWe will use PostgreSQL 15.\nIt runs on 2 servers.\n"),
	      parse("# Use PostgreSQL\n\n## Decision\n\nWe will use PostgreSQL 15. \t\nIt runs on 2 servers.\n"),
	      GOVLOG_LANG_EN, (expect){GL_EDIT_NONE, ""});
}

/* A code sample's braces are no placeholders, in a fence of backticks indented
 * under a list item or in one of tildes. */
static void test_code_is_no_placeholder(void **state)
{
	(void)state;
	govlog_record *t =
		parse("# Use events\n\n## Decision\n\n- Orders are sent as:\n\n"
		      "  ```json\n  {\"order\": 1, \"total\": 40, \"lines\": []}\n  ```\n");
	assert_false(gl_edit_is_template(t));
	govlog_record_free(t);
	t = parse("# Use events\n\n## Decision\n\nOrders are sent as:\n\n"
		  "~~~json\n{\"order\": 1, \"total\": 40, \"lines\": []}\n~~~\n");
	assert_false(gl_edit_is_template(t));
	govlog_record_free(t);
	t = parse("# {short title of solved problem and solution}\n\n## Context\n\n"
		  "Orders are kept in files on one server.\n");
	assert_true(gl_edit_is_template(t));
	govlog_record_free(t);
}

/* Typographic spaces (an en quad, a thin space in "40 000") part words as a space does. */
static void test_typographic_spaces(void **state)
{
	(void)state;
	check(nygard_with("We will use PostgreSQL 15 on 2 servers"),
	      nygard_with("We will use PostgreSQL\xe2\x80\x80"
			  "15 on 2\xe2\x80\x89servers"),
	      GOVLOG_LANG_EN,
	      (expect){GL_EDIT_EDITORIAL, "only whitespace, punctuation or formatting changed"});
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_text),
		cmocka_unit_test(test_editorial),
		cmocka_unit_test(test_grammar),
		cmocka_unit_test(test_meaning),
		cmocka_unit_test(test_danish),
		cmocka_unit_test(test_status_and_sections),
		cmocka_unit_test(test_other_decision),
		cmocka_unit_test(test_template),
		cmocka_unit_test(test_quoted_words),
		cmocka_unit_test(test_number_first),
		cmocka_unit_test(test_moved),
		cmocka_unit_test(test_template_title),
		cmocka_unit_test(test_quoted_words_around_a_link),
		cmocka_unit_test(test_first_section),
		cmocka_unit_test(test_words_put_first),
		cmocka_unit_test(test_quote_across_sections),
		cmocka_unit_test(test_renamed_section_loses_words),
		cmocka_unit_test(test_references_renumbered),
		cmocka_unit_test(test_name_removed),
		cmocka_unit_test(test_not_another_decision),
		cmocka_unit_test(test_preamble),
		cmocka_unit_test(test_trailing_blanks),
		cmocka_unit_test(test_code_is_no_placeholder),
		cmocka_unit_test(test_typographic_spaces),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
