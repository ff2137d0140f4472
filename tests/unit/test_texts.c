/* The message table: both languages filled in, the same printf conversions, known words. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diag/diag.h"
#include "diag/texts.h"
#include "govlog/render.h"
#include "govlog/text.h"
#include "record/vocab.h"

static const char *const names[] = {
#define NAME(name, en, da) #name,
	GL_TEXTS(NAME)
#undef NAME
};

/*
 * The printf conversions of a format, one per line ("%zu\n%s\n"), flags,
 * width, precision and length included; "%%" is text, not a conversion.
 * Returns false for a '%' that starts no complete conversion.
 */
static bool conversions(const char *fmt, char *out, size_t size)
{
	size_t n = 0;
	out[0] = '\0';
	for (const char *p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		if (p[1] == '%') {
			p++;
			continue;
		}
		size_t len = 1 + strspn(p + 1, "-+ #0");
		len += strspn(p + len, "0123456789*");
		if (p[len] == '.')
			len += 1 + strspn(p + len + 1, "0123456789*");
		len += strspn(p + len, "hlLqjzt");
		if (!p[len] || !strchr("diouxXeEfFgGaAcspn", p[len]))
			return false;
		len++;
		if (n + len + 2 > size)
			return false;
		memcpy(out + n, p, len);
		n += len;
		out[n++] = '\n';
		out[n] = '\0';
		p += len - 1;
	}
	return true;
}

static void test_every_text_in_both_languages(void **state)
{
	(void)state;
	assert_int_equal(sizeof(names) / sizeof(names[0]), GL_T__COUNT);
	for (int id = 0; id < GL_T__COUNT; id++) {
		const char *en = gl_lang_text(GOVLOG_LANG_EN, (gl_text_id)id);
		const char *da = gl_lang_text(GOVLOG_LANG_DA, (gl_text_id)id);
		if (!en || !*en)
			fail_msg("%s has no English text", names[id]);
		if (!da || !*da)
			fail_msg("%s has no Danish text", names[id]);
	}
}

static void test_same_conversions(void **state)
{
	(void)state;
	char en_conv[256], da_conv[256];
	for (int id = 0; id < GL_T__COUNT; id++) {
		const char *en = gl_lang_text(GOVLOG_LANG_EN, (gl_text_id)id);
		const char *da = gl_lang_text(GOVLOG_LANG_DA, (gl_text_id)id);
		if (!conversions(en, en_conv, sizeof(en_conv)))
			fail_msg("%s: a stray '%%' in the English '%s'", names[id], en);
		if (!conversions(da, da_conv, sizeof(da_conv)))
			fail_msg("%s: a stray '%%' in the Danish '%s'", names[id], da);
		if (strcmp(en_conv, da_conv))
			fail_msg("%s: the conversions differ: '%s' and '%s'", names[id], en, da);
	}
}

/* The checker itself: it must tell formats apart, or the test above proves nothing. */
static void test_conversions_reader(void **state)
{
	(void)state;
	char a[64], b[64];
	assert_true(conversions("%zu commits, 100%% of %s", a, sizeof(a)));
	assert_string_equal(a, "%zu\n%s\n");
	assert_true(conversions("%-8.*s|%lu|%5d", a, sizeof(a)));
	assert_string_equal(a, "%-8.*s\n%lu\n%5d\n");
	assert_true(conversions("no conversion", a, sizeof(a)));
	assert_string_equal(a, "");
	assert_false(conversions("50%, then", a, sizeof(a)));
	assert_false(conversions("trailing %", a, sizeof(a)));
	assert_true(conversions("%s then %d", a, sizeof(a)));
	assert_true(conversions("%d then %s", b, sizeof(b)));
	assert_string_not_equal(a, b);
}

static void test_out_of_range(void **state)
{
	(void)state;
	assert_string_equal(gl_lang_text(GOVLOG_LANG_EN, GL_T__COUNT), "");
	assert_string_equal(gl_lang_text(GOVLOG_LANG_DA, (gl_text_id)-1), "");
}

