/* Commit ids kept raw (util/oid.h) and a walk's set of the commits it handed on (repo/seen.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "repo/seen.h"
#include "util/oid.h"

/* A fixed-seed generator: ids as uniform as SHA-1's, the same in every run. */
static uint64_t next_random(uint64_t *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 7;
	*state ^= *state << 17;
	return *state;
}

static void random_id(gl_oid *id, uint64_t *state)
{
	for (size_t i = 0; i < GL_OID_RAW; i++)
		id->raw[i] = (unsigned char)(next_random(state) >> 24);
}

static void spell(char out[GL_OID_HEX], const gl_oid *id)
{
	for (size_t i = 0; i < GL_OID_RAW; i++)
		snprintf(out + 2 * i, 3, "%02x", id->raw[i]);
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static void hex_is_the_lowercase_spelling(void **state)
{
	(void)state;
	gl_oid id;
	for (size_t i = 0; i < GL_OID_RAW; i++)
		id.raw[i] = (unsigned char)(0x01 + 0x22 * i);
	char hex[GL_OID_HEX];
	assert_string_equal(gl_oid_hex(hex, &id), "0123456789abcdef1133557799bbddff21436587");
}

static void prefixes_compare_as_strncmp_does(void **state)
{
	(void)state;
	uint64_t seed = 42;
	gl_oid id;
	char hex[GL_OID_HEX], mine[GL_OID_HEX];
	const char *probes[] = {"", "0", "f", "a1b2", "A1B2", "zz", "1234567", NULL};
	for (int n = 0; n < 500; n++) {
		random_id(&id, &seed);
		spell(hex, &id);
		assert_string_equal(gl_oid_hex(mine, &id), hex);
		for (size_t len = 0; len <= 40; len += 7)
			assert_int_equal(gl_oid_cmp_prefix(&id, hex, len), 0);
		for (size_t p = 0; probes[p]; p++)
			assert_int_equal(sign(gl_oid_cmp_prefix(&id, probes[p], strlen(probes[p]))),
					 sign(strncmp(hex, probes[p], strlen(probes[p]))));
		char longer[64];
		snprintf(longer, sizeof(longer), "%s0", hex); /* 41 digits: past the id's end */
		assert_true(gl_oid_cmp_prefix(&id, longer, strlen(longer)) < 0);
		gl_oid other;
		random_id(&other, &seed);
		char other_hex[GL_OID_HEX];
		spell(other_hex, &other);
		assert_int_equal(sign(gl_oid_cmp(&id, &other)), sign(strcmp(hex, other_hex)));
	}
}

enum { MANY = 150000 };

typedef struct kept {
	gl_oid ids[MANY];
	size_t reads; /* id_of calls */
} kept;

static const gl_oid *kept_id(size_t place, void *payload)
{
	kept *k = payload;
	assert_true(place < MANY);
	k->reads++;
	return &k->ids[place];
}

/* Every id added once is found, none twice, and ids sharing the part kept in the table stay
 * apart. */
static void the_set_tells_every_id_apart(void **state)
{
	(void)state;
	kept *k = calloc(1, sizeof(*k));
	uint64_t seed = 7;
	gl_seen s = {.id_of = kept_id, .payload = k};
	for (size_t i = 0; i < MANY; i++) {
		random_id(&k->ids[i], &seed);
		if (i % 3 == 1) /* the same first bytes as the one before, the rest different */
			memcpy(k->ids[i].raw, k->ids[i - 1].raw, 8);
		assert_false(gl_seen_has(&s, k->ids[i].raw));
		assert_true(gl_seen_add(&s, k->ids[i].raw, i));
	}
	assert_int_equal(s.len, MANY);
	for (size_t i = 0; i < MANY; i += 11) {
		assert_true(gl_seen_has(&s, k->ids[i].raw));
		assert_false(gl_seen_add(&s, k->ids[i].raw, MANY - 1));
	}
	assert_int_equal(s.len, MANY);
	gl_oid stranger = k->ids[MANY / 2];
	stranger.raw[GL_OID_RAW - 1] ^= 1; /* differs in its last bit only */
	assert_false(gl_seen_has(&s, stranger.raw));
	/* Ids are read only when the kept part matches: far fewer reads than lookups. */
	size_t before = k->reads;
	uint64_t other_seed = 99;
	for (size_t i = 0; i < 10000; i++) {
		gl_oid fresh;
		random_id(&fresh, &other_seed);
		assert_false(gl_seen_has(&s, fresh.raw));
	}
	assert_true(k->reads - before < 100);
	gl_seen_release(&s);
	gl_seen_release(&s);
	assert_false(gl_seen_has(&s, k->ids[0].raw));
	free(k);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(hex_is_the_lowercase_spelling),
		cmocka_unit_test(prefixes_compare_as_strncmp_does),
		cmocka_unit_test(the_set_tells_every_id_apart),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
