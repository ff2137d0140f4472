/* The pull requests `gh pr list --json …` wrote, read offline for their titles and labels. */
#include "trace/pr_data.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/error.h"
#include "util/fs.h"
#include "util/json_read.h"
#include "util/strmap.h"
#include "util/vec.h"
#include "util/banned.h"

#define MAX_FILE ((size_t)256 << 20) /* 256 MiB: far above any project's pull requests */

struct gl_pr_data {
	gl_arena arena;
	gl_str_map *by_number;
	GL_VEC(gl_pr_info) prs;
};

static const char *login_of(const gl_jvalue *who)
{
	return gl_json_string_of(gl_json_member(who, "login"));
}

/* `labels`: [{"name": "bug", …}] as gh writes them; plain strings are taken too. */
static const char *const *labels_of(gl_pr_data *d, const gl_jvalue *labels)
{
	size_t n = labels && labels->type == GL_JSON_ARRAY ? labels->count : 0, k = 0;
	const char **names = gl_arena_alloc(&d->arena, (n + 1) * sizeof(*names));
	for (size_t i = 0; i < n; i++) {
		const gl_jvalue *l = &labels->items[i];
		const char *name = l->type == GL_JSON_STRING
					   ? l->text
					   : gl_json_string_of(gl_json_member(l, "name"));
		if (name)
			names[k++] = name;
	}
	names[k] = NULL;
	return names;
}

/* The logins of `reviews` and `latestReviews` whose state is APPROVED (a login may repeat). */
static const char *const *approvers_of(gl_pr_data *d, const gl_jvalue *pr)
{
	const gl_jvalue *lists[] = {gl_json_member(pr, "reviews"),
				    gl_json_member(pr, "latestReviews")};
	size_t n = 0, k = 0;
	for (size_t l = 0; l < 2; l++)
		n += lists[l] && lists[l]->type == GL_JSON_ARRAY ? lists[l]->count : 0;
	const char **logins = gl_arena_alloc(&d->arena, (n + 1) * sizeof(*logins));
	for (size_t l = 0; l < 2; l++) {
		size_t count = lists[l] && lists[l]->type == GL_JSON_ARRAY ? lists[l]->count : 0;
		for (size_t i = 0; i < count; i++) {
			const gl_jvalue *r = &lists[l]->items[i];
			const char *state = gl_json_string_of(gl_json_member(r, "state"));
			const char *login = login_of(gl_json_member(r, "author"));
			if (state && login && !strcmp(state, "APPROVED"))
				logins[k++] = login;
		}
	}
	logins[k] = NULL;
	return logins;
}

/* One pull request object; one without a whole number is refused, named. */
static int read_one(gl_pr_data *d, const gl_jvalue *pr, size_t index, const char *path)
{
	const gl_jvalue *number = gl_json_member(pr, "number");
	if (!number || number->type != GL_JSON_NUMBER || strpbrk(number->text, ".eE-"))
		return gl_error_set(GOVLOG_EINVALID,
				    "'%s': pull request %zu has no number (want the array that "
				    "'gh pr list --json number,title,labels,…' writes)",
				    path, index + 1);
	gl_pr_info info = {number->text,
			   gl_json_string_of(gl_json_member(pr, "title")),
			   gl_json_string_of(gl_json_member(pr, "headRefName")),
			   gl_json_string_of(gl_json_member(pr, "baseRefName")),
			   login_of(gl_json_member(pr, "author")),
			   login_of(gl_json_member(pr, "mergedBy")),
			   gl_json_member(pr, "reviews") || gl_json_member(pr, "latestReviews"),
			   approvers_of(d, pr),
			   labels_of(d, gl_json_member(pr, "labels"))};
	gl_str_map_put(d->by_number, info.number, d->prs.len);
	gl_vec_push(&d->prs, info);
	return 0;
}

static int read_all(gl_pr_data *d, const char *text, size_t len, const char *path)
{
	const gl_jvalue *root = NULL;
	if (gl_json_read(&root, &d->arena, text, len) < 0) {
		char where[512]; /* the message is rewritten in place: copied first */
		snprintf(where, sizeof(where), "%s", govlog_error_last());
		return gl_error_set(GOVLOG_EINVALID, "'%s': %s", path, where);
	}
	if (root->type != GL_JSON_ARRAY)
		return gl_error_set(GOVLOG_EINVALID,
				    "'%s' is no JSON array of pull requests (want what 'gh pr "
				    "list --json number,title,labels,…' writes)",
				    path);
	int rc = 0;
	for (size_t i = 0; !rc && i < root->count; i++)
		rc = read_one(d, &root->items[i], i, path);
	return rc;
}

int gl_pr_data_load(gl_pr_data **out, const char *path)
{
	gl_buf text = GL_BUF_INIT;
	gl_pr_data *d = gl_xcalloc(1, sizeof(*d));
	d->by_number = gl_str_map_new();
	gl_fs_result r = gl_fs_read_stream(path, MAX_FILE, &text);
	int rc = r == GL_FS_TOO_LARGE ? gl_error_set(GOVLOG_EINVALID, "'%s' is too large", path)
		 : r != GL_FS_OK      ? gl_error_set(GOVLOG_ENOTFOUND, "cannot read '%s': %s", path,
						     strerror(errno))
				      : read_all(d, text.ptr ? text.ptr : "", text.len, path);
	gl_buf_release(&text);
	if (rc) {
		gl_pr_data_free(d);
		d = NULL;
	}
	*out = d;
	return rc;
}

const gl_pr_info *gl_pr_data_get(const gl_pr_data *d, const char *number)
{
	size_t at;
	if (!d || !number || !gl_str_map_get(d->by_number, number, &at))
		return NULL;
	return &d->prs.items[at];
}

void gl_pr_data_free(gl_pr_data *d)
{
	if (!d)
		return;
	gl_str_map_free(d->by_number);
	gl_vec_free(&d->prs);
	gl_arena_release(&d->arena);
	free(d);
}
