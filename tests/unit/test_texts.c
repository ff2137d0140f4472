/* The message table: both languages filled in, the same printf conversions, known words. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "diag/texts.h"
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_text_in_both_languages),
		cmocka_unit_test(test_same_conversions),
		cmocka_unit_test(test_conversions_reader),
		cmocka_unit_test(test_out_of_range),
		cmocka_unit_test(test_known_words),
		cmocka_unit_test(test_english_groups),
		cmocka_unit_test(test_written_words_read_back),
		cmocka_unit_test(test_language_codes),
		cmocka_unit_test(test_printf),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
