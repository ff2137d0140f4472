/* The whole history as a Keep a Changelog file, and updating that file between govlog's markers. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"
#include "util/error.h"
#include "util/fs.h"
#include "util/text.h"
#include "util/write.h"
#include "log/log_internal.h"
#include "trace/notes.h"
#include "trace/release_internal.h"
#include "util/escape.h"
#include "util/banned.h"

#define MARK_START "<!-- govlog:changelog:start -->"
#define MARK_END "<!-- govlog:changelog:end -->"

typedef GL_VEC(size_t) index_list;

/* The changes of each release (the last list: unreleased), newest first. */
static index_list *bucket(const gl_history *h)
{
	size_t n = h->releases.len;
	index_list *b = gl_xcalloc(n + 1, sizeof(*b));
	for (size_t i = 0; i < h->changes.len; i++) {
		size_t r = h->changes.items[i].release;
		gl_vec_push(&b[r == GL_UNRELEASED ? n : r], i);
	}
	for (size_t r = 0; r <= n; r++) {
		gl_selection sel = {(gl_history *)h, r, {b[r].items, b[r].len, b[r].alloc}};
		gl_selection_sort(&sel, h);
	}
	return b;
}

/* "[1.2.0]: https://…": a reference definition, its label and target escaped like any link. */
static void reference_link(gl_buf *out, const char *label, const char *url)
{
	gl_buf target = GL_BUF_INIT;
	if (gl_md_link_target(&target, url)) {
		gl_buf_putc(out, '[');
		gl_md_text(out, label);
		gl_buf_printf(out, "]: %s\n", target.ptr);
	}
	gl_buf_release(&target);
}

static void compare_links(gl_buf *out, const gl_notes *n)
{
	const gl_history *h = n->h;
	if (!n->links.repository)
		return;
	const char *repo = n->links.repository;
	size_t count = h->releases.len;
	gl_buf_putc(out, '\n');
	gl_buf url = GL_BUF_INIT;
	if (count) {
		gl_buf_printf(&url, "https://github.com/%s/compare/%s...HEAD", repo,
			      h->releases.items[count - 1].tag);
		reference_link(out, "Unreleased", url.ptr);
	}
	for (size_t r = count; r-- > 0;) {
		gl_buf_clear(&url);
		if (r)
			gl_buf_printf(&url, "https://github.com/%s/compare/%s...%s", repo,
				      h->releases.items[r - 1].tag, h->releases.items[r].tag);
		else
			gl_buf_printf(&url, "https://github.com/%s/releases/tag/%s", repo,
				      h->releases.items[r].tag);
		reference_link(out, h->releases.items[r].tag, url.ptr);
	}
	gl_buf_release(&url);
}

/* Writes out what is buffered when streaming to a file, so memory stays flat. */
static int drain(gl_buf *out, FILE *f)
{
	if (!f)
		return 0;
	int rc = gl_buf_write(out, f);
	gl_buf_clear(out);
	return rc;
}

/*
 * The part between the markers: [Unreleased] first, then each release, newest
 * first; written to `f` as it goes when f is not NULL, else kept in out.
 */
static int changelog_body(gl_buf *out, const gl_notes *n, FILE *f)
{
	int rc = 0;
	const gl_history *h = n->h;
	index_list *b = bucket(h);
	size_t count = h->releases.len;
	gl_buf_puts(out, MARK_START "\n\n## [Unreleased]\n");
	gl_notes_groups_md(out, n, b[count].items, b[count].len, 3);
	for (size_t r = count; r-- > 0;) {
		const gl_release *rel = &h->releases.items[r];
		char date[11];
		gl_notes_date(date, rel->time);
		gl_buf_puts(out, "\n## [");
		gl_md_text(out, rel->tag); /* as the project wrote it: "2.6", "v3.0.0-rc7" */
		gl_buf_printf(out, "] - %s\n", date);
		gl_notes_also_tagged(out, n->lang, rel);
		gl_notes_groups_md(out, n, b[r].items, b[r].len, 3);
		if (drain(out, f) < 0)
			rc = -1;
	}
	compare_links(out, n);
	gl_buf_puts(out, "\n" MARK_END "\n");
	if (drain(out, f) < 0)
		rc = -1;
	for (size_t r = 0; r <= count; r++)
		gl_vec_free(&b[r]);
	free(b);
	return rc;
}

