/* The record parser on every metadata style, and on the files real logs contain. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <govlog/govlog.h>

#include "record/frontmatter.h"
#include "record/markdown.h"
#include "record/parts.h"
#include "record/record_internal.h"
#include "util/buf.h"

static govlog_record *parse(const char *path, const char *md)
{
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *r = NULL;
	assert_int_equal(govlog_record_parse(&r, path, md, strlen(md), &opts), 0);
	assert_non_null(r);
	return r;
}

static void assert_pos(govlog_pos p, unsigned line, unsigned col)
{
	assert_int_equal(p.line, line);
	assert_int_equal(p.col, col);
}

static const govlog_field *field(const govlog_record *r, const char *name)
{
	const govlog_field *f = govlog_record_field(r, name);
	assert_non_null(f);
	return f;
}

static const char adr_tools[] = "# 1. Record architecture decisions\n"
				"\n"
				"Date: 2026-01-13\n"
				"\n"
				"## Status\n"
				"\n"
				"Accepted\n"
				"\n"
				"## Context\n"
				"\n"
				"We need to record decisions.\n"
				"\n"
				"## Decision\n"
				"\n"
				"We will use ADRs.\n";

static void test_adr_tools(void **state)
{
	(void)state;
	govlog_record *r = parse("doc/adr/0001-record-architecture-decisions.md", adr_tools);
	assert_string_equal(govlog_record_id(r), "ADR-0001");
	assert_string_equal(govlog_record_title(r), "1. Record architecture decisions");
	assert_pos(govlog_record_title_pos(r), 1, 3);
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_status_raw(r), "Accepted");
	assert_string_equal(govlog_record_date(r), "2026-01-13");
	assert_int_equal(govlog_record_meta_style(r), GOVLOG_META_STATUS_SECTION);
	assert_string_equal(govlog_record_language(r), "en");
	const govlog_field *date = field(r, "date");
	assert_string_equal(date->key, "Date");
	assert_pos(date->key_pos, 3, 1);
	assert_pos(date->value_pos, 3, 7);
	assert_int_equal(date->style, GOVLOG_META_LINE);
	assert_pos(field(r, "status")->value_pos, 7, 1);
	assert_int_equal(govlog_record_section_count(r), 3);
	const govlog_section *s = govlog_record_section_at(r, 1);
	assert_string_equal(s->heading, "Context");
	assert_int_equal(s->level, 2);
	assert_pos(s->pos, 9, 1);
	govlog_record_free(r);
}

static void test_madr_front_matter(void **state)
{
	(void)state;
	govlog_record *r = parse("docs/decisions/0002-use-postgres.md",
				 "---\nstatus: proposed\ndate: 2026-05-02\n"
				 "deciders: Alice Jensen, Bo Nielsen\n---\n"
				 "# Use PostgreSQL\n\n## Context and Problem Statement\n\nx\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_PROPOSED);
	assert_string_equal(govlog_record_date(r), "2026-05-02");
	assert_int_equal(govlog_record_meta_style(r), GOVLOG_META_FRONTMATTER);
	assert_int_equal(govlog_record_decider_count(r), 2);
	assert_string_equal(govlog_record_decider_at(r, 0), "Alice Jensen");
	assert_string_equal(govlog_record_decider_at(r, 1), "Bo Nielsen");
	assert_pos(field(r, "status")->key_pos, 2, 1);
	assert_pos(field(r, "status")->value_pos, 2, 9);
	assert_pos(govlog_record_title_pos(r), 6, 3);
	assert_string_equal(govlog_record_section_at(r, 0)->heading,
			    "Context and Problem Statement");
	govlog_record_free(r);
}

static void test_front_matter_sequence(void **state)
{
	(void)state;
	govlog_record *r = parse("0003-x.md", "---\nstatus: accepted\ndeciders: [Alice, Bob]\n"
					      "id: X-9\n---\n# X\n");
	assert_int_equal(govlog_record_decider_count(r), 2);
	assert_string_equal(govlog_record_decider_at(r, 1), "Bob");
	assert_string_equal(govlog_record_id(r), "X-9");
	govlog_record_free(r);
}

/* A list's items are its scalars: a nested mapping or list among them is no name. */
static void test_front_matter_sequence_nested(void **state)
{
	(void)state;
	govlog_record *r =
		parse("0003-x.md", "---\nstatus: accepted\n"
				   "deciders: [Alice, {name: Bob}, [Eve, Mallory], Carol]\n"
				   "id: X-9\n---\n# X\n");
	assert_int_equal(govlog_record_decider_count(r), 2);
	assert_string_equal(govlog_record_decider_at(r, 0), "Alice");
	assert_string_equal(govlog_record_decider_at(r, 1), "Carol");
	assert_string_equal(govlog_record_id(r), "X-9");
	govlog_record_free(r);
}

/* k lists one inside the other around a scalar: the scalar sits at depth k. */
static int load_nested(size_t k, char error[64], govlog_pos *pos)
{
	gl_buf y = GL_BUF_INIT;
	for (size_t i = 0; i < k; i++)
		gl_buf_puts(&y, "[");
	gl_buf_puts(&y, "x");
	for (size_t i = 0; i < k; i++)
		gl_buf_puts(&y, "]");
	gl_ytree t;
	const char *e = NULL;
	int rc = gl_ytree_load(&t, y.ptr, y.len, &e, pos);
	if (rc == 0)
		assert_non_null(t.root);
	snprintf(error, 64, "%s", e ? e : "");
	gl_ytree_release(&t);
	gl_buf_release(&y);
	return rc;
}

/* record/frontmatter.h: a depth of 64 is built, one more fails cleanly at the start. */
static void test_ytree_depth_limit(void **state)
{
	(void)state;
	char error[64];
	govlog_pos pos = {0, 0};
	assert_int_equal(load_nested(64, error, &pos), 0);
	assert_string_equal(error, "");
	assert_int_equal(load_nested(65, error, &pos), -1);
	assert_string_equal(error, "the YAML is too large or too deeply nested");
	assert_pos(pos, 1, 1);
}

/* A value ends at its last visible character: a tab typed after it is no part of it. */
static void test_bullet_value_trailing_tab(void **state)
{
	(void)state;
	govlog_record *r = parse("0001-x.md",
				 "# X\n\n- **Status**: Godkendt\t\n"
				 "- **Beslutningstagere**: Styregruppen \t\n\n## Kontekst\n\nA.\n");
	assert_string_equal(govlog_record_status_raw(r), "Godkendt");
	assert_string_equal(field(r, "deciders")->value, "Styregruppen");
	govlog_record_free(r);
}

