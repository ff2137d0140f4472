/* Named records read with the rest of their log: links, IDs and templates resolve against all. */
#include "log/log_internal.h"
#include "log/log_data.h"

#include <string.h>

#include "util/buf.h"
#include "util/fs.h"
#include "util/banned.h"

/* Whether `rel` is one of the folders itself: read whole, it needs no other records. */
static bool is_folder_of(const char *rel, const gl_strvec *folders)
{
	for (size_t i = 0; i < folders->len; i++)
		if (gl_path_within(rel, folders->items[i]) &&
		    gl_path_within(folders->items[i], rel))
			return true;
	return false;
}

/* The number of folders between `rel` and the decision folder holding it. */
static unsigned depth_below(const char *rel, const gl_strvec *folders)
{
	unsigned depth = 0;
	for (size_t i = 0; i < folders->len; i++) {
		size_t n = strlen(folders->items[i]);
		if (!gl_path_within(rel, folders->items[i]))
			continue;
		bool root = !strcmp(folders->items[i], ".");
		const char *rest = root ? rel : rel + n;
		for (depth = root; *rest; rest++)
			depth += *rest == '/' && rest[1];
		break;
	}
	return depth;
}

/* Reads the named file or folder (from the root: `rel`), shown as from the current folder. */
static int load_named(govlog_log *log, const gl_strvec *folders, const char *path, const char *rel,
		      bool dir)
{
	gl_buf shown = GL_BUF_INIT;
	gl_log_display_path(&shown, log, rel);
	unsigned depth = depth_below(rel, folders);
	int rc = 0;
	if (dir) {
		gl_vec_push(&log->folders, gl_xstrdup(shown.ptr));
		rc = gl_log_walk(log, path, shown.ptr, (int)depth);
	} else {
		gl_log_load_file(log, path, shown.ptr, depth ? depth - 1 : 0);
	}
	gl_buf_release(&shown);
	return rc;
}

int gl_log_load_named(bool *in, govlog_log *log, const gl_strvec *folders, const char *path)
{
	gl_buf rel = GL_BUF_INIT;
	gl_log_repo_relative(&rel, log, path);
	const char *base = strrchr(rel.ptr, '/');
	base = base ? base + 1 : rel.ptr;
	bool inside = strcmp(rel.ptr, "..") && strncmp(rel.ptr, "../", 3);
	bool dir = gl_fs_is_dir(path);
	/* A template or README named on its own is read as the user named it. */
	bool kept = dir || (gl_fs_is_file(path) && gl_log_is_record_name(base));
	*in = folders->len && inside && kept && gl_path_within_any(rel.ptr, folders) &&
	      !is_folder_of(rel.ptr, folders);
	int rc = 0;
	if (*in && !gl_strvec_contains(&log->named, rel.ptr)) {
		rc = load_named(log, folders, path, rel.ptr, dir);
		gl_vec_push(&log->named, gl_buf_detach(&rel));
	}
	gl_buf_release(&rel);
	return rc;
}

void gl_log_settle_named(govlog_log *log)
{
	gl_buf rel = GL_BUF_INIT;
	for (size_t i = 0; log->named.len && i < log->records.len; i++) {
		gl_buf_clear(&rel);
		gl_log_repo_relative(&rel, log, govlog_record_path(log->records.items[i]));
		if (gl_path_within_any(rel.ptr, &log->named))
			gl_vec_push(&log->named_records, gl_xstrdup(rel.ptr));
	}
	gl_buf_release(&rel);
}

const gl_strvec *gl_log_named_records(const govlog_log *log)
{
	return log->named.len ? &log->named_records : NULL;
}

size_t govlog_log_named_count(const govlog_log *log)
{
	return log->named.len ? log->named_records.len : log->records.len;
}
