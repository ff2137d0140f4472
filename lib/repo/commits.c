/* Walking the commits of a range with libgit2, one at a time. */
#include "repo/commits.h"

#include <string.h>

#include "util/error.h"
#include "util/vec.h"
#include "repo/git.h"
#include "repo/message.h"
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
		int rc = gl_repo_range_check(w->repo, spec);
		if (rc)
			return rc;
		if (git_revwalk_push_range(w->walk, spec) < 0)
			return gl_repo_range_fail(w->repo, spec);
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

static int emit_commit(git_commit *c, gl_commit_fn fn, void *payload)
{
	char hex[GIT_OID_HEXSZ + 1], short_hex[8], parent[GIT_OID_HEXSZ + 1];
	git_oid_tostr(hex, sizeof(hex), git_commit_id(c));
	git_oid_tostr(short_hex, sizeof(short_hex), git_commit_id(c));
	const git_signature *author = git_commit_author(c);
	const git_oid *first = git_commit_parent_id(c, 0);
	if (first)
		git_oid_tostr(parent, sizeof(parent), first);
	gl_buf message = GL_BUF_INIT, who = GL_BUF_INIT;
	gl_commit_info info = {
		hex,
		short_hex,
		gl_repo_message_utf8(c, &message),
		gl_repo_utf8(git_commit_message_encoding(c), author ? author->name : "", &who),
		author ? author->email : "",
		author ? (int64_t)author->when.time : 0,
		git_commit_parentcount(c),
		first ? parent : NULL};
	int rc = fn(&info, payload);
	gl_buf_release(&message);
	gl_buf_release(&who);
	return rc;
}

static int emit(commit_walk *w, const git_oid *id, gl_commit_fn fn, void *payload)
{
	git_commit *c = NULL;
	if (gl_repo_commit_lookup(&c, w->repo, id) < 0)
		return GOVLOG_EREPO;
	int rc = emit_commit(c, fn, payload);
	git_commit_free(c);
	return rc;
}

/* The walk stopped before its end: names the commit it could not read, from the range's tip. */
static int walk_failed(commit_walk *w, const char *spec)
{
	const char *dots = strstr(spec, "..");
	const char *tip = !dots ? spec : dots[2] == '.' ? dots + 3 : dots + 2;
	git_object *obj = NULL;
	int rc =
		git_revparse_single(&obj, w->repo, *tip ? tip : "HEAD") < 0
			? walk_error(w, GOVLOG_EREPO, "cannot walk the history")
			: gl_repo_walk_fail(w->repo, git_object_id(obj), "cannot walk the history");
	git_object_free(obj);
	return rc;
}

int gl_commits_walk(const gl_commit_range *range, gl_commit_fn fn, void *payload)
{
	commit_walk w = {NULL, NULL};
	unsigned sorting = GIT_SORT_TOPOLOGICAL | (range->oldest_first ? GIT_SORT_REVERSE : 0);
	int rc = 0;
	gl_repo_init();
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
		rc = walk_failed(&w, range->spec);
	git_revwalk_free(w.walk);
	git_repository_free(w.repo);
	git_libgit2_shutdown();
	return rc;
}

/*
 * The newest commits, by hand: libgit2's revwalk reads the whole history
 * before it gives the first commit, and a hook cannot wait for that. The
 * frontier holds the commits whose children were seen, newest taken first;
 * `queued` every id ever put there, so a commit two branches share is
 * visited once.
 */
typedef struct recent_walk {
	git_repository *repo;
	GL_VEC(git_commit *) frontier;
	GL_VEC(git_oid) queued;
} recent_walk;

static int queue(recent_walk *w, const git_oid *id)
{
	for (size_t i = 0; i < w->queued.len; i++)
		if (git_oid_equal(&w->queued.items[i], id))
			return 0;
	git_commit *c = NULL;
	gl_vec_push(&w->queued, *id);
	if (git_commit_lookup(&c, w->repo, id) < 0) /* a shallow clone's edge: history ends */
		return 0;
	gl_vec_push(&w->frontier, c);
	return 0;
}

/* The frontier's newest commit, taken out of it (the caller frees it). */
static git_commit *take_newest(recent_walk *w)
{
	size_t best = 0;
	for (size_t i = 1; i < w->frontier.len; i++)
		if (git_commit_time(w->frontier.items[i]) >
		    git_commit_time(w->frontier.items[best]))
			best = i;
	git_commit *c = w->frontier.items[best];
	w->frontier.items[best] = w->frontier.items[--w->frontier.len];
	return c;
}

/* Queues the commit `rev` names; an unborn branch has none: nothing to walk, and no error. */
static int queue_rev(recent_walk *w, const char *rev)
{
	git_object *obj = NULL, *commit = NULL;
	int rc = 0;
	if (git_revparse_single(&obj, w->repo, rev) < 0) {
		if (strcmp(rev, "HEAD") || git_repository_head_unborn(w->repo) != 1)
			rc = gl_repo_fail(w->repo, GOVLOG_EINVALID, "cannot resolve the revision");
	} else if (git_object_peel(&commit, obj, GIT_OBJECT_COMMIT) < 0) {
		rc = gl_repo_fail(w->repo, GOVLOG_EINVALID, "cannot resolve the revision");
	} else {
		rc = queue(w, git_object_id(commit));
	}
	git_object_free(commit);
	git_object_free(obj);
	return rc;
}

int gl_commits_recent(const char *root, const char *rev, size_t max, size_t *seen, gl_commit_fn fn,
		      void *payload)
{
	recent_walk w = {NULL, {NULL, 0, 0}, {NULL, 0, 0}};
	int rc = 0;
	*seen = 0;
	gl_repo_init();
	if (gl_repo_open_root(&w.repo, root) < 0)
		rc = gl_error_set(GOVLOG_EREPO, "'%s' is not a Git repository", root);
	else
		rc = queue_rev(&w, rev);
	for (size_t kept = 0; !rc && w.frontier.len && kept < max && *seen < 2 * max;) {
		git_commit *c = take_newest(&w);
		unsigned parents = git_commit_parentcount(c);
		++*seen;
		for (unsigned i = 0; !rc && i < parents; i++)
			rc = queue(&w, git_commit_parent_id(c, i));
		if (!rc && parents < 2 && ++kept)
			rc = emit_commit(c, fn, payload);
		git_commit_free(c);
	}
	for (size_t i = 0; i < w.frontier.len; i++)
		git_commit_free(w.frontier.items[i]);
	gl_vec_free(&w.frontier);
	gl_vec_free(&w.queued);
	git_repository_free(w.repo);
	git_libgit2_shutdown();
	return rc;
}

bool gl_commits_resolve(const char *root, const char *rev, char id[41])
{
	git_repository *repo = NULL;
	git_object *obj = NULL, *commit = NULL;
	gl_repo_init();
	bool found = git_repository_open(&repo, root) == 0 &&
		     git_revparse_single(&obj, repo, rev) == 0 &&
		     git_object_peel(&commit, obj, GIT_OBJECT_COMMIT) == 0;
	if (found && id)
		git_oid_tostr(id, 41, git_object_id(commit));
	git_object_free(commit);
	git_object_free(obj);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return found;
}

bool gl_commits_exists(const char *root, const char *rev)
{
	git_repository *repo = NULL;
	git_object *obj = NULL;
	gl_repo_init();
	bool found = git_repository_open(&repo, root) == 0 &&
		     git_revparse_single(&obj, repo, rev) == 0 &&
		     git_object_type(obj) == GIT_OBJECT_COMMIT;
	git_object_free(obj);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return found;
}
