/* Files of the index or of a revision's tree, read with libgit2 instead of the work tree. */
#include "repo/snapshot.h"

#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "repo/git.h"
#include "util/fs.h"
#include "util/banned.h"

struct gl_snapshot {
	git_repository *repo;
	git_index *index; /* an index snapshot */
	git_tree *tree;   /* a revision snapshot */
};

static int open_repo(gl_snapshot **out, const char *root)
{
	*out = gl_xcalloc(1, sizeof(**out));
	gl_repo_init();
	if (gl_repo_open_root(&(*out)->repo, root) < 0)
		return gl_repo_fail(NULL, GOVLOG_EREPO, "cannot open the repository");
	return 0;
}

/* Git gives a hook the temporary index of `git commit -a` or `git commit PATH` this way. */
static int open_index(gl_snapshot *s)
{
	const char *file = getenv("GIT_INDEX_FILE");
	int err = file && *file ? git_index_open(&s->index, file)
				: git_repository_index(&s->index, s->repo);
	if (err < 0)
		return gl_repo_fail(s->repo, GOVLOG_EREPO, "cannot read the index");
	return 0;
}

int gl_snapshot_index(gl_snapshot **out, const char *root)
{
	int rc = open_repo(out, root);
	if (!rc)
		rc = open_index(*out);
	if (rc) {
		gl_snapshot_free(*out);
		*out = NULL;
	}
	return rc;
}

int gl_snapshot_revision(gl_snapshot **out, const char *root, const char *rev)
{
	git_object *obj = NULL;
	int rc = open_repo(out, root);
	if (!rc && (git_revparse_single(&obj, (*out)->repo, rev) < 0 ||
		    git_object_peel((git_object **)&(*out)->tree, obj, GIT_OBJECT_TREE) < 0))
		rc = gl_repo_fail((*out)->repo, GOVLOG_EINVALID, "cannot resolve the revision");
	git_object_free(obj);
	if (rc) {
		gl_snapshot_free(*out);
		*out = NULL;
	}
	return rc;
}

void gl_snapshot_free(gl_snapshot *s)
{
	if (!s)
		return;
	git_index_free(s->index);
	git_tree_free(s->tree);
	git_repository_free(s->repo);
	git_libgit2_shutdown();
	free(s);
}

static bool is_file_mode(uint32_t mode)
{
	return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE ||
	       mode == GIT_FILEMODE_LINK;
}

static void list_index(const gl_snapshot *s, const char *prefix, gl_snapshot_fn fn, void *payload)
{
	size_t pos = 0, n = strlen(prefix);
	if (n && git_index_find_prefix(&pos, s->index, prefix) < 0)
		return;
	for (size_t i = pos; i < git_index_entrycount(s->index); i++) {
		const git_index_entry *e = git_index_get_byindex(s->index, i);
		if (strncmp(e->path, prefix, n))
			break;
		if (git_index_entry_stage(e) || !is_file_mode(e->mode) ||
		    (e->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD))
			continue;
		fn(e->path, e->mode == GIT_FILEMODE_LINK, payload);
	}
}

typedef struct tree_lister {
	const char *folder;
	gl_snapshot_fn fn;
	void *payload;
	gl_buf path;
} tree_lister;

static int on_tree_entry(const char *dir, const git_tree_entry *e, void *payload)
{
	tree_lister *tl = payload;
	git_filemode_t mode = git_tree_entry_filemode(e);
	if (!is_file_mode(mode))
		return 0;
	gl_buf_clear(&tl->path);
	if (*tl->folder)
		gl_buf_printf(&tl->path, "%s/", tl->folder);
	gl_buf_printf(&tl->path, "%s%s", dir, git_tree_entry_name(e));
	tl->fn(tl->path.ptr, mode == GIT_FILEMODE_LINK, tl->payload);
	return 0;
}

static void list_tree(const gl_snapshot *s, const char *folder, gl_snapshot_fn fn, void *payload)
{
	git_tree_entry *e = NULL;
	git_tree *sub = NULL;
	tree_lister tl = {folder, fn, payload, GL_BUF_INIT};
	if (!*folder)
		git_tree_walk(s->tree, GIT_TREEWALK_PRE, on_tree_entry, &tl);
	else if (git_tree_entry_bypath(&e, s->tree, folder) == 0 &&
		 git_tree_entry_type(e) == GIT_OBJECT_TREE &&
		 git_tree_lookup(&sub, s->repo, git_tree_entry_id(e)) == 0)
		git_tree_walk(sub, GIT_TREEWALK_PRE, on_tree_entry, &tl);
	gl_buf_release(&tl.path);
	git_tree_free(sub);
	git_tree_entry_free(e);
}

void gl_snapshot_list(const gl_snapshot *s, const char *folder, gl_snapshot_fn fn, void *payload)
{
	if (s->tree) {
		list_tree(s, folder, fn, payload);
		return;
	}
	gl_buf prefix = GL_BUF_INIT;
	if (*folder && strcmp(folder, "."))
		gl_buf_printf(&prefix, "%s/", folder);
	list_index(s, prefix.ptr, fn, payload);
	gl_buf_release(&prefix);
}

