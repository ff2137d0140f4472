/* Walking the record changes of a commit range with libgit2. */
#include "repo/history.h"

#include <string.h>

#include "util/error.h"
#include "repo/git.h"
#include "util/buf.h"
#include "util/banned.h"

typedef struct walker {
	git_repository *repo;
	const gl_history_range *range;
	git_diff_options diff_opts;
	gl_change_fn fn;
	void *payload;
} walker;

static int fail(const walker *w, int code, const char *what)
{
	return gl_repo_fail(w->repo, code, what);
}

/* BASE and HEAD of "BASE..HEAD", "BASE...HEAD" or "BASE" (then HEAD is HEAD). */
static int resolve(walker *w, git_oid *base, git_oid *head)
{
	const char *spec = w->range->spec;
	if (strstr(spec, "..")) {
		git_revspec rs;
		if (git_revparse(&rs, w->repo, spec) < 0)
			return fail(w, GOVLOG_EINVALID, "cannot resolve the range");
		git_oid_cpy(base, git_object_id(rs.from));
		git_oid_cpy(head, git_object_id(rs.to));
		git_object_free(rs.from);
		git_object_free(rs.to);
		return 0;
	}
	git_object *b = NULL, *h = NULL;
	int rc = 0;
	if (git_revparse_single(&b, w->repo, spec) < 0 ||
	    git_revparse_single(&h, w->repo, "HEAD") < 0)
		rc = fail(w, GOVLOG_EINVALID, "cannot resolve the range");
	else {
		git_oid_cpy(base, git_object_id(b));
		git_oid_cpy(head, git_object_id(h));
	}
	git_object_free(b);
	git_object_free(h);
	return rc;
}

static int tree_of(walker *w, const git_oid *commit_id, git_tree **out)
{
	git_commit *c = NULL;
	int rc = git_commit_lookup(&c, w->repo, commit_id) < 0 || git_commit_tree(out, c) < 0
			 ? fail(w, GOVLOG_EREPO, "cannot read a commit")
			 : 0;
	git_commit_free(c);
	return rc;
}

static int diff_trees(walker *w, git_tree *old, git_tree *new, git_diff **out)
{
	git_diff_find_options find;
	git_diff_find_options_init(&find, GIT_DIFF_FIND_OPTIONS_VERSION);
	find.flags = GIT_DIFF_FIND_RENAMES;
	if (git_diff_tree_to_tree(out, w->repo, old, new, &w->diff_opts) < 0 ||
	    git_diff_find_similar(*out, &find) < 0)
		return fail(w, GOVLOG_EREPO, "cannot compare trees");
	return 0;
}

/* Loads one side of a delta; the blob stays alive until freed by the caller. */
static int load_side(walker *w, const git_diff_file *f, bool present, gl_blob_file *out,
		     git_blob **blob)
{
	*out = (gl_blob_file){NULL, "", 0};
	if (!present)
		return 0;
	if (git_blob_lookup(blob, w->repo, &f->id) < 0)
		return fail(w, GOVLOG_EREPO, "cannot read a file of the history");
	*out = (gl_blob_file){f->path, git_blob_rawcontent(*blob), (size_t)git_blob_rawsize(*blob)};
	return 0;
}

static int emit_delta(walker *w, const git_diff_delta *d, const char *commit, const char *summary)
{
	bool before = d->status != GIT_DELTA_ADDED, after = d->status != GIT_DELTA_DELETED;
	if (!gl_repo_is_markdown(after ? d->new_file.path : d->old_file.path))
		return 0;
	git_blob *old_blob = NULL, *new_blob = NULL;
	gl_record_change change = {commit, summary, {0}, {0}};
	int rc = load_side(w, &d->old_file, before, &change.before, &old_blob);
	if (!rc)
		rc = load_side(w, &d->new_file, after, &change.after, &new_blob);
	if (!rc)
		w->fn(&change, w->payload);
	git_blob_free(old_blob);
	git_blob_free(new_blob);
	return rc;
}

static int emit_commit(walker *w, git_commit *c)
{
	git_commit *parent = NULL;
	git_tree *old = NULL, *new = NULL;
	git_diff *diff = NULL;
	char id[GIT_OID_HEXSZ + 1];
	git_oid_tostr(id, 8, git_commit_id(c));
	int rc = 0;
	if (git_commit_parent(&parent, c, 0) < 0 || git_commit_tree(&old, parent) < 0 ||
	    git_commit_tree(&new, c) < 0)
		rc = fail(w, GOVLOG_EREPO, "cannot read the parent of a commit in the range");
	if (!rc)
		rc = diff_trees(w, old, new, &diff);
	const char *summary = git_commit_summary(c);
	for (size_t i = 0; !rc && i < git_diff_num_deltas(diff); i++)
		rc = emit_delta(w, git_diff_get_delta(diff, i), id, summary ? summary : "");
	git_diff_free(diff);
	git_tree_free(old);
	git_tree_free(new);
	git_commit_free(parent);
	return rc;
}

