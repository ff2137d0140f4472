/* The Markdown files of meeting-minute folders, read as records for their links. */
#include "check/rules/minutes.h"

#include <string.h>

#include "config/config.h"
#include "log/layout.h"
#include "log/log_internal.h"
#include "repo/snapshot.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/banned.h"

enum { MINUTES_MAX_BYTES = 10 * 1024 * 1024, MINUTES_MAX_DEPTH = 8 };

typedef struct minutes {
	const govlog_log *log;
	gl_record_vec *out;
	gl_buf shown, data;
} minutes;

static bool is_record(const govlog_log *log, const char *shown)
{
	for (size_t i = 0; i < govlog_log_count(log); i++)
		if (!strcmp(govlog_record_path(govlog_log_record_at(log, i)), shown))
			return true;
	return false;
}

/* One file, `path` relative to the root. */
static void read_one(minutes *m, const char *path)
{
	const gl_snapshot *snap = gl_log_snapshot(m->log);
	gl_buf_clear(&m->shown);
	gl_buf_clear(&m->data);
	gl_log_display_path(&m->shown, m->log, path);
	if (is_record(m->log, m->shown.ptr))
		return;
	gl_fs_result rc;
	if (snap) {
		rc = gl_snapshot_read(snap, path, MINUTES_MAX_BYTES, &m->data);
	} else {
		gl_buf abs = GL_BUF_INIT;
		gl_path_join(&abs, govlog_log_root(m->log), path);
		rc = gl_fs_read(abs.ptr, MINUTES_MAX_BYTES, &m->data);
		gl_buf_release(&abs);
	}
	govlog_record *r;
	if (rc != GL_FS_OK || memchr(m->data.ptr, '\0', m->data.len) ||
	    govlog_record_parse(&r, m->shown.ptr, m->data.ptr, m->data.len, NULL) < 0)
		return;
	gl_vec_push(m->out, r);
}

static void on_snapshot_file(const char *path, bool is_link, void *payload)
{
	const char *base = strrchr(path, '/');
	if (!is_link && gl_path_is_markdown(base ? base + 1 : path))
		read_one(payload, path);
}

/* The work tree's files under `folder` (relative to the root), no hidden ones, no symlinks. */
static void walk(minutes *m, const char *folder, int depth)
{
	gl_buf abs = GL_BUF_INIT, rel = GL_BUF_INIT;
	gl_strvec names = {0};
	gl_path_join(&abs, govlog_log_root(m->log), folder);
	if (gl_fs_list(abs.ptr, &names) < 0)
		names.len = 0;
	for (size_t i = 0; i < names.len; i++) {
		const char *name = names.items[i];
		if (name[0] == '.' || name[0] == '_')
			continue;
		gl_buf_clear(&rel);
		gl_path_join(&rel, folder, name);
		gl_buf_clear(&abs);
		gl_path_join(&abs, govlog_log_root(m->log), rel.ptr);
		if (gl_fs_is_link(abs.ptr))
			continue;
		if (gl_fs_is_dir(abs.ptr) && depth < MINUTES_MAX_DEPTH)
			walk(m, rel.ptr, depth + 1);
		else if (gl_path_is_markdown(name) && gl_fs_is_file(abs.ptr))
			read_one(m, rel.ptr);
	}
	gl_strvec_free(&names);
	gl_buf_release(&abs);
	gl_buf_release(&rel);
}

/* The Markdown files of one folder (relative to the root), from the index or the disk. */
static void load_folder(minutes *m, const char *folder)
{
	gl_buf abs = GL_BUF_INIT;
	gl_path_join(&abs, govlog_log_root(m->log), folder);
	if (gl_log_file_exists(m->log, abs.ptr, true) &&
	    !gl_log_file_exists(m->log, abs.ptr, false)) {
		if (gl_log_snapshot(m->log))
			gl_snapshot_list(gl_log_snapshot(m->log), folder, on_snapshot_file, m);
		else
			walk(m, folder, 0);
	}
	gl_buf_release(&abs);
}

/* A configured folder that is one of the usual ones is read once. */
static bool is_usual_minutes_folder(const char *folder)
{
	size_t len = strlen(folder);
	while (len && folder[len - 1] == '/')
		len--;
	for (const char *const *f = gl_layout_minutes_folders; *f; f++)
		if (strlen(*f) == len && !strncmp(*f, folder, len))
			return true;
	return false;
}

void gl_minutes_load(const govlog_log *log, gl_record_vec *out)
{
	if (!gl_log_whole_repository(log))
		return;
	minutes m = {log, out, GL_BUF_INIT, GL_BUF_INIT};
	for (const char *const *f = gl_layout_minutes_folders; *f; f++)
		load_folder(&m, *f);
	const struct gl_config *c = gl_log_config(log);
	for (const char *const *f = c ? c->governance_folders : NULL; f && *f; f++)
		if (!is_usual_minutes_folder(*f))
			load_folder(&m, *f);
	gl_buf_release(&m.shown);
	gl_buf_release(&m.data);
}
