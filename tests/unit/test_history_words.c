/* How an edit of an accepted record reads its Markdown: markup is form, the words are what was
 * decided. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <govlog/govlog.h>

#include "check/rules/history_diff.h"

/* An adr-tools record, accepted, with the given decision section. */
#define NYGARD                                                                                     \
	"# 3. Use PostgreSQL\n\nDate: 2025-10-07\n\n"                                              \
	"## Status\n\nAccepted\n\n"                                                                \
	"## Context\n\nThe order service keeps its data in files.\n\n"                             \
	"## Decision\n\n%s\n\n"                                                                    \
	"## Consequences\n\nOperations runs one more database.\n"

/* The record with `decision`; with crlf its lines end as a Windows editor ends them. */
static govlog_record *record(const char *decision, bool crlf)
{
	char text[2048], out[4096];
	snprintf(text, sizeof(text), NYGARD, decision);
	size_t n = 0;
	for (const char *p = text; *p && n + 2 < sizeof(out); p++) {
		if (crlf && *p == '\n')
			out[n++] = '\r';
		out[n++] = *p;
	}
	out[n] = '\0';
	govlog_record *r = NULL;
	assert_int_equal(govlog_record_parse(&r, "doc/adr/0003-use-postgresql.md", out, n, NULL),
			 0);
	return r;
}

/* What an edit of the decision section from `before` to `after` is said to change. */
static void expect_edit(const char *before, const char *after, bool crlf, gl_edit kind,
			const char *what)
{
	govlog_record *a = record(before, crlf), *b = record(after, crlf);
	gl_edit_report e;
	gl_edit_compare(&e, a, b, GOVLOG_LANG_EN);
	assert_string_equal(e.what.ptr, what);
	assert_int_equal(e.kind, kind);
	gl_edit_report_release(&e);
	govlog_record_free(a);
	govlog_record_free(b);
}

static const char *const layout = "only whitespace, punctuation or formatting changed";

/* "1)" and "1." both mark an ordered list item (CommonMark): restyling or
 * renumbering the markers changes no number of the decision. */
static void test_ordered_list_markers(void **state)
{
	(void)state;
	expect_edit("1) Orders go to PostgreSQL.\n2) Invoices stay in files.",
		    "1. Orders go to PostgreSQL.\n2. Invoices stay in files.", false,
		    GL_EDIT_EDITORIAL, layout);
	expect_edit("1) Orders go to PostgreSQL.\n2) Invoices stay in files.",
		    "3) Orders go to PostgreSQL.\n4) Invoices stay in files.", false,
		    GL_EDIT_EDITORIAL, layout);
	/* A number that opens a line without being a marker is a word of the decision. */
	expect_edit("2026: orders go to PostgreSQL.", "2027: orders go to PostgreSQL.", false,
		    GL_EDIT_MEANING, "the number '2026' became '2027'");
}

/* A task list's box is a mark: ticking it off is no new word. */
static void test_task_boxes(void **state)
{
	(void)state;
	expect_edit("- [ ] Migrate the orders\n- [ ] Retire the file store",
		    "- [x] Migrate the orders\n- [X] Retire the file store", false,
		    GL_EDIT_EDITORIAL, layout);
	expect_edit("- [ ] Migrate the orders", "- [x] Migrate the invoices", false,
		    GL_EDIT_MEANING, "'orders' became 'invoices'");
	/* The box ends at its ']': a word written right after it is whole. */
	expect_edit("- [x]Migrate the orders", "- [x]Move the orders", false, GL_EDIT_MEANING,
		    "'Migrate' became 'Move'");
}

/* A file saved with CRLF line ends reads as its LF twin: a line break inside a
 * sentence is no paragraph, so a capitalised word after it is still a name. */
static void test_crlf(void **state)
{
	(void)state;
	const char *before = "The database is hosted by\nMagenta for the order service.";
	const char *after = "The database is hosted by\nNetcompany for the order service.";
	const char *want = "the name 'Magenta' became 'Netcompany'";
	expect_edit(before, after, false, GL_EDIT_MEANING, want);
	expect_edit(before, after, true, GL_EDIT_MEANING, want);
	expect_edit("Orders go to PostgreSQL.\nInvoices stay in files.",
		    "Orders go to PostgreSQL.\n\nInvoices stay in files.", true, GL_EDIT_EDITORIAL,
		    layout);
}

