/* Sections by meaning: headings read as concepts, and the sections a log's own template requires.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <govlog/govlog.h>

#include "config/concept.h"
#include "config/profile.h"
#include "record/record_internal.h"

#define BIT(c) GL_CONCEPT_BIT(GL_CONCEPT_##c)

static void assert_reads(const char *heading, gl_concept_set want)
{
	gl_concept_set got = gl_concept_classify(heading);
	if (got != want)
		fail_msg("'%s' reads as %#x, not %#x", heading, got, want);
}

/* MADR's headings: its Decision Drivers are not its Decision Outcome. */
static void test_madr_headings(void **state)
{
	(void)state;
	assert_reads("Context and Problem Statement", BIT(CONTEXT));
	assert_reads("Decision Drivers", BIT(DRIVERS));
	assert_reads("Decision Drivers <!-- optional -->", BIT(DRIVERS));
	assert_reads("Considered Options", BIT(OPTIONS));
	assert_reads("Considered Option", BIT(OPTIONS));
	assert_reads("Decision Outcome", BIT(DECISION));
	assert_reads("Positive Consequences", BIT(CONSEQUENCES));
	assert_reads("Negative Consequences", BIT(CONSEQUENCES));
	assert_reads("Consequences", BIT(CONSEQUENCES));
	assert_reads("Confirmation", BIT(CONFIRMATION));
	assert_reads("Validation", BIT(CONFIRMATION));
	assert_reads("Pros and Cons of the Options", BIT(PROS_CONS));
	assert_reads("More Information", BIT(MORE_INFO));
	assert_reads("Links", BIT(MORE_INFO));
}

/* The variants teams write for the options and the outcome. */
static void test_variants(void **state)
{
	(void)state;
	assert_reads("Options", BIT(OPTIONS));
	assert_reads("Options considered", BIT(OPTIONS));
	assert_reads("Considered Alternatives", BIT(OPTIONS));
	assert_reads("Considered Implementation Options", BIT(OPTIONS));
	assert_reads("Outcome", BIT(DECISION));
	assert_reads("Considered Options and Decision Outcome", BIT(OPTIONS) | BIT(DECISION));
	assert_reads("3. The Decision", BIT(DECISION));
	assert_reads("CONTEXT", BIT(CONTEXT));
	assert_reads("Decision Makers", BIT(META));
	assert_reads("Status", BIT(META));
	assert_reads("Decisions", BIT(DECISION));
	/* A label over the links to another record, not a section of this one. */
	assert_reads("Consequence of", 0);
	assert_reads("Consequence of:", 0);
	assert_reads("Consequences for operations", BIT(CONSEQUENCES));
	/* Whole words only. */
	assert_reads("Decisional", 0);
	assert_reads("Contextual", 0);
}

/* The Danish logs' headings. */
static void test_danish_headings(void **state)
{
	(void)state;
	assert_reads("Kontekst / Årsag", BIT(CONTEXT));
	assert_reads("1. Kontekst/Årsag", BIT(CONTEXT));
	assert_reads("2. Beslutning:", BIT(DECISION));
	assert_reads("Beskrivelse af beslutningen", BIT(DECISION));
	assert_reads("BESKRIVELSE AF BESLUTNINGEN", BIT(DECISION));
	assert_reads("Indstilling", BIT(DECISION));
	assert_reads("Konsekvenser af beslutningen", BIT(CONSEQUENCES));
	assert_reads("Beslutningens konsekvenser", BIT(CONSEQUENCES));
	assert_reads("Risici og konsekvenser", BIT(RISKS) | BIT(CONSEQUENCES));
	assert_reads("Effektuering", BIT(IMPLEMENTATION));
	assert_reads("Yderligere information", BIT(MORE_INFO));
	/* The reasons for a decision are not the decision. */
	assert_reads("Begrundelse for beslutningen", 0);
}

