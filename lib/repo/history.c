/* Walking the record changes of a commit range with libgit2, as the target branch sees them. */
#include "repo/history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"
#include "util/error.h"
#include "repo/git.h"
#include "repo/chain.h"
#include "repo/tree_touch.h"
#include "util/buf.h"
#include "util/vec.h"
#include "util/fs.h"
#include "util/banned.h"

/* The parents of a merge looked at; an octopus merge of more is read as this many. */
#define GL_MERGE_PARENTS_MAX 8

/* Where a range's decision folders are written down, besides the configuration. */
static const char *const marker_names[] = {".adr-dir", ".log4brains.yml"};
/* A range's diffs hold every Markdown file: a folder may be gone, a record moved. */
static const char *const range_pathspec[] = {"*.[mM][dD]", "*.[mM][aA][rR][kK][dD][oO][wW][nN]",
					     ".adr-dir", ".log4brains.yml"};

typedef struct walker {
	git_repository *repo;
	const gl_history_range *range;
	git_diff_options diff_opts;
	bool filter; /* keep only record files (the diff holds every Markdown file) */
	gl_change_fn fn;
	void *payload;
	GL_VEC(git_oid) mainline; /* the target's first-parent history, sorted */
	/* While a merge is emitted (GL_WALK_MERGES): its other parents' trees. */
	git_tree *others[GL_MERGE_PARENTS_MAX];
	size_t other_count;
	/* The last commit compared and its tree: the next commit on a line is its
	 * child, whose parent's tree is then read (and its commit parsed) no more. */
	git_oid last_id;
	git_tree *last_tree;
	bool base_below; /* BASE is on HEAD's first-parent line: it is their merge base */
} walker;

static int fail(const walker *w, int code, const char *what)
{
	return gl_repo_fail(w->repo, code, what);
}

static bool under(const char *path, const char *folder)
{
	size_t n = strlen(folder);
	return !strncmp(path, folder, n) && path[n] == '/';
}

static bool is_record(const walker *w, const char *path)
{
	const gl_history_range *r = w->range;
	if (!path || !gl_path_is_markdown(path))
		return false;
	if (!w->filter || !r->folder_count)
		return true;
	for (size_t i = 0; i < r->folder_count; i++)
		if (under(path, r->folders[i]))
			return true;
	return r->is_record && r->is_record(path, w->payload);
}

static bool is_marker(const char *path)
{
	for (size_t i = 0; path && i < sizeof(marker_names) / sizeof(*marker_names); i++)
		if (!strcmp(path, marker_names[i]))
			return true;
	return false;
}

/* BASE and HEAD of "BASE..HEAD", "BASE...HEAD" or "BASE" (then HEAD is HEAD). */
static int resolve(walker *w, git_oid *base, git_oid *head)
{
	const char *spec = w->range->spec;
	if (strstr(spec, "..")) {
		git_revspec rs;
		int rc = gl_repo_range_check(w->repo, spec);
		if (rc)
			return rc;
		if (git_revparse(&rs, w->repo, spec) < 0)
			return gl_repo_range_fail(w->repo, spec);
		git_oid_cpy(base, git_object_id(rs.from));
		git_oid_cpy(head, git_object_id(rs.to));
		git_object_free(rs.from);
		git_object_free(rs.to);
		return 0;
	}
	git_object *b = NULL, *h = NULL;
	int rc = 0;
	if (git_revparse_single(&b, w->repo, spec) < 0)
		rc = gl_repo_range_fail(w->repo, spec);
	else if (git_revparse_single(&h, w->repo, "HEAD") < 0)
		rc = fail(w, GOVLOG_EINVALID, "cannot resolve the range: its end 'HEAD'");
	else {
		git_oid_cpy(base, git_object_id(b));
		git_oid_cpy(head, git_object_id(h));
	}
	git_object_free(b);
	git_object_free(h);
	return rc;
}

/* The two revisions of the spec as written: "main~1" and "feature" of "main~1..feature". */
static void spec_sides(const char *spec, gl_buf *base, gl_buf *head)
{
	const char *dots = strstr(spec, "..");
	if (!dots) {
		gl_buf_puts(base, spec);
		gl_buf_puts(head, "HEAD");
		return;
	}
	gl_buf_put(base, spec, (size_t)(dots - spec));
	const char *rest = dots[2] == '.' ? dots + 3 : dots + 2;
	gl_buf_puts(head, *rest ? rest : "HEAD");
}

