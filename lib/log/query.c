/* Asking a log that has been read: its records and requests, folders, language, load problems. */
#include "log/log_internal.h"
#include "log/log_data.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag/diag.h"
#include "record/record_internal.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/banned.h"

size_t govlog_log_count(const govlog_log *log)
{
	return log->records.len;
}

const govlog_record *govlog_log_record_at(const govlog_log *log, size_t i)
{
	return i < log->records.len ? log->records.items[i] : NULL;
}

const govlog_record *govlog_log_find(const govlog_log *log, const char *id)
{
	return gl_records_find_id(log->records.items, log->records.len, id);
}

size_t govlog_log_request_count(const govlog_log *log)
{
	return log->requests.records.len;
}

const govlog_record *govlog_log_request_at(const govlog_log *log, size_t i)
{
	return i < log->requests.records.len ? log->requests.records.items[i] : NULL;
}

const govlog_record *govlog_log_find_request(const govlog_log *log, const char *id)
{
	return gl_log_requests_find(&log->requests, id);
}

size_t govlog_log_request_folder_count(const govlog_log *log)
{
	return log->requests.shown.len;
}

const char *govlog_log_request_folder_at(const govlog_log *log, size_t i)
{
	return i < log->requests.shown.len ? log->requests.shown.items[i] : NULL;
}

const char *govlog_log_root(const govlog_log *log)
{
	return log->root;
}

size_t govlog_log_folder_count(const govlog_log *log)
{
	return log->folders.len;
}

const char *govlog_log_folder_at(const govlog_log *log, size_t i)
{
	return i < log->folders.len ? log->folders.items[i] : NULL;
}

/* The system's reason in Danish for the usual failures; its own words are English. */
static void append_reason(gl_buf *out, govlog_lang lang, int err)
{
	if (lang != GOVLOG_LANG_DA)
		gl_buf_puts(out, strerror(err));
	else if (err == EACCES || err == EPERM)
		gl_buf_puts(out, gl_lang_text(lang, GL_T_ERRNO_ACCESS));
	else if (err == ENOENT)
		gl_buf_puts(out, gl_lang_text(lang, GL_T_ERRNO_GONE));
	else
		gl_lang_printf(out, lang, GL_T_ERRNO_OTHER, err);
}

void gl_log_load_diags(govlog_diag_list *out, const govlog_log *log)
{
	govlog_pos whole = {0, 0};
	gl_buf reason = GL_BUF_INIT;
	for (size_t i = 0; i < log->problems.len; i++) {
		const load_problem *p = &log->problems.items[i];
		if (p->msg == GL_T_FILE_TOO_LARGE) {
			gl_diag_addt(out, GL_RULE_FILE_UNREADABLE, p->path, whole, NULL, p->msg,
				     GL_RECORD_MAX_BYTES / (1024 * 1024));
		} else if (p->msg == GL_T_FILE_CANNOT_READ) {
			gl_buf_clear(&reason);
			append_reason(&reason, gl_diag_list_lang(out), p->err);
			gl_diag_addt(out, GL_RULE_FILE_UNREADABLE, p->path, whole, NULL, p->msg,
				     reason.ptr);
		} else if (p->msg == GL_T_FILE_NO_EXTENSION) {
			gl_buf_clear(&reason);
			gl_lang_printf(&reason, gl_diag_list_lang(out), GL_T_FILE_NO_EXTENSION_HINT,
				       p->path);
			gl_diag_addt(out, GL_RULE_FILE_EXTENSION, p->path, whole, reason.ptr,
				     p->msg);
		} else {
			gl_diag_addt(out, GL_RULE_FILE_UNREADABLE, p->path, whole, NULL, p->msg);
		}
	}
	gl_buf_release(&reason);
}