static govlog_record *parse(const char *path, const char *text)
{
	govlog_record *r = NULL;
	assert_int_equal(govlog_record_parse(&r, path, text, strlen(text), NULL), 0);
	return r;
}

/* The labels of the rules, NULL-terminated `want`. */
static void assert_labels(const gl_section_rule *rules, ...)
{
	va_list ap;
	va_start(ap, rules);
	size_t i = 0;
	for (const char *want; (want = va_arg(ap, const char *)); i++) {
		assert_non_null(rules);
		if (!rules[i].label)
			fail_msg("rule %zu is missing: want '%s'", i, want);
		assert_string_equal(rules[i].label, want);
	}
	va_end(ap);
	if (rules && rules[i].label)
		fail_msg("an extra rule '%s'", rules[i].label);
}

/* MADR 4.0.0's template: the elements it marks optional are not required. */
static const char madr4[] =
	"---\n"
	"# These are optional metadata elements. Feel free to remove any of them.\n"
	"status: \"{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}\"\n"
	"date: {YYYY-MM-DD when the decision was last updated}\n"
	"decision-makers: {list everyone involved in the decision}\n"
	"---\n"
	"\n"
	"# {short title, representative of solved problem and found solution}\n"
	"\n"
	"## Context and Problem Statement\n"
	"\n"
	"{Describe the context and problem statement, e.g., in free form using two to three "
	"sentences or in the form of an illustrative story.}\n"
	"\n"
	"<!-- This is an optional element. Feel free to remove. -->\n"
	"## Decision Drivers\n"
	"\n"
	"* {decision driver 1, e.g., a force, facing concern, …}\n"
	"* … <!-- numbers of drivers can vary -->\n"
	"\n"
	"## Considered Options\n"
	"\n"
	"* {title of option 1}\n"
	"* … <!-- numbers of options can vary -->\n"
	"\n"
	"## Decision Outcome\n"
	"\n"
	"Chosen option: \"{title of option 1}\", because {justification}.\n"
	"\n"
	"<!-- This is an optional element. Feel free to remove. -->\n"
	"### Consequences\n"
	"\n"
	"* Good, because {positive consequence}\n"
	"\n"
	"<!-- This is an optional element. Feel free to remove. -->\n"
	"### Confirmation\n"
	"\n"
	"{Describe how the implementation of/compliance with the ADR can/will be confirmed.}\n"
	"\n"
	"<!-- This is an optional element. Feel free to remove. -->\n"
	"## Pros and Cons of the Options\n"
	"\n"
	"### {title of option 1}\n"
	"\n"
	"<!-- This is an optional element. Feel free to remove. -->\n"
	"{example | description | pointer to more information | …}\n"
	"\n"
	"* Good, because {argument a}\n"
	"\n"
	"<!-- This is an optional element. Feel free to remove. -->\n"
	"## More Information\n"
	"\n"
	"{You might want to provide additional evidence/confidence for the decision outcome.}\n";

/* log4brains' template (MADR 2): "<!-- optional -->" in the heading. */
static const char log4brains[] =
	"# [short title of solved problem and solution]\n"
	"\n"
	"- Status: [draft | proposed | rejected | accepted | deprecated | …] <!-- optional -->\n"
	"- Deciders: [list everyone involved in the decision] <!-- optional -->\n"
	"- Date: [YYYY-MM-DD when the decision was last updated] <!-- optional -->\n"
	"\n"
	"Technical Story: [description | ticket/issue URL] <!-- optional -->\n"
	"\n"
	"## Context and Problem Statement\n"
	"\n"
	"[Describe the context and problem statement.]\n"
	"\n"
	"## Decision Drivers <!-- optional -->\n"
	"\n"
	"- [driver 1, e.g., a force, facing concern, …]\n"
	"\n"
	"## Considered Options\n"
	"\n"
	"- [option 1]\n"
	"\n"
	"## Decision Outcome\n"
	"\n"
	"Chosen option: \"[option 1]\", because [justification].\n"
	"\n"
	"### Positive Consequences <!-- optional -->\n"
	"\n"
	"- [e.g., improvement of quality attribute satisfaction, …]\n"
	"\n"
	"## Pros and Cons of the Options <!-- optional -->\n"
	"\n"
	"### [option 1]\n"
	"\n"
	"- Good, because [argument a]\n"
	"\n"
	"## Links <!-- optional -->\n"
	"\n"
	"- [Link type] [Link to ADR] <!-- example: Refined by [ADR-0005](0005-example.md) -->\n";

