/* The util/ building blocks: buffers, vectors, arena, string map, paths, line index, patterns,
 * escapes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include <govlog/govlog.h>

#include "util/arena.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/fs.h"
#include "util/json_read.h"
#include "util/match.h"
#include "util/strmap.h"
#include "util/text.h"
#include "util/vec.h"
#include "util/write.h"

/* --- buf --- */

static void test_buf_never_null(void **state)
{
	(void)state;
	gl_buf b = GL_BUF_INIT;
	assert_non_null(b.ptr);
	assert_string_equal(b.ptr, "");
	assert_int_equal(b.len, 0);
	gl_buf_put(&b, "x", 0);
	gl_buf_puts(&b, "");
	assert_string_equal(b.ptr, "");
	gl_buf_truncate(&b, 5);
	assert_int_equal(b.len, 0);
	gl_buf_release(&b);
	assert_non_null(b.ptr);
	assert_string_equal(b.ptr, "");

	/* Detaching an empty buffer still gives the caller a string of its own. */
	char *s = gl_buf_detach(&b);
	assert_non_null(s);
	assert_string_equal(s, "");
	free(s);

	gl_buf_puts(&b, "abc");
	s = gl_buf_detach(&b);
	assert_string_equal(s, "abc");
	assert_non_null(b.ptr);
	assert_int_equal(b.len, 0);
	free(s);
	gl_buf_release(&b);
}

