/* A folder's listing kept between runs and used while the folder's stamp is unchanged. */
#define _DEFAULT_SOURCE /* st_mtim and st_ctim: the folder's times to the nanosecond */
#include "util/listing_cache.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util/write.h"
#include "util/banned.h"

/* Larger caches are someone else's file: a listing of 100,000 names is a few MiB. */
enum { CACHE_MAX_BYTES = 64 << 20 };
/* A lock file left this long by a writer is its leftover: the writer died. */
enum { STALE_LOCK_SECONDS = 600 };

static const char END[] = "end\n";

/*
 * What the cache must begin with for the folder as it is now: the format,
 * the folder's path and its stamp. Nothing in it is parsed back: a cache
 * that does not begin with these exact bytes is not this folder's.
 * *changed: the later of the folder's modification and change times.
 */
static bool stamp_prefix(gl_buf *out, const char *dir, int64_t *changed)
{
	struct stat st;
	if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode))
		return false;
	*changed = st.st_mtim.tv_sec > st.st_ctim.tv_sec ? st.st_mtim.tv_sec : st.st_ctim.tv_sec;
	gl_buf_printf(out, "govlog listing 1\n%s\n%ju %ju %jd %jd.%09ld %jd.%09ld\n", dir,
		      (uintmax_t)st.st_dev, (uintmax_t)st.st_ino, (intmax_t)st.st_size,
		      (intmax_t)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec,
		      (intmax_t)st.st_ctim.tv_sec, (long)st.st_ctim.tv_nsec);
	return true;
}

/* The cache file's name for `dir`: a hash of its path (the path itself is inside, checked). */
static void cache_name(gl_buf *out, const char *dir)
{
	uint64_t h = 1469598103934665603u;
	for (const unsigned char *p = (const unsigned char *)dir; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	gl_buf_printf(out, "listing-%016" PRIx64, h);
}

/*
 * Maps the fresh pages of a buffer in one call, where reading into them
 * would fault each in by itself: a kept listing of 2,000 names is fifteen
 * pages, and a page fault is dear in a virtual machine. Only a hint: a
 * kernel without MADV_POPULATE_WRITE (Linux 5.14) refuses it, and the read
 * faults the pages in as before.
 */
static void populate(void *p, size_t len)
{
#ifdef MADV_POPULATE_WRITE
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t from = (uintptr_t)p & ~(page - 1),
		  to = ((uintptr_t)p + len + page - 1) & ~(page - 1);
	(void)madvise((void *)from, to - from, MADV_POPULATE_WRITE);
#else
	(void)p;
	(void)len;
#endif
}

/* The cache file, never through a symbolic link; false when there is none to read. */
static bool read_cache(gl_buf *out, const char *path)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return false;
	struct stat st;
	bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < CACHE_MAX_BYTES;
	if (ok) {
		gl_buf_grow(out, (size_t)st.st_size + 1);
		populate(out->ptr, (size_t)st.st_size + 1);
		ssize_t n;
		while ((n = read(fd, out->ptr + out->len, (size_t)st.st_size + 1 - out->len)) > 0)
			out->len += (size_t)n;
		out->ptr[out->len] = '\0';
		ok = n == 0 && out->len == (size_t)st.st_size;
	}
	close(fd);
	return ok;
}

static char kind_letter(gl_fs_kind kind)
{
	return kind == GL_FS_REGULAR ? 'f' : kind == GL_FS_DIRECTORY ? 'd' : 'u';
}

static bool letter_kind(char c, gl_fs_kind *kind)
{
	*kind = c == 'f' ? GL_FS_REGULAR : c == 'd' ? GL_FS_DIRECTORY : GL_FS_UNKNOWN;
	return c == 'f' || c == 'd' || c == 'u';
}

/* A name a listing can hold: not empty, not "." or "..", no '/'. */
static bool plain_name(const char *name)
{
	return *name && strcmp(name, ".") && strcmp(name, "..") && !strchr(name, '/');
}

/*
 * The entries after the prefix: a kind letter and a name ended by '\0'
 * each, in strictly rising bytewise order, then END as the file's last
 * bytes. Anything else (a file cut short, a name with '/') is no listing,
 * and nothing is kept from it.
 */
static bool parse_entries(const gl_buf *data, size_t at, gl_fs_entries *out, gl_fs_keep_fn keep,
			  void *payload)
{
	const char *prev = NULL;
	size_t start = out->len;
	while (at < data->len) {
		const char *p = data->ptr + at;
		size_t left = data->len - at;
		if (left == sizeof(END) - 1 && !memcmp(p, END, left))
			return true;
		gl_fs_kind kind;
		const char *name = p + 1, *nul = memchr(name, '\0', left - 1);
		if (left < 3 || !letter_kind(*p, &kind) || !nul || !plain_name(name) ||
		    (prev && strcmp(prev, name) >= 0))
			break;
		if (!keep || keep(name, kind, payload))
			gl_vec_push(out, ((gl_fs_entry){gl_xstrdup(name), kind}));
		prev = name;
		at = (size_t)(nul - data->ptr) + 1;
	}
	for (size_t i = start; i < out->len; i++)
		free(out->items[i].name);
	out->len = start;
	return false;
}

