/* Reading .govlog.yml: the documented keys, clear errors naming key and line, the defaults. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <govlog/govlog.h>

#include "config/config.h"

static gl_config *parse_ok(const char *yaml)
{
	gl_config *c = NULL;
	int rc = gl_config_parse(&c, yaml, strlen(yaml), ".govlog.yml");
	if (rc != 0)
		fail_msg("config did not load: %s", govlog_error_last());
	assert_non_null(c);
	return c;
}

/* The text must fail to load with an error that contains every `want` (NULL-ended). */
static void assert_invalid(const char *yaml, ...)
{
	gl_config *c = (gl_config *)1;
	assert_int_equal(gl_config_parse(&c, yaml, strlen(yaml), ".govlog.yml"), GOVLOG_EINVALID);
	assert_null(c);
	const char *msg = govlog_error_last();
	va_list ap;
	va_start(ap, yaml);
	for (const char *want; (want = va_arg(ap, const char *));)
		if (!strstr(msg, want))
			fail_msg("error '%s' lacks '%s' (for:\n%s)", msg, want, yaml);
	va_end(ap);
}

static void assert_list(const char *const *got, size_t n, const char *const *want)
{
	size_t i = 0;
	for (; want[i]; i++) {
		assert_true(i < n);
		assert_string_equal(got[i], want[i]);
	}
	assert_int_equal(n, i);
}

static size_t count(const char *const *list)
{
	size_t n = 0;
	while (list && list[n])
		n++;
	return n;
}

/* The example in README.md, with commit rules. */
static const char example[] =
	"profile: os2-da\n"
	"repository: os2display/governance\n"
	"decisions:\n"
	"  folders: [docs/decisions]\n"
	"  file-pattern: '^\\d{4}-[a-z0-9-]+\\.md$'\n"
	"  id-prefix: ADR\n"
	"  types: {BS: strategic}\n"
	"  strict: false\n"
	"  required-fields: [status, date, deciders, type]\n"
	"  required-sections: [Kontekst | Baggrund, Beslutning, Konsekvenser]\n"
	"vocabulary:\n"
	"  da:\n"
	"    status:\n"
	"      accepted: [Endeligt godkendt]\n"
	"    fields:\n"
	"      date: [Mødedato]\n"
	"rules:\n"
	"  date/format: off\n"
	"  date/future: error\n"
	"commits:\n"
	"  conventional: error\n"
	"  types: [feat, fix, docs, chore]\n"
	"  scopes: [index, cli, hooks]\n"
	"  require-refs: [feat, fix]\n"
	"  references: ['\\bAR-\\d+', '\\[#\\d+\\]']\n";

static void test_profile_and_decisions(void **state)
{
	(void)state;
	gl_config *c = parse_ok(example);
	assert_string_equal(c->file, ".govlog.yml");
	assert_non_null(c->profile);
	assert_string_equal(c->profile->name, "os2-da");
	assert_string_equal(c->profile_origin, ".govlog.yml:1");
	assert_string_equal(c->repository, "os2display/governance");
	assert_int_equal(c->folders.len, 1);
	assert_string_equal(c->folders.items[0], "docs/decisions");
	assert_string_equal(c->folders_origin, ".govlog.yml:4");
	assert_string_equal(c->file_pattern, "^\\d{4}-[a-z0-9-]+\\.md$");
	assert_non_null(c->file_match);
	assert_string_equal(c->id_prefix, "ADR");
	assert_false(c->strict);
	assert_int_equal(c->type_words.len, 1);
	assert_string_equal(c->type_words.items[0].word, "BS");
	assert_int_equal(c->type_words.items[0].type, GOVLOG_TYPE_STRATEGIC);

	static const char *const fields[] = {"status", "date", "deciders", "type", NULL};
	assert_list(c->required_fields, count(c->required_fields), fields);
	const gl_section_rule *s = c->required_sections;
	assert_non_null(s);
	assert_string_equal(s[0].label, "Kontekst");
	assert_string_equal(s[0].headings[0], "kontekst");
	assert_string_equal(s[0].headings[1], "baggrund");
	assert_null(s[0].headings[2]);
	assert_string_equal(s[1].label, "Beslutning");
	assert_string_equal(s[2].label, "Konsekvenser");
	assert_null(s[3].label);
	/* The file's requirements replace those of every profile, not only the named one. */
	const gl_profile *nygard = gl_config_profile(c, gl_profile_find("nygard"));
	assert_ptr_equal(nygard->required_fields, c->required_fields);
	assert_ptr_equal(nygard->sections, c->required_sections);
	assert_string_equal(nygard->name, "nygard");
	gl_config_free(c);
}

