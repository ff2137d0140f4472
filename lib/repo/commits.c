/* Walking the commits of a range with libgit2, one at a time. */
#include "repo/commits.h"

#include <string.h>

#include "util/error.h"
#include "repo/git.h"
#include "util/banned.h"

typedef struct commit_walk {
	git_repository *repo;
	git_revwalk *walk;
} commit_walk;

static int walk_error(const commit_walk *w, int code, const char *what)
{
	return gl_repo_fail(w->repo, code, what);
}

static int push_spec(commit_walk *w, const char *spec)
{
	if (strstr(spec, "..")) {
		if (git_revwalk_push_range(w->walk, spec) < 0)
			return walk_error(w, GOVLOG_EINVALID, "cannot resolve the range");
		return 0;
	}
	git_object *obj = NULL;
	int rc = git_revparse_single(&obj, w->repo, spec) < 0 ||
				 git_revwalk_push(w->walk, git_object_id(obj)) < 0
			 ? walk_error(w, GOVLOG_EINVALID, "cannot resolve the revision")
			 : 0;
	git_object_free(obj);
	return rc;
}

static int emit(commit_walk *w, const git_oid *id, gl_commit_fn fn, void *payload)
{
	git_commit *c = NULL;
	if (git_commit_lookup(&c, w->repo, id) < 0)
		return walk_error(w, GOVLOG_EREPO, "cannot read a commit");
	char hex[GIT_OID_HEXSZ + 1], short_hex[8], parent[GIT_OID_HEXSZ + 1];
	git_oid_tostr(hex, sizeof(hex), id);
	git_oid_tostr(short_hex, sizeof(short_hex), id);
	const git_signature *author = git_commit_author(c);
	const git_oid *first = git_commit_parent_id(c, 0);
	if (first)
		git_oid_tostr(parent, sizeof(parent), first);
	gl_commit_info info = {hex,
			       short_hex,
			       git_commit_message_raw(c),
			       author ? author->name : "",
			       author ? author->email : "",
			       author ? (int64_t)author->when.time : 0,
			       git_commit_parentcount(c),
			       first ? parent : NULL};
	int rc = fn(&info, payload);
	git_commit_free(c);
	return rc;
}

int gl_commits_walk(const gl_commit_range *range, gl_commit_fn fn, void *payload)
{
	commit_walk w = {NULL, NULL};
	unsigned sorting = GIT_SORT_TOPOLOGICAL | (range->oldest_first ? GIT_SORT_REVERSE : 0);
	int rc = 0;
	git_libgit2_init();
	if (gl_repo_open_root(&w.repo, range->root) < 0)
		rc = gl_error_set(GOVLOG_EREPO, "'%s' is not a Git repository", range->root);
	else if (git_revwalk_new(&w.walk, w.repo) < 0 || git_revwalk_sorting(w.walk, sorting) < 0)
		rc = walk_error(&w, GOVLOG_EREPO, "cannot walk the history");
	if (!rc)
		rc = push_spec(&w, range->spec);
	if (!rc && range->hide_glob && git_revwalk_hide_glob(w.walk, range->hide_glob) < 0)
		rc = walk_error(&w, GOVLOG_EREPO, "cannot read the remote branches");
	git_oid id;
	int next = GIT_ITEROVER;
	while (!rc && (next = git_revwalk_next(&id, w.walk)) == 0)
		rc = emit(&w, &id, fn, payload);
	if (!rc && next != GIT_ITEROVER)
		rc = walk_error(&w, GOVLOG_EREPO, "cannot walk the history");
	git_revwalk_free(w.walk);
	git_repository_free(w.repo);
	git_libgit2_shutdown();
	return rc;
}

bool gl_commits_exists(const char *root, const char *rev)
{
	git_repository *repo = NULL;
	git_object *obj = NULL;
	git_libgit2_init();
	bool found = git_repository_open(&repo, root) == 0 &&
		     git_revparse_single(&obj, repo, rev) == 0 &&
		     git_object_type(obj) == GIT_OBJECT_COMMIT;
	git_object_free(obj);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return found;
}
