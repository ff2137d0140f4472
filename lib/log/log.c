/* Reading the decision log: find its folders, walk them (walk.c), parse each record (query.c asks
 * it). */
#include "log/log_internal.h"
#include "log/log_data.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag/diag.h"
#include "diag/texts.h"
#include "util/error.h"
#include "log/layout.h"
#include "log/neighbours.h"
#include "log/requests.h"
#include "log/template.h"
#include "config/config.h"
#include "record/record_internal.h"
#include "repo/repo.h"
#include "repo/snapshot.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/vec.h"
#include "util/write.h"
#include "util/banned.h"

/* The file as the log reads it: from the snapshot (path relative to the root) or from disk. */
static gl_fs_result read_file(const govlog_log *log, const char *path, gl_buf *data)
{
	if (log->snapshot)
		return gl_snapshot_read(log->snapshot, path, GL_RECORD_MAX_BYTES, data);
	return gl_fs_read(path, GL_RECORD_MAX_BYTES, data);
}

/* The language is known once every record is read: problems wait as data until then. */
void gl_log_add_problem(govlog_log *log, const char *display, gl_text_id msg, int err)
{
	load_problem p = {gl_xstrdup(display), msg, err};
	gl_vec_push(&log->problems, p);
}

/* A readable text file (no NUL byte) at `path`, from the snapshot or the disk. */
static bool read_file_text(const char *path, gl_buf *data, void *payload)
{
	const govlog_log *log = payload;
	gl_buf_clear(data);
	if (!log->snapshot && !gl_fs_is_file(path))
		return false;
	return read_file(log, path, data) == GL_FS_OK && !memchr(data->ptr, '\0', data->len);
}

/* The number of folders in a path below the decision folder ("a/b/x.md" → 2). */
static unsigned folders_in(const char *rest)
{
	unsigned n = 0;
	for (; *rest; rest++)
		n += *rest == '/';
	return n;
}

int gl_log_write_begin(const govlog_log *log)
{
	int rc = gl_write_begin(log->root);
	gl_write_sweep(log->root);
	for (size_t i = 0; !rc && i < log->folders.len; i++)
		gl_write_sweep(log->folders.items[i]);
	return rc;
}

int gl_log_reread(govlog_record **out, const govlog_log *log, const govlog_record *r)
{
	return gl_log_read_path(out, log, govlog_record_path(r));
}

int gl_log_read_path(govlog_record **out, const govlog_log *log, const char *path)
{
	gl_buf data = GL_BUF_INIT;
	bool exists = false;
	*out = NULL;
	int rc = gl_write_read(&exists, path, GL_RECORD_MAX_BYTES, &data);
	if (!rc && !exists)
		rc = gl_error_set(GOVLOG_ENOTFOUND, "'%s' is gone", path);
	if (!rc && memchr(data.ptr, '\0', data.len))
		rc = gl_error_set(GOVLOG_EIO, "'%s' is not a text file", path);
	if (!rc)
		rc = govlog_record_parse(out, path, data.ptr, data.len, &log->record_opts);
	gl_buf_release(&data);
	return rc;
}

void gl_log_load_read(govlog_log *log, gl_fs_result rc, const gl_buf *data, const char *path,
		      const char *display, unsigned up)
{
	if (rc == GL_FS_TOO_LARGE) {
		gl_log_add_problem(log, display, GL_T_FILE_TOO_LARGE, 0);
	} else if (rc == GL_FS_NOT_FILE) {
		gl_log_add_problem(log, display, GL_T_FILE_NOT_REGULAR, 0);
	} else if (rc != GL_FS_OK) {
		gl_log_add_problem(log, display, GL_T_FILE_CANNOT_READ, errno);
	} else if (memchr(data->ptr, '\0', data->len)) {
		gl_log_add_problem(log, display, GL_T_FILE_BINARY, 0);
	} else {
		govlog_record *r;
		if (govlog_record_parse(&r, display, data->ptr, data->len, &log->record_opts) ==
		    0) {
			gl_vec_push(&log->records, r);
			const gl_log_template_source src = {read_file_text, gl_log_list_templates,
							    log};
			gl_log_templates_note(&log->templates, path, display, up, &src,
					      &log->record_opts);
		}
	}
}

void gl_log_load_file(govlog_log *log, const char *path, const char *display, unsigned up)
{
	gl_buf data = GL_BUF_INIT;
	gl_fs_result rc = read_file(log, path, &data);
	gl_log_load_read(log, rc, &data, path, display, up);
	gl_buf_release(&data);
}

