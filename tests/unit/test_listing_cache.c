/* A folder's listing kept between runs: used while the folder is unchanged, never damaged. */
#define _GNU_SOURCE /* memmem */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "util/buf.h"
#include "util/fs.h"
#include "util/listing_cache.h"

typedef struct place {
	char root[64];
	char dir[96];   /* the folder listed */
	char cache[96]; /* where listings are kept */
	int64_t later;  /* a time at which the folder has settled */
} place;

static void write_bytes(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
}

static void make_place(place *p)
{
	snprintf(p->root, sizeof(p->root), "/tmp/govlog-listing-XXXXXX");
	assert_non_null(mkdtemp(p->root));
	snprintf(p->dir, sizeof(p->dir), "%s/decisions", p->root);
	snprintf(p->cache, sizeof(p->cache), "%s/cache", p->root);
	assert_int_equal(mkdir(p->dir, 0755), 0);
	char path[160];
	snprintf(path, sizeof(path), "%s/a", p->dir);
	assert_int_equal(mkdir(path, 0755), 0);
	snprintf(path, sizeof(path), "%s/b.md", p->dir);
	write_bytes(path, "b", 1);
	snprintf(path, sizeof(path), "%s/c.md", p->dir);
	write_bytes(path, "c", 1);
	p->later = (int64_t)time(NULL) + 10;
}

/* "name name …" of a listing, each with its kind letter ("da fb.md"). */
static void listing_text(gl_buf *out, const place *p, gl_fs_keep_fn keep, int64_t now)
{
	gl_fs_entries e = {0};
	assert_int_equal(gl_listing_read_at(p->dir, p->cache, &e, keep, NULL, now), 0);
	gl_buf_clear(out);
	for (size_t i = 0; i < e.len; i++)
		gl_buf_printf(out, "%s%c%s", i ? " " : "",
			      e.items[i].kind == GL_FS_REGULAR     ? 'f'
			      : e.items[i].kind == GL_FS_DIRECTORY ? 'd'
								   : 'u',
			      e.items[i].name);
	gl_fs_entries_free(&e);
}

static void assert_listing(const place *p, gl_fs_keep_fn keep, int64_t now, const char *want)
{
	gl_buf got = GL_BUF_INIT;
	listing_text(&got, p, keep, now);
	assert_string_equal(got.ptr, want);
	gl_buf_release(&got);
}

/* The names in the cache folder, space-separated. */
static void cache_files(gl_buf *out, const place *p)
{
	gl_strvec names = {0};
	gl_buf_clear(out);
	if (gl_fs_list(p->cache, &names) == 0)
		for (size_t i = 0; i < names.len; i++)
			gl_buf_printf(out, "%s%s", i ? " " : "", names.items[i]);
	gl_strvec_free(&names);
}

/* The path of the one listing kept. */
static void kept_path(gl_buf *out, const place *p)
{
	gl_strvec names = {0};
	assert_int_equal(gl_fs_list(p->cache, &names), 0);
	assert_int_equal(names.len, 1);
	gl_buf_clear(out);
	gl_buf_printf(out, "%s/%s", p->cache, names.items[0]);
	gl_strvec_free(&names);
}

/* Replaces the first `from` in the kept listing by `to` (as many bytes). */
static void edit_kept(const place *p, const char *from, const char *to, size_t n)
{
	gl_buf path = GL_BUF_INIT, data = GL_BUF_INIT;
	kept_path(&path, p);
	assert_int_equal(gl_fs_read(path.ptr, 1 << 20, &data), GL_FS_OK);
	char *at = memmem(data.ptr, data.len, from, n);
	assert_non_null(at);
	memcpy(at, to, n);
	write_bytes(path.ptr, data.ptr, data.len);
	gl_buf_release(&path);
	gl_buf_release(&data);
}

/*
 * The tests read at `later`, skipping the wait for the folder to settle: so
 * they wait a tick of the file system's clock before each change themselves,
 * as real time does between a change and a listing kept.
 */
static void next_tick(void)
{
	usleep(20000);
}

/* The kind comes with the name, from a kept listing as from the folder. */
static bool only_files(const char *name, gl_fs_kind kind, void *payload)
{
	(void)name;
	(void)payload;
	return kind == GL_FS_REGULAR;
}

static void remove_place(const place *p)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", p->root);
	assert_int_equal(system(cmd), 0);
}

static void test_listing_kept_and_used(void **state)
{
	(void)state;
	place p;
	make_place(&p);
	gl_buf files = GL_BUF_INIT;
	/* First read: the folder itself; its listing is kept, under no lock. */
	assert_listing(&p, NULL, p.later, "da fb.md fc.md");
	cache_files(&files, &p);
	assert_true(!strncmp(files.ptr, "listing-", 8) && !strchr(files.ptr, ' '));
	/* A kept listing is what the next read gives: a planted name proves it. */
	edit_kept(&p, "fc.md", "fx.md", 6);
	assert_listing(&p, NULL, p.later, "da fb.md fx.md");
	assert_listing(&p, only_files, p.later, "fb.md fx.md");
	/* A new entry changes the folder's times: the listing kept is not used. */
	char path[160];
	snprintf(path, sizeof(path), "%s/e.md", p.dir);
	next_tick();
	write_bytes(path, "e", 1);
	assert_listing(&p, NULL, p.later, "da fb.md fc.md fe.md");
	/* A removed one too. */
	next_tick();
	unlink(path);
	assert_listing(&p, NULL, p.later, "da fb.md fc.md");
	/* A renamed one too. */
	char to[160];
	snprintf(path, sizeof(path), "%s/c.md", p.dir);
	snprintf(to, sizeof(to), "%s/d.md", p.dir);
	next_tick();
	assert_int_equal(rename(path, to), 0);
	assert_listing(&p, NULL, p.later, "da fb.md fd.md");
	gl_buf_release(&files);
	remove_place(&p);
}

