/* Field aliases, status words and decision types in English and Danish. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "record/vocab.h"

static const char *field_of(const char *key)
{
	return gl_vocab_field(key, strlen(key));
}

static void test_field_aliases(void **state)
{
	(void)state;
	assert_string_equal(field_of("Status"), "status");
	assert_string_equal(field_of("STATUS"), "status");
	assert_string_equal(field_of("Dato"), "date");
	assert_string_equal(field_of("date"), "date");
	assert_string_equal(field_of("Beslutningstagere"), "deciders");
	assert_string_equal(field_of("decision-makers"), "deciders");
	assert_string_equal(field_of("Beslutningstype"), "type");
	assert_string_equal(field_of("Erstatter"), "supersedes");
	assert_string_equal(field_of("Erstattet af"), "superseded-by");
	assert_string_equal(field_of("superseded-by"), "superseded-by");
	assert_string_equal(field_of("Ønske"), "requests");
	assert_string_equal(field_of("ØNSKE"), "requests");
	assert_string_equal(field_of("Refs"), "requests");
	assert_null(field_of("Kontekst"));
	assert_null(field_of(""));
}

static void test_field_labels(void **state)
{
	(void)state;
	assert_string_equal(gl_vocab_field_label("date", "da"), "Dato");
	assert_string_equal(gl_vocab_field_label("date", "en"), "Date");
	assert_string_equal(gl_vocab_field_label("deciders", "da"), "Beslutningstagere");
}

static int status_of(const char *value, const char **note)
{
	size_t off;
	govlog_status s = gl_vocab_status(value, strlen(value), &off, NULL);
	*note = value + off;
	return (int)s;
}

static void test_status_words(void **state)
{
	(void)state;
	static const struct {
		const char *word;
		govlog_status status;
	} cases[] = {
		{"Accepted", GOVLOG_STATUS_ACCEPTED},     {"accepteret", GOVLOG_STATUS_ACCEPTED},
		{"GODKENDT", GOVLOG_STATUS_ACCEPTED},     {"Besluttet", GOVLOG_STATUS_ACCEPTED},
		{"Vedtaget", GOVLOG_STATUS_ACCEPTED},     {"Udkast", GOVLOG_STATUS_PROPOSED},
		{"Forslag", GOVLOG_STATUS_PROPOSED},      {"proposed", GOVLOG_STATUS_PROPOSED},
		{"Afvist", GOVLOG_STATUS_REJECTED},       {"Rejected", GOVLOG_STATUS_REJECTED},
		{"Forældet", GOVLOG_STATUS_DEPRECATED},   {"FORÆLDET", GOVLOG_STATUS_DEPRECATED},
		{"Deprecated", GOVLOG_STATUS_DEPRECATED}, {"Erstattet", GOVLOG_STATUS_SUPERSEDED},
		{"Superseded", GOVLOG_STATUS_SUPERSEDED}, {"Acepteret", GOVLOG_STATUS_UNKNOWN},
		{"Done", GOVLOG_STATUS_UNKNOWN},          {"", GOVLOG_STATUS_NONE},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *note;
		if (status_of(cases[i].word, &note) != (int)cases[i].status)
			fail_msg("status of '%s'", cases[i].word);
	}
}

static void test_status_note(void **state)
{
	(void)state;
	const char *note;
	assert_int_equal(status_of("Godkendt på styregruppemødet den 4. juni 2026.", &note),
			 GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(note, "på styregruppemødet den 4. juni 2026.");
	assert_int_equal(status_of("Superseded by [ADR-0005](0005-x.md)", &note),
			 GOVLOG_STATUS_SUPERSEDED);
	assert_string_equal(note, "by [ADR-0005](0005-x.md)");
	assert_int_equal(status_of("Accepted", &note), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(note, "");
	/* A word that merely begins like a status word is not one. */
	assert_int_equal(status_of("Godkendtish", &note), GOVLOG_STATUS_UNKNOWN);
	/* The symbols logs mark their states with go before the word. */
	assert_int_equal(status_of("✅ Accepted", &note), GOVLOG_STATUS_ACCEPTED);
	assert_int_equal(status_of("❌ Rejected", &note), GOVLOG_STATUS_REJECTED);
	assert_int_equal(status_of("⌛️ Superseded [0019](0019-x.md)", &note),
			 GOVLOG_STATUS_SUPERSEDED);
	assert_string_equal(note, "[0019](0019-x.md)");
	assert_int_equal(status_of("🚧Udkast", &note), GOVLOG_STATUS_PROPOSED);
	/* but no symbol makes a misspelling a state, nor a symbol alone one */
	assert_int_equal(status_of("✅ Acepted", &note), GOVLOG_STATUS_UNKNOWN);
	assert_int_equal(status_of("✅", &note), GOVLOG_STATUS_UNKNOWN);
	assert_int_equal(status_of("Ægte", &note), GOVLOG_STATUS_UNKNOWN);
}