/* The branch a revision names ("main~1" → main, "origin/main", "HEAD" → the branch
 * checked out); NULL for a commit id, a tag or a detached HEAD. */
static git_reference *branch_of(walker *w, const char *rev)
{
	size_t n = strcspn(rev, "~^@:");
	if (!n)
		return NULL;
	char *name = gl_xstrndup(rev, n);
	git_reference *ref = NULL, *resolved = NULL;
	if (git_reference_dwim(&ref, w->repo, name) == 0 &&
	    git_reference_resolve(&resolved, ref) == 0 && !git_reference_is_branch(resolved) &&
	    !git_reference_is_remote(resolved)) {
		git_reference_free(resolved);
		resolved = NULL;
	}
	git_reference_free(ref);
	free(name);
	return resolved;
}

/* The branch pull requests are merged into, when the spec names none. */
static git_reference *default_branch(walker *w)
{
	static const char *const names[] = {"refs/remotes/origin/HEAD", "refs/heads/main",
					    "refs/heads/master", "refs/remotes/origin/main",
					    "refs/remotes/origin/master"};
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		git_reference *ref = NULL, *resolved = NULL;
		int err = git_reference_lookup(&ref, w->repo, names[i]);
		if (!err)
			err = git_reference_resolve(&resolved, ref);
		git_reference_free(ref);
		if (!err)
			return resolved;
	}
	return NULL;
}

static int compare_oid(const void *a, const void *b)
{
	return git_oid_cmp(a, b);
}

static bool on_mainline(const walker *w, const git_oid *id)
{
	return w->mainline.len &&
	       bsearch(id, w->mainline.items, w->mainline.len, sizeof(git_oid), compare_oid);
}

/* The first-parent history of `tip`, sorted; it ends where a shallow clone's does. */
static void load_mainline(walker *w, const git_oid *tip)
{
	git_commit *c = NULL;
	if (git_commit_lookup(&c, w->repo, tip) < 0)
		return;
	while (c) {
		git_commit *parent = NULL;
		gl_vec_push(&w->mainline, *git_commit_id(c));
		if (git_commit_parentcount(c) && git_commit_parent(&parent, c, 0) < 0)
			parent = NULL;
		git_commit_free(c);
		c = parent;
	}
	qsort(w->mainline.items, w->mainline.len, sizeof(git_oid), compare_oid);
}

/* Whether `head` is on the first-parent history of `target` (loaded for later use). */
static bool on_line_of(walker *w, git_reference *target, const git_oid *head)
{
	const git_oid *tip = git_reference_target(target);
	if (!tip || git_oid_equal(tip, head))
		return true;
	w->mainline.len = 0;
	load_mainline(w, tip);
	return !w->mainline.len || on_mainline(w, head);
}

/* "HEAD", "HEAD~2", "@": the revision checked out, not a branch someone named. */
static bool names_head(const char *rev)
{
	size_t n = strcspn(rev, "~^@:");
	return !n || (n == 4 && !strncmp(rev, "HEAD", 4));
}

/*
 * Whether HEAD is on the target branch's main line: the default branch's, else
 * that of the branch BASE names (main in main~1..feature), else that of a branch
 * the HEAD side names ("develop" in ROOT..develop; HEAD itself only when there
 * is no default branch: a branch checked out beside one is a pull request's).
 * When it is not, the main line it left stays loaded, for finding the fork.
 */
static bool head_on_mainline(walker *w, const git_oid *head)
{
	git_reference *target = default_branch(w);
	if (target && on_line_of(w, target, head)) {
		git_reference_free(target);
		return true;
	}
	gl_buf base_rev = GL_BUF_INIT, head_rev = GL_BUF_INIT;
	spec_sides(w->range->spec, &base_rev, &head_rev);
	git_reference *named = branch_of(w, base_rev.ptr);
	if (!named && (!target || !names_head(head_rev.ptr)))
		named = branch_of(w, head_rev.ptr);
	gl_buf_release(&base_rev);
	gl_buf_release(&head_rev);
	bool on = !named && !target;
	if (named)
		on = on_line_of(w, named, head);
	git_reference_free(named);
	git_reference_free(target);
	return on;
}