/* Folders below the decision folder: none hidden ('.' or '_'), at most GL_WALK_MAX_DEPTH deep. */
static bool is_walked(const char *rest)
{
	int depth = 0;
	for (const char *p = rest; *p;) {
		if (*p == '.' || *p == '_')
			return false;
		const char *slash = strchr(p, '/');
		if (!slash)
			break;
		if (++depth > GL_WALK_MAX_DEPTH)
			return false;
		p = slash + 1;
	}
	return true;
}

typedef struct snapshot_walk {
	govlog_log *log;
	size_t skip; /* the folder's length with its slash */
	gl_buf shown;
} snapshot_walk;

static void on_snapshot_file(const char *path, bool is_link, void *payload)
{
	snapshot_walk *w = payload;
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	if (!gl_log_wants(w->log, base, path) || !is_walked(path + w->skip))
		return;
	bool record = gl_log_is_record_name(base);
	if (!record && (w->log->filter.path || !gl_log_is_record_without_extension(base)))
		return;
	gl_buf_clear(&w->shown);
	gl_log_display_path(&w->shown, w->log, path);
	if (!record)
		gl_log_add_problem(w->log, w->shown.ptr, GL_T_FILE_NO_EXTENSION, 0);
	else if (is_link)
		gl_log_add_problem(w->log, w->shown.ptr, GL_T_FILE_LINK, 0);
	else
		gl_log_load_file(w->log, path, w->shown.ptr, folders_in(path + w->skip));
}

bool gl_log_want_none(const char *repo_path, void *payload)
{
	(void)repo_path, (void)payload;
	return false;
}

/* The record files of a folder (relative to the root; "" for all) in the snapshot. */
static void walk_snapshot(govlog_log *log, const char *folder)
{
	if (log->filter.path == gl_log_want_none)
		return;
	if (!strcmp(folder, "."))
		folder = "";
	snapshot_walk w = {log, *folder ? strlen(folder) + 1 : 0, GL_BUF_INIT};
	gl_snapshot_list(log->snapshot, folder, on_snapshot_file, &w);
	gl_buf_release(&w.shown);
}

/* A path given absolute or relative to the current folder, relative to the root ("../…" outside).
 */
void gl_log_repo_relative(gl_buf *out, const govlog_log *log, const char *path)
{
	gl_buf abs = GL_BUF_INIT;
	if (path[0] != '/')
		gl_path_join(&abs, log->cwd, path);
	else
		gl_buf_puts(&abs, path);
	gl_path_normalise(&abs);
	gl_path_relative(out, abs.ptr, log->root);
	gl_buf_release(&abs);
}

/* A path the user named, read from the snapshot. */
static int load_snapshot_path(govlog_log *log, const char *path)
{
	gl_buf rel = GL_BUF_INIT;
	gl_log_repo_relative(&rel, log, path);
	int rc = 0;
	if (!strncmp(rel.ptr, "../", 3) || !gl_snapshot_has(log->snapshot, rel.ptr))
		rc = gl_errort(GOVLOG_ENOTFOUND, GL_T_LOG_NO_SUCH_PATH_IN_SNAPSHOT, path);
	else if (gl_snapshot_has_file(log->snapshot, rel.ptr))
		gl_log_load_file(log, rel.ptr, path, 0);
	else {
		gl_vec_push(&log->folders, gl_xstrdup(path));
		walk_snapshot(log, rel.ptr);
	}
	gl_buf_release(&rel);
	return rc;
}

/*
 * Whether a named path is GitHub's issue template folder or a file in it:
 * issue forms, config.yml and Markdown templates there are templates, never
 * records, whatever their shape.
 */
static bool is_issue_template_path(const govlog_log *log, const char *path)
{
	gl_buf rel = GL_BUF_INIT;
	gl_log_repo_relative(&rel, log, path);
	const char *rest = rel.ptr;
	bool yes = false;
	if (!strncmp(rest, ".github/", 8) && !strncasecmp(rest + 8, "ISSUE_TEMPLATE", 14)) {
		rest += 8 + 14;
		yes = !*rest || (*rest == '/' && !strchr(rest + 1, '/'));
	}
	gl_buf_release(&rel);
	return yes;
}

