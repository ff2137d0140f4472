/* The options contract of the public API: each entry point refuses a version it does not know. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include <govlog/govlog.h>

/* A version no libgovlog has had. */
#define BAD_VERSION 99u

static const char record_text[] = "# 1. Use PostgreSQL\n"
				  "\n"
				  "Date: 2026-03-12\n"
				  "\n"
				  "## Status\n"
				  "\n"
				  "Proposed\n"
				  "\n"
				  "## Context\n"
				  "\n"
				  "We need a database.\n"
				  "\n"
				  "## Decision\n"
				  "\n"
				  "PostgreSQL.\n"
				  "\n"
				  "## Consequences\n"
				  "\n"
				  "One more service.\n";

#define RECORD_PATH "doc/adr/0001-use-postgresql.md"

typedef struct fixture {
	char dir[4096];
	char *old_cwd;
	govlog_log *log;
} fixture;

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
}

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *text = calloc(4096, 1);
	assert_non_null(text);
	size_t n = fread(text, 1, 4095, f);
	text[n] = '\0';
	fclose(f);
	return text;
}

static bool exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* A folder with one decision record, made the current directory, and its log. */
static int set_up(void **state)
{
	fixture *fx = calloc(1, sizeof(*fx));
	assert_non_null(fx);
	const char *tmp = getenv("TMPDIR");
	snprintf(fx->dir, sizeof(fx->dir), "%s/govlog-api.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(fx->dir));
	fx->old_cwd = getcwd(NULL, 0);
	assert_int_equal(chdir(fx->dir), 0);
	assert_int_equal(mkdir("doc", 0755), 0);
	assert_int_equal(mkdir("doc/adr", 0755), 0);
	write_file(RECORD_PATH, record_text);
	govlog_log_options opts = GOVLOG_LOG_OPTIONS_INIT;
	assert_int_equal(govlog_log_open(&fx->log, &opts), 0);
	assert_int_equal(govlog_log_count(fx->log), 1);
	*state = fx;
	return 0;
}

static int tear_down(void **state)
{
	fixture *fx = *state;
	govlog_log_free(fx->log);
	assert_int_equal(chdir(fx->old_cwd), 0);
	char cmd[4200];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	assert_int_equal(system(cmd), 0);
	free(fx->old_cwd);
	free(fx);
	return 0;
}

/* The call failed as GOVLOG_EINVALID, and the message says which version it was given. */
static void assert_refused(int rc)
{
	assert_int_equal(rc, GOVLOG_EINVALID);
	const char *message = govlog_error_last();
	assert_non_null(message);
	assert_non_null(strstr(message, "version"));
	assert_non_null(strstr(message, "99"));
}

/* A stream that must stay empty: nothing is written when the options are refused. */
static void assert_empty(FILE *f)
{
	assert_int_equal(fflush(f), 0);
	assert_int_equal(ftell(f), 0);
	fclose(f);
}

static void test_log_open(void **state)
{
	(void)state;
	govlog_log_options opts = GOVLOG_LOG_OPTIONS_INIT;
	govlog_log *log = NULL;
	opts.version = BAD_VERSION;
	assert_refused(govlog_log_open(&log, &opts));
	assert_null(log);
}

static void test_record_parse(void **state)
{
	(void)state;
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *r = NULL;
	opts.version = BAD_VERSION;
	assert_refused(
		govlog_record_parse(&r, RECORD_PATH, record_text, strlen(record_text), &opts));
	assert_null(r);
}

static void test_check_run(void **state)
{
	fixture *fx = *state;
	govlog_check_options opts = GOVLOG_CHECK_OPTIONS_INIT;
	govlog_diag_list *diags = NULL;
	assert_int_equal(govlog_diag_list_new(&diags), 0);
	opts.version = BAD_VERSION;
	assert_refused(govlog_check_run(diags, fx->log, &opts));
	assert_int_equal(govlog_diag_list_count(diags), 0);
	opts.version = 1; /* a caller built before pr_data is still served */
	assert_int_equal(govlog_check_run(diags, fx->log, &opts), 0);
	govlog_diag_list_free(diags);
}

static void test_commit_check(void **state)
{
	fixture *fx = *state;
	static const char message[] = "feat: add a thing\n";
	govlog_commit_options opts = GOVLOG_COMMIT_OPTIONS_INIT;
	govlog_diag_list *diags = NULL;
	assert_int_equal(govlog_diag_list_new(&diags), 0);
	opts.version = BAD_VERSION;
	assert_refused(
		govlog_commit_check(diags, "message", message, strlen(message), fx->log, &opts));
	assert_int_equal(govlog_diag_list_count(diags), 0);
	govlog_diag_list_free(diags);
}

static void test_record_create(void **state)
{
	fixture *fx = *state;
	govlog_new_options opts = GOVLOG_NEW_OPTIONS_INIT;
	char *path = NULL;
	opts.title = "Use Redis";
	opts.version = BAD_VERSION;
	assert_refused(govlog_record_create(&path, fx->log, &opts));
	assert_null(path);
	assert_false(exists("doc/adr/0002-use-redis.md"));
}

static void test_record_set_status(void **state)
{
	fixture *fx = *state;
	govlog_status_options opts = GOVLOG_STATUS_OPTIONS_INIT;
	opts.id = "ADR-0001";
	opts.state = "accepted";
	opts.version = BAD_VERSION;
	assert_refused(govlog_record_set_status(fx->log, &opts));
	char *text = read_file(RECORD_PATH);
	assert_string_equal(text, record_text);
	free(text);
}

static void test_record_link(void **state)
{
	fixture *fx = *state;
	govlog_link_options opts = GOVLOG_LINK_OPTIONS_INIT;
	opts.source = "ADR-0001";
	opts.link = "Amends";
	opts.target = "ADR-0001";
	opts.version = BAD_VERSION;
	assert_refused(govlog_record_link(fx->log, &opts));
	char *text = read_file(RECORD_PATH);
	assert_string_equal(text, record_text);
	free(text);
}

/* A bare number finds the record whose ID number it is; a number no record has is ENOTFOUND. */
static void test_log_lookup(void **state)
{
	fixture *fx = *state;
	const govlog_record *r = NULL;
	assert_int_equal(govlog_log_lookup(&r, fx->log, "1"), 0);
	assert_string_equal(govlog_record_id(r), "ADR-0001");
	assert_int_equal(govlog_log_lookup(&r, fx->log, "0001"), 0);
	assert_string_equal(govlog_record_id(r), "ADR-0001");
	assert_int_equal(govlog_log_lookup(&r, fx->log, "adr-0001"), 0);
	assert_int_equal(govlog_log_lookup(&r, fx->log, "2"), GOVLOG_ENOTFOUND);
	assert_null(r);
	assert_int_equal(govlog_log_lookup(&r, fx->log, "1x"), GOVLOG_ENOTFOUND);
}

static void test_graph_write(void **state)
{
	fixture *fx = *state;
	FILE *out = tmpfile();
	assert_int_equal(govlog_graph_write(out, fx->log, (govlog_graph_format)7), GOVLOG_EINVALID);
	assert_empty(out);
}

static void test_init_run(void **state)
{
	fixture *fx = *state;
	govlog_init_options opts = GOVLOG_INIT_OPTIONS_INIT;
	opts.version = BAD_VERSION;
	assert_refused(govlog_init_run(fx->log, &opts, NULL, NULL));
	assert_false(exists(".govlog.yml"));
}

static void test_release_notes_write(void **state)
{
	fixture *fx = *state;
	govlog_release_options opts = GOVLOG_RELEASE_OPTIONS_INIT;
	FILE *out = tmpfile();
	assert_non_null(out);
	opts.version = BAD_VERSION;
	assert_refused(govlog_release_notes_write(out, fx->log, &opts));
	assert_empty(out);
}

static void test_changelog_write(void **state)
{
	fixture *fx = *state;
	govlog_release_options opts = GOVLOG_RELEASE_OPTIONS_INIT;
	FILE *out = tmpfile();
	assert_non_null(out);
	opts.version = BAD_VERSION;
	assert_refused(govlog_changelog_write(out, fx->log, &opts));
	assert_empty(out);
}

static void test_changelog_update(void **state)
{
	fixture *fx = *state;
	govlog_release_options opts = GOVLOG_RELEASE_OPTIONS_INIT;
	bool changed = true;
	opts.version = BAD_VERSION;
	assert_refused(govlog_changelog_update(&changed, fx->log, "CHANGELOG.md", &opts));
	assert_false(changed);
	assert_false(exists("CHANGELOG.md"));
}

static void test_trace_write(void **state)
{
	fixture *fx = *state;
	govlog_trace_options opts = GOVLOG_TRACE_OPTIONS_INIT;
	size_t gaps = 7;
	FILE *out = tmpfile();
	assert_non_null(out);
	opts.version = BAD_VERSION;
	assert_refused(govlog_trace_write(&gaps, out, fx->log, &opts));
	assert_int_equal(gaps, 0);
	assert_empty(out);
}

/* The _INIT macros carry the version the library reads: the same calls then succeed. */
static void test_init_macros_are_accepted(void **state)
{
	fixture *fx = *state;
	govlog_record_options ropts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *r = NULL;
	assert_int_equal(
		govlog_record_parse(&r, RECORD_PATH, record_text, strlen(record_text), &ropts), 0);
	assert_string_equal(govlog_record_id(r), "ADR-0001");
	govlog_record_free(r);

	govlog_check_options copts = GOVLOG_CHECK_OPTIONS_INIT;
	govlog_commit_options mopts = GOVLOG_COMMIT_OPTIONS_INIT;
	govlog_diag_list *diags = NULL;
	assert_int_equal(govlog_diag_list_new(&diags), 0);
	assert_int_equal(govlog_check_run(diags, fx->log, &copts), 0);
	assert_int_equal(
		govlog_commit_check(diags, "message", "feat: add a thing\n", 18, fx->log, &mopts),
		0);
	govlog_diag_list_free(diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_log_open, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_record_parse, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_check_run, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_commit_check, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_record_create, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_record_set_status, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_record_link, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_log_lookup, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_graph_write, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_init_run, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_release_notes_write, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_changelog_write, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_changelog_update, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_trace_write, set_up, tear_down),
		cmocka_unit_test_setup_teardown(test_init_macros_are_accepted, set_up, tear_down),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
