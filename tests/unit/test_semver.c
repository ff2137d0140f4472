/* Tag names read as versions, SemVer precedence, formatting and the next version. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "trace/semver.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* The version as SemVer text with build metadata, or "" for a zeroed one. */
static char *text_of(const gl_semver *v, unsigned flags)
{
	gl_buf b = GL_BUF_INIT;
	if (v->parts)
		gl_semver_format(&b, v, flags | GL_SEMVER_FORMAT_BUILD);
	return gl_buf_detach(&b);
}

static void assert_text(const gl_semver *v, unsigned flags, const char *want, const char *what)
{
	char *got = text_of(v, flags);
	if (strcmp(got, want))
		fail_msg("'%s' formatted as '%s', expected '%s'", what, got, want);
	free(got);
}

static const struct {
	const char *tag;
	const char *text; /* formatted back, with build metadata */
	const char *prefix;
	unsigned parts;
	bool dashless;
} accepted[] = {
	{"v1.2.3", "1.2.3", "v", 3, false},
	{"1.2.3", "1.2.3", NULL, 3, false},
	{"V1.2.3", "1.2.3", "V", 3, false},
	{"version2.3.0", "2.3.0", "version", 3, false},
	{"release-1.2.3", "1.2.3", "release-", 3, false},
	{"rel_1.2.3", "1.2.3", "rel_", 3, false},
	{"v-1.2.3", "1.2.3", "v-", 3, false},
	{"2.0.6.1", "2.0.6.1", NULL, 4, false},
	{"1.2", "1.2.0", NULL, 2, false},
	{"v1.2-rc.1", "1.2.0-rc.1", "v", 2, false},
	{"1.2.0-rc.1", "1.2.0-rc.1", NULL, 3, false},
	{"4.2.0-rc", "4.2.0-rc", NULL, 3, false},
	{"4.2.0rc", "4.2.0-rc", NULL, 3, true},
	{"4.2.0rc1", "4.2.0-rc1", NULL, 3, true},
	{"1.3.0rc", "1.3.0-rc", NULL, 3, true},
	{"2.0.6.1rc.2", "2.0.6.1-rc.2", NULL, 4, true},
	{"1.0.0-beta.11", "1.0.0-beta.11", NULL, 3, false},
	{"1.2.3+build.5", "1.2.3+build.5", NULL, 3, false},
	{"1.0.0-alpha+001", "1.0.0-alpha+001", NULL, 3, false},
	{"1.0.0-x-y-z.--", "1.0.0-x-y-z.--", NULL, 3, false},
	{"1.2.3-0", "1.2.3-0", NULL, 3, false},
	{"1.2.3-0a.0", "1.2.3-0a.0", NULL, 3, false},
	{"0.0.0", "0.0.0", NULL, 3, false},
	{"2024.05.01", "2024.5.1", NULL, 3, false},
	{"2024.5.1", "2024.5.1", NULL, 3, false},
	{"2024.12", "2024.12.0", NULL, 2, false},
	{"18446744073709551615.0.0", "18446744073709551615.0.0", NULL, 3, false},
};

static void test_accepted(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(accepted); i++) {
		gl_semver v;
		gl_semver_result r = gl_semver_parse(&v, accepted[i].tag);
		if (r != GL_SEMVER_OK)
			fail_msg("'%s' rejected: %s", accepted[i].tag, gl_semver_strerror(r));
		assert_text(&v, 0, accepted[i].text, accepted[i].tag);
		assert_string_equal(v.tag, accepted[i].tag);
		if (accepted[i].prefix)
			assert_string_equal(v.prefix, accepted[i].prefix);
		else
			assert_null(v.prefix);
		assert_int_equal(v.parts, accepted[i].parts);
		assert_int_equal(v.pre_dashless, accepted[i].dashless);
		gl_semver_release(&v);
	}
}