static int load_path(govlog_log *log, const char *path)
{
	/* The template rules read the work tree: from the index or a revision a
	 * template is neither a record nor checked. */
	if (is_issue_template_path(log, path)) {
		if (!log->snapshot && (gl_fs_is_dir(path) || gl_fs_is_file(path)))
			gl_vec_push(&log->issue_templates, gl_xstrdup(path));
		else if (!log->snapshot)
			return gl_errort(GOVLOG_ENOTFOUND, GL_T_LOG_NO_SUCH_PATH, path);
		return 0;
	}
	if (log->snapshot)
		return load_snapshot_path(log, path);
	if (gl_fs_is_dir(path)) {
		gl_vec_push(&log->folders, gl_xstrdup(path));
		return gl_log_walk(log, path, path, 0);
	}
	if (gl_fs_is_file(path)) {
		gl_log_load_file(log, path, path, 0);
		return 0;
	}
	return gl_errort(GOVLOG_ENOTFOUND, GL_T_LOG_NO_SUCH_PATH, path);
}

/*
 * Walks folders given relative to the root; each must exist (unless
 * `allow_missing`: a writer creates it, as after an interrupted init) and lie
 * inside the work tree by its real path.
 */
static int load_folders(govlog_log *log, char *const *names, size_t count, const char *named_by,
			bool allow_missing)
{
	gl_buf abs = GL_BUF_INIT, shown = GL_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; !rc && i < count; i++) {
		gl_buf_clear(&abs);
		gl_buf_clear(&shown);
		gl_path_join(&abs, log->root, names[i]);
		gl_path_relative(&shown, abs.ptr, log->cwd);
		if (log->snapshot) { /* a folder not in the index or revision holds no records */
			gl_vec_push(&log->folders, gl_xstrdup(shown.ptr));
			walk_snapshot(log, names[i]);
			continue;
		}
		if (!gl_fs_is_dir(abs.ptr) && allow_missing && !gl_fs_is_link(abs.ptr)) {
			gl_vec_push(&log->folders, gl_xstrdup(shown.ptr));
			continue;
		}
		if (gl_fs_is_dir(abs.ptr) && !gl_path_is_inside(abs.ptr, log->root)) {
			rc = gl_error_set(GOVLOG_EINVALID,
					  "folder '%s' named in %s leads outside the repository",
					  names[i], named_by);
			break;
		}
		if (!gl_fs_is_dir(abs.ptr)) {
			rc = gl_error_set(GOVLOG_ENOTFOUND,
					  "folder '%s' named in %s does not exist", names[i],
					  named_by);
			break;
		}
		gl_vec_push(&log->folders, gl_xstrdup(shown.ptr));
		rc = gl_log_walk(log, abs.ptr, shown.ptr, 0);
	}
	gl_buf_release(&abs);
	gl_buf_release(&shown);
	return rc;
}

/* No decision folder: where govlog looked, and the two ways to name one. */
static int no_folder(const govlog_log *log)
{
	gl_buf looked = GL_BUF_INIT;
	gl_layout_looked_for(&looked);
	int rc = gl_errort(GOVLOG_ENOTFOUND, GL_T_LOG_NO_FOLDER, log->root, looked.ptr);
	gl_buf_release(&looked);
	return rc;
}

static int load_detected(govlog_log *log, bool allow_empty)
{
	gl_strvec found = {0};
	gl_layout_detect(&found, log->root);
	int rc = 0;
	if (!found.len && allow_empty)
		rc = 0;
	else if (!found.len)
		rc = no_folder(log);
	else
		rc = load_folders(log, found.items, found.len, "the layout", false);
	gl_strvec_free(&found);
	return rc;
}

static int find_root(govlog_log *log)
{
	log->cwd = gl_path_cwd();
	if (!log->cwd)
		return gl_error_set(GOVLOG_EIO, "cannot read the current folder: %s",
				    strerror(errno));
	int rc = gl_repo_workdir(&log->root, log->cwd);
	if (rc == GOVLOG_ENOTFOUND) {
		log->root = gl_xstrdup(log->cwd);
		rc = 0;
	}
	return rc;
}

static int compare_records(const void *a, const void *b)
{
	return strcmp(govlog_record_path(*(govlog_record *const *)a),
		      govlog_record_path(*(govlog_record *const *)b));
}

