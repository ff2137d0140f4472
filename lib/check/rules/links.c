/*
 * link/broken: relative links, site-absolute links and links to the
 * repository's own files on GitHub (bare URLs too) must reach a file of the
 * work tree, or of the commit a permalink names. Jekyll publishes x.md as
 * x.html, and a folder as its index or README. The records' links and those
 * of meeting minutes are checked; link/unchecked says once when links to
 * GitHub files could not be judged.
 */
#include "check/rules/rules.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check/rules/minutes.h"
#include "check/rules/own.h"
#include "check/rules/suggest.h"
#include "log/log_internal.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/strmap.h"
#include "util/fs.h"
#include "util/ascii.h"
#include "util/banned.h"

typedef struct link_ctx {
	govlog_diag_list *out;
	const char *root, *cwd;
	const govlog_log *log;
	gl_own_repo *own;
	gl_buf ref; /* the branch, tag or commit of a link to the repository's own file */
	gl_str_map *permalinks; /* where Jekyll serves pages with a front matter permalink */
	gl_suggest *suggest;
	/* Links to files on GitHub left unchecked because the repository's address is unknown. */
	size_t unchecked;
	char *unchecked_path;
	govlog_pos unchecked_pos;
} link_ctx;

static bool has_scheme(const char *url)
{
	size_t i = 0;
	while ((url[i] >= 'a' && url[i] <= 'z') || (url[i] >= 'A' && url[i] <= 'Z') ||
	       (i && ((url[i] >= '0' && url[i] <= '9') || (url[i] && strchr("+.-", url[i])))))
		i++;
	return i > 0 && url[i] == ':';
}

/* Whether a file or folder is there: the folder's listing first, when reading the work tree. */
static bool exists(const link_ctx *lc, const char *path, bool folder_too)
{
	if (!gl_log_snapshot(lc->log) && !gl_suggest_may_exist(lc->suggest, path))
		return false;
	return gl_log_file_exists(lc->log, path, folder_too);
}

/* Whether the target exists as written or as Jekyll publishes it. */
static bool target_exists(const link_ctx *lc, gl_buf *path)
{
	if (exists(lc, path->ptr, true))
		return true;
	size_t len = path->len;
	bool found = false;
	static const char *const variants[] = {".md", "/index.md", "/README.md", ".markdown"};
	if (len > 5 && !strcmp(path->ptr + len - 5, ".html")) {
		gl_buf_truncate(path, len - 5);
		gl_buf_puts(path, ".md");
		found = exists(lc, path->ptr, false);
		/* back to ".html": the buffer is shown in the finding */
		gl_buf_truncate(path, len - 5);
		gl_buf_puts(path, ".html");
	}
	for (size_t i = 0; !found && i < GL_ARRAY_SIZE(variants); i++) {
		gl_buf_truncate(path, len);
		gl_buf_puts(path, variants[i]);
		found = exists(lc, path->ptr, false);
	}
	gl_buf_truncate(path, len);
	return found;
}

/* A link to a page of the site or to nothing to check: fragments, protocol-relative, Liquid. */
static bool is_unchecked_form(const char *url)
{
	return !*url || url[0] == '#' || (url[0] == '/' && url[1] == '/') || strstr(url, "{{") ||
	       strstr(url, "{%");
}

/* Remembers the first link to a GitHub file that could not be judged, and counts them. */
static void note_unchecked(link_ctx *lc, const govlog_record *r, const gl_link *l)
{
	if (!lc->unchecked++) {
		lc->unchecked_path = gl_xstrdup(r->path);
		lc->unchecked_pos = l->pos;
	}
}

typedef enum link_kind {
	LINK_SKIP,              /* not checked here */
	LINK_FILE,              /* a file of the work tree (or the log's index or revision) */
	LINK_MISSING_AT_COMMIT, /* a permalink to a commit whose tree lacks the file */
} link_kind;

/*
 * The folder Jekyll builds the record's site from, relative to the root: the
 * nearest folder above the record with a _config.yml (GitHub Pages builds from
 * the root or from docs/), or "" for the root itself.
 */
static void site_root(const link_ctx *lc, const govlog_record *r, gl_buf *out)
{
	const char *slash = strrchr(r->path, '/');
	gl_buf config = GL_BUF_INIT;
	gl_buf_put(out, r->path, slash ? (size_t)(slash - r->path) : 0);
	while (out->len) {
		gl_buf_clear(&config);
		gl_path_join(&config, lc->root, out->ptr);
		gl_buf_puts(&config, "/_config.yml");
		if (exists(lc, config.ptr, false))
			break;
		slash = strrchr(out->ptr, '/');
		gl_buf_truncate(out, slash ? (size_t)(slash - out->ptr) : 0);
	}
	gl_buf_release(&config);
}