static const struct {
	const char *tag;
	gl_semver_result want;
} rejected[] = {
	{"", GL_SEMVER_ENOTVERSION},
	{"latest", GL_SEMVER_ENOTVERSION},
	{"stable", GL_SEMVER_ENOTVERSION},
	{"v", GL_SEMVER_ENOTVERSION},
	{"v1", GL_SEMVER_ENOTVERSION},
	{"12", GL_SEMVER_ENOTVERSION},
	{"v1.x", GL_SEMVER_ENOTVERSION},
	{"v1.2.x", GL_SEMVER_ENOTVERSION},
	{"2024-05-01", GL_SEMVER_ENOTVERSION},
	{"1.2.3.4.5", GL_SEMVER_ENOTVERSION},
	{"v.1.2.3", GL_SEMVER_ENOTVERSION},
	{"-1.2.3", GL_SEMVER_ENOTVERSION},
	{"release/1.2.3", GL_SEMVER_ENOTVERSION},
	{"release-v1.2.3", GL_SEMVER_ENOTVERSION},
	{"1.2.3 final", GL_SEMVER_ENOTVERSION},
	{"1.2.3_4", GL_SEMVER_ENOTVERSION},
	{"1.2.3+a+b", GL_SEMVER_ENOTVERSION},
	{"1.2.3\n", GL_SEMVER_ENOTVERSION},
	{"01.2.3", GL_SEMVER_ENUMBER},
	{"1.02.3", GL_SEMVER_ENUMBER},
	{"1.2.03", GL_SEMVER_ENUMBER},
	{"1..2", GL_SEMVER_ENUMBER},
	{"1.2.", GL_SEMVER_ENUMBER},
	{"18446744073709551616.0.0", GL_SEMVER_ENUMBER},
	{"1.99999999999999999999999.0", GL_SEMVER_ENUMBER},
	{"24.04", GL_SEMVER_ENUMBER},
	{"2024.005.1", GL_SEMVER_ENUMBER},
	{"2024.00.1", GL_SEMVER_ENUMBER},
	{"2024.05.01.01", GL_SEMVER_ENUMBER},
	{"1.2.3-", GL_SEMVER_EIDENTIFIER},
	{"1.2.3-rc..1", GL_SEMVER_EIDENTIFIER},
	{"1.2.3-rc.", GL_SEMVER_EIDENTIFIER},
	{"1.2.3-rc.01", GL_SEMVER_EIDENTIFIER},
	{"1.2.3rc.01", GL_SEMVER_EIDENTIFIER},
	{"1.2.3+", GL_SEMVER_EIDENTIFIER},
	{"1.2.3-\xc3\xa6", GL_SEMVER_EIDENTIFIER},
};

static void test_rejected(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(rejected); i++) {
		gl_semver v;
		gl_semver_result r = gl_semver_parse(&v, rejected[i].tag);
		if (r != rejected[i].want)
			fail_msg("'%s' gave %d, expected %d", rejected[i].tag, r, rejected[i].want);
		assert_null(v.tag); /* nothing owned after a failure */
		assert_int_equal(v.parts, 0);
		assert_true(strlen(gl_semver_strerror(r)) > 0);
		gl_semver_release(&v);
	}
}

static void test_explicit_prefix(void **state)
{
	(void)state;
	gl_semver v;
	assert_int_equal(gl_semver_parse_prefix(&v, "api-v1.2.3", "api-"), GL_SEMVER_OK);
	assert_string_equal(v.prefix, "api-v");
	assert_text(&v, GL_SEMVER_FORMAT_PREFIX, "api-v1.2.3", "api-v1.2.3");
	gl_semver_release(&v);
	assert_int_equal(gl_semver_parse_prefix(&v, "api-1.2.3-rc.1", "api-"), GL_SEMVER_OK);
	assert_text(&v, 0, "1.2.3-rc.1", "api-1.2.3-rc.1");
	gl_semver_release(&v);
	assert_int_equal(gl_semver_parse_prefix(&v, "web-1.2.3", "api-"), GL_SEMVER_ENOTVERSION);
	assert_int_equal(gl_semver_parse_prefix(&v, "api-web-1.2.3", "api-"),
			 GL_SEMVER_ENOTVERSION);
	assert_int_equal(gl_semver_parse_prefix(&v, "api", "api-"), GL_SEMVER_ENOTVERSION);
	assert_int_equal(gl_semver_parse_prefix(&v, "release/2.0.0", "release/"), GL_SEMVER_OK);
	gl_semver_release(&v);
}

static void parse_or_fail(gl_semver *v, const char *tag)
{
	gl_semver_result r = gl_semver_parse(v, tag);
	if (r != GL_SEMVER_OK)
		fail_msg("'%s' rejected: %s", tag, gl_semver_strerror(r));
}

/* The example list of SemVer 2.0.0 §11, lowest first. */
static const char *const spec_order[] = {
	"1.0.0-alpha",  "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
	"1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1",       "1.0.0",
};