/* adr-tools' src/template.md: Status is metadata, the three others are required. */
static const char nygard[] =
	"# NUMBER. TITLE\n"
	"\n"
	"Date: DATE\n"
	"\n"
	"## Status\n"
	"\n"
	"STATUS\n"
	"\n"
	"## Context\n"
	"\n"
	"The issue motivating this decision, and any context that influences or "
	"constrains the decision.\n"
	"\n"
	"## Decision\n"
	"\n"
	"The change that we're proposing or have agreed to implement.\n"
	"\n"
	"## Consequences\n"
	"\n"
	"What becomes easier or more difficult to do and any risks introduced by "
	"the change that will need to be mitigated.\n";

static void test_templates(void **state)
{
	(void)state;
	govlog_record *t = parse("docs/decisions/adr-template.md", madr4);
	assert_labels(gl_profile_template_sections(t), "Context and Problem Statement",
		      "Considered Options", "Decision Outcome", NULL);
	govlog_record_free(t);
	t = parse("docs/adr/template.md", log4brains);
	assert_labels(gl_profile_template_sections(t), "Context and Problem Statement",
		      "Considered Options", "Decision Outcome", NULL);
	govlog_record_free(t);
	t = parse("doc/adr/templates/template.md", nygard);
	const gl_section_rule *rules = gl_profile_template_sections(t);
	assert_labels(rules, "Context", "Decision", "Consequences", NULL);
	/* A template's heading requires its concept: a Danish record's heading satisfies it. */
	assert_true(gl_profile_section_matches("Beskrivelse af beslutningen", &rules[1]));
	assert_false(gl_profile_section_matches("Decision Drivers", &rules[1]));
	govlog_record_free(t);
}

/* A heading no concept names is required as written; "(valgfri)" marks one optional, and a
 * placeholder is none. */
static void test_own_headings(void **state)
{
	(void)state;
	govlog_record *t = parse("beslutninger/skabelon.md", "# [SDR] Titel\n\n"
							     "## Kontekst / Årsag\n\nTekst.\n\n"
							     "## Tidsplan\n\nTekst.\n\n"
							     "## Risici (valgfri)\n\nTekst.\n\n"
							     "## Mulighed 1: [navn]\n\nTekst.\n");
	const gl_section_rule *rules = gl_profile_template_sections(t);
	assert_labels(rules, "Kontekst / Årsag", "Tidsplan", NULL);
	assert_true(gl_profile_section_matches("Baggrund", &rules[0]));
	assert_true(gl_profile_section_matches("Tidsplan og økonomi", &rules[1]));
	assert_false(gl_profile_section_matches("Tidsplaner", &rules[1]));
	govlog_record_free(t);
	/* A second "# …" under the template's own title is the record's title, not a section. */
	t = parse("architecture-decision-records/template.md",
		  "# Decision record template\n\n# 00x-Titel\nDato: 2024-04-04\n\n"
		  "## Status\n\nForslag\n\n## Kontekst\n\nx\n\n## Beslutning\n\ny\n\n"
		  "## Konsekvens\n\nz\n");
	assert_labels(gl_profile_template_sections(t), "Kontekst", "Beslutning", "Konsekvens",
		      NULL);
	govlog_record_free(t);
	/* A template without section headings requires none. */
	t = parse("doc/adr/templates/template.md", "# Hello template\n");
	assert_null(gl_profile_template_sections(t));
	govlog_record_free(t);
}

