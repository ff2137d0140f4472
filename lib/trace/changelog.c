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
#include "util/ascii.h"
#include "util/escape.h"
#include "render/json.h"
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

/*
 * "[v1.2.0]" in govlog's own form, "[1.2.0]" in Keep a Changelog's: the
 * version as the tag writes it, without its prefix ("v", "release-").
 */
static const char *release_label(const gl_release *r, bool kac)
{
	const char *prefix = r->version.prefix;
	size_t len = prefix ? strlen(prefix) : 0;
	if (kac && len && !strncmp(r->tag, prefix, len) && r->tag[len])
		return r->tag + len;
	return r->tag;
}

static void compare_links(gl_buf *out, const gl_notes *n, bool kac)
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
		reference_link(out, release_label(&h->releases.items[r], kac), url.ptr);
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

/* Keep a Changelog 1.1.0's sections, in the standard's order. */
typedef enum kac_section {
	KAC_ADDED,
	KAC_CHANGED,
	KAC_DEPRECATED,
	KAC_REMOVED,
	KAC_FIXED,
	KAC_SECURITY,
	KAC__COUNT
} kac_section;

/*
 * Features are Added, fixes Fixed, security fixes Security; breaking changes,
 * performance, documentation and the rest Changed. Deprecated and Removed
 * wait for a classification that knows deprecations and removals.
 */
static kac_section kac_section_of(const gl_change *c)
{
	switch (gl_group_of(c)) {
	case GL_GROUP_FEATURES:
		return KAC_ADDED;
	case GL_GROUP_FIXES:
		return KAC_FIXED;
	case GL_GROUP_SECURITY:
		return KAC_SECURITY;
	default:
		return KAC_CHANGED;
	}
}

/* A breaking change is marked in its entry: the standard has no section for it. */
static void kac_entry(gl_buf *out, const gl_notes *n, const gl_change *c)
{
	if (!c->breaking) {
		gl_notes_entry_md(out, n, c);
		return;
	}
	gl_buf entry = GL_BUF_INIT;
	gl_notes_entry_md(&entry, n, c);
	gl_buf_printf(out, "- **%s:** %s", gl_lang_text(GOVLOG_LANG_EN, GL_T_KAC_BREAKING),
		      entry.ptr + 2);
	gl_buf_release(&entry);
}

/* The sections of one release; commits a revert cancelled in it are left out. */
static void kac_sections(gl_buf *out, const gl_notes *n, const index_list *changes)
{
	static const gl_text_id titles[] = {GL_T_KAC_ADDED,   GL_T_KAC_CHANGED, GL_T_KAC_DEPRECATED,
					    GL_T_KAC_REMOVED, GL_T_KAC_FIXED,   GL_T_KAC_SECURITY};
	_Static_assert(GL_ARRAY_SIZE(titles) == KAC__COUNT, "one title per section");
	for (int s = 0; s < KAC__COUNT; s++) {
		bool any = false;
		for (size_t i = 0; i < changes->len; i++) {
			const gl_change *c = &n->h->changes.items[changes->items[i]];
			if (c->reverted || kac_section_of(c) != (kac_section)s)
				continue;
			if (!any)
				gl_buf_printf(out, "\n### %s\n\n",
					      gl_lang_text(GOVLOG_LANG_EN, titles[s]));
			any = true;
			kac_entry(out, n, c);
		}
	}
}

/* "## [1.2.3] - 2026-01-02" (Keep a Changelog) or "## [v1.2.3] - 2026-01-02" (tag as written). */
static void release_heading(gl_buf *out, const gl_notes *n, const gl_release *rel, bool kac)
{
	char date[11];
	gl_notes_date(date, rel->time);
	gl_buf_puts(out, "\n## [");
	gl_md_text(out, release_label(rel, kac)); /* as the project wrote it: "2.6", "v3.0.0-rc7" */
	gl_buf_printf(out, "] - %s\n", date);
	gl_notes_also_tagged(out, n->lang, rel); /* a sentence, no heading: the log's language */
}

static void release_sections(gl_buf *out, const gl_notes *n, const index_list *changes, bool kac)
{
	if (kac)
		kac_sections(out, n, changes);
	else
		gl_notes_groups_md(out, n, changes->items, changes->len, 3);
}

/*
 * The part between the markers: [Unreleased] first, then each release, newest
 * first; written to `f` as it goes when f is not NULL, else kept in out.
 */