static void test_spec_precedence(void **state)
{
	(void)state;
	enum { N = ARRAY_SIZE(spec_order) };
	gl_semver v[N];
	uint32_t seed = 12345;
	for (int round = 0; round < 50; round++) {
		const char *shuffled[N];
		memcpy(shuffled, spec_order, sizeof(shuffled));
		for (size_t i = N - 1; i > 0; i--) { /* Fisher–Yates with a fixed LCG */
			seed = seed * 1103515245u + 12345u;
			size_t j = (seed >> 16) % (i + 1);
			const char *t = shuffled[i];
			shuffled[i] = shuffled[j];
			shuffled[j] = t;
		}
		for (size_t i = 0; i < N; i++)
			parse_or_fail(&v[i], shuffled[i]);
		gl_semver_sort(v, N);
		for (size_t i = 0; i < N; i++) {
			assert_string_equal(v[i].tag, spec_order[i]);
			gl_semver_release(&v[i]);
		}
	}
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

static void assert_cmp(const char *a, const char *b, int want)
{
	gl_semver va, vb;
	parse_or_fail(&va, a);
	parse_or_fail(&vb, b);
	int ab = sign(gl_semver_compare(&va, &vb)), ba = sign(gl_semver_compare(&vb, &va));
	if (ab != want || ba != -want)
		fail_msg("compare('%s', '%s') = %d (reverse %d), expected %d", a, b, ab, ba, want);
	gl_semver_release(&va);
	gl_semver_release(&vb);
}

static void test_precedence(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(spec_order); i++)
		for (size_t j = 0; j < ARRAY_SIZE(spec_order); j++)
			assert_cmp(spec_order[i], spec_order[j], i < j ? -1 : i > j);
	assert_cmp("1.9.0", "1.10.0", -1);
	assert_cmp("1.99.99", "2.0.0", -1);
	assert_cmp("1.0.0-1", "1.0.0-a", -1); /* numeric before alphanumeric */
	assert_cmp("1.0.0-rc.9", "1.0.0-rc.10", -1);
	assert_cmp("1.0.0-beta.99999999999999999999999", "1.0.0-beta.100000000000000000000000",
		   -1); /* numbers longer than 64 bits, compared without overflow */
	assert_cmp("1.0.0-A", "1.0.0-a", -1); /* ASCII */
	/* Spellings of one version are equal; build metadata is ignored. */
	assert_cmp("v1.2.3", "1.2.3", 0);
	assert_cmp("release-1.2.3", "V1.2.3+build.5", 0);
	assert_cmp("1.2", "1.2.0", 0);
	assert_cmp("2024.05.01", "2024.5.1", 0);
	assert_cmp("2024.4.30", "2024.05.01", -1);
}

static void test_four_parts_and_dashless(void **state)
{
	(void)state;
	assert_cmp("2.0.6", "2.0.6.1", -1);
	assert_cmp("2.0.6.1", "2.0.7", -1);
	assert_cmp("2.0.6.1", "2.0.6.2", -1);
	assert_cmp("2.0.6.0", "2.0.6", 0);
	assert_cmp("2.0.6.1-rc.1", "2.0.6.1", -1);
	assert_cmp("2.0.6", "2.0.6.1-rc.1", -1);
	assert_cmp("4.2.0rc", "4.2.0-rc", 0);
	assert_cmp("4.2.0rc", "4.2.0rc1", -1);
	assert_cmp("4.2.0rc1", "4.2.0rc2", -1);
	assert_cmp("4.2.0rc1", "4.2.0", -1);
	assert_cmp("4.1.9", "4.2.0rc", -1);
	assert_cmp("1.3.0rc", "1.3.0", -1);
	assert_cmp("1.2.0-rc.2", "1.3.0rc", -1);
	/* Candidates counted without a dot compare by their number. */
	assert_cmp("5.0.0-rc9", "5.0.0-rc10", -1);
	assert_cmp("5.0.0rc10", "5.0.0rc9", 1);
	assert_cmp("5.0.0-rc10", "5.0.0-rd1", -1);
}

static void test_guessed(void **state)
{
	(void)state;
	gl_semver v;
	parse_or_fail(&v, "5.20-0-rc2");
	assert_true(v.guessed);
	assert_text(&v, GL_SEMVER_FORMAT_PREFIX, "5.20.0-rc2", "a '-' for the third '.'");
	gl_semver_release(&v);
	parse_or_fail(&v, "1.2-3");
	assert_true(v.guessed);
	assert_text(&v, 0, "1.2.3", "a '-' for the third '.', no pre-release");
	gl_semver_release(&v);
	parse_or_fail(&v, "v1.2-rc.1");
	assert_false(v.guessed);
	gl_semver_release(&v);
	parse_or_fail(&v, "4.2.0rc2");
	assert_text(&v, GL_SEMVER_FORMAT_WRITTEN, "4.2.0rc2", "dash-less as written");
	gl_semver_release(&v);
}

