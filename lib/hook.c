/* The Git hook entry points, with the configuration's commit rules. */
#include "govlog/hook.h"

#include <errno.h>
#include <string.h>

#include "config.h"
#include "diag_internal.h"
#include "error.h"
#include "log_internal.h"
#include "govlog/commit.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/banned.h"

int govlog_hook_commit_msg(govlog_diag_list *out, const govlog_log *log, const char *path)
{
	gl_buf text = GL_BUF_INIT;
	if (gl_fs_read(path, 1024 * 1024, &text) != GL_FS_OK) {
		gl_buf_release(&text);
		return gl_error_set(GOVLOG_EIO, "cannot read the commit message '%s'", path);
	}
	const gl_config *c = gl_log_config(log);
	govlog_commit_options o = GOVLOG_COMMIT_OPTIONS_INIT;
	o.types = c->commit_types;
	o.type_count = c->commit_type_count;
	o.require_refs = c->require_refs;
	o.require_refs_count = c->require_refs_count;
	int rc = govlog_commit_check(out, path, text.ptr, text.len, log, &o);
	gl_diag_list_set_severities(out, c->severity);
	gl_buf_release(&text);
	return rc;
}
