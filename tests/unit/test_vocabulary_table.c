/*
 * Every word of docs/VOCABULARY.md, written here by hand from that page: each
 * maps to its state, type or field, in its language, with a note kept, and
 * the word govlog writes for a state or type reads back as that state or type.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "record/vocab.h"
#include "util/buf.h"

static const struct {
	govlog_status state;
	const char *en[5];
	const char *da[5];
} statuses[] = {
	{GOVLOG_STATUS_PROPOSED, {"Proposed", "Draft"}, {"Forslag", "Foreslået", "Udkast"}},
	{GOVLOG_STATUS_ACCEPTED,
	 {"Accepted", "Approved", "Decided"},
	 {"Accepteret", "Godkendt", "Besluttet", "Vedtaget"}},
	{GOVLOG_STATUS_REJECTED, {"Rejected", "Declined"}, {"Afvist", "Forkastet"}},
	{GOVLOG_STATUS_DEPRECATED, {"Deprecated", "Obsolete"}, {"Forældet", "Udfaset"}},
	{GOVLOG_STATUS_SUPERSEDED, {"Superseded", "Replaced"}, {"Erstattet"}},
};

static const struct {
	govlog_decision_type type;
	const char *en[4];
	const char *da[4];
} types[] = {
	{GOVLOG_TYPE_ARCHITECTURE,
	 {"Architecture", "Architectural", "Technical", "ADR"},
	 {"Arkitektur", "Arkitektonisk", "Teknisk"}},
	{GOVLOG_TYPE_STRATEGIC, {"Strategic", "SDR"}, {"Strategisk"}},
	{GOVLOG_TYPE_OPERATIONAL, {"Operational", "ODR"}, {"Operationel", "Operativ"}},
};

static const struct {
	const char *field;
	const char *words[4];
	const char *lang; /* NULL: the word is the same in both languages */
} fields[] = {
	{"status", {"Status"}, NULL},
	{"status", {"State"}, "en"},
	{"status", {"Tilstand"}, "da"},
	{"date", {"Date", "Last updated"}, "en"},
	{"date", {"Dato", "Beslutningsdato"}, "da"},
	{"deciders", {"Deciders", "Decision-makers", "Decision makers"}, "en"},
	{"deciders", {"Beslutningstagere", "Beslutningstager"}, "da"},
	{"type", {"Type"}, NULL},
	{"type", {"Decision type", "Decision-type"}, "en"},
	{"type", {"Beslutningstype"}, "da"},
	{"supersedes", {"Supersedes"}, "en"},
	{"supersedes", {"Erstatter"}, "da"},
	{"superseded-by", {"Superseded-by", "Superseded by"}, "en"},
	{"superseded-by", {"Erstattet af", "Erstattet-af"}, "da"},
	{"requests", {"Requests", "Request", "Refs"}, "en"},
	{"requests", {"Ønske", "Ønsker", "Udviklingsønske"}, "da"},
	{"title", {"Title"}, "en"},
	{"title", {"Titel"}, "da"},
	{"consulted", {"Consulted"}, "en"},
	{"consulted", {"Hørt"}, "da"},
	{"informed", {"Informed"}, "en"},
	{"informed", {"Informeret"}, "da"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ASCII letters to lower case; "Forældet" → "forældet". */
static void lower(char *out, size_t size, const char *s)
{
	size_t i = 0;
	for (; s[i] && i + 1 < size; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	out[i] = '\0';
}

static void expect_status(const char *word, govlog_status want, const char *lang)
{
	char text[160], low[64];
	size_t off;
	const char *got_lang = NULL;
	lower(low, sizeof(low), word);
	snprintf(text, sizeof(text), "%s på mødet, see #12", low);
	govlog_status s = gl_vocab_status(text, strlen(text), &off, &got_lang);
	if (s != want || strcmp(text + off, "på mødet, see #12"))
		fail_msg("'%s' reads as state %d with note '%s'", text, (int)s, text + off);
	if (!got_lang || strcmp(got_lang, lang))
		fail_msg("'%s' reads as language %s, want %s", word, got_lang, lang);
	s = gl_vocab_status(word, strlen(word), &off, NULL);
	if (s != want || off != strlen(word))
		fail_msg("'%s' alone reads as state %d", word, (int)s);
}

/* The comma-separated list has exactly the words of the language's column. */
static void expect_list(const char *lang, size_t words)
{
	gl_buf list = GL_BUF_INIT;
	gl_vocab_status_list(&list, lang);
	size_t listed = 1;
	for (const char *p = list.ptr; *p; p++)
		listed += *p == ',';
	assert_int_equal(listed, words);
	for (size_t i = 0; i < COUNT(statuses); i++) {
		const char *const *row = strcmp(lang, "da") ? statuses[i].en : statuses[i].da;
		for (size_t j = 0; j < 5 && row[j]; j++)
			if (!strstr(list.ptr, row[j]))
				fail_msg("'%s' missing from the %s list '%s'", row[j], lang,
					 list.ptr);
	}
	gl_buf_release(&list);
}

static void test_every_status_word(void **state)
{
	(void)state;
	size_t en = 0, da = 0;
	for (size_t i = 0; i < COUNT(statuses); i++) {
		for (size_t j = 0; j < COUNT(statuses[i].en) && statuses[i].en[j]; j++, en++)
			expect_status(statuses[i].en[j], statuses[i].state, "en");
		for (size_t j = 0; j < COUNT(statuses[i].da) && statuses[i].da[j]; j++, da++)
			expect_status(statuses[i].da[j], statuses[i].state, "da");
	}
	expect_list("en", en);
	expect_list("da", da);
}

/* The word govlog writes is the first of the row, and it reads back. */
static void test_written_status_reads_back(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT(statuses); i++) {
		const char *en = gl_vocab_status_word(statuses[i].state, GOVLOG_LANG_EN);
		const char *da = gl_vocab_status_word(statuses[i].state, GOVLOG_LANG_DA);
		assert_string_equal(en, statuses[i].en[0]);
		assert_string_equal(da, statuses[i].da[0]);
		size_t off;
		assert_int_equal(gl_vocab_status(da, strlen(da), &off, NULL), statuses[i].state);
	}
}

static void expect_type(const char *word, govlog_decision_type want)
{
	char text[96];
	assert_int_equal(gl_vocab_type(word, strlen(word)), want);
	lower(text, sizeof(text), word);
	assert_int_equal(gl_vocab_type(text, strlen(text)), want);
}

static void test_every_type_word(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT(types); i++) {
		for (size_t j = 0; j < COUNT(types[i].en) && types[i].en[j]; j++)
			expect_type(types[i].en[j], types[i].type);
		for (size_t j = 0; j < COUNT(types[i].da) && types[i].da[j]; j++)
			expect_type(types[i].da[j], types[i].type);
		assert_string_equal(gl_vocab_type_word(types[i].type, GOVLOG_LANG_EN),
				    types[i].en[0]);
		assert_string_equal(gl_vocab_type_word(types[i].type, GOVLOG_LANG_DA),
				    types[i].da[0]);
	}
	assert_int_equal(gl_vocab_type("Arkitekturbeslutning", 20), GOVLOG_TYPE_ARCHITECTURE);
	assert_int_equal(gl_vocab_type("Teknologi", 9), GOVLOG_TYPE_UNKNOWN);
}

static void test_every_field_word(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT(fields); i++) {
		for (size_t j = 0; j < COUNT(fields[i].words) && fields[i].words[j]; j++) {
			const char *w = fields[i].words[j];
			const char *got = gl_vocab_field(w, strlen(w));
			if (!got || strcmp(got, fields[i].field))
				fail_msg("field '%s' reads as %s, want %s", w, got,
					 fields[i].field);
			const char *lang = gl_vocab_field_language(w, strlen(w));
			if (fields[i].lang ? !lang || strcmp(lang, fields[i].lang) : lang != NULL)
				fail_msg("field '%s' reads as language %s", w, lang);
		}
	}
	assert_null(gl_vocab_field("Kontekst", 8));
}