/* The blob id of a file; false when the snapshot has no such file. */
static bool blob_id(const gl_snapshot *s, const char *path, git_oid *id)
{
	if (s->index) {
		const git_index_entry *e = git_index_get_bypath(s->index, path, 0);
		if (e)
			git_oid_cpy(id, &e->id);
		return e != NULL;
	}
	git_tree_entry *e = NULL;
	bool found = git_tree_entry_bypath(&e, s->tree, path) == 0 &&
		     git_tree_entry_type(e) == GIT_OBJECT_BLOB;
	if (found)
		git_oid_cpy(id, git_tree_entry_id(e));
	git_tree_entry_free(e);
	return found;
}

gl_fs_result gl_snapshot_read(const gl_snapshot *s, const char *path, size_t max, gl_buf *out)
{
	git_oid id;
	git_blob *blob = NULL;
	if (!blob_id(s, path, &id) || git_blob_lookup(&blob, s->repo, &id) < 0)
		return GL_FS_ERROR;
	size_t size = (size_t)git_blob_rawsize(blob);
	gl_fs_result rc = size > max ? GL_FS_TOO_LARGE : GL_FS_OK;
	if (rc == GL_FS_OK)
		gl_buf_put(out, git_blob_rawcontent(blob), size);
	git_blob_free(blob);
	return rc;
}

bool gl_snapshot_has_file(const gl_snapshot *s, const char *path)
{
	git_oid id;
	return blob_id(s, path, &id);
}

bool gl_snapshot_has(const gl_snapshot *s, const char *path)
{
	git_oid id;
	if (!*path || blob_id(s, path, &id))
		return true;
	if (s->tree) {
		git_tree_entry *e = NULL;
		bool found = git_tree_entry_bypath(&e, s->tree, path) == 0;
		git_tree_entry_free(e);
		return found;
	}
	gl_buf prefix = GL_BUF_INIT;
	gl_buf_printf(&prefix, "%s/", path);
	size_t pos;
	bool found = git_index_find_prefix(&pos, s->index, prefix.ptr) == 0;
	gl_buf_release(&prefix);
	return found;
}

/* HEAD's tree; NULL before the first commit. */
static int head_tree(const gl_snapshot *s, git_tree **out)
{
	git_reference *head = NULL;
	*out = NULL;
	int err = git_repository_head(&head, s->repo);
	if (err == GIT_ENOTFOUND || err == GIT_EUNBORNBRANCH)
		return 0;
	if (err == 0)
		err = git_reference_peel((git_object **)out, head, GIT_OBJECT_TREE);
	git_reference_free(head);
	return err < 0 ? gl_repo_fail(s->repo, GOVLOG_EREPO, "cannot read HEAD") : 0;
}

static int load_side(const gl_snapshot *s, const git_diff_file *f, gl_blob_file *out,
		     git_blob **blob)
{
	if (git_blob_lookup(blob, s->repo, &f->id) < 0)
		return gl_repo_fail(s->repo, GOVLOG_EREPO, "cannot read a staged file");
	*out = (gl_blob_file){f->path, git_blob_rawcontent(*blob), (size_t)git_blob_rawsize(*blob)};
	return 0;
}

static int emit_staged(const gl_snapshot *s, const git_diff_delta *d, gl_change_fn fn,
		       void *payload)
{
	if (d->status == GIT_DELTA_DELETED || !gl_path_is_markdown(d->new_file.path))
		return 0;
	git_blob *old = NULL, *new = NULL;
	gl_record_change change = {NULL, "", {NULL, "", 0}, {NULL, "", 0}, NULL, NULL, 0};
	int rc = 0;
	if (d->status != GIT_DELTA_ADDED && d->status != GIT_DELTA_COPIED)
		rc = load_side(s, &d->old_file, &change.before, &old);
	if (!rc)
		rc = load_side(s, &d->new_file, &change.after, &new);
	if (!rc)
		fn(&change, payload);
	git_blob_free(old);
	git_blob_free(new);
	return rc;
}

int gl_snapshot_staged(const gl_snapshot *s, const char *const *folders, size_t folder_count,
		       gl_change_fn fn, void *payload)
{
	git_tree *head = NULL;
	git_diff *diff = NULL;
	git_diff_options opts;
	git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
	opts.pathspec.strings = (char **)folders;
	opts.pathspec.count = folder_count;
	opts.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH; /* folders are paths, not patterns */
	git_diff_find_options find;
	git_diff_find_options_init(&find, GIT_DIFF_FIND_OPTIONS_VERSION);
	find.flags = GIT_DIFF_FIND_RENAMES;
	int rc = head_tree(s, &head);
	if (!rc && (git_diff_tree_to_index(&diff, s->repo, head, s->index, &opts) < 0 ||
		    git_diff_find_similar(diff, &find) < 0))
		rc = gl_repo_fail(s->repo, GOVLOG_EREPO, "cannot compare the index with HEAD");
	for (size_t i = 0; !rc && i < git_diff_num_deltas(diff); i++)
		rc = emit_staged(s, git_diff_get_delta(diff, i), fn, payload);
	git_diff_free(diff);
	git_tree_free(head);
	return rc;
}