static void changelog_intro(gl_buf *out, govlog_lang lang)
{
	gl_buf_printf(out, "# %s\n\n%s\n%s\n\n", gl_lang_text(lang, GL_T_CHANGELOG),
		      gl_lang_text(lang, GL_T_CHANGELOG_INTRO),
		      gl_lang_text(lang, GL_T_CHANGELOG_FORMAT));
}

static int load(gl_history **h, const govlog_log *log, const govlog_release_options *o)
{
	if (o && (o->version < 1 || o->version > GOVLOG_RELEASE_OPTIONS_VERSION))
		return gl_error_set(GOVLOG_EINVALID, "unsupported release options version %u",
				    o->version);
	gl_history_options ho = {o && o->fold_prereleases, NULL, NULL, false,
				 o && o->version >= 2 ? o->pr_data : NULL};
	return gl_history_load(h, log, &ho);
}

int govlog_changelog_write(FILE *f, const govlog_log *log, const govlog_release_options *o)
{
	gl_history *h = NULL;
	int rc = load(&h, log, o);
	gl_buf out = GL_BUF_INIT;
	if (!rc) {
		gl_notes n;
		gl_notes_init(&n, h);
		changelog_intro(&out, n.lang);
		if (changelog_body(&out, &n, f) < 0)
			rc = gl_error_errno(GOVLOG_EIO, "cannot write the changelog");
	}
	gl_buf_release(&out);
	gl_history_free(h);
	return rc;
}

/*
 * The file with the part between the markers replaced, or added after its
 * first heading; markers that do not make one complete pair are an error.
 */
static int merged(gl_buf *out, const gl_buf *old, const gl_buf *body, const char *path,
		  govlog_lang lang)
{
	size_t from = 0, to = 0;
	unsigned line = 0;
	gl_marks marks =
		gl_text_marked_block(old->ptr, old->len, MARK_START, MARK_END, &from, &to, &line);
	if (!old->len) {
		changelog_intro(out, lang);
		gl_buf_put(out, body->ptr, body->len);
	} else if (marks == GL_MARKS_PAIR) {
		const char *after = old->ptr + to;
		after += *after == '\n';
		gl_buf_put(out, old->ptr, from);
		gl_buf_put(out, body->ptr, body->len);
		gl_buf_puts(out, after);
	} else if (marks != GL_MARKS_NONE) {
		return gl_marks_error(lang, path, marks, line, MARK_START, MARK_END);
	} else {
		const char *h1 = !strncmp(old->ptr, "# ", 2) ? old->ptr : strstr(old->ptr, "\n# ");
		const char *eol = h1 ? strchr(h1 + (*h1 == '\n'), '\n') : NULL;
		size_t at = eol ? (size_t)(eol + 1 - old->ptr) : 0;
		gl_buf_put(out, old->ptr, at);
		gl_buf_puts(out, at ? "\n" : "");
		gl_buf_put(out, body->ptr, body->len);
		gl_buf_puts(out, at ? "" : "\n");
		gl_buf_puts(out, old->ptr + at);
	}
	return 0;
}

/* Under the work tree's lock: the file read (inside the work tree), merged, replaced. */
static int update_locked(bool *changed, const gl_history *h, const char *path)
{
	gl_buf old = GL_BUF_INIT, body = GL_BUF_INIT, out = GL_BUF_INIT;
	bool exists = false;
	int rc = gl_write_read(&exists, path, 16 * 1024 * 1024, &old);
	if (!rc && memchr(old.ptr, '\0', old.len))
		rc = gl_error_set(GOVLOG_EIO, "%s is not a text file: not changed", path);
	if (!rc) {
		gl_notes n;
		gl_notes_init(&n, h);
		changelog_body(&body, &n, NULL);
		rc = merged(&out, &old, &body, path, n.lang);
	}
	*changed = !rc && (out.len != old.len || memcmp(out.ptr, old.ptr, out.len));
	if (*changed)
		rc = gl_write_replace(path, out.ptr, out.len);
	gl_buf_release(&old);
	gl_buf_release(&body);
	gl_buf_release(&out);
	return rc;
}

int govlog_changelog_update(bool *changed, const govlog_log *log, const char *path,
			    const govlog_release_options *o)
{
	gl_history *h = NULL;
	*changed = false;
	int rc = load(&h, log, o);
	if (!rc && !(rc = gl_log_write_begin(log))) {
		rc = update_locked(changed, h, path);
		gl_write_end();
	}
	gl_history_free(h);
	return rc;
}
