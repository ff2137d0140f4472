/* The one writer discipline: the work tree's lock, hidden temporary files, atomic replace. */
#define _GNU_SOURCE /* O_TMPFILE: a new file has no name until it is linked in whole */
#include "util/write.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "govlog/common.h"
#include "util/error.h"
#include "util/fs.h"
#include "util/banned.h"

/* A base name longer than this is shortened in the temporary name (NAME_MAX is 255). */
#define TMP_BASE_MAX 200

static struct {
	int fd;         /* the root folder, flocked */
	unsigned depth; /* nested gl_write_begin calls */
	char *root;     /* real path of the work tree */
	gl_strvec swept;
} lock = {-1, 0, NULL, {0}};

int gl_write_begin(const char *root)
{
	if (lock.depth++)
		return 0;
	lock.root = realpath(root, NULL);
	lock.fd = lock.root ? open(lock.root, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	int rc = lock.fd < 0 ? -1 : 0;
	while (!rc && flock(lock.fd, LOCK_EX) < 0)
		if (errno != EINTR)
			rc = -1;
	if (rc) {
		rc = gl_error_set(GOVLOG_EIO, "cannot lock '%s': %s", root, strerror(errno));
		lock.depth = 1;
		gl_write_end();
	}
	return rc;
}

void gl_write_end(void)
{
	if (!lock.depth || --lock.depth)
		return;
	if (lock.fd >= 0)
		close(lock.fd); /* releases the lock */
	lock.fd = -1;
	free(lock.root);
	lock.root = NULL;
	gl_strvec_free(&lock.swept);
}

static bool inside_root(const char *real)
{
	size_t n = strlen(lock.root);
	return !strncmp(real, lock.root, n) &&
	       (real[n] == '/' || real[n] == '\0' || (n == 1 && lock.root[0] == '/'));
}

/* A folder the work tree lies in ("/" holds every root). */
static bool holds_root(const char *real)
{
	size_t n = strlen(real);
	return !strcmp(real, "/") || (!strncmp(lock.root, real, n) && lock.root[n] == '/');
}

static int outside(const char *path)
{
	return gl_error_set(GOVLOG_EIO, "'%s' leads outside the repository '%s': not used", path,
			    lock.root);
}

/* The real path of path's folder, inside the work tree when `confine`; base set to its name. */
static int real_folder(gl_buf *out, const char **base, const char *path, bool confine)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? gl_xstrndup(path, slash == path ? 1 : (size_t)(slash - path))
			  : gl_xstrdup(".");
	*base = slash ? slash + 1 : path;
	char *real = realpath(dir, NULL);
	int rc = 0;
	if (!lock.depth)
		rc = gl_error_set(GOVLOG_ERROR, "writing '%s' without the lock", path);
	else if (!real)
		rc = gl_error_set(GOVLOG_EIO, "cannot open the folder of '%s': %s", path,
				  strerror(errno));
	else if (confine && !inside_root(real))
		rc = outside(path);
	if (!rc)
		gl_path_join(out, real, *base);
	free(real);
	free(dir);
	return rc;
}

int gl_write_resolve(gl_buf *out, const char *path)
{
	const char *base;
	gl_buf full = GL_BUF_INIT;
	int rc = real_folder(&full, &base, path, true);
	struct stat st;
	if (!rc && !*base)
		rc = gl_error_set(GOVLOG_EINVALID, "'%s' names a folder, not a file", path);
	if (!rc && lstat(full.ptr, &st) == 0 && S_ISLNK(st.st_mode)) {
		char *target = realpath(full.ptr, NULL);
		if (!target)
			rc = gl_error_set(GOVLOG_EIO, "'%s' is a symbolic link that leads nowhere",
					  path);
		else if (!inside_root(target))
			rc = outside(path);
		else if (stat(target, &st) < 0 || !S_ISREG(st.st_mode))
			rc = gl_error_set(GOVLOG_EIO, "'%s' does not lead to a file", path);
		if (!rc) {
			gl_buf_clear(&full);
			gl_buf_puts(&full, target);
		}
		free(target);
	}
	if (!rc)
		gl_buf_put(out, full.ptr, full.len);
	gl_buf_release(&full);
	return rc;
}

int gl_write_read(bool *exists, const char *path, size_t max, gl_buf *out)
{
	gl_buf real = GL_BUF_INIT;
	*exists = false;
	int rc = gl_write_resolve(&real, path);
	gl_fs_result r = rc ? GL_FS_OK : gl_fs_read(real.ptr, max, out);
	if (!rc && r == GL_FS_TOO_LARGE)
		rc = gl_error_set(GOVLOG_EIO, "cannot read '%s': larger than %zu bytes", path, max);
	else if (!rc && r == GL_FS_ERROR && errno != ENOENT)
		rc = gl_error_set(GOVLOG_EIO, "cannot read '%s': %s", path, strerror(errno));
	else if (!rc && r == GL_FS_NOT_FILE)
		rc = gl_error_set(GOVLOG_EIO, "cannot read '%s': not a regular file", path);
	*exists = !rc && r == GL_FS_OK;
	gl_buf_release(&real);
	return rc;
}

