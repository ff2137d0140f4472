/* Reading the request records (SPEC §2.6): their folders, their files, lookup by ID. */
#include "log/requests.h"

#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "log/layout.h"
#include "log/template.h"
#include "record/record_internal.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/banned.h"

enum { REQUEST_MAX_BYTES = 10 * 1024 * 1024, REQUEST_MAX_DEPTH = 4 };

static int by_path(const void *a, const void *b)
{
	return strcmp(govlog_record_path(*(govlog_record *const *)a),
		      govlog_record_path(*(govlog_record *const *)b));
}

static void load_file(gl_log_requests *out, const char *path, const char *shown,
		      const govlog_record_options *opts)
{
	gl_buf data = GL_BUF_INIT;
	govlog_record *r = NULL;
	if (gl_fs_read(path, REQUEST_MAX_BYTES, &data) == GL_FS_OK &&
	    !memchr(data.ptr, '\0', data.len) &&
	    govlog_record_parse(&r, shown, data.ptr ? data.ptr : "", data.len, opts) == 0)
		gl_vec_push(&out->records, r);
	gl_buf_release(&data);
}

/* Hidden and '_' entries and linked folders are passed over, as in the decision folders. */
static void walk(gl_log_requests *out, const char *dir, const char *shown,
		 const govlog_record_options *opts, int depth)
{
	gl_strvec names = {0};
	gl_buf path = GL_BUF_INIT, name_shown = GL_BUF_INIT;
	if (gl_fs_list(dir, &names) < 0)
		names.len = 0;
	for (size_t i = 0; i < names.len; i++) {
		const char *name = names.items[i];
		if (name[0] == '.' || name[0] == '_')
			continue;
		gl_buf_clear(&path);
		gl_buf_clear(&name_shown);
		gl_path_join(&path, dir, name);
		gl_path_join(&name_shown, shown, name);
		if (gl_fs_is_link(path.ptr))
			continue;
		if (gl_fs_is_dir(path.ptr) && depth < REQUEST_MAX_DEPTH)
			walk(out, path.ptr, name_shown.ptr, opts, depth + 1);
		else if (gl_fs_is_file(path.ptr) && gl_log_is_record_name(name))
			load_file(out, path.ptr, name_shown.ptr, opts);
	}
	gl_buf_release(&path);
	gl_buf_release(&name_shown);
	gl_strvec_free(&names);
}

/* The configured folders, else the usual ones that exist. */
static void choose_folders(gl_log_requests *out, const char *root, const gl_config *config)
{
	gl_buf abs = GL_BUF_INIT;
	for (size_t i = 0; i < config->request_folders.len; i++)
		gl_vec_push(&out->folders, gl_xstrdup(config->request_folders.items[i]));
	for (size_t i = 0; !config->request_folders.len && gl_layout_request_folders[i]; i++) {
		gl_buf_clear(&abs);
		gl_path_join(&abs, root, gl_layout_request_folders[i]);
		if (gl_fs_is_dir(abs.ptr) && !gl_fs_is_link(abs.ptr))
			gl_vec_push(&out->folders, gl_xstrdup(gl_layout_request_folders[i]));
	}
	gl_buf_release(&abs);
}

int gl_log_requests_load(gl_log_requests *out, const char *root, const char *cwd,
			 const gl_config *config, const govlog_record_options *base)
{
	govlog_record_options opts = *base;
	opts.id_prefix = config->request_prefix ? config->request_prefix : "FR";
	memset(out, 0, sizeof(*out));
	choose_folders(out, root, config);
	gl_buf abs = GL_BUF_INIT, shown = GL_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; !rc && i < out->folders.len; i++) {
		gl_buf_clear(&abs);
		gl_buf_clear(&shown);
		gl_path_join(&abs, root, out->folders.items[i]);
		gl_path_relative(&shown, abs.ptr, cwd);
		gl_vec_push(&out->shown, gl_xstrdup(shown.ptr));
		if (gl_fs_is_dir(abs.ptr) && !gl_path_is_inside(abs.ptr, root))
			rc = gl_error_set(GOVLOG_EINVALID,
					  "request folder '%s' leads outside the repository",
					  out->folders.items[i]);
		else if (gl_fs_is_dir(abs.ptr))
			walk(out, abs.ptr, shown.ptr, &opts, 0);
	}
	gl_buf_release(&abs);
	gl_buf_release(&shown);
	if (out->records.len > 1)
		qsort(out->records.items, out->records.len, sizeof(govlog_record *), by_path);
	return rc;
}

void gl_log_requests_release(gl_log_requests *r)
{
	for (size_t i = 0; i < r->records.len; i++)
		govlog_record_free(r->records.items[i]);
	gl_vec_free(&r->records);
	gl_strvec_free(&r->folders);
	gl_strvec_free(&r->shown);
}

const govlog_record *gl_log_requests_find(const gl_log_requests *r, const char *id)
{
	return gl_records_find_id(r->records.items, r->records.len, id);
}
