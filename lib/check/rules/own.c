/* Links to the repository's own files on GitHub, and permalinks to its commits. */
#include "check/rules/own.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config/config.h"
#include "log/log_internal.h"
#include "repo/repo.h"
#include "repo/snapshot.h"
#include "util/ascii.h"
#include "util/fs.h"
#include "util/banned.h"

typedef struct commit_tree {
	char *id;          /* the ref as the link writes it */
	gl_snapshot *tree; /* NULL when the commit is not in the repository */
} commit_tree;

struct gl_own_repo {
	const govlog_log *log;
	bool looked_up;
	gl_strvec names; /* "owner/name" of the repository and its GitHub remotes */
	GL_VEC(commit_tree) commits;
};

gl_own_repo *gl_own_repo_new(const govlog_log *log)
{
	gl_own_repo *o = gl_xcalloc(1, sizeof(*o));
	o->log = log;
	return o;
}

void gl_own_repo_free(gl_own_repo *o)
{
	if (!o)
		return;
	gl_strvec_free(&o->names);
	for (size_t i = 0; i < o->commits.len; i++) {
		free(o->commits.items[i].id);
		gl_snapshot_free(o->commits.items[i].tree);
	}
	gl_vec_free(&o->commits);
	free(o);
}

static int hex(char c)
{
	if (gl_isdigit(c))
		return c - '0';
	if (gl_isxdigit(c))
		return gl_tolower(c) - 'a' + 10;
	return -1;
}

void gl_link_path(gl_buf *out, const char *url, size_t len)
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

/* The configuration's `repository:`, else every GitHub remote. */
static void look_up(gl_own_repo *o)
{
	const gl_config *config = gl_log_config(o->log);
	o->looked_up = true;
	if (config->repository)
		gl_vec_push(&o->names, gl_xstrdup(config->repository));
	else
		gl_repo_github_remotes(govlog_log_root(o->log), &o->names);
}

/* "https://github.com/", also with http or www (any case): the length, else 0. */
static size_t github_prefix(const char *url)
{
	static const char *const hosts[] = {"https://github.com/", "http://github.com/",
					    "https://www.github.com/", "http://www.github.com/"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(hosts); i++)
		if (!strncasecmp(url, hosts[i], strlen(hosts[i])))
			return strlen(hosts[i]);
	return 0;
}

/* After OWNER/NAME/: "blob/", "tree/", "raw/", "blame/" or "edit/"; the length, else 0. */
static size_t file_view(const char *p)
{
	static const char *const views[] = {"blob/", "tree/", "raw/", "blame/", "edit/"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(views); i++)
		if (!strncmp(p, views[i], strlen(views[i])))
			return strlen(views[i]);
	return 0;
}

/* The length of "OWNER/NAME" at p when it is one of the repository's names, else 0. */
static size_t own_name(const gl_own_repo *o, const char *p)
{
	for (size_t i = 0; i < o->names.len; i++) {
		size_t m = strlen(o->names.items[i]);
		if (!strncasecmp(p, o->names.items[i], m) && p[m] == '/')
			return m;
	}
	return 0;
}

gl_own_kind gl_own_repo_match(gl_own_repo *o, const char *url, const char **path, gl_buf *ref)
{
	size_t host = github_prefix(url);
	const char *p = url + host, *slash = host ? strchr(p, '/') : NULL;
	const char *view = slash ? strchr(slash + 1, '/') : NULL;
	if (!view || slash == p || view == slash + 1 || !file_view(view + 1))
		return GL_OWN_NOT;
	if (!o->looked_up)
		look_up(o);
	if (!o->names.len)
		return GL_OWN_UNKNOWN;
	size_t m = own_name(o, p);
	if (!m)
		return GL_OWN_NOT;
	const char *r = p + m + 1 + file_view(p + m + 1);
	size_t n = strcspn(r, "/?#");
	gl_buf_clear(ref);
	gl_buf_put(ref, r, n);
	*path = r[n] == '/' ? r + n + 1 : "";
	return ref->len ? GL_OWN_FILE : GL_OWN_NOT;
}

static bool is_commit_id(const char *ref)
{
	size_t n = 0;
	while (gl_isxdigit(ref[n]))
		n++;
	return !ref[n] && n >= 7 && n <= 40;
}

gl_own_at gl_own_repo_at_commit(gl_own_repo *o, const char *ref, const char *path)
{
	if (!is_commit_id(ref))
		return GL_OWN_AT_NO_COMMIT;
	commit_tree *found = NULL;
	for (size_t i = 0; !found && i < o->commits.len; i++)
		if (!strcasecmp(o->commits.items[i].id, ref))
			found = &o->commits.items[i];
	if (!found) {
		commit_tree c = {gl_xstrdup(ref), NULL};
		if (gl_snapshot_revision(&c.tree, govlog_log_root(o->log), ref) < 0)
			c.tree = NULL;
		gl_vec_push(&o->commits, c);
		found = &o->commits.items[o->commits.len - 1];
	}
	if (!found->tree)
		return GL_OWN_AT_UNKNOWN;
	gl_buf p = GL_BUF_INIT;
	gl_buf_puts(&p, path);
	while (p.len && p.ptr[p.len - 1] == '/')
		gl_buf_truncate(&p, p.len - 1);
	bool there = !p.len || gl_snapshot_has(found->tree, p.ptr);
	gl_buf_release(&p);
	return there ? GL_OWN_AT_FOUND : GL_OWN_AT_MISSING;
}
