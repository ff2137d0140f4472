/*
 * The least memory a reader of a whole history through libgit2 can take: a
 * walk of HEAD's first parents that keeps nothing (no seen-set, no commit
 * after the next is read), with the object cache and pack windows capped as
 * govlog caps them (lib/repo/repo.c). What it still grows by is libgit2's
 * mapping of the pack index, which every commit lookup searches.
 * bench/changelog.sh builds it and measures its peak beside govlog's.
 *   libgit2-floor REPO   prints the commits read and their message bytes
 */
#include <git2.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	git_repository *repo = NULL;
	git_commit *commit = NULL;
	git_oid head;
	size_t commits = 0, bytes = 0;
	if (argc != 2)
		return 2;
	git_libgit2_init();
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, (size_t)(1 << 20));
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, (size_t)(2 << 20));
	git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_COMMIT, (size_t)0);
	git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)(1 << 20));
	if (git_repository_open(&repo, argv[1]) < 0 ||
	    git_reference_name_to_id(&head, repo, "HEAD") < 0 ||
	    git_commit_lookup(&commit, repo, &head) < 0)
		return 3;
	while (commit) {
		git_commit *parent = NULL;
		commits++;
		bytes += strlen(git_commit_message(commit));
		if (git_commit_parentcount(commit) && git_commit_parent(&parent, commit, 0) < 0)
			return 3;
		git_commit_free(commit);
		commit = parent;
	}
	printf("%zu commits, %zu message bytes\n", commits, bytes);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return 0;
}
