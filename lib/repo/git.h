/* What the files under lib/repo/ share about libgit2; only they include this header. */
#ifndef GOVLOG_REPO_GIT_H
#define GOVLOG_REPO_GIT_H

#include <git2.h>
#include <stdbool.h>

/*
 * Opens the repository whose work tree root is `root`, taking the one
 * gl_repo_workdir just found when it is the same. The caller frees it.
 * Returns libgit2's code.
 */
int gl_repo_open_root(git_repository **out, const char *root);

/*
 * Sets the error "what: libgit2's message" and returns `code`; in a shallow
 * clone (where history is missing) GOVLOG_EREPO with how to fetch it.
 * `repo` may be NULL.
 */
int gl_repo_fail(git_repository *repo, int code, const char *what);

/* A Markdown file by its name: ".md" or ".markdown". */
bool gl_repo_is_markdown(const char *path);

#endif
