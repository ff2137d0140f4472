/* Unified diffs through libgit2's git_patch_from_buffers, so they apply with `git apply`. */
#include "repo/patch.h"

#include <string.h>

#include "repo/git.h"
#include "util/error.h"
#include "util/banned.h"

int gl_repo_patch(gl_buf *out, const char *path, const char *old, size_t old_len,
		  const char *new_text, size_t new_len)
{
	if (old_len == new_len && !memcmp(old, new_text, old_len))
		return 0;
	gl_repo_init();
	git_diff_options opts;
	git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
	opts.context_lines = 3;
	/* A record is text even with a stray NUL-free odd byte: never "Binary files differ". */
	opts.flags |= GIT_DIFF_FORCE_TEXT;
	git_patch *patch = NULL;
	git_buf text = GIT_BUF_INIT;
	int rc = 0;
	if (git_patch_from_buffers(&patch, old, old_len, path, new_text, new_len, path, &opts) <
		    0 ||
	    git_patch_to_buf(&text, patch) < 0) {
		const git_error *e = git_error_last();
		rc = gl_error_set(GOVLOG_EIO, "cannot diff '%s': %s", path,
				  e ? e->message : "unknown error");
		goto cleanup;
	}
	gl_buf_put(out, text.ptr, text.size);

cleanup:
	git_buf_dispose(&text);
	git_patch_free(patch);
	git_libgit2_shutdown();
	return rc;
}