static void test_listing_not_kept_while_unsettled(void **state)
{
	(void)state;
	place p;
	make_place(&p);
	gl_buf files = GL_BUF_INIT;
	/* Changed this second: a change within the same tick could go unseen. */
	assert_listing(&p, NULL, (int64_t)time(NULL), "da fb.md fc.md");
	cache_files(&files, &p);
	assert_string_equal(files.ptr, "");
	/* A relative folder is never kept: its path names no one folder. */
	gl_fs_entries e = {0};
	assert_int_equal(gl_listing_read_at("decisions", p.cache, &e, NULL, NULL, p.later), -1);
	cache_files(&files, &p);
	assert_string_equal(files.ptr, "");
	/* No cache folder: the folder is read. */
	assert_int_equal(gl_listing_read_at(p.dir, NULL, &e, NULL, NULL, p.later), 0);
	assert_int_equal(e.len, 3);
	gl_fs_entries_free(&e);
	gl_buf_release(&files);
	remove_place(&p);
}

static void test_listing_damaged_not_used(void **state)
{
	(void)state;
	static const struct {
		const char *from, *to;
		size_t n;
	} damage[] = {
		{"fb.md", "fb/md", 6}, /* a name with a folder in it */
		{"fb.md", "fz.md", 6}, /* out of order */
		{"fb.md", "qb.md", 6}, /* no kind */
		{"end\n", "end.", 4},  /* cut short */
		{"govlog listing 1", "govlog listing 2", 16},
	};
	for (size_t i = 0; i < sizeof(damage) / sizeof(damage[0]); i++) {
		place p;
		make_place(&p);
		assert_listing(&p, NULL, p.later, "da fb.md fc.md");
		edit_kept(&p, damage[i].from, damage[i].to, damage[i].n);
		assert_listing(&p, NULL, p.later, "da fb.md fc.md");
		/* and kept again, whole */
		assert_listing(&p, NULL, p.later, "da fb.md fc.md");
		remove_place(&p);
	}
}

static void test_listing_lock(void **state)
{
	(void)state;
	place p;
	make_place(&p);
	gl_buf path = GL_BUF_INIT, lock = GL_BUF_INIT, files = GL_BUF_INIT;
	assert_listing(&p, NULL, p.later, "da fb.md fc.md");
	kept_path(&path, &p);
	gl_buf_printf(&lock, "%s.lock", path.ptr);
	/* Another writer holds the lock: nothing is written, the answer is the folder's. */
	edit_kept(&p, "fc.md", "fz.md", 6);
	write_bytes(lock.ptr, "", 0);
	char file[160];
	snprintf(file, sizeof(file), "%s/e.md", p.dir);
	next_tick();
	write_bytes(file, "e", 1);
	assert_listing(&p, NULL, p.later, "da fb.md fc.md fe.md");
	assert_listing(&p, NULL, p.later, "da fb.md fc.md fe.md");
	cache_files(&files, &p);
	assert_non_null(strstr(files.ptr, ".lock"));
	/* A lock left for long by a writer that died goes, and the next run keeps the listing. */
	struct timespec old[2] = {{(time_t)(p.later - 4000), 0}, {(time_t)(p.later - 4000), 0}};
	assert_int_equal(utimensat(AT_FDCWD, lock.ptr, old, 0), 0);
	assert_listing(&p, NULL, p.later, "da fb.md fc.md fe.md");
	cache_files(&files, &p);
	assert_null(strstr(files.ptr, ".lock"));
	assert_listing(&p, NULL, p.later, "da fb.md fc.md fe.md");
	edit_kept(&p, "fe.md", "fy.md", 6);
	assert_listing(&p, NULL, p.later, "da fb.md fc.md fy.md");
	gl_buf_release(&path);
	gl_buf_release(&lock);
	gl_buf_release(&files);
	remove_place(&p);
}

/* A link where the listing is kept is not followed: the folder is read. */
static void test_listing_link_not_followed(void **state)
{
	(void)state;
	place p;
	make_place(&p);
	gl_buf path = GL_BUF_INIT, moved = GL_BUF_INIT;
	assert_listing(&p, NULL, p.later, "da fb.md fc.md");
	edit_kept(&p, "fc.md", "fx.md", 6);
	kept_path(&path, &p);
	gl_buf_printf(&moved, "%s/elsewhere", p.root);
	assert_int_equal(rename(path.ptr, moved.ptr), 0);
	assert_int_equal(symlink(moved.ptr, path.ptr), 0);
	assert_listing(&p, NULL, p.later, "da fb.md fc.md");
	gl_buf_release(&path);
	gl_buf_release(&moved);
	remove_place(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_listing_kept_and_used),
		cmocka_unit_test(test_listing_not_kept_while_unsettled),
		cmocka_unit_test(test_listing_damaged_not_used),
		cmocka_unit_test(test_listing_lock),
		cmocka_unit_test(test_listing_link_not_followed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