/* The file a link names, relative to the record's folder, the site's root or the root. */
static void local_target(const link_ctx *lc, const govlog_record *r, const char *path, bool own,
			 gl_buf *out)
{
	if (own) {
		gl_path_join(out, lc->root, path);
		return;
	}
	if (path[0] == '/') {
		gl_buf site = GL_BUF_INIT;
		site_root(lc, r, &site);
		gl_path_join(out, lc->root, site.len ? site.ptr : ".");
		gl_buf_puts(out, path);
		gl_path_normalise(out);
		gl_buf_release(&site);
		return;
	}
	const char *slash = strrchr(r->path, '/');
	gl_buf dir = GL_BUF_INIT;
	gl_buf_put(&dir, r->path, slash ? (size_t)(slash - r->path) : 0);
	gl_path_join(out, dir.len ? dir.ptr : ".", path);
	gl_buf_release(&dir);
}

/*
 * What a link names: LINK_FILE with the file's path in out; for a permalink
 * to a commit (github.com/OWNER/NAME/blob/SHA/PATH) the commit's tree is
 * looked at instead, and LINK_MISSING_AT_COMMIT has PATH in out.
 */
static link_kind resolve(link_ctx *lc, const govlog_record *r, const gl_link *l, gl_buf *out)
{
	const char *url = l->url, *own = NULL;
	if (is_unchecked_form(url))
		return LINK_SKIP;
	gl_own_kind kind = gl_own_repo_match(lc->own, url, &own, &lc->ref);
	if (kind == GL_OWN_UNKNOWN)
		note_unchecked(lc, r, l);
	if (kind == GL_OWN_UNKNOWN || (kind == GL_OWN_NOT && has_scheme(url)))
		return LINK_SKIP;
	const char *p = kind == GL_OWN_FILE ? own : url;
	gl_buf path = GL_BUF_INIT;
	gl_link_path(&path, p, strlen(p));
	link_kind k = LINK_FILE;
	gl_own_at at = kind == GL_OWN_FILE ? gl_own_repo_at_commit(lc->own, lc->ref.ptr, path.ptr)
					   : GL_OWN_AT_NO_COMMIT;
	if (at == GL_OWN_AT_MISSING) {
		gl_buf_puts(out, path.ptr);
		k = LINK_MISSING_AT_COMMIT;
	} else if (at != GL_OWN_AT_NO_COMMIT) {
		k = LINK_SKIP; /* there at that commit, or a commit this clone does not have */
	} else {
		local_target(lc, r, path.ptr, kind == GL_OWN_FILE, out);
	}
	gl_buf_release(&path);
	return k == LINK_FILE && !out->len ? LINK_SKIP : k;
}

static void report_at_commit(link_ctx *lc, const govlog_record *r, const gl_link *l,
			     const char *path)
{
	gl_buf hint = GL_BUF_INIT, commit = GL_BUF_INIT;
	gl_buf_put(&commit, lc->ref.ptr, lc->ref.len < 7 ? lc->ref.len : 7);
	gl_lang_printf(&hint, gl_diag_list_lang(lc->out), GL_T_LINK_AT_COMMIT_HINT);
	gl_diag_addt(lc->out, GL_RULE_LINK_BROKEN, r->path, l->pos, hint.ptr, GL_T_LINK_AT_COMMIT,
		     l->url, path, commit.ptr);
	gl_buf_release(&hint);
	gl_buf_release(&commit);
}

/* The target as the user should see it: relative to the current folder, normalised. */
static void shown_target(gl_buf *out, const link_ctx *lc, const char *target)
{
	gl_buf abs = GL_BUF_INIT;
	if (target[0] == '/')
		gl_buf_puts(&abs, target);
	else
		gl_path_join(&abs, lc->cwd, target);
	gl_path_normalise(&abs);
	gl_path_relative(out, abs.ptr, lc->cwd);
	gl_buf_release(&abs);
}

/* A site path as Jekyll matches it: no leading or trailing slash, no ".html". */
static void site_path(gl_buf *out, const char *path)
{
	while (*path == '/')
		path++;
	gl_buf_puts(out, path);
	while (out->len && out->ptr[out->len - 1] == '/')
		gl_buf_truncate(out, out->len - 1);
	if (out->len > 5 && !strcmp(out->ptr + out->len - 5, ".html"))
		gl_buf_truncate(out, out->len - 5);
}

/* The page's `permalink:` (Jekyll serves it there), kept for site-absolute links. */
static void add_permalink(link_ctx *lc, const govlog_record *r)
{
	const govlog_field *f = govlog_record_field(r, "permalink");
	if (!f || f->value[0] != '/')
		return;
	gl_buf p = GL_BUF_INIT;
	site_path(&p, f->value);
	gl_str_map_put(lc->permalinks, p.ptr, 1);
	gl_buf_release(&p);
}

