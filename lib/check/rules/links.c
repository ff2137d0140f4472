/*
 * link/broken: relative links, site-absolute links and links to the
 * repository's own files on GitHub must reach a file of the work tree.
 * Jekyll publishes x.md as x.html, and a folder as its index or README.
 */
#include "check/rules/rules.h"

#include <string.h>
#include <strings.h>

#include "config/config.h"
#include "log/log_internal.h"
#include "repo/repo.h"
#include "record/vocab.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/ascii.h"
#include "util/banned.h"

typedef struct link_ctx {
	govlog_diag_list *out;
	const char *root, *cwd;
	const govlog_log *log;
	bool looked_up; /* the repository's own address is found on the first GitHub link */
	char *github;   /* "owner/name", or NULL */
} link_ctx;

static bool has_scheme(const char *url)
{
	size_t i = 0;
	while ((url[i] >= 'a' && url[i] <= 'z') || (url[i] >= 'A' && url[i] <= 'Z') ||
	       (i && ((url[i] >= '0' && url[i] <= '9') || strchr("+.-", url[i]))))
		i++;
	return i > 0 && url[i] == ':';
}

static int hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 32) >= 'a' && (c | 32) <= 'f')
		return (c | 32) - 'a' + 10;
	return -1;
}

/* The path part of a link: no #fragment or ?query, %XX decoded. */
static void link_path(gl_buf *out, const char *url, size_t len)
{
	for (size_t i = 0; i < len && url[i] != '#' && url[i] != '?'; i++) {
		if (url[i] == '%' && i + 2 < len && hex(url[i + 1]) >= 0 && hex(url[i + 2]) >= 0) {
			gl_buf_putc(out, (char)(hex(url[i + 1]) * 16 + hex(url[i + 2])));
			i += 2;
		} else {
			gl_buf_putc(out, url[i]);
		}
	}
}

/* The repository path a link to https://github.com/OWNER/NAME/blob|tree/BRANCH/… names. */
static const char *own_github_path(link_ctx *lc, const char *url)
{
	static const char host[] = "https://github.com/";
	size_t n = strlen(host);
	if (strncasecmp(url, host, n))
		return NULL;
	if (!lc->looked_up) {
		const gl_config *config = gl_log_config(lc->log);
		lc->looked_up = true;
		lc->github = config->repository ? gl_xstrdup(config->repository)
						: gl_repo_github_name(govlog_log_root(lc->log));
	}
	size_t m = lc->github ? strlen(lc->github) : 0;
	if (!m || strncasecmp(url + n, lc->github, m) || url[n + m] != '/')
		return NULL;
	const char *p = url + n + m + 1;
	if (strncmp(p, "blob/", 5) && strncmp(p, "tree/", 5))
		return NULL;
	const char *after_branch = strchr(p + 5, '/');
	return after_branch ? after_branch + 1 : "";
}

/* Whether the target exists as written or as Jekyll publishes it. */
static bool target_exists(const govlog_log *log, gl_buf *path)
{
	if (gl_log_file_exists(log, path->ptr, true))
		return true;
	size_t len = path->len;
	bool found = false;
	static const char *const variants[] = {".md", "/index.md", "/README.md", ".markdown"};
	if (len > 5 && !strcmp(path->ptr + len - 5, ".html")) {
		gl_buf_truncate(path, len - 5);
		gl_buf_puts(path, ".md");
		found = gl_log_file_exists(log, path->ptr, false);
	}
	for (size_t i = 0; !found && i < GL_ARRAY_SIZE(variants); i++) {
		gl_buf_truncate(path, len);
		gl_buf_puts(path, variants[i]);
		found = gl_log_file_exists(log, path->ptr, false);
	}
	gl_buf_truncate(path, len);
	return found;
}

/* The file a link names, on disk; false for links that are not checked. */
static bool resolve(link_ctx *lc, const govlog_record *r, const char *url, gl_buf *out)
{
	const char *own = own_github_path(lc, url);
	if (!*url || url[0] == '#' || (url[0] == '/' && url[1] == '/') || strstr(url, "{{") ||
	    strstr(url, "{%") || (!own && has_scheme(url)))
		return false;
	gl_buf path = GL_BUF_INIT;
	link_path(&path, own ? own : url, strlen(own ? own : url));
	if (own || path.ptr[0] == '/') {
		gl_path_join(out, lc->root, path.ptr + (path.ptr[0] == '/'));
	} else {
		const char *slash = strrchr(r->path, '/');
		gl_buf dir = GL_BUF_INIT;
		gl_buf_put(&dir, r->path, slash ? (size_t)(slash - r->path) : 0);
		gl_path_join(out, dir.len ? dir.ptr : ".", path.ptr);
		gl_buf_release(&dir);
	}
	gl_buf_release(&path);
	return out->len > 0;
}

/* "did you mean 'x'?" for the closest name in the target's folder, else a general hint. */
static void suggest(gl_buf *hint, const char *target)
{
	const char *slash = strrchr(target, '/');
	const char *name = slash ? slash + 1 : target;
	gl_buf dir = GL_BUF_INIT;
	gl_buf_put(&dir, target, slash ? (size_t)(slash - target) : 0);
	gl_strvec names = {0};
	const char *best = NULL;
	size_t best_distance = strlen(name) / 4 + 2;
	if (gl_fs_list(dir.len ? dir.ptr : ".", &names) == 0)
		for (size_t i = 0; i < names.len; i++) {
			size_t d = gl_vocab_distance(name, strlen(name), names.items[i],
						     strlen(names.items[i]));
			if (d < best_distance)
				best_distance = d, best = names.items[i];
		}
	if (best)
		gl_buf_printf(hint, "did you mean '%s'?", best);
	else
		gl_buf_puts(hint, "links are relative to the record's folder; '/' starts at the "
				  "repository root");
	gl_strvec_free(&names);
	gl_buf_release(&dir);
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

static void check_record_links(link_ctx *lc, const govlog_record *r)
{
	gl_buf target = GL_BUF_INIT, shown = GL_BUF_INIT, hint = GL_BUF_INIT;
	for (size_t i = 0; i < r->links.len; i++) {
		const gl_link *l = &r->links.items[i];
		gl_buf_clear(&target);
		if (!resolve(lc, r, l->url, &target) || target_exists(lc->log, &target))
			continue;
		gl_buf_clear(&shown);
		gl_buf_clear(&hint);
		shown_target(&shown, lc, target.ptr);
		suggest(&hint, target.ptr);
		gl_diag_add(lc->out, GL_RULE_LINK_BROKEN, r->path, l->pos, hint.ptr,
			    "link to '%s' leads to no file ('%s' does not exist)", l->url,
			    shown.ptr);
	}
	gl_buf_release(&target);
	gl_buf_release(&shown);
	gl_buf_release(&hint);
}

void gl_rules_links(govlog_diag_list *out, const govlog_log *log)
{
	link_ctx lc = {out, govlog_log_root(log), gl_log_cwd(log), log, false, NULL};
	for (size_t i = 0; i < govlog_log_count(log); i++)
		check_record_links(&lc, govlog_log_record_at(log, i));
	free(lc.github);
}
