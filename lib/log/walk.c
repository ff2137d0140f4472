/* Walking a decision folder on disk: its listing, its subfolders, its record files read ahead. */
#include "log/log_internal.h"
#include "log/log_data.h"

#include <errno.h>
#include <string.h>

#include "util/error.h"
#include "util/fs.h"
#include "util/listing_cache.h"
#include "log/template.h"
#include "repo/snapshot.h"
#include "util/prefetch.h"
#include "util/banned.h"

/*
 * A folder's entries as the walk's filter sees them: `rel` begins with the
 * folder's path relative to the root and a '/' ("" at the root), `prefix`
 * bytes long, to which each name is appended in turn.
 */
typedef struct walk_filter {
	const govlog_log *log;
	gl_buf *rel;
	size_t prefix;
} walk_filter;

/* Whether the filter the log was opened with wants the file `name` of the folder. */
static bool wants(const walk_filter *f, const char *name)
{
	const gl_log_filter *filter = &f->log->filter;
	if (filter->name && !filter->name(name, filter->payload))
		return false; /* turned away by its name: no path built */
	gl_buf_truncate(f->rel, f->prefix);
	gl_buf_puts(f->rel, name);
	return filter->path(f->rel->ptr, filter->payload);
}

/*
 * An entry that is no record file is walked (a folder, a link), a record
 * only when the filter (if any) wants it: an unwanted record costs neither a
 * path join nor a stat, as a hook reads a few records of thousands.
 */
static bool wanted_on_disk(const walk_filter *f, const char *name)
{
	return !f->log->filter.path || !gl_log_is_record_name(name) || wants(f, name);
}

/*
 * Hidden entries ('.', '_') are never walked, nor records the filter does not
 * want. A regular file that is no record is skipped by the walk anyway, so
 * with a filter a file is asked first whether the filter wants it: of a
 * hook's thousands of names, few get the longer record-name test.
 */
static bool walked_entry(const char *name, gl_fs_kind kind, void *payload)
{
	const walk_filter *f = payload;
	if (name[0] == '.' || name[0] == '_')
		return false;
	if (kind == GL_FS_REGULAR && f->log->filter.path)
		return wants(f, name) && gl_log_is_record_name(name);
	return wanted_on_disk(f, name);
}

/* Whether the entry is a link: a regular file or a folder the listing named is none. */
static bool entry_is_link(const gl_fs_entry *e, const char *path)
{
	return e->kind == GL_FS_UNKNOWN && gl_fs_is_link(path);
}

static bool entry_is_dir(const gl_fs_entry *e, const char *path)
{
	return e->kind == GL_FS_UNKNOWN ? gl_fs_is_dir(path) : e->kind == GL_FS_DIRECTORY;
}

/*
 * The entries the walk reads as records without asking the disk again: a
 * regular file by the listing, with a record's name. Other entries (links,
 * kinds the listing did not tell) are looked at one by one.
 */
static bool is_plain_record(const gl_fs_entry *e)
{
	return e->kind == GL_FS_REGULAR && gl_log_is_record_name(e->name);
}

/*
 * A thread that reads the folder's record files while this one parses them,
 * for a whole log on disk with enough of them to be worth a thread; NULL
 * otherwise. `paths` receives their paths, in the listing's order.
 */
static gl_prefetch *start_read_ahead(const govlog_log *log, const char *dir,
				     const gl_fs_entries *entries, gl_strvec *paths)
{
	if (log->filter.path || log->snapshot)
		return NULL;
	gl_buf path = GL_BUF_INIT;
	for (size_t i = 0; i < entries->len; i++) {
		if (!is_plain_record(&entries->items[i]))
			continue;
		gl_buf_clear(&path);
		gl_path_join(&path, dir, entries->items[i].name);
		gl_vec_push(paths, gl_xstrdup(path.ptr));
	}
	gl_buf_release(&path);
	if (paths->len < GL_WALK_READ_AHEAD_MIN)
		return NULL;
	return gl_prefetch_start(paths->items, paths->len, GL_RECORD_MAX_BYTES);
}

/* A record file the thread read ahead, loaded as gl_log_load_file would load it. */
static void load_read_ahead(govlog_log *log, gl_prefetch *ahead, const char *path,
			    const char *display, unsigned up)
{
	const gl_buf *data;
	gl_fs_result rc = gl_prefetch_take(ahead, &data);
	gl_log_load_read(log, rc, data, path, display, up);
}

/* One entry of a folder: a folder walked, a record loaded, a link looked at. */
static int walk_entry(govlog_log *log, const gl_fs_entry *e, const char *path, const char *shown,
		      int depth, gl_prefetch *ahead)
{
	if (ahead && is_plain_record(e)) {
		load_read_ahead(log, ahead, path, shown, (unsigned)depth);
	} else if (entry_is_dir(e, path)) {
		/* Links to folders are not followed: they can loop or leave the repository. */
		if (depth < GL_WALK_MAX_DEPTH && !entry_is_link(e, path))
			return gl_log_walk(log, path, shown, depth + 1);
	} else if (!gl_log_is_record_name(e->name)) {
		return 0;
	} else if (entry_is_link(e, path) && !gl_path_is_inside(path, log->root)) {
		gl_log_add_problem(log, shown, GL_T_FILE_LINK_OUTSIDE, 0);
	} else {
		gl_log_load_file(log, path, shown, (unsigned)depth);
	}
	return 0;
}