/* Most records' language; a tie is English; a log whose records tell nothing asks its profile. */
govlog_lang gl_log_language(const govlog_log *log, gl_lang_source *source)
{
	const gl_config *c = log->config;
	gl_lang_source why = GL_LANG_FROM_CONFIG;
	govlog_lang lang = c->language;
	size_t da = 0, en = 0;
	for (size_t i = 0; !c->language_origin && i < log->records.len; i++) {
		const char *code = govlog_record_language(log->records.items[i]);
		da += !strcmp(code, "da");
		en += !strcmp(code, "en");
	}
	if (c->language_origin) {
		why = GL_LANG_FROM_CONFIG;
	} else if (da || en) {
		why = GL_LANG_FROM_RECORDS;
		lang = da > en ? GOVLOG_LANG_DA : GOVLOG_LANG_EN;
	} else if (c->profile) {
		why = GL_LANG_FROM_PROFILE;
		lang = !strcmp(c->profile->name, "os2-da") ? GOVLOG_LANG_DA : GOVLOG_LANG_EN;
	} else {
		why = GL_LANG_DEFAULT;
		lang = GOVLOG_LANG_EN;
	}
	if (source)
		*source = why;
	return lang;
}

govlog_lang govlog_log_language(const govlog_log *log)
{
	return gl_log_language(log, NULL);
}

const char *gl_log_cwd(const govlog_log *log)
{
	return log->cwd;
}

void gl_log_display_path(gl_buf *out, const govlog_log *log, const char *repo_path)
{
	gl_buf abs = GL_BUF_INIT;
	gl_path_join(&abs, log->root, repo_path);
	gl_path_normalise(&abs);
	gl_path_relative(out, abs.ptr, log->cwd);
	gl_buf_release(&abs);
}

void gl_log_root_folders(gl_strvec *out, const govlog_log *log)
{
	gl_buf abs = GL_BUF_INIT, rel = GL_BUF_INIT;
	for (size_t i = 0; i < log->folders.len; i++) {
		gl_buf_clear(&abs);
		gl_buf_clear(&rel);
		const char *f = log->folders.items[i];
		if (f[0] == '/')
			gl_buf_puts(&abs, f);
		else
			gl_path_join(&abs, log->cwd, f);
		gl_path_normalise(&abs);
		gl_path_relative(&rel, abs.ptr, log->root);
		if (!strcmp(rel.ptr, ".")) { /* the whole repository: no folder limits */
			gl_strvec_free(out);
			break;
		}
		if (strncmp(rel.ptr, "../", 3))
			gl_vec_push(out, gl_xstrdup(rel.ptr));
	}
	gl_buf_release(&abs);
	gl_buf_release(&rel);
}

const govlog_record_options *gl_log_record_options(const govlog_log *log)
{
	return &log->record_opts;
}

const gl_config *gl_log_config(const govlog_log *log)
{
	return log->config;
}

const gl_strvec *gl_log_issue_templates(const govlog_log *log)
{
	return &log->issue_templates;
}

bool gl_log_whole_repository(const govlog_log *log)
{
	return log->whole_repository;
}

bool gl_log_file_exists(const govlog_log *log, const char *path, bool folder_too)
{
	if (!log->snapshot)
		return gl_fs_is_file(path) || (folder_too && gl_fs_is_dir(path));
	gl_buf rel = GL_BUF_INIT;
	gl_log_repo_relative(&rel, log, path);
	bool found = strncmp(rel.ptr, "../", 3) &&
		     (folder_too ? gl_snapshot_has(log->snapshot, rel.ptr)
				 : gl_snapshot_has_file(log->snapshot, rel.ptr));
	gl_buf_release(&rel);
	return found;
}

const struct gl_snapshot *gl_log_snapshot(const govlog_log *log)
{
	return log->snapshot;
}

const gl_log_template *gl_log_template_for(const govlog_log *log, const govlog_record *r)
{
	return gl_log_templates_for(&log->templates, govlog_record_path(r));
}

const gl_log_template *gl_log_template_or_only(const govlog_log *log, const govlog_record *r)
{
	const gl_log_template *t = gl_log_template_for(log, r);
	return t ? t : gl_log_templates_only(&log->templates);
}