/* A name made by tmp_open, or by govlog before it hid them ("NAME.govlog-XXXXXX"). */
static bool is_temporary(const char *name)
{
	const char *mark = strstr(name, GL_WRITE_TMP_MARK);
	if (name[0] == '.' && mark && strlen(mark + strlen(GL_WRITE_TMP_MARK)) == 6)
		return true;
	size_t n = strlen(name);
	return n > 14 && !strncmp(name + n - 14, ".govlog-", 8) &&
	       strspn(name + n - 6,
		      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") == 6;
}

void gl_write_sweep(const char *dir)
{
	if (!lock.depth || gl_strvec_contains(&lock.swept, dir))
		return;
	gl_vec_push(&lock.swept, gl_xstrdup(dir));
	gl_strvec names = {0};
	gl_buf path = GL_BUF_INIT;
	if (gl_fs_list(dir, &names) == 0)
		for (size_t i = 0; i < names.len; i++) {
			if (!is_temporary(names.items[i]))
				continue;
			gl_buf_clear(&path);
			gl_path_join(&path, dir, names.items[i]);
			unlink(path.ptr); /* a writer that died left it: the lock is ours */
		}
	gl_buf_release(&path);
	gl_strvec_free(&names);
}

static int sync_folder(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd) < 0 && errno != EINVAL ? -1 : 0;
	close(fd);
	return rc;
}

int gl_write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = ENOSPC;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Writes the data to a new temporary file beside `real` (its folder swept
 * first), synced, with the mode; its name in tmp. 0, or -1 with errno.
 * `output`: a file of an output folder, swept and synced once for all
 * (gl_write_output_sync), not one by one.
 */
static int write_temporary_as(gl_buf *tmp, const char *real, const char *data, size_t len,
			      mode_t mode, bool output)
{
	const char *slash = strrchr(real, '/');
	char *dir = gl_xstrndup(real, slash == real ? 1 : (size_t)(slash - real));
	if (!output)
		gl_write_sweep(dir);
	gl_buf_printf(tmp, "%s/.%.*s" GL_WRITE_TMP_MARK "XXXXXX", dir, TMP_BASE_MAX, slash + 1);
	free(dir);
	int fd = mkstemp(tmp->ptr), rc = fd < 0 ? -1 : 0;
	if (!rc &&
	    (gl_write_all(fd, data, len) < 0 || fchmod(fd, mode) < 0 || (!output && fsync(fd) < 0)))
		rc = -1;
	int saved = errno;
	if (fd >= 0 && close(fd) < 0 && !rc)
		rc = -1, saved = errno;
	if (rc && fd >= 0)
		unlink(tmp->ptr);
	errno = saved;
	return rc;
}

static int write_temporary(gl_buf *tmp, const char *real, const char *data, size_t len, mode_t mode)
{
	return write_temporary_as(tmp, real, data, len, mode, false);
}

/* Syncs the folder of `real` so the rename or link survives a crash. */
static int sync_parent(const char *real)
{
	const char *slash = strrchr(real, '/');
	char *dir = gl_xstrndup(real, slash == real ? 1 : (size_t)(slash - real));
	int rc = sync_folder(dir);
	free(dir);
	return rc;
}

/*
 * The data renamed over `real` whole, from a temporary file beside it; an
 * output file (gl_write_output) is neither swept for nor synced one by one.
 */
static int put_whole(const char *path, const char *real, const char *data, size_t len, mode_t mode,
		     bool output)
{
	gl_buf tmp = GL_BUF_INIT;
	int rc = 0;
	if (write_temporary_as(&tmp, real, data, len, mode, output) < 0 ||
	    rename(tmp.ptr, real) < 0 || (!output && sync_parent(real) < 0)) {
		int saved = errno;
		if (tmp.len)
			unlink(tmp.ptr);
		rc = gl_error_set(GOVLOG_EIO, "cannot write %s: %s", path, strerror(saved));
	}
	gl_buf_release(&tmp);
	return rc;
}

int gl_write_replace(const char *path, const char *data, size_t len)
{
	gl_buf real = GL_BUF_INIT;
	int rc = gl_write_resolve(&real, path);
	struct stat st;
	mode_t mode = !rc && stat(real.ptr, &st) == 0 ? (st.st_mode & 07777) : 0644;
	if (!rc)
		rc = put_whole(path, real.ptr, data, len, mode, false);
	gl_buf_release(&real);
	return rc;
}

/*
 * Whether `real` is already a regular file (no link) of mode 0644 holding
 * exactly data[0..len): a site written again leaves its unchanged pages as
 * they are, mtime and all, instead of replacing each.
 */
static bool holds_already(const char *real, const char *data, size_t len)
{
	int fd = open(real, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return false;
	struct stat st;
	bool same = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 07777) == 0644 &&
		    (size_t)st.st_size == len;
	char chunk[16384];
	for (size_t at = 0; same && at < len;) {
		size_t want = len - at < sizeof(chunk) ? len - at : sizeof(chunk);
		ssize_t n = read(fd, chunk, want);
		same = n > 0 && !memcmp(chunk, data + at, (size_t)n);
		at += n > 0 ? (size_t)n : 0;
	}
	close(fd);
	return same;
}