static void expect_relation(const char *text, bool want, bool successor)
{
	size_t n = 0;
	bool is_successor = !successor;
	bool got = gl_vocab_relation(text, strlen(text), &n, &is_successor);
	if (got != want || (want && is_successor != successor))
		fail_msg("'%s' reads as relation %d, successor %d", text, got, is_successor);
}

static void test_relation_words(void **state)
{
	(void)state;
	static const char *successor[] = {"Superseded by", "Replaced by", "Erstattet af",
					  "Superceded by"};
	static const char *predecessor[] = {"Supersedes", "Replaces", "Erstatter", "Supercedes"};
	char text[64];
	for (size_t i = 0; i < COUNT(successor); i++) {
		snprintf(text, sizeof(text), "%s [ADR-2](0002-x.md)", successor[i]);
		expect_relation(text, true, true);
	}
	for (size_t i = 0; i < COUNT(predecessor); i++) {
		snprintf(text, sizeof(text), "%s ADR-2", predecessor[i]);
		expect_relation(text, true, false);
	}
	expect_relation("Supersedesx", false, false);
	expect_relation("Erstattet", false, true);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_status_word),
		cmocka_unit_test(test_written_status_reads_back),
		cmocka_unit_test(test_every_type_word),
		cmocka_unit_test(test_every_field_word),
		cmocka_unit_test(test_relation_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