/* Non-merge commits of BASE..HEAD, oldest first. */
static int walk_commits(walker *w, const git_oid *base, const git_oid *head)
{
	git_revwalk *walk = NULL;
	git_oid id;
	int rc = 0;
	if (git_revwalk_new(&walk, w->repo) < 0 ||
	    git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE) < 0 ||
	    git_revwalk_push(walk, head) < 0 || git_revwalk_hide(walk, base) < 0)
		rc = fail(w, GOVLOG_EREPO, "cannot walk the range");
	while (!rc && git_revwalk_next(&id, walk) == 0) {
		git_commit *c = NULL;
		if (git_commit_lookup(&c, w->repo, &id) < 0)
			rc = fail(w, GOVLOG_EREPO, "cannot read a commit");
		else if (git_commit_parentcount(c) == 1)
			rc = emit_commit(w, c);
		git_commit_free(c);
	}
	git_revwalk_free(walk);
	return rc;
}

/* The record files BASE added since the merge base: numbers HEAD may collide with. */
static int walk_target(walker *w, const git_oid *base, const git_oid *head)
{
	git_oid fork;
	if (!w->range->target_added)
		return 0;
	if (git_merge_base(&fork, w->repo, base, head) < 0)
		return fail(w, GOVLOG_EINVALID, "the range has no common ancestor");
	if (git_oid_equal(&fork, base))
		return 0;
	git_tree *old = NULL, *new = NULL;
	git_diff *diff = NULL;
	int rc = tree_of(w, &fork, &old);
	if (!rc)
		rc = tree_of(w, base, &new);
	if (!rc)
		rc = diff_trees(w, old, new, &diff);
	for (size_t i = 0; !rc && i < git_diff_num_deltas(diff); i++) {
		const git_diff_delta *d = git_diff_get_delta(diff, i);
		git_blob *blob = NULL;
		gl_blob_file file;
		if (d->status != GIT_DELTA_ADDED || !gl_repo_is_markdown(d->new_file.path))
			continue;
		rc = load_side(w, &d->new_file, true, &file, &blob);
		if (!rc)
			w->range->target_added(&file, w->payload);
		git_blob_free(blob);
	}
	git_diff_free(diff);
	git_tree_free(old);
	git_tree_free(new);
	return rc;
}

int gl_history_walk(const gl_history_range *range, gl_change_fn fn, void *payload)
{
	walker w = {.range = range, .fn = fn, .payload = payload};
	git_diff_options_init(&w.diff_opts, GIT_DIFF_OPTIONS_VERSION);
	w.diff_opts.pathspec.strings = (char **)range->folders;
	w.diff_opts.pathspec.count = range->folder_count;
	w.diff_opts.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH; /* folders are paths, not patterns */
	git_oid base, head;
	git_libgit2_init();
	int rc = 0;
	if (git_repository_open(&w.repo, range->root) < 0)
		rc = gl_error_set(GOVLOG_EREPO, "'%s' is not a Git repository: --range needs one",
				  range->root);
	if (!rc)
		rc = resolve(&w, &base, &head);
	if (!rc)
		rc = walk_commits(&w, &base, &head);
	if (!rc)
		rc = walk_target(&w, &base, &head);
	git_repository_free(w.repo);
	git_libgit2_shutdown();
	return rc;
}

int gl_history_walk_commits(const char *root, const char *const *folders, size_t folder_count,
			    const char *const *ids, size_t count, gl_change_fn fn, void *payload)
{
	gl_history_range range = {root, "", folders, folder_count, NULL};
	walker w = {.range = &range, .fn = fn, .payload = payload};
	git_diff_options_init(&w.diff_opts, GIT_DIFF_OPTIONS_VERSION);
	w.diff_opts.pathspec.strings = (char **)folders;
	w.diff_opts.pathspec.count = folder_count;
	w.diff_opts.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
	git_libgit2_init();
	int rc = gl_repo_open_root(&w.repo, root) < 0
			 ? gl_error_set(GOVLOG_EREPO, "cannot open the repository at '%s'", root)
			 : 0;
	for (size_t i = 0; !rc && i < count; i++) {
		git_oid id;
		git_commit *c = NULL;
		if (git_oid_fromstr(&id, ids[i]) < 0 || git_commit_lookup(&c, w.repo, &id) < 0)
			rc = fail(&w, GOVLOG_EREPO, "cannot read a commit");
		else if (git_commit_parentcount(c) == 1)
			rc = emit_commit(&w, c);
		git_commit_free(c);
	}
	git_repository_free(w.repo);
	git_libgit2_shutdown();
	return rc;
}
