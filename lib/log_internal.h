/* What the checker needs of a log beyond the public API. */
#ifndef GOVLOG_LOG_INTERNAL_H
#define GOVLOG_LOG_INTERNAL_H

#include "govlog/log.h"
#include "util/buf.h"
#include "util/fs.h"

/* Diagnostics raised while loading (unreadable, too large, binary files). */
const govlog_diag_list *gl_log_load_diags(const govlog_log *log);

/* The configuration the log was read with (never NULL). */
const struct gl_config *gl_log_config(const govlog_log *log);

/* True when no paths were named, so the checker also looks at templates. */
bool gl_log_whole_repository(const govlog_log *log);

/* The current folder the log was opened from (absolute); display paths are relative to it. */
const char *gl_log_cwd(const govlog_log *log);

/* A path relative to the repository root, as the log shows paths (relative to the cwd). */
void gl_log_display_path(gl_buf *out, const govlog_log *log, const char *repo_path);

/* The decision folders relative to the repository root (heap strings in out). */
void gl_log_root_folders(gl_strvec *out, const govlog_log *log);

#endif
