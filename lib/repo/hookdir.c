/* Finding the hooks folder Git uses: core.hooksPath, else the common Git dir's hooks/. */
#include "repo/hookdir.h"

#include <git2.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "repo/git.h"
#include "util/error.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/banned.h"

static int repo_error(const char *what, const char *where)
{
	const git_error *e = git_error_last();
	return gl_error_set(GOVLOG_EREPO, "cannot read %s of '%s': %s", what, where,
			    e ? e->message : "unknown error");
}

/* Appends the home folder of "~" or "~user" (`user`, `len` bytes; 0 for the caller's). */
static int put_home(gl_buf *out, const char *user, size_t len)
{
	const char *home = len ? NULL : getenv("HOME");
	if (!len && home && *home) {
		gl_buf_puts(out, home);
		return 0;
	}
	char *name = gl_xstrndup(user, len);
	struct passwd *pw = len ? getpwnam(name) : getpwuid(getuid());
	int rc = pw ? 0
		    : gl_error_set(GOVLOG_EINVALID, "core.hooksPath: no home folder for '~%s'",
				   name);
	if (pw)
		gl_buf_puts(out, pw->pw_dir);
	free(name);
	return rc;
}

/* core.hooksPath made absolute: "~" expanded, a relative path taken from `base`. */
static int expand(gl_buf *out, const char *value, const char *base)
{
	int rc = 0;
	if (value[0] == '~') {
		size_t user = strcspn(value + 1, "/");
		rc = put_home(out, value + 1, user);
		gl_buf_puts(out, value + 1 + user);
	} else if (value[0] == '/') {
		gl_buf_puts(out, value);
	} else {
		gl_path_join(out, base, value);
	}
	gl_path_normalise(out);
	return rc;
}

static int open_repo(git_repository **repo, const char *start)
{
	int err = git_repository_open_ext(repo, start, 0, NULL);
	if (err == GIT_ENOTFOUND)
		return gl_error_set(GOVLOG_ENOTFOUND, "not a git repository: '%s'", start);
	return err < 0 ? repo_error("the repository", start) : 0;
}

int gl_repo_hooks_dir(char **out, const char *start)
{
	git_repository *repo = NULL;
	git_config *config = NULL;
	const char *value = NULL;
	gl_buf dir = GL_BUF_INIT;
	*out = NULL;
	gl_repo_init();
	int rc = open_repo(&repo, start);
	if (rc)
		goto cleanup;
	int err = git_repository_config_snapshot(&config, repo);
	if (!err)
		err = git_config_get_string(&value, config, "core.hooksPath");
	if (err < 0 && err != GIT_ENOTFOUND) {
		rc = repo_error("the configuration", start);
		goto cleanup;
	}
	if (!err && *value) {
		const char *wd = git_repository_workdir(repo);
		rc = expand(&dir, value, wd ? wd : git_repository_path(repo));
	} else {
		gl_path_join(&dir, git_repository_commondir(repo), "hooks");
		gl_path_normalise(&dir);
	}
	if (!rc)
		*out = gl_buf_detach(&dir);
cleanup:
	gl_buf_release(&dir);
	git_config_free(config);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return rc;
}
