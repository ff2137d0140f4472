/* govlog init --hooks: installs govlog's Git hooks, chaining the ones other tools put there. */
#include "author/hooks_install.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/error.h"
#include "log/log_internal.h"
#include "repo/hookdir.h"
#include "author/hooks_husky.h"
#include "author/template_data.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/write.h"
#include "util/banned.h"

/* Far more than any script govlog writes: a larger file is another tool's hook. */
#define HOOK_READ_MAX (1024 * 1024)
#define HOOK_COUNT 4

static const char *const hook_names[HOOK_COUNT] = {"pre-commit", "commit-msg", "pre-push",
						   "pre-merge-commit"};

/* The line of every script that init fills in with the path of the govlog installing it. */
#define HOOK_PROGRAM_LINE "govlog_installed=''\n"

typedef enum hook_state { HOOK_ABSENT, HOOK_OURS, HOOK_FOREIGN } hook_state;

typedef struct hook {
	const char *name;
	gl_buf path;  /* absolute */
	gl_buf aside; /* path + GOVLOG_HOOK_CHAIN_SUFFIX */
	gl_buf shown; /* as reported */
	hook_state state;
	bool aside_exists;
} hook;

typedef struct hook_set {
	char *dir;
	const char *program; /* absolute path of this govlog, or NULL */
	hook items[HOOK_COUNT];
	govlog_init_fn fn;
	void *payload;
} hook_set;

static int io_error(const char *what, const char *path)
{
	return gl_error_set(GOVLOG_EIO, "cannot %s '%s': %s", what, path, strerror(errno));
}

/* Relative to the current folder inside the repository, absolute outside it. */
static void show_path(gl_buf *out, const govlog_log *log, const char *path)
{
	const char *root = govlog_log_root(log);
	size_t n = strlen(root);
	if (!strncmp(path, root, n) && path[n] == '/')
		gl_path_relative(out, path, gl_log_cwd(log));
	else
		gl_buf_puts(out, path);
}

/* True when a line of the script is govlog's mark. */
static bool is_ours(const char *text)
{
	size_t n = strlen(GOVLOG_HOOK_MARK);
	for (const char *p = strstr(text, GOVLOG_HOOK_MARK); p; p = strstr(p + 1, GOVLOG_HOOK_MARK))
		if ((p == text || p[-1] == '\n') && (p[n] == '\n' || p[n] == '\r' || !p[n]))
			return true;
	return false;
}

static int classify(hook *h)
{
	struct stat st;
	h->aside_exists = lstat(h->aside.ptr, &st) == 0;
	h->state = HOOK_ABSENT;
	if (lstat(h->path.ptr, &st) < 0)
		return errno == ENOENT || errno == ENOTDIR ? 0 : io_error("read", h->shown.ptr);
	gl_buf text = GL_BUF_INIT;
	gl_fs_result r = gl_fs_read(h->path.ptr, HOOK_READ_MAX, &text);
	int rc = 0;
	/* A dangling or looping link, an oversized file: another tool's, kept as it is. */
	if (r == GL_FS_ERROR && errno != ENOENT && errno != ELOOP)
		rc = io_error("read the hook", h->shown.ptr);
	h->state = r == GL_FS_OK && is_ours(text.ptr) ? HOOK_OURS : HOOK_FOREIGN;
	gl_buf_release(&text);
	return rc;
}

/* Looks at every hook of the folder before anything changes. */
static int examine(hook_set *hs, const govlog_log *log)
{
	int rc = 0;
	for (size_t i = 0; i < HOOK_COUNT && !rc; i++) {
		hook *h = &hs->items[i];
		gl_path_join(&h->path, hs->dir, h->name);
		gl_buf_printf(&h->aside, "%s%s", h->path.ptr, GOVLOG_HOOK_CHAIN_SUFFIX);
		show_path(&h->shown, log, h->path.ptr);
		rc = classify(h);
	}
	return rc;
}

static int chain_taken(const hook *h)
{
	return gl_error_set(GOVLOG_EIO,
			    "cannot chain the %s hook '%s': '%s%s' exists already; move one of "
			    "them away and run govlog init --hooks again",
			    h->name, h->shown.ptr, h->shown.ptr, GOVLOG_HOOK_CHAIN_SUFFIX);
}

/*
 * The script with the installing govlog's path on its program line, quoted
 * for sh: a hook Git runs with a short PATH (desktop clients) still finds it.
 */
static void render_script(gl_buf *out, const gl_template_data *t, const char *program)
{
	const char *at = program ? strstr(t->text, HOOK_PROGRAM_LINE) : NULL;
	if (!at) {
		gl_buf_put(out, t->text, t->len);
		return;
	}
	gl_buf_put(out, t->text, (size_t)(at - t->text));
	gl_buf_puts(out, "govlog_installed='");
	for (const char *p = program; *p; p++) {
		if (*p == '\'')
			gl_buf_puts(out, "'\\''"); /* close, an escaped quote, reopen */
		else
			gl_buf_putc(out, *p);
	}
	gl_buf_puts(out, "'\n");
	const char *rest = at + strlen(HOOK_PROGRAM_LINE);
	gl_buf_put(out, rest, t->len - (size_t)(rest - t->text));
}

