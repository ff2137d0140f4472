/* POSIX file access used by the log loader; everything else reads from Git or memory. */
#define _DEFAULT_SOURCE /* d_type and DT_*: a folder's listing says what each entry is */
#include "util/fs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/ascii.h"
#include "util/banned.h"

/* Reads fd to its end (or, given the size it had, to that size), up to `max` bytes. */
static gl_fs_result read_to_end(int fd, const struct stat *st, size_t max, gl_buf *out)
{
	/* a regular file's buffer has room for its size and one byte more, which ends the read */
	size_t least = st ? 1 : 4096;
	for (;;) {
		if (out->alloc < out->len + 1 + least)
			gl_buf_grow(out, 4096);
		size_t wanted = out->alloc - out->len - 1;
		ssize_t n = read(fd, out->ptr + out->len, wanted);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			close(fd);
			return GL_FS_ERROR;
		}
		if (n == 0)
			break;
		out->len += (size_t)n;
		out->ptr[out->len] = '\0';
		if (out->len > max) {
			close(fd);
			return GL_FS_TOO_LARGE;
		}
		/* A regular file read short, to the size it had, is read to its end. */
		if (st && (size_t)n < wanted && out->len == (size_t)st->st_size)
			break;
	}
	close(fd);
	return GL_FS_OK;
}

gl_fs_result gl_fs_read(const char *path, size_t max, gl_buf *out)
{
	/* O_NONBLOCK: opening a pipe would wait for a writer; a regular file ignores it */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) /* ENXIO: a socket, or a device with nothing behind it */
		return errno == ENXIO ? GL_FS_NOT_FILE : GL_FS_ERROR;
	struct stat st;
	if (fstat(fd, &st) < 0) {
		int err = errno;
		close(fd);
		errno = err;
		return GL_FS_ERROR;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		errno = EISDIR;
		return GL_FS_ERROR;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return GL_FS_NOT_FILE;
	}
	if ((size_t)st.st_size > max) {
		close(fd);
		return GL_FS_TOO_LARGE;
	}
	gl_buf_grow(out, (size_t)st.st_size + 1);
	return read_to_end(fd, &st, max, out);
}

gl_fs_result gl_fs_read_stream(const char *path, size_t max, gl_buf *out)
{
	gl_fs_result rc = gl_fs_read(path, max, out);
	if (rc != GL_FS_NOT_FILE)
		return rc;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	return fd < 0 ? GL_FS_ERROR : read_to_end(fd, NULL, max, out);
}

bool gl_fs_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool gl_fs_is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool gl_fs_is_link(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
}

bool gl_fs_is_own_dir(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool gl_path_is_markdown(const char *path)
{
	size_t n = strlen(path);
	return (n > 3 && gl_ascii_ends_with_ci(path, n, ".md")) ||
	       (n > 9 && gl_ascii_ends_with_ci(path, n, ".markdown"));
}

static int compare_entries(const void *a, const void *b)
{
	return strcmp(((const gl_fs_entry *)a)->name, ((const gl_fs_entry *)b)->name);
}

/* What the folder's listing says an entry is; links and the rest are for stat to tell. */
static gl_fs_kind kind_of(const struct dirent *e)
{
#ifdef DT_REG
	if (e->d_type == DT_REG)
		return GL_FS_REGULAR;
	if (e->d_type == DT_DIR)
		return GL_FS_DIRECTORY;
#endif
	(void)e;
	return GL_FS_UNKNOWN;
}

int gl_fs_entries_read(const char *dir, gl_fs_entries *out, gl_fs_keep_fn keep, void *payload)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		gl_fs_kind kind = kind_of(e);
		if (!keep || keep(e->d_name, kind, payload))
			gl_vec_push(out, ((gl_fs_entry){gl_xstrdup(e->d_name), kind}));
	}
	closedir(d);
	if (out->len > 1)
		qsort(out->items, out->len, sizeof(gl_fs_entry), compare_entries);
	return 0;
}

void gl_fs_entries_free(gl_fs_entries *entries)
{
	for (size_t i = 0; i < entries->len; i++)
		free(entries->items[i].name);
	gl_vec_free(entries);
}

int gl_fs_list(const char *dir, gl_strvec *names)
{
	gl_fs_entries entries = {0};
	if (gl_fs_entries_read(dir, &entries, NULL, NULL) < 0)
		return -1;
	for (size_t i = 0; i < entries.len; i++)
		gl_vec_push(names, entries.items[i].name);
	gl_vec_free(&entries);
	return 0;
}

bool gl_strvec_contains(const gl_strvec *v, const char *s)
{
	for (size_t i = 0; i < v->len; i++)
		if (!strcmp(v->items[i], s))
			return true;
	return false;
}

void gl_strvec_free(gl_strvec *v)
{
	for (size_t i = 0; i < v->len; i++)
		free(v->items[i]);
	gl_vec_free(v);
}