static int changelog_body(gl_buf *out, const gl_notes *n, FILE *f, bool kac)
{
	int rc = 0;
	const gl_history *h = n->h;
	index_list *b = bucket(h);
	size_t count = h->releases.len;
	gl_buf_puts(out, MARK_START "\n\n## [Unreleased]\n");
	release_sections(out, n, &b[count], kac);
	for (size_t r = count; r-- > 0;) {
		release_heading(out, n, &h->releases.items[r], kac);
		release_sections(out, n, &b[r], kac);
		if (drain(out, f) < 0)
			rc = -1;
	}
	compare_links(out, n, kac);
	gl_buf_puts(out, "\n" MARK_END "\n");
	if (drain(out, f) < 0)
		rc = -1;
	for (size_t r = 0; r <= count; r++)
		gl_vec_free(&b[r]);
	free(b);
	return rc;
}

/* One release as the release notes' JSON names it, with its commits and groups. */
static void release_json(gl_buf *out, const gl_notes *n, const gl_release *r,
			 const index_list *changes)
{
	gl_buf_puts(out, "    {");
	gl_notes_release_json(out, r);
	gl_buf_printf(out, ",\n     \"commits\": %zu, \"groups\": ", changes->len);
	gl_notes_groups_json(out, n, changes->items, changes->len);
	gl_buf_putc(out, '}');
}

/* {"unreleased": {...}, "releases": [newest first]}, streamed release by release. */
static int changelog_json(gl_buf *out, const gl_notes *n, FILE *f)
{
	int rc = 0;
	const gl_history *h = n->h;
	index_list *b = bucket(h);
	size_t count = h->releases.len;
	gl_buf_printf(out,
		      "{\n  \"schema\": \"" GL_JSON_SCHEMA_CHANGELOG
		      "\",\n  \"unreleased\": {\"commits\": %zu, \"groups\": ",
		      b[count].len);
	gl_notes_groups_json(out, n, b[count].items, b[count].len);
	gl_buf_puts(out, "},\n  \"releases\": [");
	for (size_t r = count; r-- > 0;) {
		gl_buf_puts(out, r + 1 == count ? "\n" : ",\n");
		release_json(out, n, &h->releases.items[r], &b[r]);
		if (drain(out, f) < 0)
			rc = -1;
	}
	gl_buf_puts(out, "]\n}\n");
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
	if (o && o->format == GOVLOG_NOTES_HTML)
		return gl_error_set(GOVLOG_EINVALID,
				    "the changelog is written as Markdown or JSON");
	gl_history_options ho = {o && o->fold_prereleases, NULL, NULL, false,
				 o && o->version >= 2 ? o->pr_data : NULL};
	return gl_history_load(h, log, &ho);
}

static bool keep_a_changelog(const govlog_release_options *o)
{
	return o && o->version >= 2 && o->style == GOVLOG_CHANGELOG_KEEPACHANGELOG;
}

int govlog_changelog_write(FILE *f, const govlog_log *log, const govlog_release_options *o)
{
	gl_history *h = NULL;
	int rc = load(&h, log, o);
	gl_buf out = GL_BUF_INIT;
	if (!rc) {
		gl_notes n;
		gl_notes_init(&n, h);
		int written;
		if (o && o->format == GOVLOG_NOTES_JSON) {
			written = changelog_json(&out, &n, f);
		} else {
			bool kac = keep_a_changelog(o);
			changelog_intro(&out, kac ? GOVLOG_LANG_EN : n.lang);
			written = changelog_body(&out, &n, f, kac);
		}
		if (written < 0)
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
		  govlog_lang lang, govlog_lang intro)
{
	size_t from = 0, to = 0;
	unsigned line = 0;
	gl_marks marks =
		gl_text_marked_block(old->ptr, old->len, MARK_START, MARK_END, &from, &to, &line);
	if (!old->len) {
		changelog_intro(out, intro);
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
static int update_locked(bool *changed, const gl_history *h, const char *path, bool kac)
{
	gl_buf old = GL_BUF_INIT, body = GL_BUF_INIT, out = GL_BUF_INIT;
	bool exists = false;
	int rc = gl_write_read(&exists, path, 16 * 1024 * 1024, &old);
	if (!rc && memchr(old.ptr, '\0', old.len))
		rc = gl_error_set(GOVLOG_EIO, "%s is not a text file: not changed", path);
	if (!rc) {
		gl_notes n;
		gl_notes_init(&n, h);
		changelog_body(&body, &n, NULL, kac);
		rc = merged(&out, &old, &body, path, n.lang, kac ? GOVLOG_LANG_EN : n.lang);
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
	int rc =
		o && o->format == GOVLOG_NOTES_JSON
			? gl_error_set(GOVLOG_EINVALID, "the changelog file is written as Markdown")
			: load(&h, log, o);
	if (!rc && !(rc = gl_log_write_begin(log))) {
		rc = update_locked(changed, h, path, keep_a_changelog(o));
		gl_write_end();
	}
	gl_history_free(h);
	return rc;
}