/* .govlog.yml at the root, and the record options it sets. */
static int load_config(govlog_log *log)
{
	gl_buf abs = GL_BUF_INIT, shown = GL_BUF_INIT;
	gl_path_join(&abs, log->root, GL_CONFIG_FILE);
	gl_path_relative(&shown, abs.ptr, log->cwd);
	int rc = gl_config_load(&log->config, log->root, shown.ptr);
	gl_buf_release(&abs);
	gl_buf_release(&shown);
	if (rc < 0)
		return rc;
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	if (log->config->id_prefix)
		opts.id_prefix = log->config->id_prefix;
	opts.status_words = log->config->status_words.items;
	opts.status_word_count = log->config->status_words.len;
	opts.field_aliases = log->config->field_aliases.items;
	opts.field_alias_count = log->config->field_aliases.len;
	opts.type_words = log->config->type_words.items;
	opts.type_word_count = log->config->type_words.len;
	log->record_opts = opts;
	return 0;
}

/* The index or revision to read the records from, when the options name one. */
static int open_snapshot(govlog_log *log, const govlog_log_options *opts)
{
	if (opts->staged)
		return gl_snapshot_index(&log->snapshot, log->root);
	if (opts->revision)
		return gl_snapshot_revision(&log->snapshot, log->root, opts->revision);
	return 0;
}

/* The decision folders the configuration names, else those the layout shows (from the root). */
static const char *log_folders(gl_strvec *out, const govlog_log *log)
{
	if (!log->config->folders.len) {
		gl_layout_detect(out, log->root);
		return "the layout";
	}
	for (size_t i = 0; i < log->config->folders.len; i++)
		gl_vec_push(out, gl_xstrdup(log->config->folders.items[i]));
	return log->config->folders_origin;
}

/* Whether named paths are read with the part of their log they need (version 2's in_context). */
static bool reads_in_context(const govlog_log_options *opts)
{
	return opts->version >= 2 && opts->in_context && opts->path_count;
}

/*
 * With in_context: the named records first, then those of the log's folders
 * they are judged with (log/neighbours.h), as the pre-commit hook reads them.
 * A configured folder that does not exist holds none of them.
 */
static int load_in_context(govlog_log *log, const govlog_log_options *opts)
{
	gl_strvec folders = {0};
	const char *origin = log_folders(&folders, log);
	int rc = 0;
	for (size_t i = 0; !rc && i < opts->path_count; i++) {
		bool in = false;
		if (!is_issue_template_path(log, opts->paths[i]))
			rc = gl_log_load_named(&in, log, &folders, opts->paths[i]);
		if (!rc && !in)
			rc = load_path(log, opts->paths[i]);
	}
	if (!rc && log->named.len) {
		gl_neighbours nb = {0};
		gl_neighbours_collect(&nb, log, &log->named);
		log->filter = (gl_log_filter){gl_neighbours_want, NULL, &nb};
		rc = load_folders(log, folders.items, folders.len, origin, true);
		log->filter = (gl_log_filter){0};
		gl_neighbours_release(&nb);
	}
	gl_strvec_free(&folders);
	return rc;
}

static int load_records(govlog_log *log, const govlog_log_options *opts)
{
	int rc = open_snapshot(log, opts);
	if (!rc && reads_in_context(opts) && !log->snapshot)
		return load_in_context(log, opts);
	for (size_t i = 0; !rc && i < opts->path_count; i++)
		rc = load_path(log, opts->paths[i]);
	if (!rc && !opts->path_count)
		rc = log->config->folders.len
			     ? load_folders(log, (char *const *)log->config->folders.items,
					    log->config->folders.len, log->config->folders_origin,
					    opts->allow_empty)
			     : load_detected(log, opts->allow_empty || log->snapshot);
	return rc;
}

/*
 * Where a log opened for a few records keeps its folders' listings: a hook
 * looks up one record among thousands, and listing the folder was a fifth of
 * its time. In the repository's own .git folder, never through a link.
 */
static char *listing_cache_of(const char *root)
{
	gl_buf git = GL_BUF_INIT;
	gl_path_join(&git, root, ".git");
	char *cache = NULL;
	if (gl_fs_is_own_dir(git.ptr)) {
		gl_buf_puts(&git, "/govlog");
		cache = gl_buf_detach(&git);
	}
	gl_buf_release(&git);
	return cache;
}

bool gl_log_wants(const govlog_log *log, const char *name, const char *repo_path)
{
	const gl_log_filter *f = &log->filter;
	return !f->path ||
	       ((!f->name || f->name(name, f->payload)) && f->path(repo_path, f->payload));
}

static void sort_records(govlog_log *log)
{
	if (log->records.len > 1)
		qsort(log->records.items, log->records.len, sizeof(govlog_record *),
		      compare_records);
}

