/* A unified diff of two texts, from libgit2's own diff: what `git apply` takes. */
#ifndef GOVLOG_REPO_PATCH_H
#define GOVLOG_REPO_PATCH_H

#include <stddef.h>

#include "util/buf.h"

/*
 * Appends the patch that turns old[0..old_len) into new_text[0..new_len) for
 * the file at `path` (relative to the repository root): "--- a/PATH",
 * "+++ b/PATH", hunks with three lines of context, "\ No newline at end of
 * file" where a text lacks one. Nothing when the texts are equal. Returns 0,
 * or GOVLOG_EIO when libgit2 fails (the message in the last error).
 */
int gl_repo_patch(gl_buf *out, const char *path, const char *old, size_t old_len,
		  const char *new_text, size_t new_len);

#endif