/* An HTML tag (a line break, a closing tag) is markup, not words. */
static void test_html_tags(void **state)
{
	(void)state;
	expect_edit("Orders go to PostgreSQL. Invoices stay in files.",
		    "Orders go to PostgreSQL.<br>Invoices stay in files.", false, GL_EDIT_EDITORIAL,
		    layout);
	expect_edit("Orders go to PostgreSQL.", "<b>Orders</b> go to PostgreSQL.", false,
		    GL_EDIT_EDITORIAL, layout);
	/* An autolink is a link, its target is where, not what. */
	expect_edit("Orders go to PostgreSQL, see <https://os2.eu/a>.",
		    "Orders go to PostgreSQL, see <https://os2.eu/b>.", false, GL_EDIT_EDITORIAL,
		    "a link target changed");
	/* A '<' before a blank or a digit opens no tag: the words after it count. */
	expect_edit("Orders go to PostgreSQL when < 40 orders wait.",
		    "Orders go to PostgreSQL when < 80 orders wait.", false, GL_EDIT_MEANING,
		    "the number '40' became '80'");
}

/* An HTML comment (template guidance) is no text, however its dashes close it;
 * the words after it are the decision. */
static void test_html_comments(void **state)
{
	(void)state;
	expect_edit("<!-- Filled in by the steering group --->\nWe will use PostgreSQL 15.",
		    "<!-- Filled in by the steering group --->\nWe will use PostgreSQL 16.", false,
		    GL_EDIT_MEANING, "the number '15' became '16'");
	expect_edit("<!-- a re-usable note -->\nWe will use PostgreSQL 15.",
		    "<!-- a re-usable note, revised -->\nWe will use PostgreSQL 15.", false,
		    GL_EDIT_EDITORIAL, layout);
}

/* The numbers in a link's text are the decision's, unless the link points to
 * another record: then they are that record's number. */
static void test_link_text_numbers(void **state)
{
	(void)state;
	expect_edit("Each vendor gives [40 hours a month](https://os2.eu/aftale) to support.",
		    "Each vendor gives [80 hours a month](https://os2.eu/aftale) to support.",
		    false, GL_EDIT_MEANING, "the number '40' became '80'");
	expect_edit("This replaces [5. Use MySQL](0005-use-mysql.md).",
		    "This replaces [6. Use MySQL](0006-use-mysql.md).", false, GL_EDIT_EDITORIAL,
		    "the reference '5' became '6'; a link target changed");
}

/* A link reference definition ("[label]: target") holds a target only, where
 * the target stands (CommonMark lets it follow the colon directly or on the next line). */
static void test_link_definitions(void **state)
{
	(void)state;
	expect_edit("We follow [the guide].\n\n[the guide]: https://os2.eu/guide-1",
		    "We follow [the guide].\n\n[the guide]: https://os2.eu/guide-2", false,
		    GL_EDIT_EDITORIAL, "a link target changed");
	expect_edit("We follow [ADR 5].\n\n[ADR 5]:5-use-mysql.md",
		    "We follow [ADR 5].\n\n[ADR 5]:6-use-mysql.md", false, GL_EDIT_EDITORIAL,
		    "a link target changed");
	expect_edit("We follow [the guide].\n\n[the guide]:\n0005-use-mysql.md",
		    "We follow [the guide].\n\n[the guide]:\n0007-use-mysql.md", false,
		    GL_EDIT_EDITORIAL, "a link target changed");
	/* Blanks after the colon before the line ending, and a title after the target:
	 * still one definition, its target on the next line, its title no word of the text. */
	expect_edit("We follow [the guide].\n\n[the guide]:  \nhttps://os2.eu/guide-1 \"Guide 1\"",
		    "We follow [the guide].\n\n[the guide]:  \nhttps://os2.eu/guide-2 \"Guide 2\"",
		    false, GL_EDIT_EDITORIAL, "a link target changed");
	expect_edit("We follow [the guide].\n\n[the guide]:\t\nhttps://os2.eu/guide-1 \"Guide 1\"",
		    "We follow [the guide].\n\n[the guide]:\t\nhttps://os2.eu/guide-2 \"Guide 2\"",
		    true, GL_EDIT_EDITORIAL, "a link target changed");
}

/* A slash or a full stop between words parts them ("PostgreSQL/MySQL", "files.Orders");
 * only between digits does it join one number ("40.000", "1/2"). */