/*
 * OS2's keys written as lines without bullets ("**Dato**: …") under a title
 * with its type code are an OS2 record; adr-tools lines, or a documentation
 * tool's "type:" in front matter, are not.
 */
/* The lines of a record that name a section without a heading, in order, NULL-terminated. */
static void assert_pseudo(const char *text, ...)
{
	govlog_record *r = parse("docs/decisions/0001-x.md", text);
	va_list ap;
	va_start(ap, text);
	size_t i = 0;
	for (const char *want; (want = va_arg(ap, const char *)); i++) {
		if (i >= r->pseudo_headings.len)
			fail_msg("no line names '%s'", want);
		assert_string_equal(r->pseudo_headings.items[i].text, want);
	}
	va_end(ap);
	if (i != r->pseudo_headings.len)
		fail_msg("%zu lines name a section, not %zu: the next is '%s'",
			 r->pseudo_headings.len, i, r->pseudo_headings.items[i].text);
	govlog_record_free(r);
}

static void test_sections_named_in_text(void **state)
{
	(void)state;
	/* bold, with its colon inside or out, and a line alone within a paragraph */
	assert_pseudo("# T\n\n**Decision Outcome**\n\nWe do it.\n", "Decision Outcome", NULL);
	assert_pseudo("# T\n\n__Beslutning:__\n\nVi gør det.\n", "Beslutning", NULL);
	assert_pseudo("# T\n\n**Konsekvenser**:\n", "Konsekvenser", NULL);
	assert_pseudo("# T\n\n## Kontekst/ Årsag\nDer er et behov.\nBeslutning\nVi gør det.\n",
		      "Beslutning", NULL);
	/* sentences, numbers, key lines, links and long runs of words name no section */
	assert_pseudo("# T\n\nDecision makers met. Outcome to follow.\n", NULL);
	assert_pseudo("# T\n\nStatus: Accepted\n\n**Dato**: 2026-01-10\n", NULL);
	assert_pseudo("# T\n\n**Option 2**\n\n[Decision](x.md)\n", NULL);
	assert_pseudo("# T\n\nWe decided to do it now\n", NULL);
	assert_pseudo("# T\n\n**One two three four five six seven**\n", NULL);
	/* a section's text inside a list or a quote is no line of a paragraph of the body */
	assert_pseudo("# T\n\n- Decision\n\n> Outcome\n", NULL);
}

static void test_profile_of_key_lines(void **state)
{
	(void)state;
	govlog_record *r = parse("beslutninger/etablering-af-styregruppe.md",
				 "# [SDR]Der skal etableres en styregruppe\n\n"
				 "**Dato**: 2025-06-15\n**Status**: Accepteret\n"
				 "**Beslutningstagere**: Koordinationsgruppen\n\n"
				 "## Kontekst/ Årsag\n\nx\n");
	assert_string_equal(gl_profile_detect(r)->name, "os2-da");
	govlog_record_free(r);
	r = parse("docs/adr/0002-evidence.md",
		  "---\ntype: Architectural Decision Record\n---\n\n# 2. Evidence\n\n"
		  "**Status**: accepted\n**Date**: 2026-08-22\n\n## Context\n\nx\n");
	assert_string_equal(gl_profile_detect(r)->name, "nygard");
	govlog_record_free(r);
	r = parse("doc/adr/0001-x.md", "# 1. X\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n");
	assert_string_equal(gl_profile_detect(r)->name, "nygard");
	govlog_record_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_madr_headings),
		cmocka_unit_test(test_variants),
		cmocka_unit_test(test_danish_headings),
		cmocka_unit_test(test_templates),
		cmocka_unit_test(test_own_headings),
		cmocka_unit_test(test_profile_of_key_lines),
		cmocka_unit_test(test_sections_named_in_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