static void test_buf_growth(void **state)
{
	(void)state;
	gl_buf b = GL_BUF_INIT;
	for (int i = 0; i < 1000; i++)
		gl_buf_printf(&b, "%04d,", i);
	assert_int_equal(b.len, 5000);
	assert_int_equal(strlen(b.ptr), 5000);
	assert_memory_equal(b.ptr, "0000,0001,", 10);
	assert_memory_equal(b.ptr + 4995, "0999,", 5);
	assert_true(b.alloc > b.len);

	/* One call far larger than the buffer holds. */
	char big[70000];
	memset(big, 'y', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	gl_buf_clear(&b);
	assert_string_equal(b.ptr, "");
	gl_buf_printf(&b, "<%s>", big);
	assert_int_equal(b.len, sizeof(big) + 1);
	assert_int_equal(b.ptr[0], '<');
	assert_int_equal(b.ptr[b.len - 1], '>');
	assert_int_equal(b.ptr[b.len], '\0');

	gl_buf_truncate(&b, 3);
	assert_string_equal(b.ptr, "<yy");
	gl_buf_putc(&b, '\0');
	gl_buf_putc(&b, 'z');
	assert_int_equal(b.len, 5);
	assert_memory_equal(b.ptr, "<yy\0z", 6);
	gl_buf_release(&b);
}

/* --- vec, strvec, arena, strmap --- */

static void test_vec(void **state)
{
	(void)state;
	GL_VEC(int) v = {0};
	for (int i = 0; i < 1000; i++)
		gl_vec_push(&v, i * 3);
	assert_int_equal(v.len, 1000);
	assert_true(v.alloc >= v.len);
	for (int i = 0; i < 1000; i++)
		assert_int_equal(v.items[i], i * 3);
	gl_vec_free(&v);
	assert_null(v.items);
	assert_int_equal(v.len, 0);

	gl_strvec sv = {0};
	gl_vec_push(&sv, gl_xstrdup("docs/adr"));
	gl_vec_push(&sv, gl_xstrdup("beslutninger"));
	assert_true(gl_strvec_contains(&sv, "beslutninger"));
	assert_false(gl_strvec_contains(&sv, "docs"));
	assert_false(gl_strvec_contains(&sv, ""));
	gl_strvec_free(&sv);
	assert_int_equal(sv.len, 0);
	assert_false(gl_strvec_contains(&sv, "docs/adr"));
}

static void test_arena(void **state)
{
	(void)state;
	gl_arena a = GL_ARENA_INIT;
	char *first = gl_arena_strdup(&a, "Accepteret");
	char *part = gl_arena_strndup(&a, "Godkendt på mødet", 8);
	assert_string_equal(part, "Godkendt");
	assert_string_equal(gl_arena_strndup(&a, "x", 0), "");
	for (size_t n = 1; n < 100; n++) {
		unsigned char *p = gl_arena_alloc(&a, n);
		assert_int_equal((uintptr_t)p % alignof(max_align_t), 0);
		for (size_t i = 0; i < n; i++)
			assert_int_equal(p[i], 0);
		memset(p, 0xAB, n);
	}
	/* Larger than a chunk. */
	unsigned char *big = gl_arena_alloc(&a, 100000);
	assert_int_equal(big[0], 0);
	assert_int_equal(big[99999], 0);
	memset(big, 1, 100000);
	/* Earlier strings never move or change. */
	assert_string_equal(first, "Accepteret");
	assert_string_equal(part, "Godkendt");
	gl_arena_release(&a);
	assert_null(a.head);
	assert_string_equal(gl_arena_strdup(&a, "again"), "again");
	gl_arena_release(&a);
}

static void test_strmap(void **state)
{
	(void)state;
	gl_str_map *m = gl_str_map_new();
	size_t v = 99;
	assert_false(gl_str_map_get(m, "ADR-0001", &v));
	assert_int_equal(v, 99);
	char key[32];
	for (size_t i = 0; i < 5000; i++) {
		snprintf(key, sizeof(key), "ADR-%04zu", i);
		gl_str_map_put(m, key, i);
	}
	/* The map copies its keys: the caller's buffer is reused above. */
	for (size_t i = 0; i < 5000; i++) {
		snprintf(key, sizeof(key), "ADR-%04zu", i);
		assert_true(gl_str_map_get(m, key, &v));
		assert_int_equal(v, i);
	}
	assert_false(gl_str_map_get(m, "ADR-5000", &v));
	assert_false(gl_str_map_get(m, "adr-0001", &v));
	gl_str_map_put(m, "ADR-0007", 7000);
	assert_true(gl_str_map_get(m, "ADR-0007", &v));
	assert_int_equal(v, 7000);
	gl_str_map_put(m, "", 1);
	assert_true(gl_str_map_get(m, "", &v));
	assert_int_equal(v, 1);
	gl_str_map_free(m);
	gl_str_map_free(NULL);
}

/* --- paths --- */

static void assert_join(const char *a, const char *b, const char *want)
{
	gl_buf out = GL_BUF_INIT;
	gl_path_join(&out, a, b);
	assert_string_equal(out.ptr, want);
	gl_buf_release(&out);
}

static void assert_relative(const char *target, const char *base, const char *want)
{
	gl_buf out = GL_BUF_INIT;
	gl_path_relative(&out, target, base);
	if (strcmp(out.ptr, want))
		fail_msg("'%s' from '%s' is '%s', expected '%s'", target, base, out.ptr, want);
	gl_buf_release(&out);
}

static void assert_normal(const char *path, const char *want)
{
	gl_buf out = GL_BUF_INIT;
	gl_buf_puts(&out, path);
	gl_path_normalise(&out);
	if (strcmp(out.ptr, want))
		fail_msg("'%s' normalised to '%s', expected '%s'", path, out.ptr, want);
	gl_buf_release(&out);
}

static void test_path_join(void **state)
{
	(void)state;
	assert_join("/repo", "docs/adr", "/repo/docs/adr");
	assert_join("/repo/", "docs/adr/", "/repo/docs/adr");
	assert_join("/repo", "./docs/adr", "/repo/docs/adr");
	assert_join("/repo", "", "/repo");
	assert_join("", "docs", "docs");
	assert_join("/", "docs", "/docs");
}

/* Repository-relative paths: the ones diagnostics show and configured folders use. */
static void test_path_relative(void **state)
{
	(void)state;
	assert_relative("/repo/docs/adr/0001-x.md", "/repo", "docs/adr/0001-x.md");
	assert_relative("/repo", "/repo", ".");
	assert_relative("/repo/docs/adr", "/repo/docs/adr/", ".");
	assert_relative("/repo/README.md", "/repo/docs/adr", "../../README.md");
	assert_relative("/repo/docs/b.md", "/repo/docs/adr", "../b.md");
	/* Components are compared whole: /repo2 is not inside /repo. */
	assert_relative("/repo2/x.md", "/repo", "../repo2/x.md");
	assert_relative("/other/x.md", "/repo", "../other/x.md");
	assert_relative("/repo", "/repo/docs", "..");
}

static void test_path_normalise(void **state)
{
	(void)state;
	assert_normal("a/./b/../c", "a/c");
	assert_normal("/repo//docs///adr/", "/repo/docs/adr");
	assert_normal("docs/adr/..", "docs");
	assert_normal("./", ".");
	assert_normal("", ".");
	assert_normal("a/..", ".");
	/* A relative path keeps the steps that leave its start... */
	assert_normal("../x", "../x");
	assert_normal("a/../../x", "../x");
	assert_normal("../../x/../y", "../../y");
	/* ...an absolute one cannot go above the root: "/.." is "/" (POSIX, and RFC 3986). */
	assert_normal("/repo/docs/../../../etc/passwd", "/etc/passwd");
	assert_normal("/..", "/");
	assert_normal("/", "/");
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* No escape from the repository: "..", and symbolic links resolved, must stay inside. */
static void test_path_within(void **state)
{
	(void)state;
	assert_true(gl_path_within("docs/adr/0001-x.md", "docs/adr"));
	assert_true(gl_path_within("docs/adr/0001-x.md", "docs/adr/"));
	assert_true(gl_path_within("docs/adr", "docs/adr"));
	assert_true(gl_path_within("docs/adr/sub/x.md", "docs"));
	assert_true(gl_path_within("anything/x.md", "."));
	/* a folder whose name only begins like the other's is another folder */
	assert_false(gl_path_within("docs/adr-old/x.md", "docs/adr"));
	assert_false(gl_path_within("docs", "docs/adr"));
	assert_false(gl_path_within("doc/adr/x.md", "docs/adr"));
	gl_strvec folders = {0};
	assert_false(gl_path_within_any("docs/adr/x.md", &folders));
	gl_vec_push(&folders, gl_xstrdup("beslutninger"));
	gl_vec_push(&folders, gl_xstrdup("docs/adr"));
	assert_true(gl_path_within_any("docs/adr/x.md", &folders));
	assert_true(gl_path_within_any("beslutninger/0001-x.md", &folders));
	assert_false(gl_path_within_any("notes/x.md", &folders));
	gl_strvec_free(&folders);
}

static void test_path_is_inside(void **state)
{
	(void)state;
	char tmp[] = "/tmp/govlog-util-XXXXXX";
	assert_non_null(mkdtemp(tmp));
	char root[64], sub[96], sibling[64], file[96], out_link[128], in_link[96];
	snprintf(root, sizeof(root), "%s/repo", tmp);
	snprintf(sub, sizeof(sub), "%s/docs", root);
	snprintf(sibling, sizeof(sibling), "%s/repo2", tmp);
	snprintf(file, sizeof(file), "%s/secret.md", sibling);
	snprintf(out_link, sizeof(out_link), "%s/escape.md", sub);
	snprintf(in_link, sizeof(in_link), "%s/here", root);
	assert_int_equal(gl_fs_mkdir_p(sub), 0);
	assert_int_equal(gl_fs_mkdir_p(sibling), 0);
	write_file(file, "x\n");
	assert_int_equal(symlink(file, out_link), 0);
	assert_int_equal(symlink("docs", in_link), 0);

	assert_true(gl_path_is_inside(sub, root));
	assert_true(gl_path_is_inside(root, root));
	assert_true(gl_path_is_inside(in_link, root));
	char up[200];
	snprintf(up, sizeof(up), "%s/docs/../../repo2", root);
	assert_false(gl_path_is_inside(up, root));
	assert_false(gl_path_is_inside(sibling, root)); /* "repo2" only starts like "repo" */
	assert_false(gl_path_is_inside(out_link, root));
	assert_true(gl_fs_is_link(out_link));
	assert_false(gl_fs_is_link(file));
	assert_false(gl_path_is_inside("/nonexistent/govlog", root));

	unlink(in_link);
	unlink(out_link);
	unlink(file);
	rmdir(sibling);
	rmdir(sub);
	rmdir(root);
	rmdir(tmp);
}

/* A relative folder, as `govlog site -o s` or `-o a/site` names it: every level is made. */
static void test_mkdir_p_relative(void **state)
{
	(void)state;
	char tmp[] = "/tmp/govlog-util-XXXXXX";
	assert_non_null(mkdtemp(tmp));
	char *cwd = getcwd(NULL, 0);
	assert_non_null(cwd);
	assert_int_equal(chdir(tmp), 0);
	assert_int_equal(gl_fs_mkdir_p("s"), 0);
	assert_true(gl_fs_is_dir("s"));
	assert_int_equal(gl_fs_mkdir_p("a/site"), 0);
	assert_true(gl_fs_is_dir("a/site"));
	rmdir("a/site");
	rmdir("a");
	rmdir("s");
	assert_int_equal(chdir(cwd), 0);
	free(cwd);
	rmdir(tmp);
}

/* Only one complete pair of markers is a block; anything else names the line at fault. */
static void test_marked_block(void **state)
{
	(void)state;
	size_t from = 0, to = 0;
	unsigned line = 0;
	const char *ok = "a\n[b]\nx\n[/b]\nz\n";
	assert_int_equal(gl_text_marked_block(ok, strlen(ok), "[b]", "[/b]", &from, &to, &line),
			 GL_MARKS_PAIR);
	assert_int_equal(from, 2);
	assert_int_equal(to, 12);
	const struct {
		const char *text;
		gl_marks want;
		unsigned line;
	} bad[] = {
		{"a\n[b]\nx\n", GL_MARKS_UNCLOSED, 2},
		{"a\nb\n[/b]\n[b]\n", GL_MARKS_UNOPENED, 3},
		{"[b]\n[b]\n[/b]\n[/b]\n", GL_MARKS_REPEATED, 2},
		{"[b]\n[/b]\n\n[b]\n[/b]\n", GL_MARKS_REPEATED, 4},
		{"[b]\n[/b]\n[/b]\n", GL_MARKS_UNOPENED, 3},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(gl_text_marked_block(bad[i].text, strlen(bad[i].text), "[b]",
						      "[/b]", &from, &to, &line),
				 bad[i].want);
		assert_int_equal(line, bad[i].line);
	}
	assert_int_equal(gl_text_marked_block("none", 4, "[b]", "[/b]", &from, &to, &line),
			 GL_MARKS_NONE);
}

/* The writer: outside targets refused, links edited at their target, stale temporaries swept. */
static void test_write_discipline(void **state)
{
	(void)state;
	char tmp[] = "/tmp/govlog-write-XXXXXX";
	assert_non_null(mkdtemp(tmp));
	char root[64], outside[64], link_out[96], target[96], link_in[96], stale[128], path[96];
	snprintf(root, sizeof(root), "%s/repo", tmp);
	snprintf(outside, sizeof(outside), "%s/out.md", tmp);
	snprintf(link_out, sizeof(link_out), "%s/out.md", root);
	snprintf(target, sizeof(target), "%s/real.md", root);
	snprintf(link_in, sizeof(link_in), "%s/in.md", root);
	snprintf(stale, sizeof(stale), "%s/.in.md" GL_WRITE_TMP_MARK "AbC123", root);
	snprintf(path, sizeof(path), "%s/new.md", root);
	assert_int_equal(mkdir(root, 0777), 0);
	write_file(outside, "outside\n");
	write_file(target, "old\n");
	write_file(stale, "half");
	assert_int_equal(chmod(target, 0600), 0);
	assert_int_equal(symlink(outside, link_out), 0);
	assert_int_equal(symlink("real.md", link_in), 0);

	assert_int_equal(gl_write_begin(root), 0);
	assert_int_equal(gl_write_begin(root), 0); /* nested: the same lock */
	assert_int_equal(gl_write_replace(link_out, "x", 1), GOVLOG_EIO);
	assert_int_equal(gl_write_replace(link_in, "new\n", 4), 0);
	assert_int_equal(gl_write_create(path, "n\n", 2, 0644, true), 0);
	assert_int_equal(gl_write_create(path, "m\n", 2, 0644, true), 1);
	gl_write_end();
	gl_write_end();
	assert_int_equal(gl_write_replace(target, "x", 1), GOVLOG_ERROR); /* no lock */

	gl_buf b = GL_BUF_INIT;
	assert_int_equal(gl_fs_read(outside, 100, &b), GL_FS_OK);
	assert_string_equal(b.ptr, "outside\n");
	gl_buf_clear(&b);
	assert_int_equal(gl_fs_read(target, 100, &b), GL_FS_OK);
	assert_string_equal(b.ptr, "new\n");
	gl_buf_release(&b);
	struct stat st;
	assert_int_equal(lstat(link_in, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_int_equal(stat(target, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_not_equal(access(stale, F_OK), 0);

	unlink(link_in);
	unlink(link_out);
	unlink(target);
	unlink(path);
	unlink(outside);
	rmdir(root);
	rmdir(tmp);
}

/* Reads are bounded: a file over the cap is refused, not read. */
static void test_fs_read_and_list(void **state)
{
	(void)state;
	char tmp[] = "/tmp/govlog-util-XXXXXX";
	assert_non_null(mkdtemp(tmp));
	char a[64], b[64], c[64];
	snprintf(a, sizeof(a), "%s/b.md", tmp);
	snprintf(b, sizeof(b), "%s/a.md", tmp);
	snprintf(c, sizeof(c), "%s/B.md", tmp);
	write_file(a, "0123456789");
	write_file(b, "");
	write_file(c, "x");

	gl_buf text = GL_BUF_INIT;
	assert_int_equal(gl_fs_read(a, 10, &text), GL_FS_OK);
	assert_string_equal(text.ptr, "0123456789");
	gl_buf_clear(&text);
	assert_int_equal(gl_fs_read(a, 9, &text), GL_FS_TOO_LARGE);
	gl_buf_clear(&text);
	assert_int_equal(gl_fs_read(b, 0, &text), GL_FS_OK);
	assert_int_equal(text.len, 0);
	assert_int_equal(gl_fs_read(tmp, 1000, &text), GL_FS_ERROR);
	assert_int_equal(gl_fs_read("/nonexistent/govlog.md", 1000, &text), GL_FS_ERROR);
	gl_buf_release(&text);
	assert_true(gl_fs_is_file(a));
	assert_false(gl_fs_is_file(tmp));
	assert_true(gl_fs_is_dir(tmp));

	gl_strvec names = {0};
	assert_int_equal(gl_fs_list(tmp, &names), 0);
	assert_int_equal(names.len, 3);
	/* Bytewise: upper case before lower case, never "." or "..". */
	assert_string_equal(names.items[0], "B.md");
	assert_string_equal(names.items[1], "a.md");
	assert_string_equal(names.items[2], "b.md");
	gl_strvec_free(&names);
	assert_int_equal(gl_fs_list("/nonexistent/govlog", &names), -1);

	unlink(a);
	unlink(b);
	unlink(c);
	rmdir(tmp);
}

static bool not_x(const char *name, gl_fs_kind kind, void *payload)
{
	(void)kind;
	(void)payload;
	return name[0] != 'x';
}

/*
 * A folder's entries come sorted, filtered, and with the kind the listing
 * gives: links are left for stat to judge (they may leave the folder).
 */
static void test_fs_entries(void **state)
{
	(void)state;
	char tmp[] = "/tmp/govlog-util-XXXXXX";
	assert_non_null(mkdtemp(tmp));
	char file[64], dir[64], link[64], dir_link[64], skipped[64], big[64];
	snprintf(file, sizeof(file), "%s/b.md", tmp);
	snprintf(dir, sizeof(dir), "%s/a", tmp);
	snprintf(link, sizeof(link), "%s/c.md", tmp);
	snprintf(dir_link, sizeof(dir_link), "%s/d", tmp);
	snprintf(skipped, sizeof(skipped), "%s/x.md", tmp);
	snprintf(big, sizeof(big), "%s/e.md", tmp);
	write_file(file, "b");
	write_file(skipped, "x");
	assert_int_equal(mkdir(dir, 0700), 0);
	assert_int_equal(symlink(file, link), 0);
	assert_int_equal(symlink(dir, dir_link), 0);
	/* Larger than one read's buffer: read to its end all the same. */
	char *text = malloc(20001);
	memset(text, 'y', 20000);
	text[20000] = '\0';
	write_file(big, text);

	gl_fs_entries entries = {0};
	assert_int_equal(gl_fs_entries_read(tmp, &entries, not_x, NULL), 0);
	assert_int_equal(entries.len, 5);
	const char *names[] = {"a", "b.md", "c.md", "d", "e.md"};
	const gl_fs_kind kinds[] = {GL_FS_DIRECTORY, GL_FS_REGULAR, GL_FS_UNKNOWN, GL_FS_UNKNOWN,
				    GL_FS_REGULAR};
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(entries.items[i].name, names[i]);
		assert_int_equal(entries.items[i].kind, kinds[i]);
	}
	gl_fs_entries_free(&entries);
	assert_int_equal(gl_fs_entries_read("/nonexistent/govlog", &entries, NULL, NULL), -1);

	gl_buf read = GL_BUF_INIT;
	assert_int_equal(gl_fs_read(big, 30000, &read), GL_FS_OK);
	assert_int_equal(read.len, 20000);
	assert_string_equal(read.ptr, text);
	gl_buf_release(&read);
	free(text);

	unlink(big);
	unlink(dir_link);
	unlink(link);
	unlink(skipped);
	unlink(file);
	rmdir(dir);
	rmdir(tmp);
}

/* --- the line index --- */

static void assert_pos(const gl_text *t, size_t offset, unsigned line, unsigned col)
{
	govlog_pos p = gl_text_pos(t, offset);
	if (p.line != line || p.col != col)
		fail_msg("offset %zu is %u:%u, expected %u:%u", offset, p.line, p.col, line, col);
}

/* "\n", "\r\n" and a lone "\r" each end a line (CommonMark); the last needs no ending. */
static void test_text_lines(void **state)
{
	(void)state;
	static const char doc[] = "a\nbb\r\nccc\rdddd";
	gl_text t;
	gl_text_init(&t, doc, strlen(doc));
	assert_int_equal(gl_text_line_count(&t), 4);
	assert_int_equal(gl_text_line_start(&t, 1), 0);
	assert_int_equal(gl_text_line_start(&t, 2), 2);
	assert_int_equal(gl_text_line_start(&t, 3), 6);
	assert_int_equal(gl_text_line_start(&t, 4), 10);
	assert_int_equal(gl_text_line_end(&t, 1), 1);
	assert_int_equal(gl_text_line_end(&t, 2), 4);
	assert_int_equal(gl_text_line_end(&t, 3), 9);
	assert_int_equal(gl_text_line_end(&t, 4), 14);
	assert_int_equal(gl_text_line_start(&t, 5), 14);
	assert_pos(&t, 0, 1, 1);
	assert_pos(&t, 3, 2, 2);
	assert_pos(&t, 4, 2, 3); /* the "\r" of "\r\n" ends line 2 */
	assert_pos(&t, 8, 3, 3);
	assert_pos(&t, 10, 4, 1);
	assert_pos(&t, 14, 4, 5); /* the end of the text */
	assert_pos(&t, 99, 4, 5);
	assert_int_equal(gl_text_offset(&t, 3, 2), 7);
	assert_int_equal(gl_text_offset(&t, 3, 50), 9);
	gl_text_release(&t);

	gl_text_init(&t, "a\n", 2);
	assert_int_equal(gl_text_line_count(&t), 1);
	gl_text_release(&t);
	/* a last line of one character, after each kind of line ending */
	static const char *const one_char_last[] = {"a\nb", "a\r\nb", "a\rb"};
	for (size_t i = 0; i < 3; i++) {
		size_t len = strlen(one_char_last[i]);
		gl_text_init(&t, one_char_last[i], len);
		assert_int_equal(gl_text_line_count(&t), 2);
		assert_int_equal(gl_text_line_start(&t, 2), len - 1);
		assert_pos(&t, len - 1, 2, 1);
		gl_text_release(&t);
	}
	gl_text_init(&t, "\n\n", 2);
	assert_int_equal(gl_text_line_count(&t), 2);
	assert_pos(&t, 1, 2, 1);
	gl_text_release(&t);
	gl_text_init(&t, "\r\r\n\n", 4);
	assert_int_equal(gl_text_line_count(&t), 3);
	assert_pos(&t, 3, 3, 1);
	gl_text_release(&t);
	gl_text_init(&t, "", 0);
	assert_int_equal(gl_text_line_count(&t), 0);
	assert_pos(&t, 0, 1, 1);
	gl_text_release(&t);
}

/* Columns count code points: "æ" is two bytes and one column. */
static void test_text_columns(void **state)
{
	(void)state;
	static const char doc[] = "# Titel\n- **Status**: Afvist på mødet\n"
				  "Dato: 4. juni 2026 — ændret\n";
	gl_text t;
	gl_text_init(&t, doc, strlen(doc));
	const char *p = strstr(doc, "mødet");
	assert_pos(&t, (size_t)(p - doc), 2, 25);
	p = strstr(doc, "2026");
	assert_pos(&t, (size_t)(p - doc), 3, 15);
	p = strstr(doc, "ændret");
	assert_pos(&t, (size_t)(p - doc), 3, 22);
	assert_pos(&t, (size_t)(p - doc) + 2, 3, 23);
	gl_text_release(&t);
}

/* --- patterns --- */

static void test_match(void **state)
{
	(void)state;
	gl_match *m = NULL;
	size_t start, end;
	const char *s = "fix: date field (AR-17), see [#4]";
	assert_int_equal(gl_match_compile(&m, "\\bAR-\\d+", 0), 0);
	assert_true(gl_match_find(m, s, strlen(s), 0, &start, &end));
	assert_int_equal(start, 17);
	assert_int_equal(end, 22);
	assert_false(gl_match_find(m, s, strlen(s), 18, &start, &end));
	gl_match_free(m);

	/* UTF-8 and Unicode case folding: Æ matches æ without caring about bytes. */
	const char *t = "BESLUTNING ÆNDRET";
	assert_int_equal(gl_match_compile(&m, "ændret$", GL_MATCH_CASELESS), 0);
	assert_true(gl_match_find(m, t, strlen(t), 0, &start, &end));
	assert_int_equal(start, 11);
	assert_int_equal(end, strlen(t));
	gl_match_free(m);
	assert_int_equal(gl_match_compile(&m, "ændret$", 0), 0);
	assert_false(gl_match_find(m, t, strlen(t), 0, &start, &end));
	gl_match_free(m);
	/* Invalid UTF-8 in the text is no failure. */
	assert_int_equal(gl_match_compile(&m, "x", 0), 0);
	assert_true(gl_match_find(m, "\xff\xfex", 3, 0, &start, &end));
	assert_int_equal(start, 2);
	gl_match_free(m);
	gl_match_free(NULL);
}

static void test_match_compile_error(void **state)
{
	(void)state;
	gl_match *m = (gl_match *)1;
	assert_int_equal(gl_match_compile(&m, "AR-(\\d+", 0), GOVLOG_EINVALID);
	assert_null(m);
	const char *msg = govlog_error_last();
	assert_non_null(strstr(msg, "'AR-(\\d+'"));
	assert_non_null(strstr(msg, "offset"));
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/*
 * Nested quantifiers over a long non-matching text take exponential time without
 * limits; with them the search gives up at once, interpreted and JIT-compiled alike.
 */
static void test_match_limits(void **state)
{
	(void)state;
	char text[64];
	memset(text, 'a', 60);
	text[60] = 'b';
	text[61] = '\0';
	gl_match *m = NULL;
	size_t start, end;
	assert_int_equal(gl_match_compile(&m, "^(a+)+$", 0), 0);
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_false(gl_match_find(m, text, 61, 0, &start, &end));
	assert_true(seconds_since(&t0) < 5.0);
	/* A busy pattern gets the JIT: still bounded. */
	for (int i = 0; i < 600; i++)
		assert_true(gl_match_find(m, "aaa", 3, 0, &start, &end));
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_false(gl_match_find(m, text, 61, 0, &start, &end));
	assert_true(seconds_since(&t0) < 5.0);
	assert_true(gl_match_find(m, text, 60, 0, &start, &end));
	assert_int_equal(end, 60);
	gl_match_free(m);
}

/* --- ASCII classes --- */

static void test_ascii(void **state)
{
	(void)state;
	assert_true(gl_ascii_ends_with_ci("0001-Use.MD", 11, ".md"));
	assert_true(gl_ascii_ends_with_ci("adr-template", 12, "template"));
	assert_false(gl_ascii_ends_with_ci("md", 2, ".md"));
	assert_false(gl_ascii_ends_with_ci("x.mdx", 5, ".md"));
	/* Markdown by its name: a stem, then .md or .markdown in any case. */
	assert_true(gl_path_is_markdown("docs/0001-x.md"));
	assert_true(gl_path_is_markdown("a.MARKDOWN"));
	assert_false(gl_path_is_markdown(".md"));
	assert_false(gl_path_is_markdown("notes.txt"));
	assert_false(gl_path_is_markdown("x.m\xc3\x90"));
	for (int c = -128; c < 128; c++) {
		char ch = (char)c;
		bool digit = c >= '0' && c <= '9';
		bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
		assert_int_equal(gl_isdigit(ch), digit);
		assert_int_equal(gl_isupper(ch), upper);
		assert_int_equal(gl_islower(ch), lower);
		assert_int_equal(gl_isalpha(ch), upper || lower);
		assert_int_equal(gl_isalnum(ch), upper || lower || digit);
		assert_int_equal(gl_isspace(ch), c == ' ' || (c >= 9 && c <= 13));
		assert_int_equal(gl_tolower(ch), upper ? c + 32 : c);
		assert_int_equal(gl_toupper(ch), lower ? c - 32 : c);
	}
	/* The bytes of "Æ" (C3 86) are no letters in any locale. */
	assert_false(gl_isalpha((char)0xC3));
	assert_false(gl_isspace((char)0xA0));
	assert_int_equal(gl_tolower((char)0xC3), (char)0xC3);

	const char *rest = "unchanged";
	assert_true(gl_skip_prefix("Refs: rehousing", "Refs: ", &rest));
	assert_string_equal(rest, "rehousing");
	assert_false(gl_skip_prefix("Ref", "Refs: ", &rest));
	assert_string_equal(rest, "rehousing");
	assert_true(gl_skip_prefix("abc", "", &rest));
	assert_string_equal(rest, "abc");

	static const int five[5] = {0};
	static const char word[] = "status";
	assert_int_equal(GL_ARRAY_SIZE(five), 5);
	assert_int_equal(GL_ARRAY_SIZE(word), 7);
}

/* --- escape --- */

typedef void (*escape_fn)(gl_buf *out, const char *s);

static void assert_escaped(escape_fn fn, const char *in, const char *want)
{
	gl_buf out = GL_BUF_INIT;
	fn(&out, in);
	if (strcmp(out.ptr, want))
		fail_msg("'%s' escaped to '%s', expected '%s'", in, out.ptr, want);
	gl_buf_release(&out);
}

static void link_target(gl_buf *out, const char *url)
{
	if (!gl_md_link_target(out, url))
		gl_buf_puts(out, "(refused)");
}

static void test_escape_terminal(void **state)
{
	(void)state;
	assert_escaped(gl_esc_texts, "plain: å ✓", "plain: å ✓");
	assert_escaped(gl_esc_texts, "a\033[31mb\x07", "a\\x1b[31mb\\x07");
	assert_escaped(gl_esc_texts, "x\n::error::y\r\t", "x\\n::error::y\\r\\t");
	assert_escaped(gl_esc_texts, "del\x7f c1\xc2\x9b bidi\xe2\x80\xae",
		       "del\\x7f c1\\u009b bidi\\u202e");
	assert_escaped(gl_esc_texts, "bad\xff", "bad\xef\xbf\xbd");
	gl_buf out = GL_BUF_INIT;
	gl_esc_text(&out, "line\n\tx\033\r\n", 10, GL_ESC_KEEP_LINES);
	assert_string_equal(out.ptr, "line\n\tx\\x1b\\r\n");
	gl_buf_release(&out);
}

static void test_escape_markdown(void **state)
{
	(void)state;
	assert_escaped(gl_md_text, "<img src=x> | *a* _b_ `c` [d](e) ~f~ \\",
		       "\\<img src=x\\> \\| \\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~f\\~ \\\\");
	assert_escaped(gl_md_text, "# heading", "\\# heading");
	assert_escaped(gl_md_text, "#12 and C# 1.0", "#12 and C# 1.0");
	assert_escaped(gl_md_text, "two\nlines\tand\033", "two lines and\\\\x1b");
	assert_escaped(link_target, "0001-use-x.md", "0001-use-x.md");
	assert_escaped(link_target, "https://example.org/a?b=1&c=(2)",
		       "https://example.org/a?b=1\\&c=%282%29");
	assert_escaped(link_target, "a b<c>\"d\"", "a%20b%3Cc%3E%22d%22");
	assert_escaped(link_target, "javascript:alert(1)", "(refused)");
	assert_escaped(link_target, "JavaScript:alert(1)", "(refused)");
	assert_escaped(link_target, "data:text/html,x", "(refused)");
	assert_escaped(link_target, "java script:x", "(refused)");
	assert_escaped(link_target, "docs/a:b.md", "docs/a:b.md");
	gl_buf out = GL_BUF_INIT;
	gl_md_link(&out, "x]", "javascript:alert(1)");
	assert_string_equal(out.ptr, "x\\]");
	gl_buf_release(&out);
}

static void test_escape_csv(void **state)
{
	(void)state;
	assert_escaped(gl_csv_cell, "plain", "plain");
	assert_escaped(gl_csv_cell, "a,b \"c\"", "\"a,b \"\"c\"\"\"");
	assert_escaped(gl_csv_cell, "=1+1", "\"'=1+1\"");
	assert_escaped(gl_csv_cell, "+1", "\"'+1\"");
	assert_escaped(gl_csv_cell, "-1", "\"'-1\"");
	assert_escaped(gl_csv_cell, "@SUM(A1)", "\"'@SUM(A1)\"");
	assert_escaped(gl_csv_cell, "\tx", "\"'\tx\"");
	assert_escaped(gl_csv_cell, "\rx", "\"'\rx\"");
	assert_escaped(gl_csv_cell, "a-b", "a-b");
	assert_escaped(gl_csv_cell, "", "");
}

/* What RFC 8259 reads: nesting, escapes (Go's \u0026, a surrogate pair), numbers as written. */
static void test_json_read(void **state)
{
	(void)state;
	gl_arena a = {0};
	const gl_jvalue *v = NULL;
	const char *text =
		"\xef\xbb\xbf [ {\"number\": 41, \"title\": \"CSV \\u0026 \\ud83d\\ude00\\n\", "
		"\"labels\": [{\"name\": \"bug\"}], \"x\": [true, false, null, -1.5e3]}, [] ]";
	assert_int_equal(gl_json_read(&v, &a, text, strlen(text)), 0);
	assert_int_equal(v->type, GL_JSON_ARRAY);
	assert_int_equal(v->count, 2);
	const gl_jvalue *pr = &v->items[0];
	assert_string_equal(gl_json_member(pr, "number")->text, "41");
	assert_string_equal(gl_json_string_of(gl_json_member(pr, "title")),
			    "CSV & \xf0\x9f\x98\x80\n");
	const gl_jvalue *labels = gl_json_member(pr, "labels");
	assert_string_equal(gl_json_string_of(gl_json_member(&labels->items[0], "name")), "bug");
	const gl_jvalue *x = gl_json_member(pr, "x");
	assert_int_equal(x->count, 4);
	assert_true(x->items[0].boolean);
	assert_int_equal(x->items[2].type, GL_JSON_NULL);
	assert_string_equal(x->items[3].text, "-1.5e3");
	assert_null(gl_json_member(pr, "missing"));
	assert_null(gl_json_string_of(gl_json_member(pr, "number")));
	assert_int_equal(v->items[1].count, 0);
	gl_arena_release(&a);
}

static void assert_json_refused(const char *text, const char *message)
{
	gl_arena a = {0};
	const gl_jvalue *v = (const gl_jvalue *)&a;
	assert_int_equal(gl_json_read(&v, &a, text, strlen(text)), GOVLOG_EINVALID);
	assert_null(v);
	assert_string_equal(govlog_error_last(), message);
	gl_arena_release(&a);
}

/* Strict JSON: what editors and other tools allow is refused, with the line and column. */
static void test_json_refused(void **state)
{
	(void)state;
	assert_json_refused("[1,]", "line 1, column 4: expected a value");
	assert_json_refused("{\"a\": 1,}", "line 1, column 9: expected a member's name");
	assert_json_refused("[\n  01]", "line 2, column 3: a number JSON does not allow");
	assert_json_refused("[\"a\" \"b\"]", "line 1, column 6: expected ',' or ']'");
	assert_json_refused("\"\\ud800\"",
			    "line 1, column 8: a high surrogate without its low one");
	assert_json_refused("\"\\u0000\"",
			    "line 1, column 8: a NUL character (\\u0000) in a string");
	assert_json_refused("\"a\tb\"", "line 1, column 3: a control character in a string");
	assert_json_refused("[1] 2", "line 1, column 5: text after the value");
	assert_json_refused("// c\n[]", "line 1, column 1: expected a value");
	assert_json_refused("", "line 1, column 1: expected a value");
	char deep[200];
	memset(deep, '[', sizeof(deep) - 1);
	deep[sizeof(deep) - 1] = '\0';
	assert_json_refused(deep, "line 1, column 65: nested deeper than 64");
}

/* Markdown's line marks: a comment open across a line's end; an ATX heading's closing run. */
static void test_markdown_line_marks(void **state)
{
	(void)state;
	assert_true(gl_html_comment_open_after("text <!-- a note", 16, false));
	assert_false(gl_html_comment_open_after("b --> after", 11, true));
	assert_false(gl_html_comment_open_after("<!-- one --> two", 16, false));
	assert_true(gl_html_comment_open_after("still inside", 12, true));
	assert_false(gl_html_comment_open_after("-->", 3, false)); /* a stray close opens nothing */
	assert_int_equal(gl_atx_text_len("Status: Accepted ##  ", 21), 16);
	assert_int_equal(gl_atx_text_len("Use C#", 6), 6);
	assert_int_equal(gl_atx_text_len("Title #", 7), 5);
	assert_int_equal(gl_atx_text_len("###", 3), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf_never_null),
		cmocka_unit_test(test_buf_growth),
		cmocka_unit_test(test_vec),
		cmocka_unit_test(test_arena),
		cmocka_unit_test(test_strmap),
		cmocka_unit_test(test_path_join),
		cmocka_unit_test(test_path_relative),
		cmocka_unit_test(test_path_normalise),
		cmocka_unit_test(test_path_within),
		cmocka_unit_test(test_path_is_inside),
		cmocka_unit_test(test_mkdir_p_relative),
		cmocka_unit_test(test_fs_read_and_list),
		cmocka_unit_test(test_fs_entries),
		cmocka_unit_test(test_text_lines),
		cmocka_unit_test(test_text_columns),
		cmocka_unit_test(test_match),
		cmocka_unit_test(test_match_compile_error),
		cmocka_unit_test(test_match_limits),
		cmocka_unit_test(test_ascii),
		cmocka_unit_test(test_escape_terminal),
		cmocka_unit_test(test_escape_markdown),
		cmocka_unit_test(test_escape_csv),
		cmocka_unit_test(test_marked_block),
		cmocka_unit_test(test_write_discipline),
		cmocka_unit_test(test_json_read),
		cmocka_unit_test(test_json_refused),
		cmocka_unit_test(test_markdown_line_marks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