int gl_log_open_filtered(govlog_log **out, const govlog_log_options *opts,
			 const gl_log_filter *filter)
{
	govlog_log_options defaults = GOVLOG_LOG_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (opts->version != 1 && opts->version != GOVLOG_LOG_OPTIONS_VERSION)
		return gl_error_set(GOVLOG_EINVALID, "unsupported log options version %u",
				    opts->version);
	govlog_log *log = gl_xcalloc(1, sizeof(*log));
	bool filtered = filter && filter->path;
	if (filtered)
		log->filter = *filter;
	gl_repo_hold();
	int rc = find_root(log);
	/* A log read around a few named records lists its folders as a hook does. */
	if (!rc && (filtered || reads_in_context(opts)))
		log->listing_cache = listing_cache_of(log->root);
	if (!rc)
		rc = load_config(log);
	/* Errors speak the configuration's language (no record is read yet) until the
	 * records say theirs. */
	if (!rc)
		gl_error_lang_set(govlog_log_language(log));
	/* A log read in part is checked in part: the templates belong to the whole. */
	log->whole_repository = !opts->path_count && !filtered;
	if (!rc && !opts->config_only)
		rc = load_records(log, opts);
	/* Requests are looked up, not checked: only a whole log on disk reads them. */
	if (!rc && log->whole_repository && !opts->config_only && !log->snapshot)
		rc = gl_log_requests_load(&log->requests, log->root, log->cwd, log->config,
					  &log->record_opts);
	if (rc) {
		govlog_log_free(log);
		*out = NULL;
		return rc;
	}
	sort_records(log);
	gl_log_settle_named(log);
	gl_error_lang_set(govlog_log_language(log));
	*out = log;
	return 0;
}

void gl_log_add_files(govlog_log *log, gl_log_want_fn want, void *payload)
{
	if (!log->snapshot)
		return;
	gl_strvec folders = {0};
	gl_log_root_folders(&folders, log);
	log->filter = (gl_log_filter){want, NULL, payload};
	for (size_t i = 0; i < folders.len; i++)
		walk_snapshot(log, folders.items[i]);
	if (!folders.len && log->folders.len) /* the whole repository is the folder */
		walk_snapshot(log, "");
	gl_strvec_free(&folders);
	sort_records(log);
}

/* The part of `path` below the decision folder holding it; NULL when none does. */
static const char *below_folder(const gl_strvec *folders, const char *path)
{
	if (!folders->len)
		return path; /* the whole repository */
	for (size_t i = 0; i < folders->len; i++) {
		size_t n = strlen(folders->items[i]);
		if (!strncmp(path, folders->items[i], n) && path[n] == '/')
			return path + n + 1;
	}
	return NULL;
}

void gl_log_add_paths(govlog_log *log, const gl_strvec *paths)
{
	gl_buf shown = GL_BUF_INIT;
	gl_strvec folders = {0};
	gl_log_root_folders(&folders, log);
	for (size_t i = 0; log->snapshot && i < paths->len; i++) {
		const char *path = paths->items[i], *base = strrchr(path, '/');
		const char *rest = below_folder(&folders, path);
		base = base ? base + 1 : path;
		if (!rest || !is_walked(rest) || !gl_log_is_record_name(base) ||
		    !gl_snapshot_has_file(log->snapshot, path))
			continue;
		gl_buf_clear(&shown);
		gl_log_display_path(&shown, log, path);
		gl_log_load_file(log, path, shown.ptr, folders_in(rest));
	}
	gl_buf_release(&shown);
	gl_strvec_free(&folders);
	sort_records(log);
}

int govlog_log_open(govlog_log **out, const govlog_log_options *opts)
{
	return gl_log_open_filtered(out, opts, NULL);
}

void govlog_log_free(govlog_log *log)
{
	if (!log || gl_skip_teardown())
		return;
	for (size_t i = 0; i < log->records.len; i++)
		govlog_record_free(log->records.items[i]);
	gl_vec_free(&log->records);
	gl_log_templates_release(&log->templates);
	gl_log_requests_release(&log->requests);
	gl_strvec_free(&log->folders);
	gl_strvec_free(&log->issue_templates);
	gl_strvec_free(&log->named);
	gl_strvec_free(&log->named_records);
	for (size_t i = 0; i < log->problems.len; i++)
		free(log->problems.items[i].path);
	gl_vec_free(&log->problems);
	gl_config_free(log->config);
	gl_snapshot_free(log->snapshot);
	gl_repo_release();
	free(log->root);
	free(log->cwd);
	free(log->listing_cache);
	free(log);
}