static int tree_of(walker *w, const git_oid *commit_id, git_tree **out)
{
	git_commit *c = NULL;
	int rc = gl_repo_commit_lookup(&c, w->repo, commit_id) < 0 ? GOVLOG_EREPO
		 : git_commit_tree(out, c) < 0
			 ? fail(w, GOVLOG_EREPO, "cannot read a commit's tree")
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

static int emit_marker(walker *w, const git_diff_delta *d)
{
	git_blob *blob = NULL;
	gl_blob_file file;
	if (d->status == GIT_DELTA_DELETED || !w->range->marker)
		return 0;
	int rc = load_side(w, &d->new_file, true, &file, &blob);
	if (!rc)
		w->range->marker(&file, w->payload);
	git_blob_free(blob);
	return rc;
}

/* The merge's other parent k's file at the delta's new path: its entry, or NULL. */
static git_tree_entry *other_entry(const walker *w, size_t k, const git_diff_delta *d)
{
	git_tree_entry *e = NULL;
	if (git_tree_entry_bypath(&e, w->others[k], d->new_file.path) < 0 ||
	    git_tree_entry_type(e) != GIT_OBJECT_BLOB) {
		git_tree_entry_free(e);
		return NULL;
	}
	return e;
}

/* Whether a merge's delta only brings in what one of its other parents holds. */
static bool from_other_parent(const walker *w, const git_diff_delta *d)
{
	bool after = d->status != GIT_DELTA_DELETED, same = false;
	for (size_t k = 0; k < w->other_count && !same; k++) {
		git_tree_entry *e = other_entry(w, k, d);
		same = after ? e && git_oid_equal(git_tree_entry_id(e), &d->new_file.id) : !e;
		git_tree_entry_free(e);
	}
	return same;
}

/* A merge's other parents' files at the delta's new path, for the change's `others`. */
static int load_others(walker *w, const git_diff_delta *d, gl_blob_file *files, git_blob **blobs)
{
	int rc = 0;
	for (size_t k = 0; k < w->other_count; k++) {
		files[k] = (gl_blob_file){NULL, "", 0};
		git_tree_entry *e = other_entry(w, k, d);
		if (e && git_blob_lookup(&blobs[k], w->repo, git_tree_entry_id(e)) < 0)
			rc = fail(w, GOVLOG_EREPO, "cannot read a file of the history");
		else if (e)
			files[k] = (gl_blob_file){d->new_file.path, git_blob_rawcontent(blobs[k]),
						  (size_t)git_blob_rawsize(blobs[k])};
		git_tree_entry_free(e);
	}
	return rc;
}

static int emit_delta(walker *w, const git_diff_delta *d, const gl_record_change *where)
{
	bool before = d->status != GIT_DELTA_ADDED, after = d->status != GIT_DELTA_DELETED;
	if ((!is_record(w, before ? d->old_file.path : NULL) &&
	     !is_record(w, after ? d->new_file.path : NULL)) ||
	    (w->other_count && from_other_parent(w, d)))
		return 0;
	git_blob *old_blob = NULL, *new_blob = NULL, *blobs[GL_MERGE_PARENTS_MAX] = {0};
	gl_blob_file others[GL_MERGE_PARENTS_MAX];
	gl_record_change change = *where;
	int rc = load_side(w, &d->old_file, before, &change.before, &old_blob);
	if (!rc)
		rc = load_side(w, &d->new_file, after, &change.after, &new_blob);
	if (!rc && w->other_count && !(rc = load_others(w, d, others, blobs))) {
		change.others = others;
		change.other_count = w->other_count;
	}
	if (!rc)
		w->fn(&change, w->payload);
	git_blob_free(old_blob);
	git_blob_free(new_blob);
	for (size_t k = 0; k < w->other_count; k++)
		git_blob_free(blobs[k]);
	return rc;
}

/* The pass of emit_diff a delta belongs to. */
static int pass_of(const git_diff_delta *d)
{
	if (is_marker(d->new_file.path) || is_marker(d->old_file.path))
		return 0;
	return d->status == GIT_DELTA_DELETED || d->status == GIT_DELTA_RENAMED ? 1 : 2;
}

/* Marker files first, then deletions and renames (an ID they free may be taken
 * by an addition of the same commit), then the rest. */
static int emit_diff(walker *w, git_diff *diff, const gl_record_change *where)
{
	size_t n = git_diff_num_deltas(diff);
	int rc = 0;
	for (int pass = 0; pass < 3; pass++)
		for (size_t i = 0; !rc && i < n; i++) {
			const git_diff_delta *d = git_diff_get_delta(diff, i);
			if (pass_of(d) != pass)
				continue;
			rc = pass ? emit_delta(w, d, where) : emit_marker(w, d);
		}
	return rc;
}

/* The first parent's tree: the last commit's, when the walk compared it just before. */
static int parent_tree(walker *w, git_commit *c, git_tree **out)
{
	const git_oid *first = git_commit_parent_id(c, 0);
	if (first && w->last_tree && !git_oid_cmp(first, &w->last_id)) {
		*out = w->last_tree;
		w->last_tree = NULL;
		return 0;
	}
	git_commit *parent = NULL;
	int err = git_commit_parent(&parent, c, 0) < 0 || git_commit_tree(out, parent) < 0;
	git_commit_free(parent);
	return err ? -1 : 0;
}

/* Keeps the commit's tree for its child, the next commit a line's walk compares. */
static void keep_last(walker *w, git_commit *c, git_tree *tree)
{
	git_tree_free(w->last_tree);
	w->last_tree = tree;
	git_oid_cpy(&w->last_id, git_commit_id(c));
}

/* One commit against its first parent (a root commit against nothing). */
static int emit_commit(walker *w, git_commit *c)
{
	git_tree *old = NULL, *new = NULL;
	git_diff *diff = NULL;
	char id[GIT_OID_HEXSZ + 1];
	git_oid_tostr(id, 8, git_commit_id(c));
	int rc = 0;
	char what[128];
	snprintf(what, sizeof(what), "cannot read the parent of commit %s",
		 git_oid_tostr_s(git_commit_id(c)));
	if (!git_commit_parentcount(c) && git_repository_is_shallow(w->repo))
		rc = fail(w, GOVLOG_EREPO, what);
	else if ((git_commit_parentcount(c) && parent_tree(w, c, &old) < 0) ||
		 git_commit_tree(&new, c) < 0)
		rc = fail(w, GOVLOG_EREPO, what);
	/* Both walks report Markdown files and markers only: a commit that changes
	 * none of them (most commits of a product) needs no diff. */
	if (!rc && !gl_tree_may_touch(w->repo, old, new, marker_names,
				      sizeof(marker_names) / sizeof(*marker_names)))
		goto cleanup;
	if (!rc)
		rc = diff_trees(w, old, new, &diff);
	const char *summary = git_commit_summary(c);
	gl_record_change where = {id, summary ? summary : "", {0}, {0}, NULL, NULL, 0};
	if (!rc)
		rc = emit_diff(w, diff, &where);
cleanup:
	git_diff_free(diff);
	git_tree_free(old);
	if (new)
		keep_last(w, c, new);
	return rc;
}

/* The markers of the range's first tree: folders the range starts with. */
static int emit_markers_of(walker *w, const git_oid *commit_id)
{
	git_tree *tree = NULL;
	int rc = w->range->marker ? tree_of(w, commit_id, &tree) : 0;
	for (size_t i = 0; !rc && tree && i < sizeof(marker_names) / sizeof(*marker_names); i++) {
		git_tree_entry *e = NULL;
		git_blob *blob = NULL;
		if (git_tree_entry_bypath(&e, tree, marker_names[i]) == 0 &&
		    git_tree_entry_type(e) == GIT_OBJECT_BLOB &&
		    git_blob_lookup(&blob, w->repo, git_tree_entry_id(e)) == 0) {
			gl_blob_file f = {marker_names[i], git_blob_rawcontent(blob),
					  (size_t)git_blob_rawsize(blob)};
			w->range->marker(&f, w->payload);
		}
		git_blob_free(blob);
		git_tree_entry_free(e);
	}
	git_tree_free(tree);
	return rc;
}

/* The main line of BASE..HEAD with libgit2's revision walk, which keeps every commit it passes. */
static int walk_revisions(walker *w, const git_oid *base, const git_oid *head)
{
	git_revwalk *walk = NULL;
	git_oid id;
	int rc = 0;
	if (git_revwalk_new(&walk, w->repo) < 0 ||
	    git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE) < 0 ||
	    git_revwalk_simplify_first_parent(walk) < 0 || git_revwalk_push(walk, head) < 0 ||
	    git_revwalk_hide(walk, base) < 0)
		rc = fail(w, GOVLOG_EREPO, "cannot walk the range");
	int next = 0;
	while (!rc && (next = git_revwalk_next(&id, walk)) == 0) {
		git_commit *c = NULL;
		if (gl_repo_commit_lookup(&c, w->repo, &id) < 0)
			rc = GOVLOG_EREPO;
		else
			rc = emit_commit(w, c);
		git_commit_free(c);
	}
	if (!rc && next != GIT_ITEROVER) /* stopped at a commit it could not parse */
		rc = gl_repo_walk_fail(w->repo, head, "cannot walk the range");
	git_revwalk_free(walk);
	return rc;
}