static void test_status_language(void **state)
{
	(void)state;
	size_t off;
	const char *lang = NULL;
	gl_vocab_status("Udkast", 6, &off, &lang);
	assert_string_equal(lang, "da");
	gl_vocab_status("Draft", 5, &off, &lang);
	assert_string_equal(lang, "en");
}

static void test_suggestion(void **state)
{
	(void)state;
	const char *s = gl_vocab_status_suggest("Acepteret", 9);
	assert_non_null(s);
	assert_string_equal(s, "Accepteret");
	assert_string_equal(gl_vocab_status_suggest("Godkent", 7), "Godkendt");
	assert_string_equal(gl_vocab_status_suggest("Acceptd by the board", 20), "Accepted");
	assert_null(gl_vocab_status_suggest("Kaffe", 5));
}

static void test_types(void **state)
{
	(void)state;
	assert_int_equal(gl_vocab_type("Strategisk", 10), GOVLOG_TYPE_STRATEGIC);
	assert_int_equal(gl_vocab_type("Operationel", 11), GOVLOG_TYPE_OPERATIONAL);
	assert_int_equal(gl_vocab_type("Arkitektur", 10), GOVLOG_TYPE_ARCHITECTURE);
	assert_int_equal(gl_vocab_type("strategic", 9), GOVLOG_TYPE_STRATEGIC);
	assert_int_equal(gl_vocab_type("SDR", 3), GOVLOG_TYPE_STRATEGIC);
	assert_int_equal(gl_vocab_type("Økonomisk", 10), GOVLOG_TYPE_UNKNOWN);
	assert_int_equal(gl_vocab_type("Arkitekturbeslutning", 20), GOVLOG_TYPE_ARCHITECTURE);
	assert_int_equal(gl_vocab_type("Strategisk beslutning", 21), GOVLOG_TYPE_STRATEGIC);
	assert_int_equal(gl_vocab_type("Operationel beslutning", 22), GOVLOG_TYPE_OPERATIONAL);
	assert_int_equal(gl_vocab_type("Architectural decision", 22), GOVLOG_TYPE_ARCHITECTURE);
	assert_int_equal(gl_vocab_type("", 0), GOVLOG_TYPE_NONE);
}

static void test_distance(void **state)
{
	(void)state;
	assert_int_equal(gl_vocab_distance("kitten", 6, "sitting", 7), 3);
	assert_int_equal(gl_vocab_distance("æble", 5, "able", 4), 1); /* code points, not bytes */
	assert_int_equal(gl_vocab_distance("", 0, "abc", 3), 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_field_aliases),   cmocka_unit_test(test_field_labels),
		cmocka_unit_test(test_status_words),    cmocka_unit_test(test_status_note),
		cmocka_unit_test(test_status_language), cmocka_unit_test(test_suggestion),
		cmocka_unit_test(test_types),           cmocka_unit_test(test_distance),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