/* The words tests/integration/t0014 and t0021 expect on Danish and English pages. */
static void test_known_words(void **state)
{
	(void)state;
	assert_string_equal(gl_lang_text(GOVLOG_LANG_DA, GL_T_RELEASE_NOTES), "Udgivelsesnoter");
	assert_string_equal(gl_lang_text(GOVLOG_LANG_DA, GL_T_CONTRIBUTORS), "Bidragydere");
	assert_string_equal(gl_lang_text(GOVLOG_LANG_DA, GL_T_DECISIONS_ACCEPTED),
			    "Beslutninger vedtaget i udgivelsen");
	assert_string_equal(gl_lang_text(GOVLOG_LANG_DA, GL_T_DECISION_LOG), "Beslutningslog");
	assert_string_equal(gl_lang_text(GOVLOG_LANG_EN, GL_T_DECISION_LOG), "Decision log");
}

/* The English release-note groups are SPEC §7's: breaking changes, features, bug fixes, … */
static void test_english_groups(void **state)
{
	(void)state;
	assert_string_equal(gl_lang_text(GOVLOG_LANG_EN, GL_T_GROUP_BREAKING), "Breaking changes");
	assert_string_equal(gl_lang_text(GOVLOG_LANG_EN, GL_T_GROUP_FEATURES), "Features");
	assert_string_equal(gl_lang_text(GOVLOG_LANG_EN, GL_T_GROUP_FIXES), "Bug fixes");
	assert_string_equal(gl_lang_text(GOVLOG_LANG_EN, GL_T_GROUP_SECURITY), "Security");
	assert_string_equal(gl_lang_text(GOVLOG_LANG_EN, GL_T_GROUP_PERF), "Performance");
	assert_string_equal(gl_lang_text(GOVLOG_LANG_EN, GL_T_GROUP_DOCS), "Documentation");
}

/* What govlog writes into a record, it reads back: field labels, states and types. */
static void test_written_words_read_back(void **state)
{
	(void)state;
	static const struct {
		gl_text_id label;
		const char *field;
	} fields[] = {
		{GL_T_FIELD_STATUS, "status"},         {GL_T_FIELD_DATE, "date"},
		{GL_T_FIELD_DECIDERS, "deciders"},     {GL_T_FIELD_TYPE, "type"},
		{GL_T_FIELD_SUPERSEDES, "supersedes"}, {GL_T_FIELD_SUPERSEDED_BY, "superseded-by"},
		{GL_T_FIELD_REQUESTS, "requests"},
	};
	static const govlog_status states[] = {GOVLOG_STATUS_PROPOSED, GOVLOG_STATUS_ACCEPTED,
					       GOVLOG_STATUS_REJECTED, GOVLOG_STATUS_DEPRECATED,
					       GOVLOG_STATUS_SUPERSEDED};
	static const govlog_decision_type types[] = {
		GOVLOG_TYPE_ARCHITECTURE, GOVLOG_TYPE_STRATEGIC, GOVLOG_TYPE_OPERATIONAL};
	for (govlog_lang lang = GOVLOG_LANG_EN; lang <= GOVLOG_LANG_DA; lang++) {
		for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
			const char *label = gl_lang_text(lang, fields[i].label);
			const char *field = gl_vocab_field(label, strlen(label));
			if (!field || strcmp(field, fields[i].field))
				fail_msg("'%s' does not read as %s", label, fields[i].field);
		}
		for (size_t i = 0; i < sizeof(states) / sizeof(states[0]); i++) {
			const char *word = gl_vocab_status_word(states[i], lang);
			size_t note;
			assert_int_equal(gl_vocab_status(word, strlen(word), &note, NULL),
					 states[i]);
			assert_int_equal(note, strlen(word));
		}
		for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
			const char *word = gl_vocab_type_word(types[i], lang);
			assert_int_equal(gl_vocab_type(word, strlen(word)), types[i]);
		}
		const char *example = gl_lang_text(lang, GL_T_EXAMPLE_STATUS);
		size_t note;
		assert_int_equal(gl_vocab_status(example, strlen(example), &note, NULL),
				 GOVLOG_STATUS_PROPOSED);
	}
}

static void test_language_codes(void **state)
{
	(void)state;
	assert_int_equal(gl_lang_of("da"), GOVLOG_LANG_DA);
	assert_int_equal(gl_lang_of("en"), GOVLOG_LANG_EN);
	assert_int_equal(gl_lang_of(""), GOVLOG_LANG_EN);
	assert_int_equal(gl_lang_of(NULL), GOVLOG_LANG_EN);
	assert_int_equal(gl_lang_of("dansk"), GOVLOG_LANG_EN);
	assert_string_equal(gl_lang_code(GOVLOG_LANG_DA), "da");
	assert_string_equal(gl_lang_code(GOVLOG_LANG_EN), "en");
}

