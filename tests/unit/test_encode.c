/* Values encoded for records: the record parser reads each style back as the value given. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <govlog/govlog.h>

#include "author/encode.h"
#include "record/record_internal.h"

/* What YAML or Markdown give a meaning to, and text they must leave alone. */
static const char *const corpus[] = {
	"på styregruppemødet: 4. juni",
	"key: value",
	"issue #1",
	"C#",
	"it's \"quoted\"",
	"'single'",
	"a | b",
	"<b>x</b> <!-- c -->",
	"[t](javascript:x)",
	"![i](x.png)",
	"C:\\path\\*x*",
	"trailing \\",
	"\\\\",
	"- dash",
	"-",
	"? q",
	": c",
	"[list]",
	"{braces}",
	"{ a | b }",
	"&amp; R&D &#38;",
	"* star",
	"*b* **s**",
	"_u_ snake_case __i__",
	"`c` ``d``",
	"~~s~~",
	"# h",
	"## h ##",
	"x #",
	"> q",
	"+ p",
	"1. one",
	"2) two",
	"@a",
	"%p",
	"!b",
	"|p|",
	"yes",
	"No",
	"null",
	"~",
	"On",
	"1.0",
	"0x1F",
	".inf",
	"-.5",
	"+1",
	"2026-06-04",
	"12:30",
	"<<",
	"=",
	"æøå ÆØÅ",
	"😀 🎉",
	"עברית العربية",
	"a\xEF\xBB\xBF"
	"b",
	"x\\",
	"\\[",
	"a\\",
	"ends with colon:",
	"\"",
	"'",
	"'\"\\",
};

static govlog_record *parse(const char *md)
{
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *r = NULL;
	assert_int_equal(govlog_record_parse(&r, "docs/decisions/0007-x.md", md, strlen(md), &opts),
			 0);
	return r;
}

/* The requests field of a record written as prefix + value + suffix reads `want`. */
static void assert_reads(const char *prefix, const gl_buf *value, const char *suffix,
			 const char *field, const char *want)
{
	gl_buf md = GL_BUF_INIT;
	gl_buf_printf(&md, "%s%s%s", prefix, value->ptr, suffix);
	govlog_record *r = parse(md.ptr);
	const govlog_field *f = govlog_record_field(r, field);
	const char *got = f ? f->value : "(no field)";
	if (strcmp(got, want))
		fail_msg("'%s' written as\n%s\nreads '%s'", want, md.ptr, got);
	assert_int_equal(r->duplicate_keys.len, 0);
	assert_null(r->frontmatter_error);
	govlog_record_free(r);
	gl_buf_release(&md);
}

static void test_yaml(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(corpus) / sizeof(*corpus); i++) {
		gl_buf v = GL_BUF_INIT, flow = GL_BUF_INIT;
		gl_encode_yaml(&v, corpus[i], false);
		assert_reads("---\nstatus: accepted\nrequests: ", &v, " # a comment\n---\n# T\n",
			     "requests", corpus[i]);
		gl_buf_puts(&flow, "[");
		gl_encode_yaml(&flow, corpus[i], true);
		gl_buf_puts(&flow, "]");
		assert_reads("---\nstatus: accepted\nsupersedes: ", &flow, "\n---\n# T\n",
			     "supersedes", corpus[i]);
		/* Where the value ends, a comment after it starts. */
		gl_buf_puts(&v, " # c");
		assert_int_equal(gl_encode_yaml_end(v.ptr, v.len), v.len - 4);
		assert_int_equal(gl_encode_yaml_end(flow.ptr, flow.len), flow.len);
		gl_buf_release(&v);
		gl_buf_release(&flow);
	}
}

static void test_yaml_plain_when_safe(void **state)
{
	(void)state;
	static const char *const plain[] = {"Ada, Bo", "ADR-0005", "owner/repo#12", "Styregruppen",
					    "https://example.org/a?b=c"};
	for (size_t i = 0; i < sizeof(plain) / sizeof(*plain); i++) {
		gl_buf v = GL_BUF_INIT;
		gl_encode_yaml(&v, plain[i], false);
		assert_string_equal(v.ptr, plain[i]);
		gl_buf_release(&v);
	}
	gl_buf v = GL_BUF_INIT;
	gl_encode_yaml(&v, "it's #1", false);
	assert_string_equal(v.ptr, "\"it's #1\"");
	gl_buf_clear(&v);
	gl_encode_yaml(&v, "yes", false);
	assert_string_equal(v.ptr, "'yes'");
	gl_buf_release(&v);
}