static int list_folder(const govlog_log *log, const char *dir, const char *display,
		       gl_fs_entries *entries)
{
	gl_buf rel = GL_BUF_INIT;
	if (log->filter.path)
		gl_log_repo_relative(&rel, log, dir);
	if (!strcmp(rel.ptr, "."))
		gl_buf_clear(&rel);
	if (rel.len)
		gl_buf_putc(&rel, '/');
	walk_filter filter = {log, &rel, rel.len};
	int rc = 0;
	if (gl_listing_read(dir, log->listing_cache, entries, walked_entry, &filter) < 0)
		rc = gl_error_set(GOVLOG_EIO, "cannot list folder '%s': %s", display,
				  strerror(errno));
	gl_buf_release(&rel);
	return rc;
}

/* A record file saved without its ".md" is not read: said so, when the whole log is read. */
static void note_without_extension(govlog_log *log, const char *display, const char *name)
{
	if (log->filter.path || !gl_log_is_record_without_extension(name))
		return;
	gl_buf shown = GL_BUF_INIT;
	gl_path_join(&shown, display, name);
	gl_log_add_problem(log, shown.ptr, GL_T_FILE_NO_EXTENSION, 0);
	gl_buf_release(&shown);
}

static bool is_template_file(const char *name, gl_fs_kind kind, void *payload)
{
	(void)payload;
	return kind == GL_FS_REGULAR && gl_log_is_template_name(name);
}

typedef struct template_names {
	const char *dir;
	gl_strvec *names;
} template_names;

static void on_snapshot_template(const char *path, bool is_link, void *payload)
{
	template_names *t = payload;
	size_t n = strlen(t->dir);
	const char *name = path + n + (n > 0);
	if (!is_link && !strchr(name, '/') && gl_log_is_template_name(name))
		gl_vec_push(t->names, gl_xstrdup(name));
}

void gl_log_list_templates(const char *dir, gl_strvec *names, void *payload)
{
	const govlog_log *log = payload;
	if (log->snapshot) {
		template_names t = {dir, names};
		gl_snapshot_list(log->snapshot, dir, on_snapshot_template, &t);
		return;
	}
	gl_fs_entries entries = {0};
	if (gl_listing_read(*dir ? dir : ".", log->listing_cache, &entries, is_template_file,
			    NULL) == 0)
		for (size_t i = 0; i < entries.len; i++)
			gl_vec_push(names, gl_xstrdup(entries.items[i].name));
	gl_fs_entries_free(&entries);
}

/* The folder's template files, noted before its records look for their template. */
static void note_templates(govlog_log *log, const char *dir, const gl_fs_entries *entries)
{
	gl_strvec names = {0};
	for (size_t i = 0; i < entries->len; i++) {
		const gl_fs_entry *e = &entries->items[i];
		if (e->kind == GL_FS_REGULAR && gl_log_is_template_name(e->name))
			gl_vec_push(&names, gl_xstrdup(e->name));
	}
	gl_log_templates_listed(&log->templates, dir, &names);
	gl_strvec_free(&names);
}

/*
 * A folder's path as its records' paths begin: "." and "./docs" shown as ""
 * and "docs", so that "./0001-x.md" is "0001-x.md" and links between records,
 * resolved to normal paths, find them.
 */
static const char *records_prefix(const char *display)
{
	while (display[0] == '.' && display[1] == '/')
		display += 2;
	return strcmp(display, ".") ? display : "";
}

int gl_log_walk(govlog_log *log, const char *dir, const char *display, int depth)
{
	gl_fs_entries entries = {0};
	gl_strvec ahead_paths = {0};
	gl_buf path = GL_BUF_INIT, shown = GL_BUF_INIT;
	int rc = list_folder(log, dir, display, &entries);
	display = records_prefix(display);
	gl_prefetch *ahead = rc ? NULL : start_read_ahead(log, dir, &entries, &ahead_paths);
	note_templates(log, dir, &entries);
	for (size_t i = 0; i < entries.len && !rc; i++) {
		const gl_fs_entry *e = &entries.items[i];
		/* A file that is no record costs no more: no path, no stat. */
		if (e->kind == GL_FS_REGULAR && !gl_log_is_record_name(e->name)) {
			note_without_extension(log, display, e->name);
			continue;
		}
		gl_buf_clear(&path);
		gl_buf_clear(&shown);
		gl_path_join(&path, dir, e->name);
		gl_path_join(&shown, display, e->name);
		rc = walk_entry(log, e, path.ptr, shown.ptr, depth, ahead);
	}
	gl_prefetch_free(ahead);
	gl_strvec_free(&ahead_paths);
	gl_buf_release(&path);
	gl_buf_release(&shown);
	gl_fs_entries_free(&entries);
	return rc;
}
