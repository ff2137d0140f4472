/* Patch ids and the release that holds a commit, for backports found by their patch or their -x
 * line. */
#include "repo/picks.h"

#include <string.h>

#include "repo/git.h"
#include "util/error.h"
#include "util/banned.h"

/* The patch id of one commit against its first parent; "" when it has none. */
static int patch_id_of(gl_patch *out, git_repository *repo, const char *hex)
{
	git_oid id, pid;
	git_commit *c = NULL, *parent = NULL;
	git_tree *tree = NULL, *base = NULL;
	git_diff *diff = NULL;
	out->id[0] = '\0';
	out->committed = 0;
	if (git_oid_fromstr(&id, hex) < 0)
		return 0;
	int rc = gl_repo_commit_lookup(&c, repo, &id);
	if (!rc)
		out->committed = (int64_t)git_commit_time(c);
	if (rc || git_commit_parentcount(c) != 1)
		goto cleanup;
	if (git_commit_parent(&parent, c, 0) < 0 || git_commit_tree(&tree, c) < 0 ||
	    git_commit_tree(&base, parent) < 0 ||
	    git_diff_tree_to_tree(&diff, repo, base, tree, NULL) < 0) {
		rc = gl_repo_fail(repo, GOVLOG_EREPO, hex);
		goto cleanup;
	}
	if (git_diff_num_deltas(diff) && !git_diff_patchid(&pid, diff, NULL))
		git_oid_tostr(out->id, GL_PATCH_ID_HEX, &pid);
cleanup:
	git_diff_free(diff);
	git_tree_free(base);
	git_tree_free(tree);
	git_commit_free(parent);
	git_commit_free(c);
	return rc;
}

int gl_repo_patch_ids(gl_patch *out, const char *root, const char *const *ids, size_t count)
{
	git_repository *repo = NULL;
	if (!count)
		return 0;
	if (gl_repo_open_root(&repo, root) < 0)
		return gl_repo_fail(NULL, GOVLOG_EREPO, root);
	int rc = 0;
	for (size_t i = 0; !rc && i < count; i++)
		rc = patch_id_of(&out[i], repo, ids[i]);
	git_repository_free(repo);
	return rc;
}

#define SKEW ((git_time_t)86400) /* how far committers' clocks may disagree */

/*
 * Whether `head` is `commit` (committed at `when`) or descends from it. A
 * head committed well before it cannot hold it: that is decided without the
 * graph, so the walk of many releases stays cheap.
 */
static bool holds(git_repository *repo, const char *head, const git_oid *commit, git_time_t when)
{
	git_oid h;
	git_commit *c = NULL;
	if (git_oid_fromstr(&h, head) < 0)
		return false;
	if (git_oid_equal(&h, commit))
		return true;
	if (git_commit_lookup(&c, repo, &h) < 0)
		return false;
	bool later = git_commit_time(c) + SKEW >= when;
	git_commit_free(c);
	return later && git_graph_descendant_of(repo, &h, commit) == 1;
}

int gl_repo_first_head_holding(size_t *found, const char *root, const char *commit,
			       const char *const *heads, size_t count)
{
	git_repository *repo = NULL;
	git_object *obj = NULL;
	git_oid prefix;
	size_t len = strlen(commit);
	*found = (size_t)-1;
	if (git_oid_fromstrn(&prefix, commit, len) < 0)
		return 0;
	if (gl_repo_open_root(&repo, root) < 0)
		return gl_repo_fail(NULL, GOVLOG_EREPO, root);
	/* An id, never a name: "(cherry picked from commit X)" names no branch */
	if (!git_object_lookup_prefix(&obj, repo, &prefix, len, GIT_OBJECT_COMMIT)) {
		git_time_t when = git_commit_time((git_commit *)obj);
		for (size_t i = 0; *found == (size_t)-1 && i < count; i++)
			if (holds(repo, heads[i], git_object_id(obj), when))
				*found = i;
	}
	git_object_free(obj);
	git_repository_free(repo);
	return 0;
}