/* An ID field of one character is the record's ID: a value, however short, is written. */
static void test_one_character_id(void **state)
{
	(void)state;
	govlog_record *r = parse("0003-x.md", "---\nstatus: accepted\nid: 9\n---\n# X\n");
	assert_string_equal(govlog_record_id(r), "9");
	govlog_record_free(r);
}

static const char os2[] = "# [SDR] Skift til nyt CMS\n"
			  "\n"
			  "- **Dato**: 04-06-2026\n"
			  "- **Status**: Godkendt på styregruppemødet den 4. juni 2026.\n"
			  "- **Beslutningstagere**: Styregruppen; Koordinationsgruppen\n"
			  "- **Beslutningstype**: Strategisk\n"
			  "\n"
			  "## Kontekst / Årsag\n"
			  "\n"
			  "Æbler og pærer.\n";

static void assert_os2(const govlog_record *r)
{
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_status_raw(r),
			    "Godkendt på styregruppemødet den 4. juni 2026.");
	assert_string_equal(govlog_record_status_note(r), "på styregruppemødet den 4. juni 2026.");
	assert_string_equal(govlog_record_date(r), "2026-06-04");
	assert_int_equal(govlog_record_type(r), GOVLOG_TYPE_STRATEGIC);
	assert_string_equal(govlog_record_language(r), "da");
	assert_int_equal(govlog_record_meta_style(r), GOVLOG_META_BULLET);
	assert_int_equal(govlog_record_decider_count(r), 2);
	const govlog_field *status = field(r, "status");
	assert_string_equal(status->key, "Status");
	assert_pos(status->key_pos, 4, 5);
	assert_pos(status->value_pos, 4, 15);
	assert_pos(field(r, "deciders")->value_pos, 5, 26);
	const govlog_section *s = govlog_record_section_at(r, 0);
	assert_string_equal(s->heading, "Kontekst / Årsag");
	assert_pos(s->pos, 8, 1);
}

static void test_os2_bullets(void **state)
{
	(void)state;
	govlog_record *r = parse("beslutninger/0001-nyt-cms.md", os2);
	assert_os2(r);
	assert_string_equal(govlog_record_id(r), "ADR-0001");
	govlog_record_free(r);
}

static void test_star_bullets_and_columns_in_code_points(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "# Æ\n\n* **Dato**: 4. juni 2026\n* **Status**: Forældet\n"
					 "* **Beslutningstype**: Operationel\n");
	assert_string_equal(govlog_record_date(r), "2026-06-04");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_DEPRECATED);
	assert_int_equal(govlog_record_type(r), GOVLOG_TYPE_OPERATIONAL);
	assert_pos(govlog_record_title_pos(r), 1, 3);
	assert_pos(field(r, "type")->value_pos, 5, 24);
	govlog_record_free(r);
}

static void test_checkbox_status(void **state)
{
	(void)state;
	govlog_record *r =
		parse("0004-driftsvindue.md", "# [ODR] Driftsvindue\n\n## Status\n\n"
					      "- [x] Udkast - Dato: 2026-09-01\n"
					      "- [ ] Godkendt af koordinationsgruppen - Dato:\n"
					      "- [ ] Godkendt af styregruppen - Dato:\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_PROPOSED);
	assert_string_equal(govlog_record_date(r), "2026-09-01");
	assert_int_equal(govlog_record_meta_style(r), GOVLOG_META_CHECKBOX);
	assert_int_equal(govlog_record_type(r), GOVLOG_TYPE_OPERATIONAL);
	assert_pos(field(r, "status")->value_pos, 5, 7);
	govlog_record_free(r);
}

/* Only "Dato:" starts the date: another colon in the status text (a time) is text. */
static void test_checkbox_status_with_a_time(void **state)
{
	(void)state;
	govlog_record *r = parse("0004-driftsvindue.md",
				 "# [ODR] Driftsvindue\n\n## Status\n\n"
				 "- [x] Godkendt kl. 10:30 af styregruppen - Dato: 2026-09-01\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(field(r, "status")->value, "Godkendt kl. 10:30 af styregruppen");
	assert_string_equal(govlog_record_date(r), "2026-09-01");
	govlog_record_free(r);
}

static void test_checkbox_last_ticked_wins(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "# X\n\n## Status\n\n"
					 "- [x] Udkast - Dato: 2026-09-01\n"
					 "- [X] Godkendt af styregruppen - Dato: 2026-10-02\n"
					 "- [ ] Forældet - Dato:\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_date(r), "2026-10-02");
	govlog_record_free(r);
}

static void test_checkbox_none_ticked_is_empty(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "# X\n\n## Status\n\n- [ ] Udkast\n- [ ] Godkendt\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_NONE);
	assert_string_equal(field(r, "status")->value, "");
	govlog_record_free(r);
}

/* The OS2 record with a BOM, with CRLF, and with both, parses to the same model. */
static void test_bom_and_crlf(void **state)
{
	(void)state;
	char crlf[sizeof(os2) * 2], both[sizeof(os2) * 2 + 3];
	size_t n = 0;
	for (const char *p = os2; *p; p++) {
		if (*p == '\n')
			crlf[n++] = '\r';
		crlf[n++] = *p;
	}
	crlf[n] = '\0';
	memcpy(both, "\xEF\xBB\xBF", 3);
	memcpy(both + 3, crlf, n + 1);
	const char *variants[] = {crlf, both};
	for (size_t i = 0; i < 2; i++) {
		govlog_record *r = parse("0001-nyt-cms.md", variants[i]);
		assert_os2(r);
		assert_string_equal(govlog_record_title(r), "[SDR] Skift til nyt CMS");
		govlog_record_free(r);
	}
}

static void test_lone_cr_lines(void **state)
{
	(void)state;
	govlog_record *r =
		parse("0001-x.md", "# 1. X\r\rDate: 2026-01-13\r\r## Status\r\rAccepted\r");
	assert_string_equal(govlog_record_title(r), "1. X");
	assert_string_equal(govlog_record_date(r), "2026-01-13");
	assert_pos(field(r, "date")->value_pos, 3, 7);
	govlog_record_free(r);
}

static void test_empty_file(void **state)
{
	(void)state;
	govlog_record *r = parse("docs/decisions/0005-empty.md", "");
	assert_null(govlog_record_title(r));
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_NONE);
	assert_null(govlog_record_date(r));
	assert_int_equal(govlog_record_field_count(r), 0);
	assert_int_equal(govlog_record_section_count(r), 0);
	assert_int_equal(govlog_record_meta_style(r), GOVLOG_META_NONE);
	assert_string_equal(govlog_record_id(r), "ADR-0005");
	govlog_record_free(r);
}

static void test_front_matter_only(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "---\nstatus: accepted\ndate: 2026-02-01\n---\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_date(r), "2026-02-01");
	assert_null(govlog_record_title(r));
	assert_int_equal(govlog_record_section_count(r), 0);
	govlog_record_free(r);
}

static void test_no_title(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "Date: 2026-01-13\n\n## Status\n\nAccepted\n");
	assert_null(govlog_record_title(r));
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_section_at(r, 0)->heading, "Status");
	govlog_record_free(r);
}

