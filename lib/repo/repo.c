/* Repository discovery with libgit2. */
#include "repo.h"

#include <git2.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "../util/buf.h"
#include "../util/banned.h"

int gl_repo_workdir(char **out, const char *start)
{
	git_repository *repo = NULL;
	int rc = 0;
	*out = NULL;
	git_libgit2_init();
	int err = git_repository_open_ext(&repo, start, 0, NULL);
	if (err == GIT_ENOTFOUND) {
		rc = gl_error_set(GOVLOG_ENOTFOUND, "not a git repository: '%s'", start);
		goto cleanup;
	}
	if (err < 0) {
		const git_error *e = git_error_last();
		rc = gl_error_set(GOVLOG_EREPO, "cannot open the repository at '%s': %s", start,
				  e ? e->message : "unknown error");
		goto cleanup;
	}
	const char *wd = git_repository_workdir(repo);
	if (!wd) {
		rc = gl_error_set(
			GOVLOG_EREPO,
			"'%s' is a bare repository: it has no work tree to read records from",
			git_repository_path(repo));
		goto cleanup;
	}
	size_t len = strlen(wd);
	while (len > 1 && wd[len - 1] == '/')
		len--;
	*out = gl_xstrndup(wd, len);
cleanup:
	git_repository_free(repo);
	git_libgit2_shutdown();
	return rc;
}