int gl_write_output(const char *path, const char *data, size_t len)
{
	const char *base;
	gl_buf real = GL_BUF_INIT;
	int rc = real_folder(&real, &base, path, false);
	if (!rc && !*base)
		rc = gl_error_set(GOVLOG_EINVALID, "'%s' names a folder, not a file", path);
	/* A link there is replaced, never followed: an output folder is written, nothing else. */
	if (!rc && !holds_already(real.ptr, data, len))
		rc = put_whole(path, real.ptr, data, len, 0644, true);
	gl_buf_release(&real);
	return rc;
}

/*
 * Creates `real` from a file without a name (O_TMPFILE), linked in whole, so
 * a crash leaves nothing to clean up. 0; 1 when it exists; -1 with errno;
 * -2 when the system cannot (no O_TMPFILE there, no /proc): use a named one.
 */
static int create_unnamed(const char *real, const char *data, size_t len, mode_t mode)
{
#ifdef O_TMPFILE
	const char *slash = strrchr(real, '/');
	char *dir = gl_xstrndup(real, slash == real ? 1 : (size_t)(slash - real));
	int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
	free(dir);
	if (fd < 0)
		return errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL ? -2 : -1;
	char proc[64];
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	int rc = gl_write_all(fd, data, len) < 0 || fchmod(fd, mode) < 0 || fsync(fd) < 0 ? -1 : 0;
	if (!rc && linkat(AT_FDCWD, proc, AT_FDCWD, real, AT_SYMLINK_FOLLOW) < 0)
		rc = errno == EEXIST ? 1 : errno == ENOENT ? -2 : -1;
	int saved = errno;
	close(fd);
	if (!rc && sync_parent(real) < 0)
		return -1;
	errno = saved;
	return rc;
#else
	(void)real, (void)data, (void)len, (void)mode;
	return -2;
#endif
}

/* Creates `real` through a named temporary file and a link: 0, 1 when it exists, -1. */
static int create_named(const char *real, const char *data, size_t len, mode_t mode)
{
	gl_buf tmp = GL_BUF_INIT;
	int rc = write_temporary(&tmp, real, data, len, mode);
	if (!rc) {
		int linked = link(tmp.ptr, real), saved = errno;
		unlink(tmp.ptr);
		rc = linked == 0 ? sync_parent(real) : saved == EEXIST ? 1 : -1;
		if (linked < 0)
			errno = saved;
	}
	gl_buf_release(&tmp);
	return rc;
}

int gl_write_create(const char *path, const char *data, size_t len, unsigned mode, bool confine)
{
	const char *base;
	gl_buf real = GL_BUF_INIT;
	int rc = real_folder(&real, &base, path, confine);
	struct stat st;
	if (!rc && lstat(real.ptr, &st) == 0)
		rc = 1;
	if (!rc) {
		const char *slash = strrchr(real.ptr, '/');
		char *dir =
			gl_xstrndup(real.ptr, slash == real.ptr ? 1 : (size_t)(slash - real.ptr));
		gl_write_sweep(dir);
		free(dir);
		rc = create_unnamed(real.ptr, data, len, (mode_t)mode);
		if (rc == -2)
			rc = create_named(real.ptr, data, len, (mode_t)mode);
		if (rc < 0)
			rc = gl_error_set(GOVLOG_EIO, "cannot create '%s': %s", path,
					  strerror(errno));
	}
	gl_buf_release(&real);
	return rc;
}

int gl_write_mkdirs(const char *dir)
{
	gl_buf part = GL_BUF_INIT;
	int rc = lock.depth ? 0 : gl_error_set(GOVLOG_ERROR, "creating '%s' without the lock", dir);
	size_t n = strlen(dir);
	for (size_t i = 1; i <= n && !rc; i++) {
		if (i < n && dir[i] != '/')
			continue;
		gl_buf_clear(&part);
		gl_buf_put(&part, dir, i);
		char *real = realpath(part.ptr, NULL);
		if (real && !inside_root(real) && !holds_root(real))
			rc = outside(part.ptr);
		else if (!real && mkdir(part.ptr, 0777) < 0 && errno != EEXIST)
			rc = gl_error_set(GOVLOG_EIO, "cannot create '%s': %s", part.ptr,
					  strerror(errno));
		free(real);
	}
	if (!rc && !gl_fs_is_dir(dir))
		rc = gl_error_set(GOVLOG_EIO, "cannot create '%s': %s", dir, strerror(ENOTDIR));
	gl_buf_release(&part);
	return rc;
}

int gl_write_output_sync(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc = fd < 0 || syncfs(fd) < 0 ? -1 : 0;
	int saved = errno;
	if (fd >= 0)
		close(fd);
	return rc ? gl_error_set(GOVLOG_EIO, "cannot sync %s: %s", dir, strerror(saved)) : 0;
}