/* One commit of the line: the walker is the payload. */
static int emit_each(git_commit *c, void *payload)
{
	return emit_commit(payload, c);
}

/* The objects the walker holds of its repository, before it is opened anew. */
static void drop_held(void *payload)
{
	walker *w = payload;
	git_tree_free(w->last_tree);
	w->last_tree = NULL;
}

/*
 * The main line of BASE..HEAD, oldest first, each commit against its first
 * parent. When HEAD's first-parent line reaches BASE, it is walked one
 * segment at a time, in memory that does not grow with it (repo/chain.h);
 * else with a revision walk.
 */
static int walk_mainline(walker *w, const git_oid *base, const git_oid *head)
{
	int rc = emit_markers_of(w, base);
	gl_chain line = {&w->repo, w->range->root, base, head, emit_each, drop_held, w};
	if (!rc)
		rc = gl_chain_walk(&line);
	w->base_below = !rc;
	return rc == GL_CHAIN_ELSEWHERE ? walk_revisions(w, base, head) : rc;
}

/*
 * The merge base of BASE and HEAD. None is the range's fault, or a shallow
 * clone's; a commit that cannot be read on the way is named.
 */
static int merge_base(walker *w, git_oid *out, const git_oid *base, const git_oid *head)
{
	int err = git_merge_base(out, w->repo, base, head);
	if (!err)
		return 0;
	if (err != GIT_ENOTFOUND)
		return gl_repo_walk_fail(w->repo, head, "cannot find where the range forked");
	if (git_repository_is_shallow(w->repo) == 1)
		return gl_errort(GOVLOG_EREPO, GL_T_RANGE_NO_ANCESTOR_SHALLOW);
	return gl_errort(GOVLOG_EINVALID, GL_T_RANGE_NO_ANCESTOR);
}

