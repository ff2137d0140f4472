/* The Git hook entry points, with the configuration's commit rules. */
#include "govlog/hook.h"

#include <errno.h>
#include <string.h>

#include "config/config.h"
#include "diag/diag.h"
#include "util/error.h"
#include "log/log_internal.h"
#include "commit/commit.h"
#include "hook/named.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/banned.h"

/* A message may quote a record, so it gets a record's limit. */
enum { MESSAGE_MAX_BYTES = 10 * 1024 * 1024 };

/* The message checked into a new list, in `lang`. */
static govlog_diag_list *checked_message(const gl_buf *text, const char *path,
					 const govlog_log *log, bool with_records, govlog_lang lang)
{
	govlog_diag_list *got = NULL;
	govlog_diag_list_new(&got);
	gl_diag_list_set_lang(got, lang);
	const gl_config *c = gl_log_config(log);
	govlog_commit_options o = GOVLOG_COMMIT_OPTIONS_INIT;
	gl_commit_options_from_config(&o, c);
	gl_commit_check_fitted(got, path, text->ptr, text->len, with_records ? log : NULL, &o, c,
			       govlog_log_root(log));
	return got;
}

/*
 * The language of the log's records, as `check` finds it, for a log whose
 * configuration names none when the message was checked without reading a
 * record; `lang` when they cannot be read. They are read only when there is
 * something to say, so a good message costs nothing more.
 */
static govlog_lang records_language(const govlog_log_options *opts, govlog_lang lang)
{
	govlog_log_options whole = *opts;
	whole.config_only = false;
	govlog_log *log = NULL;
	if (govlog_log_open(&log, &whole) == 0)
		lang = govlog_log_language(log);
	govlog_log_free(log);
	return lang;
}

int govlog_hook_commit_msg(govlog_diag_list *out, const char *path)
{
	gl_buf text = GL_BUF_INIT;
	gl_fs_result read = gl_fs_read_stream(path, MESSAGE_MAX_BYTES, &text);
	if (read != GL_FS_OK) {
		int err = errno;
		gl_buf_release(&text);
		if (read == GL_FS_TOO_LARGE)
			return gl_error_set(
				GOVLOG_EIO,
				"cannot read the commit message '%s': larger than %d MiB", path,
				MESSAGE_MAX_BYTES / (1024 * 1024));
		return gl_error_set(GOVLOG_EIO, "cannot read the commit message '%s': %s", path,
				    strerror(err));
	}
	govlog_log_options lopts = GOVLOG_LOG_OPTIONS_INIT;
	lopts.allow_empty = true;
	govlog_log *log = NULL;
	int rc = gl_hook_open_log_for(&log, &lopts, text.ptr, text.len);
	if (!rc) {
		const gl_config *c = gl_log_config(log);
		/* The configuration's language; the records' too when the message names one. */
		govlog_lang lang = govlog_log_language(log);
		bool with_records = !lopts.config_only;
		govlog_diag_list *got = checked_message(&text, path, log, with_records, lang);
		if (!with_records && !c->language_origin && govlog_diag_list_count(got)) {
			govlog_lang spoken = records_language(&lopts, lang);
			if (spoken != lang) {
				govlog_diag_list_free(got);
				lang = spoken;
				got = checked_message(&text, path, log, with_records, lang);
			}
		}
		gl_diag_list_set_lang(out, lang);
		gl_diag_append_all(out, got);
		govlog_diag_list_free(got);
		gl_diag_list_set_severities(out, c->severity);
	}
	govlog_log_free(log);
	gl_buf_release(&text);
	return rc;
}