static void test_vocabulary_and_rules(void **state)
{
	(void)state;
	gl_config *c = parse_ok(example);
	assert_int_equal(c->status_words.len, 1);
	assert_string_equal(c->status_words.items[0].word, "Endeligt godkendt");
	assert_int_equal(c->status_words.items[0].status, GOVLOG_STATUS_ACCEPTED);
	assert_int_equal(c->field_aliases.len, 1);
	assert_string_equal(c->field_aliases.items[0].alias, "Mødedato");
	assert_string_equal(c->field_aliases.items[0].field, "date");

	assert_int_equal(c->severity[GL_RULE_DATE_FORMAT], GOVLOG_SEVERITY_OFF);
	assert_string_equal(c->severity_origin[GL_RULE_DATE_FORMAT], ".govlog.yml:18");
	assert_int_equal(c->severity[GL_RULE_DATE_FUTURE], GOVLOG_SEVERITY_ERROR);
	assert_string_equal(c->severity_origin[GL_RULE_DATE_FUTURE], ".govlog.yml:19");
	/* A rule the file does not name keeps its default. */
	assert_int_equal(c->severity[GL_RULE_ENCODING_BOM], GOVLOG_SEVERITY_WARNING);
	assert_null(c->severity_origin[GL_RULE_ENCODING_BOM]);
	gl_config_free(c);
}

static void test_commit_rules(void **state)
{
	(void)state;
	gl_config *c = parse_ok(example);
	static const char *const types[] = {"feat", "fix", "docs", "chore", NULL};
	static const char *const scopes[] = {"index", "cli", "hooks", NULL};
	static const char *const refs[] = {"feat", "fix", NULL};
	assert_list(c->commit_types, c->commit_type_count, types);
	assert_null(c->commit_types[c->commit_type_count]);
	assert_list(c->commit_scopes, c->commit_scope_count, scopes);
	assert_list(c->require_refs, c->require_refs_count, refs);
	assert_int_equal(c->reference_count, 2);
	assert_int_equal(c->reference_matches.len, 2);
	size_t start, end;
	const char *subject = "fix: the date field, see AR-17";
	assert_true(gl_match_find(c->reference_matches.items[0], subject, strlen(subject), 0,
				  &start, &end));
	assert_int_equal(start, 25);
	assert_int_equal(end, 30);
	assert_int_equal(c->conventional, GOVLOG_SEVERITY_ERROR);
	assert_int_equal(c->severity[GL_RULE_COMMIT_TYPE], GOVLOG_SEVERITY_ERROR);
	gl_config_free(c);
}

/* conventional: warning softens the header rules, except where rules: names them itself. */
static void test_conventional_warning(void **state)
{
	(void)state;
	gl_config *c = parse_ok("commits:\n"
				"  conventional: warning\n"
				"rules:\n"
				"  commit/scope: error\n");
	assert_int_equal(c->conventional, GOVLOG_SEVERITY_WARNING);
	assert_int_equal(c->severity[GL_RULE_COMMIT_FORMAT], GOVLOG_SEVERITY_WARNING);
	assert_int_equal(c->severity[GL_RULE_COMMIT_TYPE], GOVLOG_SEVERITY_WARNING);
	assert_int_equal(c->severity[GL_RULE_COMMIT_SCOPE], GOVLOG_SEVERITY_ERROR);
	/* Not a header rule. */
	assert_int_equal(c->severity[GL_RULE_COMMIT_REFS], GOVLOG_SEVERITY_ERROR);
	gl_config_free(c);
}

