/* Repository discovery with libgit2. */
#include "repo/repo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"
#include "util/error.h"
#include "repo/git.h"
#include "util/buf.h"
#include "util/ascii.h"
#include "util/banned.h"

/*
 * The repository gl_repo_workdir opened, kept while libgit2 is held so the
 * next module to open the same work tree takes it instead of opening it again.
 */
static struct {
	char *workdir;
	git_repository *repo;
} kept;

static void drop_kept(void)
{
	git_repository_free(kept.repo);
	free(kept.workdir);
	kept.repo = NULL;
	kept.workdir = NULL;
}

void gl_repo_init(void)
{
	if (git_libgit2_init() != 1)
		return;
	/* Like git, read objects without hashing each again: govlog only reads text. */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	/*
	 * Packs are read through small windows, few mapped at a time: libgit2
	 * maps a whole pack of up to 1 GiB at once by default, and each page
	 * read (with the kernel's read-around) stays in the process's memory,
	 * so reading 500 tags of a 100,000-commit history took 45 MiB.
	 */
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, (size_t)(1 << 20));
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, (size_t)(2 << 20));
}

void gl_repo_hold(void)
{
	gl_repo_init();
}

void gl_repo_release(void)
{
	if (git_libgit2_shutdown() == 1)
		drop_kept();
}

int gl_repo_open_root(git_repository **out, const char *root)
{
	if (kept.repo && !strcmp(kept.workdir, root)) {
		*out = kept.repo;
		kept.repo = NULL;
		return 0;
	}
	return git_repository_open(out, root);
}

/*
 * libgit2's reason for its last failure, copied at once: the next libgit2
 * call (even asking whether the clone is shallow) may overwrite it.
 */
static int last_reason(char *out, size_t size)
{
	const git_error *e = git_error_last();
	bool said = e && e->message && *e->message;
	snprintf(out, size, "%s", said ? e->message : "libgit2 gave no reason");
	return e ? e->klass : GIT_ERROR_NONE;
}

int gl_repo_fail(git_repository *repo, int code, const char *what)
{
	char reason[512];
	int klass = last_reason(reason, sizeof(reason));
	/* Only a missing object is the shallow clone's fault; other reasons stand. */
	if (repo && klass == GIT_ERROR_ODB && git_repository_is_shallow(repo) == 1)
		return gl_error_set(
			GOVLOG_EREPO,
			"%s: %s; this is a shallow clone and that history is "
			"missing; fetch it (git fetch --unshallow, or fetch-depth: 0 in CI)",
			what, reason);
	return gl_error_set(code, "%s: %s", what, reason);
}

int gl_repo_commit_lookup(git_commit **out, git_repository *repo, const git_oid *id)
{
	if (git_commit_lookup(out, repo, id) == 0)
		return 0;
	char hex[GIT_OID_HEXSZ + 1], what[128];
	git_oid_tostr(hex, sizeof(hex), id);
	snprintf(what, sizeof(what), "cannot read commit %s", hex);
	return gl_repo_fail(repo, GOVLOG_EREPO, what);
}

/*
 * One end of a range: the text and whether it names a commit. One that
 * names nothing is said in the user's language; libgit2's reason is given
 * for the rest (an unreadable object, a shallow clone's missing history).
 */
static int check_end(git_repository *repo, const char *spec, size_t len, bool start)
{
	gl_buf rev = GL_BUF_INIT;
	gl_buf_put(&rev, spec, len);
	if (!rev.len)
		gl_buf_puts(&rev, "HEAD"); /* "A.." and "..B" leave HEAD out, as Git does */
	git_object *obj = NULL, *commit = NULL;
	int rc = 0;
	int err = git_revparse_single(&obj, repo, rev.ptr);
	if (!err)
		err = git_object_peel(&commit, obj, GIT_OBJECT_COMMIT);
	if (err == GIT_ENOTFOUND && git_repository_is_shallow(repo) != 1) {
		rc = gl_errort(GOVLOG_EINVALID, start ? GL_T_RANGE_START_NONE : GL_T_RANGE_END_NONE,
			       rev.ptr);
	} else if (err < 0) {
		gl_buf what = GL_BUF_INIT;
		gl_buf_printf(&what, "cannot resolve the range: its %s '%s'",
			      start ? "start" : "end", rev.ptr);
		rc = gl_repo_fail(repo, GOVLOG_EINVALID, what.ptr);
		gl_buf_release(&what);
	}
	git_object_free(commit);
	git_object_free(obj);
	gl_buf_release(&rev);
	return rc;
}

int gl_repo_range_check(git_repository *repo, const char *spec)
{
	const char *dots = strstr(spec, "..");
	if (!dots)
		return 0;
	const char *rest = dots + (dots[2] == '.' ? 3 : 2);
	int rc = check_end(repo, spec, (size_t)(dots - spec), true);
	return rc ? rc : check_end(repo, rest, strlen(rest), false);
}

int gl_repo_range_fail(git_repository *repo, const char *spec)
{
	char reason[512];
	last_reason(reason, sizeof(reason));
	int rc = gl_repo_range_check(repo, spec);
	return rc ? rc : gl_errort(GOVLOG_EINVALID, GL_T_RANGE_UNRESOLVED, spec, reason);
}

