/* govlog init --hooks in a husky repository: two marked lines in the user's own hook files. */
#include "author/hooks_husky.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "util/ascii.h"
#include "util/error.h"
#include "util/fs.h"
#include "util/write.h"
#include "util/banned.h"

#define HUSKY_READ_MAX (1024 * 1024)

/*
 * The mark, then the command. husky runs these files with `sh -e`, so a
 * failing check stops the commit; like govlog's own scripts, a missing govlog
 * warns and lets Git go on (CI still checks). The mark says what else govlog
 * did, so that --remove gives back the file byte for byte: nothing, ended the
 * file's last line, or made the whole file.
 */
#define MARK                                                                                       \
	"# govlog: checks the decision log (govlog init --hooks --remove takes these lines out)"
typedef enum mark_kind { MARK_ADDED, MARK_JOINED, MARK_MADE } mark_kind;
static const char *const mark_suffix[] = {"", " [line end added]", " [file made by govlog]"};

#define COMMAND(args)                                                                              \
	"if command -v govlog >/dev/null 2>&1; then govlog hook " args "; else echo "              \
	"\"govlog: warning: govlog is not on PATH; not checked\" >&2; fi\n"

/* What husky 5 to 8 put at the top of a hook file; husky 9 needs no header. */
#define HUSKY8_HEADER "#!/usr/bin/env sh\n. \"$(dirname -- \"$0\")/_/husky.sh\"\n\n"

typedef struct husky_hook {
	const char *name;
	const char *command;
} husky_hook;

static const husky_hook husky_hooks[] = {
	{"pre-commit", COMMAND("pre-commit")},
	{"commit-msg", COMMAND("commit-msg \"$1\"")},
	{"pre-push", COMMAND("pre-push \"$@\"")},
	{"pre-merge-commit", COMMAND("pre-merge-commit")},
};

static bool file_in(const char *dir, const char *name)
{
	gl_buf path = GL_BUF_INIT;
	gl_path_join(&path, dir, name);
	bool is = gl_fs_is_file(path.ptr);
	gl_buf_release(&path);
	return is;
}

bool gl_husky_detect(gl_buf *user_dir, bool *v9, const char *hooks_dir)
{
	const char *slash = strrchr(hooks_dir, '/');
	/* husky 9: core.hooksPath is <dir>/_, holding husky's runner h. */
	if (slash && !strcmp(slash + 1, "_") && file_in(hooks_dir, "h") &&
	    file_in(hooks_dir, "husky.sh")) {
		gl_buf_put(user_dir, hooks_dir, (size_t)(slash - hooks_dir));
		*v9 = true;
		return true;
	}
	/* husky 5 to 8: core.hooksPath is <dir>, whose hook files source _/husky.sh. */
	if (file_in(hooks_dir, "_/husky.sh")) {
		gl_buf_puts(user_dir, hooks_dir);
		*v9 = false;
		return true;
	}
	return false;
}

/* The block govlog adds: its mark and its command, each on a line of its own. */
static void block(gl_buf *out, const husky_hook *h, mark_kind kind)
{
	gl_buf_printf(out, "%s%s\n%s", MARK, mark_suffix[kind], h->command);
}

/* Where govlog's block starts in text, or NULL: a mark line followed by the command. */
static const char *find_block(const char *text, const husky_hook *h, mark_kind *kind)
{
	for (const char *p = strstr(text, MARK); p; p = strstr(p + 1, MARK)) {
		if (p != text && p[-1] != '\n')
			continue;
		for (mark_kind k = MARK_ADDED; k <= MARK_MADE; k++) {
			const char *after = p + strlen(MARK);
			size_t n = strlen(mark_suffix[k]);
			if (strncmp(after, mark_suffix[k], n) || after[n] != '\n')
				continue;
			if (!strncmp(after + n + 1, h->command, strlen(h->command))) {
				*kind = k;
				return p;
			}
		}
	}
	return NULL;
}