/* A lock file no writer has touched for long belongs to one that died: it goes. */
static void drop_stale_lock(int dfd, const char *lock, int64_t now)
{
	struct stat st;
	if (fstatat(dfd, lock, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	    st.st_mtim.tv_sec < now - STALE_LOCK_SECONDS)
		unlinkat(dfd, lock, 0);
}

/*
 * Stores the listing as git stores its index: written to NAME.lock, created
 * only if no other writer holds it, then renamed over NAME. A reader sees
 * the old listing or the new one, never a part.
 */
static void store(const char *cache_dir, const char *name, const gl_buf *data, int64_t now)
{
	if (mkdir(cache_dir, 0755) < 0 && errno != EEXIST)
		return;
	int dfd = open(cache_dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (dfd < 0)
		return;
	gl_buf lock = GL_BUF_INIT;
	gl_buf_printf(&lock, "%s.lock", name);
	int fd = openat(dfd, lock.ptr, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0) {
		if (errno == EEXIST)
			drop_stale_lock(dfd, lock.ptr, now);
	} else {
		bool ok = gl_write_all(fd, data->ptr, data->len) == 0;
		ok = close(fd) == 0 && ok;
		if (!ok || renameat(dfd, lock.ptr, dfd, name) < 0)
			unlinkat(dfd, lock.ptr, 0);
	}
	gl_buf_release(&lock);
	close(dfd);
}

/* The listing as the cache keeps it: the prefix, the entries, END. */
static void serialize(gl_buf *out, const gl_buf *prefix, const gl_fs_entries *all)
{
	gl_buf_put(out, prefix->ptr, prefix->len);
	for (size_t i = 0; i < all->len; i++) {
		gl_buf_putc(out, kind_letter(all->items[i].kind));
		gl_buf_put(out, all->items[i].name, strlen(all->items[i].name) + 1);
	}
	gl_buf_puts(out, END);
}

/* Moves the entries keep() takes from `all` to `out`; frees the rest. */
static void take_kept(gl_fs_entries *out, gl_fs_entries *all, gl_fs_keep_fn keep, void *payload)
{
	for (size_t i = 0; i < all->len; i++) {
		if (!keep || keep(all->items[i].name, all->items[i].kind, payload))
			gl_vec_push(out, all->items[i]);
		else
			free(all->items[i].name);
	}
	all->len = 0;
	gl_vec_free(all);
}

/* Reads the folder whole and stores its listing when the folder is settled and held still. */
static int read_and_store(const char *dir, const char *cache_dir, const char *name,
			  const gl_buf *prefix, gl_fs_entries *out, gl_fs_keep_fn keep,
			  void *payload, int64_t now)
{
	gl_fs_entries all = {0};
	if (gl_fs_entries_read(dir, &all, NULL, NULL) < 0)
		return -1;
	gl_buf after = GL_BUF_INIT, data = GL_BUF_INIT;
	int64_t changed;
	/*
	 * The same stamp after the listing as before (no change came in
	 * between), and a folder changed long enough ago that a change after
	 * this listing gets other times, even on a clock ticking in seconds.
	 */
	if (stamp_prefix(&after, dir, &changed) && after.len == prefix->len &&
	    !memcmp(after.ptr, prefix->ptr, after.len) && changed <= now - GL_LISTING_SETTLED) {
		serialize(&data, prefix, &all);
		store(cache_dir, name, &data, now);
	}
	gl_buf_release(&after);
	gl_buf_release(&data);
	take_kept(out, &all, keep, payload);
	return 0;
}

int gl_listing_read_at(const char *dir, const char *cache_dir, gl_fs_entries *out,
		       gl_fs_keep_fn keep, void *payload, int64_t now)
{
	gl_buf prefix = GL_BUF_INIT, name = GL_BUF_INIT, file = GL_BUF_INIT, data = GL_BUF_INIT;
	int64_t changed;
	if (!cache_dir || dir[0] != '/' || strchr(dir, '\n') ||
	    !stamp_prefix(&prefix, dir, &changed)) {
		gl_buf_release(&prefix);
		return gl_fs_entries_read(dir, out, keep, payload);
	}
	cache_name(&name, dir);
	gl_buf_printf(&file, "%s/%s", cache_dir, name.ptr);
	int rc = 0;
	bool hit = read_cache(&data, file.ptr) && data.len >= prefix.len &&
		   !memcmp(data.ptr, prefix.ptr, prefix.len) &&
		   parse_entries(&data, prefix.len, out, keep, payload);
	if (!hit)
		rc = read_and_store(dir, cache_dir, name.ptr, &prefix, out, keep, payload, now);
	gl_buf_release(&prefix);
	gl_buf_release(&name);
	gl_buf_release(&file);
	gl_buf_release(&data);
	return rc;
}

int gl_listing_read(const char *dir, const char *cache_dir, gl_fs_entries *out, gl_fs_keep_fn keep,
		    void *payload)
{
	return gl_listing_read_at(dir, cache_dir, out, keep, payload, (int64_t)time(NULL));
}