static void test_unknown_keys(void **state)
{
	(void)state;
	/* 1-based line and column of the key, its name, and the nearest known key. */
	assert_invalid("profile: madr\n"
		       "decisions:\n"
		       "  folderz: [docs/adr]\n",
		       ".govlog.yml:3:3:", "'folderz'", "did you mean 'folders'?", NULL);
	assert_invalid("# comment\n"
		       "\n"
		       "colour: blue\n",
		       ".govlog.yml:3:1:", "'colour'", "known: ", "profile", NULL);
	assert_invalid("rules:\n"
		       "  status/unknwn: off\n",
		       ".govlog.yml:2:3:", "'status/unknwn'", NULL);
	assert_invalid("profile: madr\n"
		       "profile: nygard\n",
		       ".govlog.yml:2:1:", "'profile'", "twice", NULL);
}

static void test_wrong_types(void **state)
{
	(void)state;
	assert_invalid("decisions:\n"
		       "  strict: maybe\n",
		       ".govlog.yml:2:", "strict", NULL);
	assert_invalid("profile:\n"
		       "  name: madr\n",
		       ".govlog.yml:2:", "'profile'", NULL);
	assert_invalid("profile: danish\n", ".govlog.yml:1:", "'danish'", "os2-da", NULL);
	assert_invalid("rules:\n"
		       "  date/format: loud\n",
		       ".govlog.yml:2:", "'date/format'", "'loud'", NULL);
	assert_invalid("decisions:\n"
		       "  folders:\n"
		       "    - docs\n"
		       "    - {a: b}\n",
		       ".govlog.yml:4:", "'folders'", NULL);
	assert_invalid("decisions: [a, b]\n", ".govlog.yml:1:", "decisions", NULL);
	assert_invalid("commits:\n"
		       "  references: ['AR-(']\n",
		       ".govlog.yml:2:", "references", NULL);
	assert_invalid("decisions:\n"
		       "  types: {BS: tactical}\n",
		       ".govlog.yml:2:", "'tactical'", NULL);
	assert_invalid("vocabulary:\n"
		       "  status:\n"
		       "    approved: [OK]\n",
		       ".govlog.yml:3:", "'approved'", NULL);
	assert_invalid("profile: [madr\n", ".govlog.yml:", "invalid YAML", NULL);
}

/* Folders are inside the repository: no absolute paths, no way up. */
static void test_folders_stay_inside(void **state)
{
	(void)state;
	assert_invalid("decisions:\n  folders: [docs, ../other]\n", ".govlog.yml:2:", "'../other'",
		       NULL);
	assert_invalid("decisions:\n  folders: /etc\n", ".govlog.yml:2:", "'/etc'", NULL);
	gl_config *c = parse_ok("decisions:\n  folder: docs/adr\n");
	assert_int_equal(c->folders.len, 1);
	assert_string_equal(c->folders.items[0], "docs/adr");
	gl_config_free(c);
}

static void assert_defaults(const gl_config *c)
{
	assert_null(c->profile);
	assert_int_equal(c->folders.len, 0);
	assert_null(c->id_prefix);
	assert_null(c->file_pattern);
	assert_false(c->strict);
	assert_null(c->required_fields);
	assert_null(c->required_sections);
	assert_null(c->commit_types);
	assert_null(c->commit_scopes);
	assert_int_equal(c->conventional, GOVLOG_SEVERITY_ERROR);
	assert_false(c->fold_prereleases);
	for (size_t r = 0; r < govlog_rule_count(); r++) {
		assert_int_equal(c->severity[r], govlog_rule_at(r)->default_severity);
		assert_null(c->severity_origin[r]);
	}
}

/* decisions.deciders: the names decider/unknown knows, a list or one name. */
static void test_deciders(void **state)
{
	(void)state;
	gl_config *c = parse_ok("decisions:\n"
				"  deciders:\n"
				"    - Styregruppen\n"
				"    - Koordinationsgruppen\n");
	static const char *const want[] = {"Styregruppen", "Koordinationsgruppen", NULL};
	assert_list(c->deciders, c->decider_count, want);
	assert_string_equal(c->deciders_origin, ".govlog.yml:2");
	gl_config_free(c);
	c = parse_ok("decisions:\n"
		     "  deciders: Styregruppen\n");
	assert_int_equal(c->decider_count, 1);
	assert_string_equal(c->deciders[0], "Styregruppen");
	gl_config_free(c);
	c = parse_ok("profile: os2-da\n");
	assert_null(c->deciders);
	gl_config_free(c);
	assert_invalid("decisions:\n"
		       "  deciders:\n"
		       "    - {name: Styregruppen}\n",
		       ".govlog.yml:3:", "'deciders'", NULL);
}