/* Where HEAD left the main line: the merge base with BASE, or the newest commit
 * of the main line it descends from when that merge base is itself review. */
static int find_fork(walker *w, const git_oid *base, const git_oid *head, git_oid *fork)
{
	int rc = merge_base(w, fork, base, head);
	if (rc || on_mainline(w, fork))
		return rc;
	git_revwalk *walk = NULL;
	git_oid id;
	if (git_revwalk_new(&walk, w->repo) < 0 ||
	    git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL) < 0 || git_revwalk_push(walk, fork) < 0)
		rc = fail(w, GOVLOG_EREPO, "cannot walk the range");
	int next = 0;
	while (!rc && (next = git_revwalk_next(&id, walk)) == 0)
		if (on_mainline(w, &id)) {
			git_oid_cpy(fork, &id);
			break;
		}
	if (!rc && next < 0 && next != GIT_ITEROVER)
		rc = gl_repo_walk_fail(w->repo, fork, "cannot walk the range");
	git_revwalk_free(walk);
	return rc;
}

/* A pull request's whole change, from its fork to HEAD: review rounds fold into one. */
static int walk_pull_request(walker *w, const git_oid *base, const git_oid *head)
{
	git_oid fork;
	git_tree *old = NULL, *new = NULL;
	git_diff *diff = NULL;
	int rc = find_fork(w, base, head, &fork);
	if (!rc)
		rc = emit_markers_of(w, &fork);
	if (!rc)
		rc = tree_of(w, &fork, &old);
	if (!rc)
		rc = tree_of(w, head, &new);
	if (!rc)
		rc = diff_trees(w, old, new, &diff);
	char from[GIT_OID_HEXSZ + 1], to[GIT_OID_HEXSZ + 1];
	git_oid_tostr(from, 8, &fork);
	git_oid_tostr(to, 8, head);
	gl_buf span = GL_BUF_INIT;
	gl_buf_printf(&span, "%s..%s", from, to);
	gl_record_change where = {NULL, "", {0}, {0}, span.ptr, NULL, 0};
	if (!rc)
		rc = emit_diff(w, diff, &where);
	gl_buf_release(&span);
	git_diff_free(diff);
	git_tree_free(old);
	git_tree_free(new);
	return rc;
}