static void test_printf(void **state)
{
	(void)state;
	gl_buf b = GL_BUF_INIT;
	gl_lang_printf(&b, GOVLOG_LANG_EN, GL_T_COMMIT_COUNT, (size_t)3);
	assert_string_equal(b.ptr, "3 commits.");
	gl_buf_release(&b);
}

/* The tool names rows by their names; a name no row has comes back as itself, never NULL. */
static void test_rows_by_name(void **state)
{
	(void)state;
	assert_string_equal(govlog_text(GOVLOG_LANG_DA, "SEVERITY_ERROR"), "fejl");
	assert_string_equal(govlog_text(GOVLOG_LANG_EN, "SEVERITY_ERROR"), "error");
	assert_string_equal(govlog_text(GOVLOG_LANG_DA, "NO_SUCH_ROW"), "NO_SUCH_ROW");
	assert_string_equal(govlog_text(GOVLOG_LANG_EN, NULL), "");
	for (int id = 0; id < GL_T__COUNT; id++)
		assert_ptr_equal(govlog_text(GOVLOG_LANG_DA, names[id]),
				 gl_lang_text(GOVLOG_LANG_DA, (gl_text_id)id));
	assert_string_equal(govlog_lang_code(GOVLOG_LANG_DA), "da");
}

/* One is singular in both languages; zero and many are plural; a row without _ONE serves all. */
static void test_counts(void **state)
{
	(void)state;
	assert_string_equal(govlog_text_count(GOVLOG_LANG_DA, "COUNT_RECORDS", 1),
			    "%zu beslutning");
	assert_string_equal(govlog_text_count(GOVLOG_LANG_DA, "COUNT_RECORDS", 0),
			    "%zu beslutninger");
	assert_string_equal(govlog_text_count(GOVLOG_LANG_EN, "COUNT_WARNINGS", 2), "%zu warnings");
	assert_string_equal(govlog_text_count(GOVLOG_LANG_EN, "COMMIT_COUNT", 1), "%zu commit.");
	assert_string_equal(govlog_text_count(GOVLOG_LANG_EN, "BOTH", 1), "%s and %s");
	/* Every singular row has its plural: a count never falls back to a bare name. */
	for (int id = 0; id < GL_T__COUNT; id++) {
		size_t n = strlen(names[id]);
		if (n <= 4 || strcmp(names[id] + n - 4, "_ONE"))
			continue;
		char plural[64];
		snprintf(plural, sizeof(plural), "%.*s", (int)(n - 4), names[id]);
		if (!strcmp(govlog_text(GOVLOG_LANG_EN, plural), plural))
			fail_msg("%s has no plural row %s", names[id], plural);
	}
}

/* The text format as a string. */
static char *written(const govlog_diag_list *list, const char *what)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	assert_non_null(f);
	assert_int_equal(govlog_diag_list_write(f, list, GOVLOG_DIAG_TEXT, 1, 0), 0);
	if (what)
		assert_int_equal(govlog_diag_list_write_summary(f, list, what), 0);
	fclose(f);
	return text;
}

/* A line is in one language: the message's own, severity word and hint lead-in included. */
static void test_text_format_in_the_message_language(void **state)
{
	(void)state;
	govlog_diag_list *list;
	govlog_diag_list_new(&list);
	assert_int_equal(govlog_diag_list_lang(list), GOVLOG_LANG_EN);
	govlog_diag_list_set_lang(list, GOVLOG_LANG_DA);
	govlog_pos whole = {0, 0};
	gl_diag_addt(list, GL_RULE_FILE_UNREADABLE, "a.md", whole, "gem den som UTF-8",
		     GL_T_FILE_BINARY);
	/* A message still written in code is English, in any list. */
	gl_diag_add(list, GL_RULE_FILE_UNREADABLE, "b.md", whole, "save it as UTF-8",
		    "binary file");
	char *text = written(list, "3 beslutninger");
	assert_string_equal(text, "a.md: fejl: binær fil (den indeholder NUL-byte): ikke læst som "
				  "beslutning [file/unreadable]\n"
				  "    tip: gem den som UTF-8\n"
				  "b.md: error: binary file [file/unreadable]\n"
				  "    hint: save it as UTF-8\n"
				  "2 fejl, 0 advarsler i 3 beslutninger\n");
	free(text);
	assert_int_equal(govlog_diag_list_get(list, 0)->lang, GOVLOG_LANG_DA);
	assert_int_equal(govlog_diag_list_get(list, 1)->lang, GOVLOG_LANG_EN);
	govlog_diag_list_free(list);
}