/* decisions.governance-folders: more folders whose links are checked; inside the repository. */
static void test_governance_folders(void **state)
{
	(void)state;
	gl_config *c = parse_ok("decisions:\n"
				"  governance-folders: [styring, docs/referater]\n");
	static const char *const want[] = {"styring", "docs/referater", NULL};
	assert_list(c->governance_folders, c->governance_folder_count, want);
	assert_string_equal(c->governance_folders_origin, ".govlog.yml:2");
	gl_config_free(c);
	c = parse_ok("profile: os2-da\n");
	assert_null(c->governance_folders);
	gl_config_free(c);
	assert_invalid("decisions:\n"
		       "  governance-folders: [../naboen]\n",
		       ".govlog.yml:2:", "'../naboen'", NULL);
	assert_invalid("decisions:\n"
		       "  governance-folders: [/etc]\n",
		       ".govlog.yml:2:", "inside the repository", NULL);
}

static void test_defaults(void **state)
{
	(void)state;
	gl_config *c = NULL;
	assert_int_equal(gl_config_parse(&c, NULL, 0, ".govlog.yml"), 0);
	assert_null(c->file);
	assert_defaults(c);
	gl_config_free(c);
	/* An empty file, or one of comments only, is no configuration at all. */
	c = parse_ok("");
	assert_defaults(c);
	gl_config_free(c);
	c = parse_ok("# nothing configured yet\n");
	assert_defaults(c);
	gl_config_free(c);
}

/* Without a file, each profile requires its own fields (SPEC §2.1, §4). */
static void test_profile_defaults(void **state)
{
	(void)state;
	gl_config *c = parse_ok("");
	static const char *const names[] = {"nygard", "madr", "os2-da", "os2-en"};
	for (size_t i = 0; i < 4; i++) {
		const gl_profile *p = gl_profile_find(names[i]);
		assert_non_null(p);
		const gl_profile *effective = gl_config_profile(c, p);
		assert_string_equal(effective->name, names[i]);
		assert_ptr_equal(effective->required_fields, p->required_fields);
		assert_ptr_equal(effective->sections, p->sections);
	}
	assert_null(gl_profile_find("adr-tools"));
	assert_string_equal(gl_profile_find("os2-da")->lang, "da");
	assert_string_equal(gl_profile_find("os2-en")->lang, "en");
	/* adr-tools records carry Status and Date; MADR metadata is optional beyond status. */
	static const char *const nygard[] = {"status", "date", NULL};
	const char *const *f = gl_profile_find("nygard")->required_fields;
	assert_list(f, count(f), nygard);
	static const char *const os2[] = {"status", "date", "deciders", "type", NULL};
	f = gl_profile_find("os2-da")->required_fields;
	assert_list(f, count(f), os2);
	gl_config_free(c);
}

/* gl_config_load reads root/.govlog.yml, and is content with its absence. */
static void test_load_from_folder(void **state)
{
	(void)state;
	char root[] = "/tmp/govlog-config-XXXXXX", path[64];
	assert_non_null(mkdtemp(root));
	gl_config *c = NULL;
	assert_int_equal(gl_config_load(&c, root, ".govlog.yml"), 0);
	assert_null(c->file);
	assert_defaults(c);
	gl_config_free(c);

	snprintf(path, sizeof(path), "%s/.govlog.yml", root);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("profile: madr\nid-prefix: DR\n", f);
	fclose(f);
	assert_int_equal(gl_config_load(&c, root, "../.govlog.yml"), GOVLOG_EINVALID);
	assert_non_null(strstr(govlog_error_last(), "../.govlog.yml:2:1:"));
	assert_non_null(strstr(govlog_error_last(), "'id-prefix'"));
	unlink(path);
	rmdir(root);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_profile_and_decisions),
		cmocka_unit_test(test_vocabulary_and_rules),
		cmocka_unit_test(test_commit_rules),
		cmocka_unit_test(test_conventional_warning),
		cmocka_unit_test(test_unknown_keys),
		cmocka_unit_test(test_wrong_types),
		cmocka_unit_test(test_folders_stay_inside),
		cmocka_unit_test(test_deciders),
		cmocka_unit_test(test_governance_folders),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_profile_defaults),
		cmocka_unit_test(test_load_from_folder),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