void gl_path_join(gl_buf *out, const char *a, const char *b)
{
	while (b[0] == '.' && b[1] == '/')
		b += 2;
	gl_buf_puts(out, a);
	if (out->len && out->ptr[out->len - 1] != '/' && *b)
		gl_buf_putc(out, '/');
	gl_buf_puts(out, b);
	while (out->len > 1 && out->ptr[out->len - 1] == '/')
		gl_buf_truncate(out, out->len - 1);
}

/* Next path component of *p: its start and length; advances *p past it. */
static size_t next_component(const char **p, const char **start)
{
	while (**p == '/')
		(*p)++;
	*start = *p;
	while (**p && **p != '/')
		(*p)++;
	return (size_t)(*p - *start);
}

void gl_path_relative(gl_buf *out, const char *target, const char *base)
{
	const char *t = target, *b = base, *ts, *bs;
	const char *t_rest = t, *b_rest = b;
	for (;;) {
		t_rest = t;
		b_rest = b;
		size_t tl = next_component(&t, &ts), bl = next_component(&b, &bs);
		if (!tl || tl != bl || memcmp(ts, bs, tl))
			break;
	}
	b = b_rest;
	while (next_component(&b, &bs))
		gl_buf_puts(out, out->len ? "/.." : "..");
	while (*t_rest == '/')
		t_rest++;
	if (*t_rest) {
		if (out->len)
			gl_buf_putc(out, '/');
		gl_buf_puts(out, t_rest);
	}
	if (!out->len)
		gl_buf_putc(out, '.');
}

char *gl_path_cwd(void)
{
	char *cwd = getcwd(NULL, 0);
	if (!cwd)
		return NULL;
	char *real = realpath(cwd, NULL);
	free(cwd);
	return real;
}

bool gl_path_within(const char *path, const char *folder)
{
	size_t n = strlen(folder);
	while (n > 1 && folder[n - 1] == '/')
		n--;
	if (n == 1 && folder[0] == '.')
		return true;
	return !strncmp(path, folder, n) && (path[n] == '\0' || path[n] == '/');
}

bool gl_path_within_any(const char *path, const gl_strvec *folders)
{
	for (size_t i = 0; i < folders->len; i++)
		if (gl_path_within(path, folders->items[i]))
			return true;
	return false;
}

bool gl_path_is_inside(const char *path, const char *root)
{
	char *real = realpath(path, NULL), *real_root = realpath(root, NULL);
	bool inside = false;
	if (real && real_root) {
		size_t n = strlen(real_root);
		inside = !strncmp(real, real_root, n) &&
			 (real[n] == '/' || real[n] == '\0' || (n == 1 && real_root[0] == '/'));
	}
	free(real);
	free(real_root);
	return inside;
}

void gl_path_normalise(gl_buf *path)
{
	gl_strvec parts = {0};
	const char *p = path->ptr;
	bool absolute = *p == '/';
	while (*p) {
		const char *start = p;
		while (*p && *p != '/')
			p++;
		size_t n = (size_t)(p - start);
		bool up = n == 2 && !strncmp(start, "..", 2);
		if (up && parts.len && strcmp(parts.items[parts.len - 1], ".."))
			free(parts.items[--parts.len]);
		else if (n && !(n == 1 && *start == '.') && !(up && absolute)) /* "/.." is "/" */
			gl_vec_push(&parts, gl_xstrndup(start, n));
		while (*p == '/')
			p++;
	}
	gl_buf_clear(path);
	gl_buf_puts(path, absolute ? "/" : "");
	for (size_t i = 0; i < parts.len; i++)
		gl_buf_printf(path, "%s%s", i ? "/" : "", parts.items[i]);
	if (!path->len)
		gl_buf_puts(path, ".");
	gl_strvec_free(&parts);
}

int gl_fs_move_noreplace(const char *from, const char *to)
{
	struct stat st;
	/* A hard link cannot replace `to`, and flags 0 links a symbolic link itself. */
	if (linkat(AT_FDCWD, from, AT_FDCWD, to, 0) == 0)
		return unlink(from) == 0 ? 0 : -1;
	if (errno == EEXIST)
		return 1;
	if (errno != EPERM && errno != ENOTSUP && errno != EMLINK)
		return -1;
	/* A file system without hard links: check, then rename. */
	if (lstat(to, &st) == 0)
		return 1;
	return rename(from, to) == 0 ? 0 : -1;
}

int gl_fs_mkdir_p(const char *dir)
{
	gl_buf part = GL_BUF_INIT;
	int rc = 0;
	size_t n = strlen(dir);
	for (size_t i = 1; i <= n && !rc; i++) {
		if (i < n && dir[i] != '/')
			continue;
		gl_buf_clear(&part);
		gl_buf_put(&part, dir, i);
		if (mkdir(part.ptr, 0777) < 0 && errno != EEXIST)
			rc = -1;
	}
	if (!rc && !gl_fs_is_dir(dir)) {
		errno = ENOTDIR;
		rc = -1;
	}
	gl_buf_release(&part);
	return rc;
}
