/*
 * govlog's hooks where husky runs Git's hooks: husky owns the folder Git runs
 * (core.hooksPath) and regenerates it, so govlog adds two marked lines to the
 * user's own hook files (.husky/<hook>) instead, and takes exactly those out.
 */
#ifndef GOVLOG_AUTHOR_HOOKS_HUSKY_H
#define GOVLOG_AUTHOR_HOOKS_HUSKY_H

#include <stdbool.h>

#include "govlog/init.h"
#include "util/buf.h"

typedef struct husky_ctx {
	const char *user_dir; /* absolute: the folder of the user's hook files */
	bool v9;              /* husky 9 (files run by sh), else 5 to 8 (files run by Git) */
	/* Appends to out how path is shown to the user. */
	void (*show)(gl_buf *out, const char *path, void *show_payload);
	void *show_payload;
	govlog_init_fn fn;
	void *payload;
} husky_ctx;

/*
 * Whether hooks_dir (absolute, Git's core.hooksPath) is husky's; then
 * user_dir gets the folder of the user's hook files and *v9 the version.
 */
bool gl_husky_detect(gl_buf *user_dir, bool *v9, const char *hooks_dir);

/*
 * Adds govlog's lines to each user hook file (creating a missing one), or
 * with `remove` takes them out (deleting a file govlog made and nobody added
 * to). Needs the work tree's write lock. Returns 0 or a negative GOVLOG_E*.
 */
int gl_husky_install(const husky_ctx *c, bool remove);

#endif