/* The record files BASE added since the merge base: numbers HEAD may collide with. */
static int walk_target(walker *w, const git_oid *base, const git_oid *head)
{
	git_oid fork;
	/* Found without a merge-base walk, which keeps every commit of the range. */
	if (!w->range->target_added || w->base_below)
		return 0;
	int found = merge_base(w, &fork, base, head);
	if (found)
		return found;
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
		if (d->status != GIT_DELTA_ADDED || !is_record(w, d->new_file.path))
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
	walker w = {.range = range, .fn = fn, .payload = payload, .filter = true};
	git_diff_options_init(&w.diff_opts, GIT_DIFF_OPTIONS_VERSION);
	w.diff_opts.pathspec.strings = (char **)range_pathspec;
	w.diff_opts.pathspec.count = sizeof(range_pathspec) / sizeof(*range_pathspec);
	git_oid base, head;
	gl_repo_init();
	gl_repo_read_history_once();
	int rc = 0;
	if (git_repository_open(&w.repo, range->root) < 0)
		rc = gl_errort(GOVLOG_EREPO, GL_T_RANGE_NO_REPOSITORY, range->root);
	if (!rc)
		rc = resolve(&w, &base, &head);
	if (!rc)
		rc = head_on_mainline(&w, &head) ? walk_mainline(&w, &base, &head)
						 : walk_pull_request(&w, &base, &head);
	if (!rc)
		rc = walk_target(&w, &base, &head);
	gl_vec_free(&w.mainline);
	git_tree_free(w.last_tree);
	git_repository_free(w.repo);
	git_libgit2_shutdown();
	return rc;
}

/* Whether the commit's first parent can be read (a shallow clone lacks some). */
static bool has_parent(git_commit *c)
{
	git_commit *parent = NULL;
	bool found = git_commit_parentcount(c) && !git_commit_parent(&parent, c, 0);
	git_commit_free(parent);
	return found;
}

/* A merge's own changes: its other parents' trees held while it is compared with the first. */
static int emit_merge(walker *w, git_commit *c)
{
	unsigned n = git_commit_parentcount(c);
	int rc = 0;
	for (unsigned k = 1; !rc && k < n && w->other_count < GL_MERGE_PARENTS_MAX; k++) {
		git_commit *p = NULL;
		if (git_commit_parent(&p, c, k) < 0 ||
		    git_commit_tree(&w->others[w->other_count], p) < 0)
			rc = fail(w, GOVLOG_EREPO, "cannot read the parents of a merge");
		else
			w->other_count++;
		git_commit_free(p);
	}
	if (!rc)
		rc = emit_commit(w, c);
	for (size_t k = 0; k < w->other_count; k++)
		git_tree_free(w->others[k]);
	w->other_count = 0;
	return rc;
}

int gl_history_walk_commits(const char *root, const char *const *folders, size_t folder_count,
			    const char *const *ids, size_t count, unsigned flags, gl_change_fn fn,
			    void *payload)
{
	gl_history_range range = {root, "", folders, folder_count, NULL, NULL, NULL};
	walker w = {.range = &range, .fn = fn, .payload = payload};
	git_diff_options_init(&w.diff_opts, GIT_DIFF_OPTIONS_VERSION);
	w.diff_opts.pathspec.strings = (char **)folders;
	w.diff_opts.pathspec.count = folder_count;
	w.diff_opts.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH; /* folders are paths, not patterns */
	gl_repo_init();
	gl_repo_read_history_once();
	int rc = gl_repo_open_root(&w.repo, root) < 0
			 ? gl_error_set(GOVLOG_EREPO, "cannot open the repository at '%s'", root)
			 : 0;
	/* a shallow clone's oldest commits have parents it lacks: they are no roots */
	bool shallow = !rc && git_repository_is_shallow(w.repo);
	for (size_t i = 0; !rc && i < count; i++) {
		git_oid id;
		git_commit *c = NULL;
		if (git_oid_fromstr(&id, ids[i]) < 0)
			rc = gl_error_set(GOVLOG_EINVALID, "not a commit id: '%s'", ids[i]);
		else if (gl_repo_commit_lookup(&c, w.repo, &id) < 0)
			rc = GOVLOG_EREPO;
		else if ((flags & GL_WALK_REACHED) && shallow && !has_parent(c))
			; /* where the clone's history ends: what it holds is all there is */
		else if (git_commit_parentcount(c) == 1 ||
			 ((flags & GL_WALK_ROOTS) && !git_commit_parentcount(c)))
			rc = emit_commit(&w, c);
		else if ((flags & GL_WALK_MERGES) && git_commit_parentcount(c) > 1)
			rc = emit_merge(&w, c);
		git_commit_free(c);
	}
	git_tree_free(w.last_tree);
	git_repository_free(w.repo);
	git_libgit2_shutdown();
	return rc;
}