static void test_unknown_status_keeps_raw_value(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "# X\n\n- **Status**: Acepteret\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_UNKNOWN);
	assert_string_equal(govlog_record_status_raw(r), "Acepteret");
	assert_pos(field(r, "status")->value_pos, 3, 15);
	govlog_record_free(r);
}

static void test_invalid_utf8_is_noted(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "# 1. L\xE6s\n\nDate: 2026-01-13\n");
	assert_true(r->invalid_utf8);
	assert_int_equal(r->bad_offset, 6);
	assert_int_equal(r->bad_byte, 0xE6);
	assert_pos(r->bad_pos, 1, 7);
	assert_string_equal(govlog_record_date(r), "2026-01-13");
	govlog_record_free(r);
}

static void test_invalid_utf8_offset_counts_the_bom(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "\xEF\xBB\xBF# \xC3\n");
	assert_true(r->invalid_utf8);
	assert_int_equal(r->bad_offset, 5);
	assert_pos(r->bad_pos, 1, 3);
	govlog_record_free(r);
}

static void test_broken_yaml_has_position(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "---\nstatus: [proposed\ndate: 2026-01-01\n---\n# T\n");
	assert_non_null(r->frontmatter_error);
	assert_true(r->frontmatter_error_pos.line >= 2);
	assert_true(r->frontmatter_error_pos.col >= 1);
	assert_string_equal(govlog_record_title(r), "T");
	govlog_record_free(r);
}

static void test_unclosed_front_matter(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "---\nstatus: accepted\n# T\n");
	assert_non_null(r->frontmatter_error);
	assert_pos(r->frontmatter_error_pos, 1, 1);
	govlog_record_free(r);
}

static void test_yaml_alias_bomb_is_not_expanded(void **state)
{
	(void)state;
	static char yaml[8192];
	size_t n = (size_t)snprintf(yaml, sizeof(yaml), "---\na: &a [x,x,x,x,x,x,x,x,x]\n");
	const char *prev = "a";
	static const char *const names[] = {"b", "c", "d", "e", "f", "g", "h", "i"};
	for (size_t i = 0; i < 8; i++) {
		n += (size_t)snprintf(yaml + n, sizeof(yaml) - n,
				      "%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n", names[i],
				      names[i], prev, prev, prev, prev, prev, prev, prev, prev,
				      prev);
		prev = names[i];
	}
	snprintf(yaml + n, sizeof(yaml) - n, "status: accepted\n---\n# Bomb\n");
	govlog_record *r = parse("x.md", yaml);
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_title(r), "Bomb");
	govlog_record_free(r);
}

static void test_ids(void **state)
{
	(void)state;
	static const struct {
		const char *path, *md, *id;
	} cases[] = {
		{"docs/adr/0007-use-x.md", "# Use X\n", "ADR-0007"},
		{"docs/adr/2026-05-28-slug.md", "# Slug\n", "2026-05-28-slug"},
		{"doc/adr/0001-no-date.md", "# 1. No date\n", "ADR-0001"},
		{"doc/adr/0042-go-to-market.md", "# Go\n", "ADR-0042"},
		{"doc/adr/20260528-use-x.md", "# Use X\n", "20260528-use-x"},
		{"beslutninger/BS1-valg-af-platform.md", "# Valg\n", "BS1"},
		/* the letters of a name's ID in upper case, as its title would write them */
		{"beslutninger/bs12-faelles-drift.md", "# Fælles drift\n", "BS12"},
		/* "7a" is no number: the name is the ID */
		{"docs/decisions/0007a-use-a-cache.md", "# Use a cache\n", "0007a-use-a-cache"},
		{"docs/adr/use-x.md", "# ADR 012 - Use X\n", "ADR-0012"},
		{"docs/adr/notes.md", "# Notes\n", "notes"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		govlog_record *r = parse(cases[i].path, cases[i].md);
		assert_string_equal(govlog_record_id(r), cases[i].id);
		govlog_record_free(r);
	}
}

static void test_title_type_marker(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "# [ODR] Nyt vindue\n\n- **Status**: Forslag\n");
	assert_int_equal(govlog_record_type(r), GOVLOG_TYPE_OPERATIONAL);
	assert_string_equal(r->title_type_code, "ODR");
	govlog_record_free(r);
}

static void assert_language(const char *text, const char *want)
{
	govlog_record *r = parse("x.md", text);
	if (strcmp(govlog_record_language(r), want))
		fail_msg("'%s' reads as '%s', not '%s'", text, govlog_record_language(r), want);
	govlog_record_free(r);
}

static void test_language_from_headings(void **state)
{
	(void)state;
	assert_language("# [ODR] X\n\n- **Status**: Godkendt\n\n## 1. Kontekst / Årsag\n\nx\n",
			"da");
	assert_language("# X\n\n## Context and Problem Statement\n\nx\n", "en");
	/* no known word: a title or heading in Danish still says Danish, */
	assert_language("# Tilgængelige rapporter\n\n## Oversigt\n\nx\n", "da");
	assert_language("# Brug af PostgreSQL\n\n## Tidsplan\n\nx\n", "da");
	/* and English words alone say nothing ("for" and "to" are no Danish marks) */
	assert_language("# Reports for the board\n\n## Overview to date\n\nx\n", "");
}

