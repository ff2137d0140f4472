/* The Git repository, through libgit2 only (the `git` command is never run). */
#ifndef GOVLOG_REPO_H
#define GOVLOG_REPO_H

#include "util/fs.h"

/*
 * Holds libgit2 initialised from a log's opening to its freeing: each
 * initialisation from zero reloads TLS certificates, which costs more than
 * checking a record. Pairs with gl_repo_release.
 */
void gl_repo_hold(void);
void gl_repo_release(void);

/*
 * The work tree root of the repository containing `start` (absolute, no
 * trailing slash; heap string in *out). Returns 0; GOVLOG_ENOTFOUND when
 * `start` is in no repository; GOVLOG_EREPO for a bare repository or a
 * repository libgit2 cannot open.
 */
int gl_repo_workdir(char **out, const char *start);

/*
 * Appends "owner/name" of every remote of the repository that is on
 * github.com: origin first, then the others in the configuration's order, no
 * duplicates. A fork's "upstream" names the repository its links point to.
 */
void gl_repo_github_remotes(const char *root, gl_strvec *out);

/* The author's name: GIT_AUTHOR_NAME, else user.name of the repository's config;
 * NULL when neither is set. Heap string. */
char *gl_repo_user_name(const char *root);

#endif
