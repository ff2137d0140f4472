/* Renames of Markdown files along HEAD's first parents: moved meetings, renamed records. */
#include "repo/renames.h"

#include "repo/git.h"
#include "util/fs.h"
#include "util/banned.h"

/* Only Markdown files are compared: rename detection over a whole tree's other files is waste. */
static const char *const markdown[] = {"*.[mM][dD]", "*.[mM][aA][rR][kK][dD][oO][wW][nN]"};

/* The renamed Markdown files of one commit against its first parent. */
static void commit_renames(git_repository *repo, git_commit *c, gl_rename_fn fn, void *payload)
{
	git_commit *parent = NULL;
	git_tree *old = NULL, *new = NULL;
	git_diff *diff = NULL;
	git_diff_options opts;
	git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
	opts.pathspec.strings = (char **)markdown;
	opts.pathspec.count = sizeof(markdown) / sizeof(*markdown);
	git_diff_find_options find;
	git_diff_find_options_init(&find, GIT_DIFF_FIND_OPTIONS_VERSION);
	find.flags = GIT_DIFF_FIND_RENAMES;
	char id[8];
	git_oid_tostr(id, sizeof(id), git_commit_id(c));
	if (git_commit_parent(&parent, c, 0) < 0 || git_commit_tree(&old, parent) < 0 ||
	    git_commit_tree(&new, c) < 0 ||
	    git_diff_tree_to_tree(&diff, repo, old, new, &opts) < 0 ||
	    git_diff_find_similar(diff, &find) < 0)
		goto cleanup;
	for (size_t i = 0; i < git_diff_num_deltas(diff); i++) {
		const git_diff_delta *d = git_diff_get_delta(diff, i);
		if (d->status != GIT_DELTA_RENAMED || !gl_path_is_markdown(d->new_file.path))
			continue;
		gl_rename r = {d->old_file.path, d->new_file.path, id};
		fn(&r, payload);
	}
cleanup:
	git_diff_free(diff);
	git_tree_free(old);
	git_tree_free(new);
	git_commit_free(parent);
}

int gl_renames_walk(const char *root, size_t limit, gl_rename_fn fn, void *payload)
{
	git_repository *repo = NULL;
	git_commit *c = NULL;
	git_oid head;
	if (gl_repo_open_root(&repo, root) < 0 ||
	    git_reference_name_to_id(&head, repo, "HEAD") < 0 ||
	    git_commit_lookup(&c, repo, &head) < 0)
		goto cleanup;
	for (size_t n = 0; c && n < limit; n++) {
		git_commit *parent = NULL;
		if (git_commit_parentcount(c) > 0)
			commit_renames(repo, c, fn, payload);
		if (git_commit_parentcount(c) == 0 || git_commit_parent(&parent, c, 0) < 0)
			parent = NULL;
		git_commit_free(c);
		c = parent;
	}
cleanup:
	git_commit_free(c);
	git_repository_free(repo);
	return 0;
}
