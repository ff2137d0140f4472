/* The folder Git runs a repository's hooks from (libgit2 only). */
#ifndef GOVLOG_REPO_HOOKDIR_H
#define GOVLOG_REPO_HOOKDIR_H

/*
 * The hooks folder of the repository containing `start`, as Git finds it:
 * core.hooksPath when set (a relative path is taken from the work tree root,
 * or from the Git dir of a bare repository; "~/" and "~user/" are home
 * folders), else "hooks" in the common Git dir, so a linked worktree gets its
 * main repository's folder and a submodule its own under .git/modules/.
 * Absolute and normalised, no trailing slash; heap string in *out (NULL on
 * failure). The folder need not exist. Returns 0; GOVLOG_ENOTFOUND when
 * `start` is in no repository; GOVLOG_EREPO when the repository or its
 * configuration cannot be read; GOVLOG_EINVALID for a "~user/" whose user
 * is unknown.
 */
int gl_repo_hooks_dir(char **out, const char *start);

#endif