static void test_order_tiebreak(void **state)
{
	(void)state;
	const char *tags[] = {"v1.2.3", "1.2.3+b", "1.2.3", "V1.2.3", "1.2.3-rc.1", "1.2.4"};
	const char *want[] = {"1.2.3-rc.1", "1.2.3", "1.2.3+b", "V1.2.3", "v1.2.3", "1.2.4"};
	gl_semver v[ARRAY_SIZE(tags)];
	for (size_t i = 0; i < ARRAY_SIZE(tags); i++)
		parse_or_fail(&v[i], tags[i]);
	gl_semver_sort(v, ARRAY_SIZE(tags));
	for (size_t i = 0; i < ARRAY_SIZE(tags); i++) {
		assert_string_equal(v[i].tag, want[i]);
		gl_semver_release(&v[i]);
	}
	gl_semver computed = GL_SEMVER_INIT, tagged; /* a computed version has no tag name */
	parse_or_fail(&tagged, "0.0.0");
	assert_int_equal(gl_semver_compare(&computed, &tagged), 0);
	assert_true(gl_semver_order(&computed, &tagged) < 0);
	assert_true(gl_semver_order(&tagged, &computed) > 0);
	assert_int_equal(gl_semver_order(&computed, &computed), 0);
	gl_semver_release(&tagged);
}

static void test_format(void **state)
{
	(void)state;
	gl_semver v;
	parse_or_fail(&v, "release-1.2.3+b.1");
	assert_text(&v, GL_SEMVER_FORMAT_PREFIX, "release-1.2.3+b.1", "prefix");
	assert_text(&v, GL_SEMVER_FORMAT_V, "v1.2.3+b.1", "v");
	gl_buf b = GL_BUF_INIT;
	gl_semver_format(&b, &v, 0);
	assert_string_equal(b.ptr, "1.2.3");
	gl_buf_release(&b);
	gl_semver_release(&v);
	parse_or_fail(&v, "1.2.3");
	assert_text(&v, GL_SEMVER_FORMAT_PREFIX, "1.2.3", "no prefix");
	assert_text(&v, GL_SEMVER_FORMAT_PREFIX | GL_SEMVER_FORMAT_V, "v1.2.3", "prefix or v");
	gl_semver_release(&v);
	parse_or_fail(&v, "V2.0.6.1rc1");
	assert_text(&v, GL_SEMVER_FORMAT_PREFIX, "V2.0.6.1-rc1", "four parts");
	gl_semver copy;
	gl_semver_copy(&copy, &v);
	gl_semver_release(&v);
	assert_text(&copy, GL_SEMVER_FORMAT_PREFIX, "V2.0.6.1-rc1", "copy");
	gl_semver_release(&copy);
	gl_semver_release(NULL);
}

/* gl_semver_next from `last` (NULL: none); `want` is the formatted result with its prefix. */
static void assert_next(const char *last, gl_semver_change change, const char *pre,
			gl_semver_result want_result, const char *want)
{
	gl_semver l, next;
	if (last)
		parse_or_fail(&l, last);
	gl_semver_result r = gl_semver_next(&next, last ? &l : NULL, change, pre);
	char *got = text_of(&next, GL_SEMVER_FORMAT_PREFIX);
	if (r != want_result || strcmp(got, want))
		fail_msg("next after '%s' (change %d, pre %s) = %d '%s', expected %d '%s'",
			 last ? last : "(none)", change, pre ? pre : "(none)", r, got, want_result,
			 want);
	if (r == GL_SEMVER_OK && last && gl_semver_compare(&next, &l) <= 0)
		fail_msg("next after '%s' is '%s', not higher", last, got);
	free(got);
	gl_semver_release(&next);
	if (last)
		gl_semver_release(&l);
}