static int create_file(const husky_ctx *c, const husky_hook *h, const char *path, const char *shown)
{
	gl_buf text = GL_BUF_INIT;
	if (!c->v9)
		gl_buf_puts(&text, HUSKY8_HEADER);
	block(&text, h, MARK_MADE);
	/* husky 9 runs its files with sh; husky 5 to 8 lets Git run them. */
	int rc = gl_write_create(path, text.ptr, text.len, c->v9 ? 0644 : 0755, true);
	gl_buf_release(&text);
	if (rc > 0)
		return gl_error_set(GOVLOG_EIO, "'%s' appeared while installing; left as it is",
				    shown);
	if (!rc)
		c->fn(shown, GOVLOG_INIT_INSTALLED, c->payload);
	return rc;
}

static int add_to(const husky_ctx *c, const husky_hook *h, const char *path, const char *shown)
{
	gl_buf text = GL_BUF_INIT;
	bool exists = false;
	mark_kind kind;
	int rc = gl_write_read(&exists, path, HUSKY_READ_MAX, &text);
	if (!rc && !exists) {
		rc = create_file(c, h, path, shown);
	} else if (!rc && find_block(text.ptr, h, &kind)) {
		c->fn(shown, GOVLOG_INIT_KEPT, c->payload);
	} else if (!rc) {
		kind = text.len && text.ptr[text.len - 1] != '\n' ? MARK_JOINED : MARK_ADDED;
		if (kind == MARK_JOINED)
			gl_buf_putc(&text, '\n');
		block(&text, h, kind);
		rc = gl_write_replace(path, text.ptr, text.len);
		if (!rc)
			c->fn(shown, GOVLOG_INIT_ADDED, c->payload);
	}
	gl_buf_release(&text);
	return rc;
}

/* Takes govlog's block (and the line end it added) out of text. */
static void cut_block(gl_buf *text, const husky_hook *h, const char *at, mark_kind kind)
{
	size_t from = (size_t)(at - text->ptr);
	gl_buf mine = GL_BUF_INIT;
	block(&mine, h, kind);
	size_t to = from + mine.len;
	gl_buf_release(&mine);
	if (kind == MARK_JOINED && from)
		from--;
	memmove(text->ptr + from, text->ptr + to, text->len - to + 1);
	text->len -= to - from;
}

/* Whether text is just what govlog wrote when it made the file: nobody added to it since. */
static bool made_whole(const husky_ctx *c, const husky_hook *h, const gl_buf *text)
{
	gl_buf made = GL_BUF_INIT;
	if (!c->v9)
		gl_buf_puts(&made, HUSKY8_HEADER);
	block(&made, h, MARK_MADE);
	bool same = made.len == text->len && !memcmp(made.ptr, text->ptr, made.len);
	gl_buf_release(&made);
	return same;
}

static int take_from(const husky_ctx *c, const husky_hook *h, const char *path, const char *shown)
{
	gl_buf text = GL_BUF_INIT;
	bool exists = false;
	mark_kind kind = MARK_ADDED;
	int rc = gl_write_read(&exists, path, HUSKY_READ_MAX, &text);
	const char *at = !rc && exists ? find_block(text.ptr, h, &kind) : NULL;
	if (at && kind == MARK_MADE && made_whole(c, h, &text)) {
		if (unlink(path) < 0)
			rc = gl_error_set(GOVLOG_EIO, "cannot remove '%s': %s", shown,
					  strerror(errno));
		else
			c->fn(shown, GOVLOG_INIT_REMOVED, c->payload);
	} else if (at) {
		cut_block(&text, h, at, kind);
		if (!(rc = gl_write_replace(path, text.ptr, text.len)))
			c->fn(shown, GOVLOG_INIT_RESTORED, c->payload);
	}
	gl_buf_release(&text);
	return rc;
}

int gl_husky_install(const husky_ctx *c, bool remove)
{
	int rc = 0;
	gl_buf path = GL_BUF_INIT, shown = GL_BUF_INIT;
	for (size_t i = 0; i < GL_ARRAY_SIZE(husky_hooks) && !rc; i++) {
		const husky_hook *h = &husky_hooks[i];
		gl_buf_clear(&path);
		gl_buf_clear(&shown);
		gl_path_join(&path, c->user_dir, h->name);
		c->show(&shown, path.ptr, c->show_payload);
		rc = remove ? take_from(c, h, path.ptr, shown.ptr)
			    : add_to(c, h, path.ptr, shown.ptr);
	}
	gl_buf_release(&path);
	gl_buf_release(&shown);
	return rc;
}