/* Whether a site-absolute link ("/referater/marts/") names a page's permalink. */
static bool is_permalink(const link_ctx *lc, const char *url)
{
	if (url[0] != '/')
		return false;
	gl_buf path = GL_BUF_INIT, p = GL_BUF_INIT;
	gl_link_path(&path, url, strlen(url));
	site_path(&p, path.ptr);
	size_t unused;
	bool found = gl_str_map_get(lc->permalinks, p.ptr, &unused);
	gl_buf_release(&path);
	gl_buf_release(&p);
	return found;
}

/* "Did you mean", else how the link is read: from the record's folder, '/' from the site root. */
static void broken_hint(link_ctx *lc, const govlog_record *r, const gl_link *l, const char *target,
			gl_buf *hint)
{
	gl_buf site = GL_BUF_INIT;
	if (l->url[0] == '/')
		site_root(lc, r, &site);
	govlog_lang lang = gl_diag_list_lang(lc->out);
	gl_suggest_hint(lc->suggest, hint, target, !site.len && !strstr(l->url, "://"), lang);
	if (site.len && !hint->len) {
		gl_buf shown = GL_BUF_INIT;
		gl_esc_texts(&shown, site.ptr);
		gl_lang_printf(hint, lang, GL_T_LINK_SITE_ROOT_HINT, shown.ptr);
		gl_buf_release(&shown);
	}
	gl_buf_release(&site);
}

/*
 * A template's example link left in a record: log4brains' "superseded by
 * [xxx](yyyymmdd-xxx.md)", MADR's "[ADR-0005](0005-example.md)". It names
 * no file, and section/placeholder says it is the template's.
 */
static bool is_template_target(const char *url)
{
	const char *name = strrchr(url, '/');
	name = name ? name + 1 : url;
	return !strncasecmp(name, "yyyymmdd-", 9) || !strcasecmp(name, "xxx.md") ||
	       !strcmp(name, "0005-example.md");
}

static void check_record_links(link_ctx *lc, const govlog_record *r)
{
	gl_buf target = GL_BUF_INIT, shown = GL_BUF_INIT, hint = GL_BUF_INIT;
	for (size_t i = 0; i < r->links.len; i++) {
		const gl_link *l = &r->links.items[i];
		/* the template's example link, "superseded by [ADR-0005](0005-example.md)" */
		if (gl_record_line_is_braced(r, l->pos.line, true) || is_template_target(l->url))
			continue;
		gl_buf_clear(&target);
		link_kind k = resolve(lc, r, l, &target);
		if (k == LINK_MISSING_AT_COMMIT)
			report_at_commit(lc, r, l, target.ptr);
		if (k != LINK_FILE || target_exists(lc, &target) || is_permalink(lc, l->url))
			continue;
		gl_buf_clear(&shown);
		gl_buf_clear(&hint);
		shown_target(&shown, lc, target.ptr);
		broken_hint(lc, r, l, target.ptr, &hint);
		gl_diag_addt(lc->out, GL_RULE_LINK_BROKEN, r->path, l->pos,
			     hint.len ? hint.ptr : NULL, GL_T_LINK_BROKEN, l->url, shown.ptr);
	}
	gl_buf_release(&target);
	gl_buf_release(&shown);
	gl_buf_release(&hint);
}

/* Once for the whole log: links to GitHub files that could not be judged. */
static void report_unchecked(link_ctx *lc)
{
	if (!lc->unchecked)
		return;
	gl_buf hint = GL_BUF_INIT;
	gl_lang_printf(&hint, gl_diag_list_lang(lc->out), GL_T_LINK_UNCHECKED_HINT);
	gl_diag_addt(lc->out, GL_RULE_LINK_UNCHECKED, lc->unchecked_path, lc->unchecked_pos,
		     hint.ptr, GL_T_LINK_UNCHECKED, lc->unchecked);
	gl_buf_release(&hint);
}

void gl_rules_links(govlog_diag_list *out, const govlog_log *log, const gl_record_vec *minutes)
{
	link_ctx lc = {
		out,         govlog_log_root(log), gl_log_cwd(log),  log, gl_own_repo_new(log),
		GL_BUF_INIT, gl_str_map_new(),     gl_suggest_new(), 0,   NULL,
		{0, 0}};
	for (size_t i = 0; i < govlog_log_count(log); i++)
		add_permalink(&lc, govlog_log_record_at(log, i));
	for (size_t i = 0; i < minutes->len; i++)
		add_permalink(&lc, minutes->items[i]);
	for (size_t i = 0; i < govlog_log_count(log); i++)
		check_record_links(&lc, govlog_log_record_at(log, i));
	for (size_t i = 0; i < minutes->len; i++)
		check_record_links(&lc, minutes->items[i]);
	report_unchecked(&lc);
	gl_str_map_free(lc.permalinks);
	gl_suggest_free(lc.suggest);
	gl_own_repo_free(lc.own);
	gl_buf_release(&lc.ref);
	free(lc.unchecked_path);
}