static void test_next_release(void **state)
{
	(void)state;
	assert_next(NULL, GL_SEMVER_OTHER, NULL, GL_SEMVER_OK, "0.1.0");
	assert_next(NULL, GL_SEMVER_BREAKING, NULL, GL_SEMVER_OK, "0.1.0");
	assert_next(NULL, GL_SEMVER_FEATURE, "rc", GL_SEMVER_OK, "0.1.0-rc.1");
	assert_next(NULL, GL_SEMVER_NOTHING, NULL, GL_SEMVER_UNCHANGED, "");
	assert_next("1.2.3", GL_SEMVER_OTHER, NULL, GL_SEMVER_OK, "1.2.4");
	assert_next("1.2.3", GL_SEMVER_FEATURE, NULL, GL_SEMVER_OK, "1.3.0");
	assert_next("1.2.3", GL_SEMVER_BREAKING, NULL, GL_SEMVER_OK, "2.0.0");
	assert_next("1.2.3", GL_SEMVER_NOTHING, NULL, GL_SEMVER_UNCHANGED, "1.2.3");
	assert_next("0.3.4", GL_SEMVER_BREAKING, NULL, GL_SEMVER_OK, "0.4.0");
	assert_next("0.3.4", GL_SEMVER_FEATURE, NULL, GL_SEMVER_OK, "0.4.0");
	assert_next("0.3.4", GL_SEMVER_OTHER, NULL, GL_SEMVER_OK, "0.3.5");
	assert_next("v1.2.3+b.7", GL_SEMVER_FEATURE, NULL, GL_SEMVER_OK, "v1.3.0");
	assert_next("release-1.2", GL_SEMVER_OTHER, NULL, GL_SEMVER_OK, "release-1.2.1");
	assert_next("2.0.6.1", GL_SEMVER_OTHER, NULL, GL_SEMVER_OK, "2.0.7");
	assert_next("2.0.6.1", GL_SEMVER_FEATURE, NULL, GL_SEMVER_OK, "2.1.0");
	assert_next("18446744073709551615.0.0", GL_SEMVER_BREAKING, NULL, GL_SEMVER_ENUMBER, "");
}

static void test_next_from_prerelease(void **state)
{
	(void)state;
	/* The release of a pre-release, even with nothing new. */
	assert_next("1.1.0-beta.12", GL_SEMVER_FEATURE, NULL, GL_SEMVER_OK, "1.1.0");
	assert_next("1.1.0-beta.12", GL_SEMVER_NOTHING, NULL, GL_SEMVER_OK, "1.1.0");
	assert_next("v2.0.0-rc.1", GL_SEMVER_BREAKING, NULL, GL_SEMVER_OK, "v2.0.0");
	assert_next("4.2.0rc", GL_SEMVER_OTHER, NULL, GL_SEMVER_OK, "4.2.0");
	assert_next("2.0.6.1-rc.1", GL_SEMVER_OTHER, NULL, GL_SEMVER_OK, "2.0.6.1");
	/* A bump larger than the pre-release stands for. */
	assert_next("1.1.0-beta.11", GL_SEMVER_BREAKING, NULL, GL_SEMVER_OK, "2.0.0");
	assert_next("1.1.1-beta.1", GL_SEMVER_FEATURE, NULL, GL_SEMVER_OK, "1.2.0");
	assert_next("0.3.0-beta.2", GL_SEMVER_BREAKING, NULL, GL_SEMVER_OK, "0.3.0");
	assert_next("0.0.0-alpha", GL_SEMVER_OTHER, NULL, GL_SEMVER_OK, "0.0.1");
}