/* Keeps the repository for gl_repo_open_root when someone holds libgit2. */
static void keep(git_repository *repo, const char *workdir)
{
	if (git_libgit2_init() > 2) {
		drop_kept();
		kept.repo = repo;
		kept.workdir = gl_xstrdup(workdir);
	} else {
		git_repository_free(repo);
	}
	git_libgit2_shutdown();
}

int gl_repo_workdir(char **out, const char *start)
{
	git_repository *repo = NULL;
	int rc = 0;
	*out = NULL;
	gl_repo_init();
	int err = git_repository_open_ext(&repo, start, 0, NULL);
	if (err == GIT_ENOTFOUND) {
		rc = gl_error_set(GOVLOG_ENOTFOUND, "not a git repository: '%s'", start);
		goto cleanup;
	}
	if (err < 0) {
		const git_error *e = git_error_last();
		rc = gl_error_set(GOVLOG_EREPO, "cannot open the repository at '%s': %s", start,
				  e ? e->message : "unknown error");
		goto cleanup;
	}
	const char *wd = git_repository_workdir(repo);
	if (!wd) {
		rc = gl_error_set(
			GOVLOG_EREPO,
			"'%s' is a bare repository: it has no work tree to read records from",
			git_repository_path(repo));
		goto cleanup;
	}
	size_t len = strlen(wd);
	while (len > 1 && wd[len - 1] == '/')
		len--;
	*out = gl_xstrndup(wd, len);
	keep(repo, *out);
	repo = NULL;
cleanup:
	git_repository_free(repo);
	git_libgit2_shutdown();
	return rc;
}

/* "owner/name" from a github.com remote URL, or NULL. */
static char *github_name_of(const char *url)
{
	static const char *const prefixes[] = {"https://github.com/", "http://github.com/",
					       "git@github.com:", "ssh://git@github.com/",
					       "git://github.com/"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(prefixes); i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(url, prefixes[i], n))
			continue;
		const char *name = url + n;
		size_t len = strlen(name);
		while (len && name[len - 1] == '/')
			len--;
		if (len > 4 && !strncmp(name + len - 4, ".git", 4))
			len -= 4;
		const char *slash = memchr(name, '/', len);
		if (!slash || slash == name || slash + 1 == name + len ||
		    memchr(slash + 1, '/', (size_t)(name + len - slash - 1)))
			return NULL;
		return gl_xstrndup(name, len);
	}
	return NULL;
}

static void add_unique_name(gl_strvec *out, char *name)
{
	for (size_t i = 0; name && i < out->len; i++)
		if (!strcmp(out->items[i], name)) {
			free(name);
			return;
		}
	if (name)
		gl_vec_push(out, name);
}

void gl_repo_github_remotes(const char *root, gl_strvec *out)
{
	git_repository *repo = NULL;
	git_config *config = NULL;
	git_config_iterator *it = NULL;
	git_config_entry *e;
	gl_strvec others = {0};
	gl_repo_init();
	/*
	 * An iterator over every key, not a regex match or git_remote_lookup: libgit2 1.5
	 * leaks its regex match data when it iterates remote settings.
	 */
	if (git_repository_open(&repo, root) == 0 &&
	    git_repository_config_snapshot(&config, repo) == 0 &&
	    git_config_iterator_new(&it, config) == 0) {
		while (git_config_next(&e, it) == 0) {
			size_t n = strlen(e->name);
			if (strncmp(e->name, "remote.", 7) || n < 12 ||
			    strcmp(e->name + n - 4, ".url"))
				continue;
			bool origin = !strcmp(e->name, "remote.origin.url");
			add_unique_name(origin ? out : &others, github_name_of(e->value));
		}
	}
	for (size_t i = 0; i < others.len; i++)
		add_unique_name(out, gl_xstrdup(others.items[i]));
	gl_strvec_free(&others);
	git_config_iterator_free(it);
	git_config_free(config);
	git_repository_free(repo);
	git_libgit2_shutdown();
}

char *gl_repo_user_name(const char *root)
{
	const char *env = getenv("GIT_AUTHOR_NAME");
	if (env && *env)
		return gl_xstrdup(env);
	git_repository *repo = NULL;
	git_config *config = NULL;
	const char *name = NULL;
	char *found = NULL;
	if (git_repository_open(&repo, root) == 0 &&
	    git_repository_config_snapshot(&config, repo) == 0 &&
	    git_config_get_string(&name, config, "user.name") == 0 && *name)
		found = gl_xstrdup(name);
	git_config_free(config);
	git_repository_free(repo);
	return found;
}

void gl_repo_read_history_once(void)
{
	/* Each commit is read once: caching them would only grow with the history. */
	git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_COMMIT, (size_t)0);
	/* A subtree a commit changed is read again by its child: trees are kept,
	 * up to 64 KiB each (libgit2 keeps those under 4 KiB), in a small cache.
	 * libgit2 counts a tree's raw bytes, not its parsed entries, and evicts at
	 * random: a cache of 8 MiB held 24 MiB of trees and made a check of
	 * 10,000 commits slower (0.29 s, 47 MiB) than one of 1 MiB (0.21 s, 29 MiB). */
	git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, (size_t)(64 << 10));
	git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)(1 << 20));
}