static void test_plain_bullets_madr2_and_log4brains(void **state)
{
	(void)state;
	govlog_record *r = parse("docs/adr/20260113-use-log4brains.md",
				 "# Use Log4brains\n\n- Status: accepted\n- Date: 2026-01-13\n"
				 "- Tags: dev-tools, doc\n\n## Context and Problem Statement\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_date(r), "2026-01-13");
	assert_int_equal(govlog_record_meta_style(r), GOVLOG_META_BULLET);
	assert_string_equal(govlog_record_id(r), "20260113-use-log4brains");
	assert_pos(field(r, "status")->value_pos, 3, 11);
	govlog_record_free(r);
}

static void test_bold_key_with_colon_inside(void **state)
{
	(void)state;
	govlog_record *r = parse("x.md", "# [SDR] X\n\n- **Status:** Accepteret\n"
					 "- **Dato:** 25.06.2026\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_status_raw(r), "Accepteret");
	assert_string_equal(govlog_record_date(r), "2026-06-25");
	assert_pos(field(r, "status")->value_pos, 3, 15);
	govlog_record_free(r);
}

/* The OS2 issue template's form: a "## Metadata:" section of plain bullets. */
static void test_metadata_section_of_plain_bullets(void **state)
{
	(void)state;
	govlog_record *r =
		parse("x.md", "# [ADR] X\n\n## Metadata:\n- Dato: 2026-09-01\n"
			      "- Status: Forslag\n- Beslutningstype :   Arkitekturbeslutning\n"
			      "\n## Kontekst/ Årsag\nx\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_PROPOSED);
	assert_string_equal(govlog_record_date(r), "2026-09-01");
	assert_int_equal(govlog_record_type(r), GOVLOG_TYPE_ARCHITECTURE);
	assert_pos(field(r, "type")->value_pos, 6, 23);
	assert_string_equal(govlog_record_language(r), "da");
	govlog_record_free(r);
}

static void test_bad_options_version(void **state)
{
	(void)state;
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	opts.version = 99;
	govlog_record *r = NULL;
	assert_int_equal(govlog_record_parse(&r, "x.md", "# X\n", 4, &opts), GOVLOG_EINVALID);
	assert_null(r);
	assert_true(strlen(govlog_error_last()) > 0);
}

/* MADR 3 and 4 templates write values in braces; the text inside is the value. */
static void test_frontmatter_template_braces(void **state)
{
	(void)state;
	govlog_record *r =
		parse("0001-x.md", "---\n"
				   "status: { accepted }\n"
				   "date: { 2024-10-07 when the decision was last updated }\n"
				   "decision-makers: {Ahmed Sulaimon, Nayan Stanley}\n"
				   "consulted: {list everyone whose opinions are sought}\n"
				   "---\n# X\n");
	assert_null(r->frontmatter_error);
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_pos(field(r, "status")->value_pos, 2, 9);
	assert_string_equal(govlog_record_date(r), "2024-10-07");
	assert_int_equal(govlog_record_decider_count(r), 2);
	assert_string_equal(govlog_record_decider_at(r, 1), "Nayan Stanley");
	assert_string_equal(field(r, "consulted")->value, "");
	assert_int_equal(r->braced.len, 4);
	assert_false(r->braced.items[0].template_text);
	assert_string_equal(r->braced.items[0].written, "{ accepted }");
	assert_true(r->braced.items[3].template_text);
	govlog_record_free(r);
}

/* MADR 3's unfilled status is no YAML at all; a real mapping stays YAML's. */
static void test_frontmatter_braces_madr3_template(void **state)
{
	(void)state;
	govlog_record *r =
		parse("0002-x.md",
		      "---\n"
		      "status: {proposed | rejected | accepted | deprecated | \xE2\x80\xA6 | "
		      "superseded by [ADR-0005](0005-example.md)}\n"
		      "links: {issue: 12}\n"
		      "---\n# X\n");
	assert_null(r->frontmatter_error);
	assert_string_equal(field(r, "status")->value, "");
	assert_int_equal(r->braced.len, 1);
	assert_true(r->braced.items[0].template_text);
	assert_int_equal(r->relations.len, 0);
	govlog_record_free(r);
}

/* A list of keys after the first section's opening paragraph is the metadata. */
static void test_keys_after_paragraph(void **state)
{
	(void)state;
	govlog_record *r = parse("0004-x.md", "# [SDR] X\n\n## Kontekst / Årsag\n\n"
					      "Styregruppen drøftede sagen.\n\n"
					      "- **Status**: Godkendt\n"
					      "- **Dato**: 2026-03-12\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_date(r), "2026-03-12");
	assert_pos(field(r, "status")->value_pos, 7, 15);
	govlog_record_free(r);
	/* One known key after text is text: "Status" of something described. */
	r = parse("0005-x.md", "# X\n\n## Context\n\nToday:\n\n- **Status**: the screen is online\n"
			       "- **Screens**: 40\n");
	assert_null(govlog_record_field(r, "status"));
	govlog_record_free(r);
}

/* Supersede links in the status text and on lines of the text. */
static void test_relations(void **state)
{
	(void)state;
	govlog_record *r = parse("0048-x.md", "# X\n\n"
					      "- **Status**: Godkendt; erstatter ADR-0047\n\n"
					      "## Kontekst\n\n"
					      "- Erstatter de lokale testdata fra ADR-0044\n\n"
					      "## Links\n\n"
					      "- Superseded by [ADR-0050](0050-y.md)\n"
					      "- Relates to [ADR-0049](0049-z.md)\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	/* The text's lines are read first, then the status. */
	assert_int_equal(r->relations.len, 2);
	assert_true(r->relations.items[0].successor);
	assert_string_equal(r->relations.items[0].text, "[ADR-0050](0050-y.md)");
	assert_pos(r->relations.items[0].pos, 11, 17);
	assert_false(r->relations.items[1].successor);
	assert_string_equal(r->relations.items[1].text, "ADR-0047");
	assert_pos(r->relations.items[1].pos, 3, 35);
	govlog_record_free(r);
}

/* A relation opening any line of a paragraph, not only its first, is read from its first letter. */
static void test_relation_on_a_later_line(void **state)
{
	(void)state;
	govlog_record *r = parse("0004-x.md", "# X\n\nDecided at the review.\n"
					      "Supersedes ADR-0003\n\n## Context\n\nA.\n");
	assert_int_equal(r->relations.len, 1);
	assert_false(r->relations.items[0].successor);
	assert_string_equal(r->relations.items[0].text, "ADR-0003");
	assert_pos(r->relations.items[0].pos, 4, 12);
	govlog_record_free(r);
}

/* A bare URL is a link, as GitHub shows it, placed where it is written. */
static void test_bare_url_is_a_link(void **state)
{
	(void)state;
	govlog_record *r = parse("0001-x.md", "# X\n\nSee\nhttps://github.com/o/n/blob/main/a.md "
					      "and https://github.com/o/n/blob/main/a.md.\n");
	assert_int_equal(r->links.len, 2);
	assert_string_equal(r->links.items[0].url, "https://github.com/o/n/blob/main/a.md");
	assert_pos(r->links.items[0].pos, 4, 1);
	assert_pos(r->links.items[1].pos, 4, 43);
	govlog_record_free(r);
	/* also inside emphasis, a table cell or a strikethrough: where it is written */
	r = parse("0001-x.md",
		  "# X\n\nSee\nthe *plan at https://example.com/a.md* or **www.example.org**.\n");
	assert_int_equal(r->links.len, 2);
	assert_string_equal(r->links.items[0].url, "https://example.com/a.md");
	assert_pos(r->links.items[0].pos, 4, 14);
	assert_string_equal(r->links.items[1].url, "http://www.example.org");
	assert_pos(r->links.items[1].pos, 4, 45);
	govlog_record_free(r);
	r = parse(
		"0001-x.md",
		"# X\n\n| a | b |\n|---|---|\n| x | see https://example.com/a.md |\n\n~~old https://example.com/b.md~~\n");
	assert_int_equal(r->links.len, 2);
	assert_pos(r->links.items[0].pos, 5, 11);
	assert_pos(r->links.items[1].pos, 7, 7);
	govlog_record_free(r);
	/* the last thing in its paragraph, with no full stop after it */
	r = parse("0001-x.md", "# X\n\nSee https://example.com/a.md\n\nMore.\n");
	assert_int_equal(r->links.len, 1);
	assert_pos(r->links.items[0].pos, 3, 5);
	govlog_record_free(r);
}

/* A "www." link or an address is placed at its text, though its URL gains "http://" or "mailto:".
 */
static void test_www_link_is_placed_at_its_text(void **state)
{
	(void)state;
	govlog_record *r = parse("0001-x.md", "# X\n\nSee www.example.com/a.md for more.\n");
	assert_int_equal(r->links.len, 1);
	assert_string_equal(r->links.items[0].url, "http://www.example.com/a.md");
	assert_pos(r->links.items[0].pos, 3, 5);
	govlog_record_free(r);
	/* and an address, whose URL gains "mailto:" */
	r = parse("0001-x.md", "# X\n\nWrite to ada@example.com today.\n");
	assert_int_equal(r->links.len, 1);
	assert_string_equal(r->links.items[0].url, "mailto:ada@example.com");
	assert_pos(r->links.items[0].pos, 3, 10);
	govlog_record_free(r);
}

/* A body over 1 MiB is read in parts: nothing is cut inside a fence or a comment, lines stay right.
 */
static void test_long_body_in_parts(void **state)
{
	(void)state;
	gl_buf md = GL_BUF_INIT;
	unsigned line = 7;
	gl_buf_puts(&md, "# 1. Big\n\n## Status\n\nAccepted\n\n");
	for (int i = 0; i < 20000; i++, line += 4)
		gl_buf_puts(&md, "## S\n\nsome text of the section that is long enough.\n\n");
	gl_buf_puts(&md, "```\n");
	for (int i = 0; i < 40000; i++)
		gl_buf_puts(&md, "# not a heading\n");
	gl_buf_puts(&md, "```\n\n<!--\n");
	for (int i = 0; i < 20000; i++)
		gl_buf_puts(&md, "# hidden\n\n");
	gl_buf_puts(&md, "-->\n\n## Last\n\nSee [x](gone.md).\n");
	line += 1 + 40000 + 1 + 1 + 1 + 40000 + 1 + 1;
	govlog_record *r = parse("docs/adr/0001-big.md", md.ptr);
	assert_string_equal(field(r, "status")->value, "Accepted");
	assert_int_equal(r->sections.len, 20002);
	const govlog_section *last = &r->sections.items[r->sections.len - 1];
	assert_string_equal(last->heading, "Last");
	assert_pos(last->pos, line, 1);
	assert_int_equal(r->links.len, 1);
	assert_pos(r->links.items[0].pos, line + 2, 5);
	govlog_record_free(r);
	gl_buf_release(&md);
}

/* The line before the one at body[at] (at a line start after the first): its start and length. */
static const char *line_before(const char *body, size_t at, size_t *n)
{
	size_t end = at - 1, start = end;
	while (start && body[start - 1] != '\n')
		start--;
	*n = end - start;
	return body + start;
}

static char margin_bullet(const char *s, size_t n)
{
	return n >= 2 && strchr("-*+", s[0]) && (s[1] == ' ' || s[1] == '\t') ? s[0] : 0;
}

/*
 * Whether a part may start at body[at], as parts.h promises: a line at the
 * margin that starts a top-level block whether or not the text before it is
 * there — an ATX heading, a line after a blank line, or the next item of a
 * tight list with the same bullet. Never an indented line (code or a list
 * item's continuation) nor a setext underline or a paragraph's next line.
 */
static bool starts_block(const char *body, size_t len, size_t at)
{
	const char *s = body + at, *nl = memchr(s, '\n', len - at);
	size_t n = nl ? (size_t)(nl - s) : len - at, pn;
	if (!at || !n || s[0] == ' ' || s[0] == '\t')
		return false;
	if (s[0] == '#')
		return true;
	const char *p = line_before(body, at, &pn);
	if (!pn)
		return true;
	return margin_bullet(p, pn) && margin_bullet(p, pn) == margin_bullet(s, n);
}

static void assert_cuts_start_blocks(const char *body, size_t len, size_t at_least)
{
	gl_offsets cuts = {0};
	gl_md_cuts(body, len, &cuts);
	if (cuts.len < at_least)
		fail_msg("%zu parts, expected at least %zu", cuts.len + 1, at_least + 1);
	for (size_t i = 0; i < cuts.len; i++) {
		size_t at = cuts.items[i], n = strcspn(body + at, "\n");
		if (!starts_block(body, len, at))
			fail_msg("a part starts at '%.*s', which starts no block", (int)n,
				 body + at);
		if (at - (i ? cuts.items[i - 1] : 0) < GL_MD_PART)
			fail_msg("parts %zu and %zu are less than GL_MD_PART apart", i, i + 1);
	}
	gl_vec_free(&cuts);
}

static void test_parts_start_blocks(void **state)
{
	(void)state;
	gl_buf md = GL_BUF_INIT;
	/* A list item's paragraphs, the later ones indented by a tab; a setext heading. */
	while (md.len < 3 * GL_MD_WHOLE_BODY / 2) {
		gl_buf_puts(&md, "- an item\n\n\tits second paragraph, indented by a tab\n");
		gl_buf_puts(&md, "\tand the paragraph's next line\n\n");
		gl_buf_puts(&md, "A heading\nover two lines\n---------\n");
	}
	assert_cuts_start_blocks(md.ptr, md.len, 0);
	/* Tight lists: the next item with the same bullet starts a block. */
	gl_buf_clear(&md);
	while (md.len < 3 * GL_MD_WHOLE_BODY / 2)
		gl_buf_puts(&md, "- one item\n- the next item\nlazy text of that item\n");
	assert_cuts_start_blocks(md.ptr, md.len, 3);
	gl_buf_release(&md);
}

/* A long record reads as GitHub reads it whole: a tab-indented paragraph stays its item's. */
static void test_long_body_item_paragraphs(void **state)
{
	(void)state;
	gl_buf md = GL_BUF_INIT;
	gl_buf_puts(&md, "# 1. Big\n\n## Status\n\nAccepted\n\n## Links\n\n");
	size_t items = 0;
	for (; md.len < 3 * GL_MD_WHOLE_BODY / 2; items++)
		gl_buf_puts(&md, "- a minute\n\n\tSee [the minutes](minutes.md).\n");
	govlog_record *r = parse("docs/adr/0001-big.md", md.ptr);
	assert_int_equal(r->links.len, items);
	govlog_record_free(r);
	gl_buf_release(&md);
}

/* A front matter of n events: stream, document, mapping, three pairs, a key and a list of items. */
static void front_matter_of_events(gl_buf *md, size_t n)
{
	gl_buf_clear(md);
	gl_buf_puts(md, "---\nstatus: accepted\ndate: 2026-03-04\ndeciders: Ada\ntags: [a");
	for (size_t i = 1; i < n - 13; i++)
		gl_buf_puts(md, ", a");
	gl_buf_puts(md, "]\n---\n# Use A\n\n## Context and Problem Statement\n\nWhy.\n");
}

/* "over 100000 YAML events" is too complex: exactly 100000 is read whole. */
static void test_front_matter_event_limit(void **state)
{
	(void)state;
	gl_buf md = GL_BUF_INIT;
	front_matter_of_events(&md, 100000);
	govlog_record *r = parse("docs/decisions/0001-a.md", md.ptr);
	assert_null(r->frontmatter_error);
	assert_string_equal(field(r, "status")->value, "accepted");
	govlog_record_free(r);
	front_matter_of_events(&md, 100001);
	r = parse("docs/decisions/0001-a.md", md.ptr);
	assert_non_null(r->frontmatter_error);
	assert_string_equal(r->frontmatter_error,
			    "front matter is too complex (over 100000 YAML events)");
	govlog_record_free(r);
	gl_buf_release(&md);
}

/*
 * Setext headings ("Status" underlined with '-') are headings as much as "## Status"
 * is (CommonMark 4.3); GitHub shows them alike, so the status section is read alike.
 */
static const char setext[] = "Use setext headings\n"
			     "===================\n"
			     "\n"
			     "Date: 2026-01-12\n"
			     "\n"
			     "Status\n"
			     "------\n"
			     "\n"
			     "Accepted\n"
			     "\n"
			     "Context\n"
			     "-------\n"
			     "\n"
			     "c\n";

static void test_setext_headings(void **state)
{
	(void)state;
	govlog_record *r = parse("doc/adr/0001-use-setext-headings.md", setext);
	assert_string_equal(govlog_record_title(r), "Use setext headings");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_status_raw(r), "Accepted");
	assert_int_equal(govlog_record_meta_style(r), GOVLOG_META_STATUS_SECTION);
	assert_string_equal(field(r, "status")->key, "Status");
	assert_pos(field(r, "status")->value_pos, 9, 1);
	assert_int_equal(govlog_record_section_count(r), 2);
	assert_string_equal(govlog_record_section_at(r, 0)->heading, "Status");
	assert_int_equal(govlog_record_section_at(r, 0)->level, 2);
	govlog_record_free(r);
}

/*
 * Deciders written as a GitHub task list under their key: GitHub shows each box as a
 * checkbox, so a name is the item's text after it, never "[x] Styregruppen".
 */
static void test_deciders_as_task_list(void **state)
{
	(void)state;
	govlog_record *r = parse("beslutninger/0001-faelles-hosting.md",
				 "# [SDR] Fælles hosting\n\n"
				 "- **Status**: Godkendt\n"
				 "- **Beslutningstagere**:\n"
				 "  - [x] Styregruppen\n"
				 "  - [X] Driftsudvalget\n\n"
				 "## Beskrivelse af beslutningen\n\nVi samler driften.\n");
	assert_string_equal(field(r, "deciders")->value, "Styregruppen, Driftsudvalget");
	govlog_record_free(r);
}

/*
 * A template lists every body that may decide as a task list, and the record
 * ticks those that did: an unticked box names no decider. A list without
 * boxes names them all.
 */
static void test_deciders_unticked_are_none(void **state)
{
	(void)state;
	govlog_record *r = parse("beslutninger/0002-faelles-login.md",
				 "# Fælles login\n\n"
				 "- **Status**: Godkendt\n"
				 "- **Beslutningstagere**:\n"
				 "  - [ ] Koordinationsgruppen\n"
				 "  - [x] Styregruppen\n"
				 "  - [ ] Leverandørforum\n\n"
				 "## Beslutning\n\nVi bruger ét login.\n");
	assert_string_equal(field(r, "deciders")->value, "Styregruppen");
	assert_int_equal(govlog_record_decider_count(r), 1);
	assert_string_equal(govlog_record_decider_at(r, 0), "Styregruppen");
	govlog_record_free(r);
	r = parse("beslutninger/0003-x.md", "# X\n\n- **Status**: Godkendt\n"
					    "- **Beslutningstagere**:\n"
					    "  - Styregruppen\n"
					    "  - Koordinationsgruppen\n");
	assert_string_equal(field(r, "deciders")->value, "Styregruppen, Koordinationsgruppen");
	govlog_record_free(r);
}

/*
 * A template's guidance in an HTML comment after a nested decider is not
 * shown by GitHub, so it is no part of the name; an item that is only a
 * comment names nobody.
 */
static void test_deciders_nested_without_comments(void **state)
{
	(void)state;
	govlog_record *r = parse("docs/decisions/0004-network.md",
				 "# Network\n\n"
				 "* Status: accepted\n"
				 "* Deciders:\n"
				 "  * Jo Dahl <!-- accountable for this decision -->\n"
				 "  * <!-- everyone else involved -->\n"
				 "  * Kim Berg\n"
				 "* Date: 2024-03-01\n\n"
				 "## Context and Problem Statement\n\nWe need a network.\n");
	assert_string_equal(field(r, "deciders")->value, "Jo Dahl, Kim Berg");
	assert_int_equal(govlog_record_decider_count(r), 2);
	govlog_record_free(r);
}

/*
 * Deciders written with Markdown are named as GitHub shows them: a link by
 * its text, emphasis and code without their marks. Front matter is YAML, not
 * Markdown: its underscores stay.
 */
static void test_deciders_as_shown(void **state)
{
	(void)state;
	govlog_record *r =
		parse("beslutninger/0006-x.md",
		      "# X\n\n- **Status**: Godkendt\n"
		      "- **Beslutningstagere**: [Styregruppen](https://os2.eu/styregruppe), "
		      "**Koordinationsgruppen**, `drift_team`\n");
	assert_int_equal(govlog_record_decider_count(r), 3);
	assert_string_equal(govlog_record_decider_at(r, 0), "Styregruppen");
	assert_string_equal(govlog_record_decider_at(r, 1), "Koordinationsgruppen");
	assert_string_equal(govlog_record_decider_at(r, 2), "drift_team");
	govlog_record_free(r);
	r = parse("docs/decisions/0007-y.md",
		  "---\nstatus: accepted\ndeciders: _ops_, [bo]\n---\n# Y\n");
	assert_string_equal(govlog_record_decider_at(r, 0), "_ops_");
	assert_string_equal(govlog_record_decider_at(r, 1), "[bo]");
	govlog_record_free(r);
}

/*
 * Values set as code or emphasis are read as GitHub shows them: "`2026-08-22`"
 * is a date, "`superseded` (by ADR 0005)" a state with its note, "`Strategisk`"
 * a type. A documentation tool's "status: stable" in front matter gives way
 * to the decision's own "**Status**:" line below it.
 */
static void test_values_set_as_code(void **state)
{
	(void)state;
	govlog_record *r =
		parse("docs/adr/0002-evidence.md", "---\ntitle: Evidence\nstatus: stable\n---\n\n"
						   "# 2. Evidence\n\n"
						   "**Status**: `superseded` (by ADR 0005)  \n"
						   "**Date**: `2026-08-22`  \n"
						   "**Type**: *`Strategisk`*\n\n## Context\n\nx\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_SUPERSEDED);
	assert_string_equal(govlog_record_status_note(r), "(by ADR 0005)");
	assert_string_equal(govlog_record_date(r), "2026-08-22");
	assert_int_equal(govlog_record_type(r), GOVLOG_TYPE_STRATEGIC);
	govlog_record_free(r);
	/* a status no word names stays unknown when no other field names one */
	r = parse("docs/adr/0003-x.md", "---\nstatus: stable\n---\n# 3. X\n\n## Context\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_UNKNOWN);
	govlog_record_free(r);
	/* a code span that holds more than a status word is no status */
	r = parse("docs/adr/0004-y.md", "# 4. Y\n\n**Status**: `accepted later` maybe\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_UNKNOWN);
	govlog_record_free(r);
}

/*
 * A heading that is a "Key: value" line with a known key is that field, as
 * many hand-written logs put it ("## Status: Accepted", "## Date: …",
 * "#### Title: …" without a level-1 heading); a heading with a colon and no
 * known key ("## Context: …") stays a section, and so does "## Status".
 */
static void test_fields_as_headings(void **state)
{
	(void)state;
	govlog_record *r = parse("docs/adr/ADR-016-remove-schemas.md",
				 "# ADR-016: Remove unused schemas\n\n"
				 "## Status: Accepted\n## Date: 2026-07-02 ##\n\n"
				 "## Context: why now\n\nx\n\n## Decision\n\ny\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_date(r), "2026-07-02");
	assert_int_equal(govlog_record_section_count(r), 2);
	assert_string_equal(govlog_record_section_at(r, 0)->heading, "Context: why now");
	govlog_record_free(r);
	r = parse("architecture-decision-records/006-container.md",
		  "### Architecture Decision Record (ADR)\n\n"
		  "#### Title: 006 Valg af container orkestrering\n\n#### Date: 2024-08-19\n\n"
		  "---\n\n## Status\n\nForslag\n\n## Kontekst\n\nx\n");
	assert_string_equal(govlog_record_date(r), "2024-08-19");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_PROPOSED);
	/* Danish text under a template's English keys is Danish */
	assert_string_equal(govlog_record_language(r), "da");
	govlog_record_free(r);
}

/*
 * A site's page id that ends with the file's ID (Docusaurus' "id:
 * adrs-adr001" in adr001-….md) names the same record: its ID is the file's.
 * Another ID in front matter is the record's own, and differs.
 */
static void test_page_id_naming_the_file(void **state)
{
	(void)state;
	govlog_record *r =
		parse("docs/architecture-decisions/adr001-add-adr-log.md",
		      "---\nid: adrs-adr001\ntitle: 'ADR001: Log'\n---\n\n## Decision\n");
	assert_string_equal(govlog_record_id(r), "ADR001");
	govlog_record_free(r);
	r = parse("docs/adr/0007-x.md", "---\nid: ADR-0009\n---\n# X\n");
	assert_string_equal(govlog_record_id(r), "ADR-0009");
	govlog_record_free(r);
	r = parse("docs/adr/0007-x.md", "---\nid: notadr-0007x\n---\n# X\n");
	assert_string_equal(govlog_record_id(r), "notadr-0007x");
	govlog_record_free(r);
}

/*
 * YAML that breaks off inside a value ("title: ADR002: Default format", a
 * second colon) leaves that value cut: it is no field, so no title "ADR002".
 */
static void test_value_cut_by_broken_yaml(void **state)
{
	(void)state;
	govlog_record *r = parse("docs/architecture-decisions/adr002-format.md",
				 "---\nid: adrs-adr002\ntitle: ADR002: Default format\n---\n\n"
				 "## Background\n\nx\n\n## Format\n\ny\n");
	assert_null(govlog_record_title(r));
	assert_null(govlog_record_field(r, "title"));
	assert_non_null(govlog_record_field(r, "id"));
	govlog_record_free(r);
}

/*
 * A status written as a task list under its bold key is read as under a
 * "## Status" heading: the last ticked box, its date after "Dato:". The
 * record's bullets beside it make it an OS2 record, not an adr-tools one.
 */
static void test_status_task_list_under_its_key(void **state)
{
	(void)state;
	govlog_record *r = parse("beslutninger/0004-kun-https.md",
				 "# Kun HTTPS\n\n"
				 "- **Status**:\n"
				 "  - [x] Udkast\n"
				 "  - [x] Godkendt af styregruppen - Dato: 04-06-2026\n"
				 "  - [ ] Forældet\n"
				 "- **Beslutningstagere**: Styregruppen\n\n"
				 "## Beslutning\n\nKun HTTPS.\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
	assert_string_equal(govlog_record_status_raw(r), "Godkendt af styregruppen");
	assert_string_equal(govlog_record_date(r), "2026-06-04");
	assert_int_equal(field(r, "status")->style, GOVLOG_META_CHECKBOX);
	assert_int_equal(govlog_record_meta_style(r), GOVLOG_META_BULLET);
	govlog_record_free(r);
	r = parse("beslutninger/0005-x.md", "# X\n\n- **Status**:\n"
					    "  - [ ] Godkendt\n"
					    "- **Beslutningstagere**: Styregruppen\n");
	assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_NONE);
	assert_string_equal(field(r, "status")->value, "");
	govlog_record_free(r);
}

/* The heading text of a tree's first block. */
static void assert_heading(cmark_node *doc, const char *text)
{
	cmark_node *h = cmark_node_first_child(doc);
	assert_non_null(h);
	assert_int_equal(cmark_node_get_type(h), CMARK_NODE_HEADING);
	assert_string_equal(cmark_node_get_literal(cmark_node_first_child(h)), text);
}

/*
 * A record's tree comes from one arena: a second tree parsed while the first
 * lives takes the ordinary allocator, and freeing it leaves the first whole.
 */
static void test_markdown_trees_one_at_a_time(void **state)
{
	(void)state;
	const char a[] = "# First\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done\n";
	const char b[] = "# Second\n\nwww.example.org ~~gone~~\n";
	cmark_node *first = gl_md_parse(a, sizeof(a) - 1, false);
	cmark_node *second = gl_md_parse(b, sizeof(b) - 1, false);
	assert_heading(second, "Second");
	gl_md_free(second);
	assert_heading(first, "First");
	gl_md_free(first);
	cmark_node *again = gl_md_parse(b, sizeof(b) - 1, false);
	assert_heading(again, "Second");
	gl_md_free(again);
}

/* Text not known to be valid UTF-8 is checked: a stray byte becomes U+FFFD, valid text stays. */
static void test_markdown_invalid_utf8_replaced(void **state)
{
	(void)state;
	const char bad[] = "# Caf\xE9 \xC3\xA6\n";
	const char good[] = "# Caf\xC3\xA9 \xC3\xA6\n";
	cmark_node *doc = gl_md_parse(bad, sizeof(bad) - 1, false);
	assert_heading(doc, "Caf\xEF\xBF\xBD \xC3\xA6");
	gl_md_free(doc);
	doc = gl_md_parse(good, sizeof(good) - 1, false);
	assert_heading(doc, "Caf\xC3\xA9 \xC3\xA6");
	gl_md_free(doc);
	doc = gl_md_parse(good, sizeof(good) - 1, true);
	assert_heading(doc, "Caf\xC3\xA9 \xC3\xA6");
	gl_md_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_adr_tools),
		cmocka_unit_test(test_setext_headings),
		cmocka_unit_test(test_deciders_as_task_list),
		cmocka_unit_test(test_deciders_unticked_are_none),
		cmocka_unit_test(test_deciders_nested_without_comments),
		cmocka_unit_test(test_deciders_as_shown),
		cmocka_unit_test(test_values_set_as_code),
		cmocka_unit_test(test_fields_as_headings),
		cmocka_unit_test(test_page_id_naming_the_file),
		cmocka_unit_test(test_value_cut_by_broken_yaml),
		cmocka_unit_test(test_status_task_list_under_its_key),
		cmocka_unit_test(test_madr_front_matter),
		cmocka_unit_test(test_front_matter_sequence),
		cmocka_unit_test(test_front_matter_sequence_nested),
		cmocka_unit_test(test_one_character_id),
		cmocka_unit_test(test_ytree_depth_limit),
		cmocka_unit_test(test_www_link_is_placed_at_its_text),
		cmocka_unit_test(test_bullet_value_trailing_tab),
		cmocka_unit_test(test_checkbox_status_with_a_time),
		cmocka_unit_test(test_relation_on_a_later_line),
		cmocka_unit_test(test_os2_bullets),
		cmocka_unit_test(test_star_bullets_and_columns_in_code_points),
		cmocka_unit_test(test_checkbox_status),
		cmocka_unit_test(test_checkbox_last_ticked_wins),
		cmocka_unit_test(test_checkbox_none_ticked_is_empty),
		cmocka_unit_test(test_bom_and_crlf),
		cmocka_unit_test(test_markdown_trees_one_at_a_time),
		cmocka_unit_test(test_markdown_invalid_utf8_replaced),
		cmocka_unit_test(test_lone_cr_lines),
		cmocka_unit_test(test_empty_file),
		cmocka_unit_test(test_front_matter_only),
		cmocka_unit_test(test_no_title),
		cmocka_unit_test(test_unknown_status_keeps_raw_value),
		cmocka_unit_test(test_invalid_utf8_is_noted),
		cmocka_unit_test(test_invalid_utf8_offset_counts_the_bom),
		cmocka_unit_test(test_broken_yaml_has_position),
		cmocka_unit_test(test_unclosed_front_matter),
		cmocka_unit_test(test_yaml_alias_bomb_is_not_expanded),
		cmocka_unit_test(test_ids),
		cmocka_unit_test(test_title_type_marker),
		cmocka_unit_test(test_language_from_headings),
		cmocka_unit_test(test_plain_bullets_madr2_and_log4brains),
		cmocka_unit_test(test_bold_key_with_colon_inside),
		cmocka_unit_test(test_metadata_section_of_plain_bullets),
		cmocka_unit_test(test_bad_options_version),
		cmocka_unit_test(test_frontmatter_template_braces),
		cmocka_unit_test(test_frontmatter_braces_madr3_template),
		cmocka_unit_test(test_keys_after_paragraph),
		cmocka_unit_test(test_relations),
		cmocka_unit_test(test_bare_url_is_a_link),
		cmocka_unit_test(test_long_body_in_parts),
		cmocka_unit_test(test_parts_start_blocks),
		cmocka_unit_test(test_long_body_item_paragraphs),
		cmocka_unit_test(test_front_matter_event_limit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
