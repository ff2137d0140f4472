/* Files read ahead on a second thread: each taken whole, in order, as gl_fs_read reads it. */
#define _DEFAULT_SOURCE /* usleep */
#include <errno.h>
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

#include "util/buf.h"
#include "util/fs.h"
#include "util/prefetch.h"

enum { FILES = GL_PREFETCH_AHEAD * 2 + 7, BIG = 1 << 20 };

typedef struct folder {
	char root[64];
	gl_strvec paths;
} folder;

/* File i's bytes: its number, then i % 97 lines, and every 50th one a MiB long. */
static void file_text(gl_buf *out, size_t i)
{
	gl_buf_printf(out, "file %zu\n", i);
	for (size_t line = 0; line < i % 97; line++)
		gl_buf_printf(out, "line %zu of file %zu\n", line, i);
	if (i % 50 == 3)
		while (out->len < BIG)
			gl_buf_puts(out, "a long record, read while the one before it is parsed\n");
}

static void make_folder(folder *f, size_t count)
{
	snprintf(f->root, sizeof(f->root), "/tmp/govlog-prefetch-XXXXXX");
	assert_non_null(mkdtemp(f->root));
	gl_buf path = GL_BUF_INIT, text = GL_BUF_INIT;
	for (size_t i = 0; i < count; i++) {
		gl_buf_clear(&path);
		gl_buf_clear(&text);
		gl_buf_printf(&path, "%s/%04zu.md", f->root, i);
		file_text(&text, i);
		FILE *out = fopen(path.ptr, "wb");
		assert_non_null(out);
		assert_int_equal(fwrite(text.ptr, 1, text.len, out), text.len);
		fclose(out);
		gl_vec_push(&f->paths, gl_buf_detach(&path));
	}
	gl_buf_release(&path);
	gl_buf_release(&text);
}

static void remove_folder(folder *f)
{
	for (size_t i = 0; i < f->paths.len; i++)
		unlink(f->paths.items[i]);
	rmdir(f->root);
	gl_strvec_free(&f->paths);
}

static void every_file_in_order_and_whole(void **state)
{
	(void)state;
	folder f = {0};
	make_folder(&f, FILES);
	gl_prefetch *p = gl_prefetch_start(f.paths.items, f.paths.len, 2 * BIG);
	assert_non_null(p);
	const gl_buf *got;
	gl_buf want = GL_BUF_INIT;
	for (size_t i = 0; i < FILES; i++) {
		if (i % 64 == 0)
			usleep(2000); /* the thread runs ahead to its bound, and waits there */
		assert_int_equal(gl_prefetch_take(p, &got), GL_FS_OK);
		gl_buf_clear(&want);
		file_text(&want, i);
		if (i % 64 == 0)
			usleep(2000); /* the thread reads on while this file is in use */
		assert_int_equal(got->len, want.len);
		assert_memory_equal(got->ptr, want.ptr, want.len);
		assert_int_equal(got->ptr[got->len], '\0');
	}
	gl_prefetch_free(p);
	gl_buf_release(&want);
	remove_folder(&f);
}

/* A missing file, a folder and a file over the cap answer as gl_fs_read does, in their places. */
static void failures_keep_their_place(void **state)
{
	(void)state;
	folder f = {0};
	make_folder(&f, 4); /* 0000.md to 0003.md; 0003.md is a MiB long */
	char *missing = NULL, *dir = NULL;
	gl_buf b = GL_BUF_INIT;
	gl_buf_printf(&b, "%s/gone.md", f.root);
	missing = gl_buf_detach(&b);
	gl_buf_printf(&b, "%s/sub", f.root);
	dir = gl_buf_detach(&b);
	assert_int_equal(mkdir(dir, 0755), 0);
	char *paths[] = {f.paths.items[0], missing, dir, f.paths.items[3], f.paths.items[1]};
	gl_prefetch *p = gl_prefetch_start(paths, 5, BIG / 2);
	assert_non_null(p);
	const gl_buf *got;
	assert_int_equal(gl_prefetch_take(p, &got), GL_FS_OK);
	assert_string_equal(got->ptr, "file 0\n");
	assert_int_equal(gl_prefetch_take(p, &got), GL_FS_ERROR);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(gl_prefetch_take(p, &got), GL_FS_ERROR);
	assert_int_equal(errno, EISDIR);
	assert_int_equal(gl_prefetch_take(p, &got), GL_FS_TOO_LARGE);
	assert_int_equal(gl_prefetch_take(p, &got), GL_FS_OK);
	assert_string_equal(got->ptr, "file 1\nline 0 of file 1\n");
	assert_int_equal(gl_prefetch_take(p, &got), GL_FS_ERROR); /* no sixth file */
	assert_int_equal(errno, EINVAL);
	assert_int_equal(got->len, 0);
	gl_prefetch_free(p);
	rmdir(dir);
	free(dir);
	free(missing);
	remove_folder(&f);
}

/* Stopped with files read and not taken, or with none: it all is freed (the sanitizers tell). */
static void stopped_early(void **state)
{
	(void)state;
	folder f = {0};
	make_folder(&f, FILES);
	gl_prefetch *p = gl_prefetch_start(f.paths.items, f.paths.len, 2 * BIG);
	const gl_buf *got;
	assert_int_equal(gl_prefetch_take(p, &got), GL_FS_OK);
	assert_string_equal(got->ptr, "file 0\n");
	usleep(5000);
	gl_prefetch_free(p);
	gl_prefetch_free(gl_prefetch_start(f.paths.items, 0, BIG));
	gl_prefetch_free(NULL);
	remove_folder(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_file_in_order_and_whole),
		cmocka_unit_test(failures_keep_their_place),
		cmocka_unit_test(stopped_early),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