static void test_markdown(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(corpus) / sizeof(*corpus); i++) {
		const char *s = corpus[i];
		gl_buf v = GL_BUF_INIT, heading = GL_BUF_INIT;
		gl_encode_md(&v, s, 0);
		assert_reads("# T\n\n- **Status**: Accepted\n- **Requests**: ", &v,
			     "\n\n## C\n\nx\n", "requests", s);
		assert_reads("# T\n\nDate: 2026-01-02\nRefs: ", &v, "\n\n## Status\n\nAccepted\n",
			     "requests", s);
		gl_encode_md(&heading, s, GL_MD_HEADING);
		gl_buf md = GL_BUF_INIT;
		gl_buf_printf(&md, "# %s\n\nDate: 2026-01-02\n", heading.ptr);
		govlog_record *r = parse(md.ptr);
		if (strcmp(govlog_record_title(r) ? govlog_record_title(r) : "", s))
			fail_msg("title '%s' written as '%s' reads '%s'", s, heading.ptr,
				 govlog_record_title(r));
		govlog_record_free(r);
		gl_buf_release(&md);
		gl_buf_release(&v);
		gl_buf_release(&heading);
	}
}

/* A value at a line's start ("## Status" then the status) starts no list, quote or heading. */
static void test_markdown_line_start(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(corpus) / sizeof(*corpus); i++) {
		gl_buf v = GL_BUF_INIT, raw = GL_BUF_INIT;
		gl_buf_puts(&raw, "Accepted");
		gl_encode_note(&raw, corpus[i]);
		gl_encode_md(&v, raw.ptr, GL_MD_LINE_START);
		gl_buf md = GL_BUF_INIT;
		gl_buf_printf(&md,
			      "# 7. T\n\nDate: 2026-01-02\n\n## Status\n\n%s\n\n## Context\n\nx\n",
			      v.ptr);
		govlog_record *r = parse(md.ptr);
		assert_int_equal(govlog_record_status(r), GOVLOG_STATUS_ACCEPTED);
		const char *note = govlog_record_status_note(r);
		if (strcmp(note ? note : "", corpus[i]))
			fail_msg("note '%s' written as '%s' reads '%s'", corpus[i], v.ptr, note);
		govlog_record_free(r);
		gl_buf_release(&md);
		gl_buf_release(&v);
		gl_buf_release(&raw);
	}
}

/* Only what CommonMark would read as a block mark is escaped (spec 0.30, 5.2, 5.3, 4.2). */
static void test_markdown_line_start_exact(void **state)
{
	(void)state;
	static const char *cases[][2] = {
		{"123456789. x", "123456789\\. x"}, /* nine digits: an ordered list */
		{"1234567890. x", "1234567890. x"}, /* ten digits: plain text */
		{"7) x", "7\\) x"},
		{"- x", "\\- x"},
		{"+ x", "\\+ x"},
		{"> x", "\\> x"},
		{"x. y", "x. y"},
		{"2026", "2026"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		gl_buf v = GL_BUF_INIT;
		gl_encode_md(&v, cases[i][0], GL_MD_LINE_START);
		if (strcmp(v.ptr, cases[i][1]))
			fail_msg("'%s' written as '%s', want '%s'", cases[i][0], v.ptr,
				 cases[i][1]);
		gl_buf_release(&v);
	}
}

static void test_check(void **state)
{
	(void)state;
	assert_int_equal(gl_encode_check("på mødet: 4. juni 😀", "--note", GOVLOG_LANG_DA), 0);
	assert_int_equal(gl_encode_check(NULL, "--note", GOVLOG_LANG_EN), 0);
	static const char *const refused[] = {"a\nb",
					      "a\rb",
					      "a\tb",
					      "\x1b[31m",
					      "a\x7f",
					      "a\xC2\x85"
					      "b",
					      "a\xE2\x80\xA8"
					      "b",
					      "\xFF"};
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++)
		assert_int_equal(gl_encode_check(refused[i], "--by", GOVLOG_LANG_EN),
				 GOVLOG_EINVALID);
	gl_encode_check("x\ny", "--note", GOVLOG_LANG_DA);
	assert_string_equal(govlog_error_last(),
			    "--note skal være én linje uden kontroltegn (U+000A ved byte 2): intet "
			    "er skrevet");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_yaml),
		cmocka_unit_test(test_yaml_plain_when_safe),
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_markdown_line_start),
		cmocka_unit_test(test_markdown_line_start_exact),
		cmocka_unit_test(test_check),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