static void test_next_prerelease(void **state)
{
	(void)state;
	assert_next("1.1.0-beta.11", GL_SEMVER_FEATURE, "beta", GL_SEMVER_OK, "1.1.0-beta.12");
	assert_next("1.1.0-beta.11", GL_SEMVER_OTHER, "beta", GL_SEMVER_OK, "1.1.0-beta.12");
	assert_next("1.1.0-beta.9", GL_SEMVER_OTHER, "beta", GL_SEMVER_OK, "1.1.0-beta.10");
	assert_next("1.1.0-beta.99", GL_SEMVER_OTHER, "beta", GL_SEMVER_OK, "1.1.0-beta.100");
	assert_next("1.1.0-beta.99999999999999999999", GL_SEMVER_OTHER, "beta", GL_SEMVER_OK,
		    "1.1.0-beta.100000000000000000000");
	assert_next("1.1.0-beta.11", GL_SEMVER_BREAKING, "beta", GL_SEMVER_OK, "2.0.0-beta.1");
	assert_next("0.3.0-beta.2", GL_SEMVER_BREAKING, "beta", GL_SEMVER_OK, "0.3.0-beta.3");
	assert_next("1.0.0-alpha.beta", GL_SEMVER_OTHER, "alpha", GL_SEMVER_OK,
		    "1.0.0-alpha.beta.1");
	assert_next("4.2.0-rc", GL_SEMVER_OTHER, "rc", GL_SEMVER_OK, "4.2.0-rc.1");
	/* The project's own form continues: "-rc7", a dash-less "rc1" (formatted with '-'). */
	assert_next("v3.0.0-rc7", GL_SEMVER_OTHER, "rc", GL_SEMVER_OK, "v3.0.0-rc8");
	assert_next("5.0.0-rc9", GL_SEMVER_OTHER, "rc", GL_SEMVER_OK, "5.0.0-rc10");
	assert_next("4.2.0rc1", GL_SEMVER_OTHER, "rc", GL_SEMVER_OK, "4.2.0-rc2");
	assert_next("4.2.0rc", GL_SEMVER_OTHER, "rc", GL_SEMVER_OK, "4.2.0-rc1");
	assert_next("4.2.0-rc7", GL_SEMVER_OTHER, "r", GL_SEMVER_EORDER, "");
	assert_next("2.0.6.1-rc.1", GL_SEMVER_OTHER, "rc", GL_SEMVER_OK, "2.0.6.1-rc.2");
	assert_next("v1.2.3", GL_SEMVER_OTHER, "rc", GL_SEMVER_OK, "v1.2.4-rc.1");
	assert_next("1.2.3", GL_SEMVER_FEATURE, "rc", GL_SEMVER_OK, "1.3.0-rc.1");
	/* Promotion to a later identifier; the same one with nothing new is no release. */
	assert_next("1.2.0-beta.3", GL_SEMVER_NOTHING, "rc", GL_SEMVER_OK, "1.2.0-rc.1");
	assert_next("1.2.0-beta.3", GL_SEMVER_NOTHING, "beta", GL_SEMVER_UNCHANGED, "1.2.0-beta.3");
	assert_next("1.2.3", GL_SEMVER_NOTHING, "rc", GL_SEMVER_UNCHANGED, "1.2.3");
	/* Never lower than the last version, never an invalid identifier. */
	assert_next("1.2.0-rc.1", GL_SEMVER_OTHER, "beta", GL_SEMVER_EORDER, "");
	const char *bad[] = {"", "rc..1", "rc.", "01", "r c", "rc+1", "æ"};
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++)
		assert_next("1.2.3", GL_SEMVER_OTHER, bad[i], GL_SEMVER_EIDENTIFIER, "");
}

/*
 * Every string of up to five characters over a small alphabet: parsing never
 * misbehaves, and what parses formats to text that parses to an equal version.
 */
static void test_exhaustive_short_tags(void **state)
{
	(void)state;
	static const char alphabet[] = "0.1-+vrc9";
	enum { K = sizeof(alphabet) - 1, MAXLEN = 5 };
	char tag[MAXLEN + 1];
	size_t accepted_count = 0;
	for (size_t len = 0; len <= MAXLEN; len++) {
		size_t total = 1;
		for (size_t i = 0; i < len; i++)
			total *= K;
		for (size_t n = 0; n < total; n++) {
			size_t x = n;
			for (size_t i = 0; i < len; i++, x /= K)
				tag[i] = alphabet[x % K];
			tag[len] = '\0';
			gl_semver v, again;
			if (gl_semver_parse(&v, tag) != GL_SEMVER_OK)
				continue;
			accepted_count++;
			char *text = text_of(&v, GL_SEMVER_FORMAT_PREFIX);
			if (gl_semver_parse(&again, text) != GL_SEMVER_OK ||
			    gl_semver_compare(&v, &again) != 0)
				fail_msg("'%s' formatted as '%s', which does not read back", tag,
					 text);
			free(text);
			gl_semver_release(&again);
			gl_semver_release(&v);
		}
	}
	assert_true(accepted_count > 100);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_accepted),
		cmocka_unit_test(test_rejected),
		cmocka_unit_test(test_explicit_prefix),
		cmocka_unit_test(test_spec_precedence),
		cmocka_unit_test(test_precedence),
		cmocka_unit_test(test_four_parts_and_dashless),
		cmocka_unit_test(test_guessed),
		cmocka_unit_test(test_order_tiebreak),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_next_release),
		cmocka_unit_test(test_next_from_prerelease),
		cmocka_unit_test(test_next_prerelease),
		cmocka_unit_test(test_exhaustive_short_tags),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