/* Writes govlog's script at the hook's path, which must be free. */
static int write_script(const hook_set *hs, const hook *h)
{
	gl_buf name = GL_BUF_INIT, text = GL_BUF_INIT;
	gl_buf_printf(&name, "hooks/%s", h->name);
	const gl_template_data *t = gl_template_find(name.ptr);
	gl_buf_release(&name);
	if (!t)
		return gl_error_set(GOVLOG_ERROR, "no %s hook script is built in", h->name);
	render_script(&text, t, hs->program);
	/* Git's hooks folder may lie outside the work tree (core.hooksPath, worktrees). */
	int made = gl_write_create(h->path.ptr, text.ptr, text.len, 0755, false);
	gl_buf_release(&text);
	if (made > 0)
		return gl_error_set(GOVLOG_EIO, "'%s' appeared while installing; left as it is",
				    h->shown.ptr);
	return made;
}

static int install_one(const hook_set *hs, const hook *h)
{
	if (h->state == HOOK_OURS) {
		hs->fn(h->shown.ptr, GOVLOG_INIT_KEPT, hs->payload);
		return 0;
	}
	if (h->state == HOOK_FOREIGN) {
		int moved = gl_fs_move_noreplace(h->path.ptr, h->aside.ptr);
		if (moved)
			return moved > 0 ? chain_taken(h) : io_error("move aside", h->shown.ptr);
	}
	int rc = write_script(hs, h);
	if (rc && h->state == HOOK_FOREIGN) {
		int saved = errno;
		gl_fs_move_noreplace(h->aside.ptr, h->path.ptr); /* put the tool's hook back */
		errno = saved;
	}
	if (!rc)
		hs->fn(h->shown.ptr,
		       h->state == HOOK_FOREIGN || h->aside_exists ? GOVLOG_INIT_CHAINED
								   : GOVLOG_INIT_INSTALLED,
		       hs->payload);
	return rc;
}

/* Whether the hook and its aside name one file: a move aside a crash stopped halfway. */
static bool same_file(const hook *h)
{
	struct stat a, b;
	return lstat(h->path.ptr, &a) == 0 && lstat(h->aside.ptr, &b) == 0 &&
	       a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static int install_all(hook_set *hs)
{
	for (size_t i = 0; i < HOOK_COUNT; i++) {
		hook *h = &hs->items[i];
		if (h->state != HOOK_FOREIGN || !h->aside_exists)
			continue;
		if (!same_file(h))
			return chain_taken(h);
		if (unlink(h->path.ptr) < 0) /* finish the move */
			return io_error("move aside", h->shown.ptr);
		h->state = HOOK_ABSENT;
	}
	if (gl_fs_mkdir_p(hs->dir) < 0)
		return io_error("create", hs->dir);
	int rc = 0;
	for (size_t i = 0; i < HOOK_COUNT && !rc; i++)
		rc = install_one(hs, &hs->items[i]);
	return rc;
}

static int remove_one(const hook_set *hs, const hook *h)
{
	if (h->state == HOOK_FOREIGN) {
		hs->fn(h->shown.ptr, GOVLOG_INIT_KEPT, hs->payload);
		return 0;
	}
	if (h->state == HOOK_OURS && unlink(h->path.ptr) < 0)
		return io_error("remove", h->shown.ptr);
	if (!h->aside_exists) {
		if (h->state == HOOK_OURS)
			hs->fn(h->shown.ptr, GOVLOG_INIT_REMOVED, hs->payload);
		return 0;
	}
	int moved = gl_fs_move_noreplace(h->aside.ptr, h->path.ptr);
	if (moved)
		return moved > 0 ? gl_error_set(GOVLOG_EIO, "'%s' appeared while removing",
						h->shown.ptr)
				 : io_error("restore", h->shown.ptr);
	hs->fn(h->shown.ptr, GOVLOG_INIT_RESTORED, hs->payload);
	return 0;
}

static void show_husky_path(gl_buf *out, const char *path, void *log)
{
	show_path(out, log, path);
}

/* In a husky repository (hooks folder `dir`), govlog's lines go into the user's hook files. */
static int husky_install(bool *done, const govlog_log *log, const char *dir, bool remove,
			 govlog_init_fn fn, void *payload)
{
	gl_buf user_dir = GL_BUF_INIT;
	int rc = 0;
	husky_ctx c = {NULL, false, show_husky_path, (void *)log, fn, payload};
	*done = gl_husky_detect(&user_dir, &c.v9, dir);
	if (*done) {
		c.user_dir = user_dir.ptr;
		rc = gl_husky_install(&c, remove);
	}
	gl_buf_release(&user_dir);
	return rc;
}

int gl_hooks_install(const govlog_log *log, bool remove, const char *program, govlog_init_fn fn,
		     void *payload)
{
	hook_set hs = {0};
	int rc = gl_repo_hooks_dir(&hs.dir, govlog_log_root(log));
	bool husky = false;
	if (!rc)
		rc = husky_install(&husky, log, hs.dir, remove, fn, payload);
	if (husky || rc) {
		free(hs.dir);
		return rc;
	}
	hs.program = program && *program == '/' ? program : NULL;
	hs.fn = fn;
	hs.payload = payload;
	for (size_t i = 0; i < HOOK_COUNT; i++) {
		hook *h = &hs.items[i];
		h->name = hook_names[i];
		gl_buf_init(&h->path);
		gl_buf_init(&h->aside);
		gl_buf_init(&h->shown);
	}
	rc = examine(&hs, log);
	if (!rc && !remove)
		rc = install_all(&hs);
	for (size_t i = 0; i < HOOK_COUNT && !rc && remove; i++)
		rc = remove_one(&hs, &hs.items[i]);
	for (size_t i = 0; i < HOOK_COUNT; i++) {
		gl_buf_release(&hs.items[i].path);
		gl_buf_release(&hs.items[i].aside);
		gl_buf_release(&hs.items[i].shown);
	}
	free(hs.dir);
	return rc;
}