static void test_parted_words(void **state)
{
	(void)state;
	expect_edit("The service uses PostgreSQL/MySQL for its orders.",
		    "The service uses PostgreSQL/Oracle for its orders.", false, GL_EDIT_MEANING,
		    "the name 'MySQL' became 'Oracle'");
	expect_edit("The service keeps 40.000 orders.", "The service keeps 40.500 orders.", false,
		    GL_EDIT_MEANING, "the number '40.000' became '40.500'");
}

/* References to records are where, not what: "FR 12", "#12" renumbered are
 * renumbered references; a Danish suspended hyphen ("IT- og …") is no reference. */
static void test_references(void **state)
{
	(void)state;
	expect_edit("This serves FR 12 and uses PostgreSQL.",
		    "This serves FR 14 and uses PostgreSQL.", false, GL_EDIT_EDITORIAL,
		    "the reference '12' became '14'");
	expect_edit("This closes #12 and uses PostgreSQL.", "This closes #14 and uses PostgreSQL.",
		    false, GL_EDIT_EDITORIAL, "the reference '12' became '14'");
	expect_edit("Orders are run by the IT- og økonomiafdelingen.",
		    "Orders are run by the HR- og økonomiafdelingen.", false, GL_EDIT_MEANING,
		    "the name 'IT' became 'HR'");
}

/* Spelling: a hyphenated word is one word; letters swapped in a short word, and
 * æ ø å written ae oe aa, are misspellings; a word that only starts the same
 * is another word; two words are never the same because their hashes are. */
static void test_spelling(void **state)
{
	(void)state;
	expect_edit("Orders use a point-to-point link.", "Orders use a point-to-piont link.", false,
		    GL_EDIT_EDITORIAL,
		    "the spelling 'point-to-point' was corrected to 'point-to-piont'");
	expect_edit("Vi laver en A-B-test af forsiden.", "Vi laver en A-B-tset af forsiden.", false,
		    GL_EDIT_EDITORIAL, "the spelling 'A-B-test' was corrected to 'A-B-tset'");
	expect_edit("We will use teh PostgreSQL server.", "We will use the PostgreSQL server.",
		    false, GL_EDIT_EDITORIAL, "the spelling 'teh' was corrected to 'the'");
	expect_edit("Kommunerne sedner fejl til os.", "Kommunerne sender fejl til os.", false,
		    GL_EDIT_EDITORIAL, "the spelling 'sedner' was corrected to 'sender'");
	expect_edit("Data ligger paa en server.", "Data ligger på en server.", false,
		    GL_EDIT_EDITORIAL, "the spelling 'paa' was corrected to 'på'");
	expect_edit("The services are written in Java.", "The services are written in JavaScript.",
		    false, GL_EDIT_MEANING, "the name 'Java' became 'JavaScript'");
	/* "glbvs" and "yacxa" have the same 32-bit FNV-1a hash. */
	expect_edit("We will name it glbvs.", "We will name it yacxa.", false, GL_EDIT_MEANING,
		    "'glbvs' became 'yacxa'");
}

/* A list item that starts with a link starts with its words, not with a box. */
static void test_item_starting_with_a_link(void **state)
{
	(void)state;
	expect_edit("- [PostgreSQL](https://postgresql.org) keeps the orders",
		    "- [MySQL](https://postgresql.org) keeps the orders", false, GL_EDIT_MEANING,
		    "'PostgreSQL' became 'MySQL'");
}

/* Markup that is not text: a '<' that opens no tag hides nothing after it,
 * Jekyll's Liquid tags are no words, a mailto: address is a link. */
static void test_markup(void **state)
{
	(void)state;
	expect_edit("Orders go first when priority<high, then 40 an hour.",
		    "Orders go first when priority<high, then 80 an hour.", false, GL_EDIT_MEANING,
		    "the number '40' became '80'");
	expect_edit("We will use PostgreSQL.",
		    "We will use PostgreSQL.\n\n{% include adr-links.html %}", false,
		    GL_EDIT_EDITORIAL, layout);
	expect_edit("Questions go to mailto:support@os2.dk today.",
		    "Questions go to mailto:hjaelp@os2.dk today.", false, GL_EDIT_EDITORIAL,
		    "a link target changed");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ordered_list_markers),
		cmocka_unit_test(test_task_boxes),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_html_tags),
		cmocka_unit_test(test_html_comments),
		cmocka_unit_test(test_link_text_numbers),
		cmocka_unit_test(test_link_definitions),
		cmocka_unit_test(test_parted_words),
		cmocka_unit_test(test_references),
		cmocka_unit_test(test_spelling),
		cmocka_unit_test(test_item_starting_with_a_link),
		cmocka_unit_test(test_markup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