/* The summary's singular and plural forms, and the clean line, in both languages. */
/* body: what a sentence after "mødet i" / "the … meeting" calls a deciding body. */
static void assert_body(govlog_lang lang, const char *body, const char *want)
{
	gl_buf b = GL_BUF_INIT;
	gl_lang_body(&b, lang, body);
	assert_string_equal(b.ptr, want);
	gl_buf_release(&b);
}

/*
 * Danish names a meeting's body in its definite form ("mødet i styregruppen"),
 * by the noun's ending; a name it cannot inflect is quoted after "organet",
 * which reads right whatever the name. English names OS2's usual bodies in
 * English, and takes any other name as it is.
 */
static void test_body_in_a_sentence(void **state)
{
	(void)state;
	assert_body(GOVLOG_LANG_DA, "styregruppe", "styregruppen");
	assert_body(GOVLOG_LANG_DA, "koordinationsgruppe", "koordinationsgruppen");
	assert_body(GOVLOG_LANG_DA, "bestyrelse", "bestyrelsen");
	assert_body(GOVLOG_LANG_DA, "komite", "komiteen");
	assert_body(GOVLOG_LANG_DA, "teknikudvalg", "teknikudvalget");
	assert_body(GOVLOG_LANG_DA, "brugerråd", "brugerrådet");
	assert_body(GOVLOG_LANG_DA, "leverandørforum", "leverandørforummet");
	assert_body(GOVLOG_LANG_DA, "ITK Aarhus", "organet 'ITK Aarhus'");
	assert_body(GOVLOG_LANG_DA, "arkitekter", "organet 'arkitekter'");
	assert_body(GOVLOG_LANG_EN, "styregruppe", "steering group");
	assert_body(GOVLOG_LANG_EN, "Koordinationsgruppen", "coordination group");
	assert_body(GOVLOG_LANG_EN, "bestyrelse", "board");
	assert_body(GOVLOG_LANG_EN, "styregrupper", "styregrupper");
	assert_body(GOVLOG_LANG_EN, "teknikudvalg", "teknikudvalg");
	assert_body(GOVLOG_LANG_EN, "steering group", "steering group");
}

static void test_summary_lines(void **state)
{
	(void)state;
	govlog_diag_list *list;
	govlog_diag_list_new(&list);
	char *text = written(list, "12 records");
	assert_string_equal(text, "12 records checked, no problems found\n");
	free(text);
	govlog_diag_list_set_lang(list, GOVLOG_LANG_DA);
	text = written(list, "12 beslutninger");
	assert_string_equal(text, "12 beslutninger kontrolleret, ingen problemer fundet\n");
	free(text);
	govlog_diag_list_set_lang(list, GOVLOG_LANG_EN);
	govlog_pos p = {1, 1};
	gl_diag_add(list, GL_RULE_DATE_FORMAT, "a.md", p, NULL, "date");
	gl_diag_add(list, GL_RULE_DATE_FORMAT, "a.md", p, NULL, "date");
	gl_diag_add(list, GL_RULE_FILE_UNREADABLE, "a.md", p, NULL, "file");
	text = written(list, "1 record");
	assert_non_null(strstr(text, "1 error, 2 warnings in 1 record\n"));
	free(text);
	govlog_diag_list_set_lang(list, GOVLOG_LANG_DA);
	text = written(list, "1 beslutning");
	assert_non_null(strstr(text, "1 fejl, 2 advarsler i 1 beslutning\n"));
	free(text);
	govlog_diag_list_free(list);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_text_in_both_languages),
		cmocka_unit_test(test_body_in_a_sentence),
		cmocka_unit_test(test_same_conversions),
		cmocka_unit_test(test_conversions_reader),
		cmocka_unit_test(test_out_of_range),
		cmocka_unit_test(test_known_words),
		cmocka_unit_test(test_english_groups),
		cmocka_unit_test(test_written_words_read_back),
		cmocka_unit_test(test_language_codes),
		cmocka_unit_test(test_printf),
		cmocka_unit_test(test_rows_by_name),
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_text_format_in_the_message_language),
		cmocka_unit_test(test_summary_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
