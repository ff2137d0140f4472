/* govlog_release_notes_write: one release's (or range's) notes in Markdown, JSON or HTML. */
#include "govlog/release.h"

#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "log/log_internal.h"
#include "render/html.h"
#include "render/json.h"
#include "repo/commits.h"
#include "repo/history.h"
#include "trace/history.h"
#include "trace/notes.h"
#include "trace/release_internal.h"
#include "util/banned.h"

/* ---- decisions accepted by a set of commits ---- */

typedef struct accepted {
	const govlog_log *log;
	GL_VEC(gl_accepted) found;
} accepted;

static void on_record_change(const gl_record_change *c, void *payload)
{
	accepted *a = payload;
	govlog_record *before = NULL, *after = NULL;
	if (!c->after.path ||
	    govlog_record_parse(&after, c->after.path, c->after.data, c->after.len, NULL) < 0)
		return;
	if (c->before.path)
		govlog_record_parse(&before, c->before.path, c->before.data, c->before.len, NULL);
	bool became = govlog_record_status(after) == GOVLOG_STATUS_ACCEPTED &&
		      (!before || govlog_record_status(before) != GOVLOG_STATUS_ACCEPTED);
	if (became) {
		const char *title = govlog_record_title(after);
		gl_accepted e = {gl_xstrdup(govlog_record_id(after)),
				 gl_xstrdup(title ? title : ""), gl_xstrdup(c->after.path),
				 gl_xstrdup(c->commit ? c->commit : "")};
		gl_vec_push(&a->found, e);
	}
	govlog_record_free(before);
	govlog_record_free(after);
}

void gl_accepted_release(gl_accepted_list *l)
{
	for (size_t i = 0; i < l->len; i++) {
		free(l->items[i].id);
		free(l->items[i].title);
		free(l->items[i].path);
		free(l->items[i].commit);
	}
	gl_vec_free(l);
}

int gl_accepted_in(gl_accepted_list *out, const gl_history *h, const size_t *changes, size_t n,
		   unsigned flags)
{
	accepted a = {h->log, {0}};
	gl_strvec folders = {0};
	gl_log_root_folders(&folders, h->log);
	const char **ids = gl_history_hex_ids(h, changes, n);
	int rc =
		gl_history_walk_commits(govlog_log_root(h->log), (const char *const *)folders.items,
					folders.len, ids, n, flags, on_record_change, &a);
	free(ids);
	gl_strvec_free(&folders);
	out->items = a.found.items;
	out->len = a.found.len;
	out->alloc = a.found.alloc;
	return rc;
}

/* ---- which commits: a release, or a range ---- */

typedef struct id_set {
	GL_VEC(char *) ids;
} id_set;

static int collect_id(const gl_commit_info *c, void *payload)
{
	gl_vec_push(&((id_set *)payload)->ids, gl_xstrdup(c->id));
	return 0;
}

static int compare_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The indices of the changes in `range`, newest first as they were walked. */
static int select_range(gl_selection *sel, const gl_history *h, const char *range)
{
	id_set s = {{0}};
	gl_commit_range r = {govlog_log_root(h->log), range, NULL, false};
	int rc = gl_commits_walk(&r, collect_id, &s);
	if (s.ids.len > 1)
		qsort(s.ids.items, s.ids.len, sizeof(char *), compare_str);
	char hex[GL_OID_HEX];
	for (size_t i = 0; !rc && i < h->changes.len; i++) {
		const char *id = gl_change_hex(hex, &h->changes.items[i]);
		if (s.ids.len && bsearch(&id, s.ids.items, s.ids.len, sizeof(char *), compare_str))
			gl_vec_push(&sel->changes, i);
	}
	for (size_t i = 0; i < s.ids.len; i++)
		free(s.ids.items[i]);
	gl_vec_free(&s.ids);
	return rc;
}

typedef struct dated {
	int64_t time;
	const gl_oid *id;
	size_t at;
} dated;

static int newest_first(const void *a, const void *b)
{
	const dated *x = a, *y = b;
	if (x->time != y->time)
		return x->time < y->time ? 1 : -1;
	return gl_oid_cmp(x->id, y->id);
}

void gl_selection_sort(gl_selection *sel, const gl_history *h)
{
	size_t n = sel->changes.len;
	dated *d = gl_xmalloc((n ? n : 1) * sizeof(*d));
	for (size_t i = 0; i < n; i++) {
		const gl_change *c = &h->changes.items[sel->changes.items[i]];
		d[i] = (dated){c->time, &c->id, sel->changes.items[i]};
	}
	qsort(d, n, sizeof(*d), newest_first);
	for (size_t i = 0; i < n; i++)
		sel->changes.items[i] = d[i].at;
	free(d);
}

int gl_selection_load(gl_selection *sel, const govlog_log *log, const govlog_release_options *o)
{
	gl_history_options ho = {o->fold_prereleases, NULL, NULL, false, o->pr_data};
	memset(sel, 0, sizeof(*sel));
	sel->release = GL_UNRELEASED;
	if (!o->range && o->tag)
		ho.only = o->tag;
	ho.only_current = !o->range && !o->tag;
	int rc = gl_history_load(&sel->h, log, &ho);
	if (!rc && !o->range && !o->tag) {
		sel->release = sel->h->current; /* found before the walk */
	} else if (!rc && !o->range) {
		sel->release = gl_history_release_named(sel->h, o->tag);
	}
	if (!rc && o->range)
		rc = select_range(sel, sel->h, o->range);
	for (size_t i = 0; !rc && !o->range && i < sel->h->changes.len; i++)
		if (sel->h->changes.items[i].release == sel->release)
			gl_vec_push(&sel->changes, i);
	if (!rc)
		gl_selection_sort(sel, sel->h);
	return rc;
}

int gl_selection_load_all(gl_selection *sel, const govlog_log *log, const char *range,
			  const char *pr_data)
{
	gl_history_options ho = {false, NULL, NULL, false, pr_data};
	memset(sel, 0, sizeof(*sel));
	sel->release = GL_UNRELEASED;
	int rc = gl_history_load(&sel->h, log, &ho);
	if (!rc && range)
		rc = select_range(sel, sel->h, range);
	for (size_t i = 0; !rc && !range && i < sel->h->changes.len; i++)
		gl_vec_push(&sel->changes, i);
	if (!rc)
		gl_selection_sort(sel, sel->h);
	return rc;
}

void gl_selection_release(gl_selection *sel)
{
	gl_vec_free(&sel->changes);
	gl_history_free(sel->h);
}

/* ---- contributors by vendor ---- */

typedef struct author_count {
	const char *vendor, *author;
	size_t commits;
} author_count;

static int by_vendor_author(const void *a, const void *b)
{
	const author_count *x = a, *y = b;
	int c = strcmp(x->vendor ? x->vendor : "\x7f", y->vendor ? y->vendor : "\x7f");
	return c ? c : strcmp(x->author, y->author);
}

void gl_contributors(gl_contributor_list *out, const gl_history *h, const size_t *changes, size_t n)
{
	GL_VEC(author_count) all = {0};
	for (size_t i = 0; i < n; i++) {
		const gl_change *c = &h->changes.items[changes[i]];
		size_t k = 0;
		while (k < all.len && (strcmp(all.items[k].author, c->who->author) ||
				       (all.items[k].vendor != c->who->vendor &&
					(!all.items[k].vendor || !c->who->vendor ||
					 strcmp(all.items[k].vendor, c->who->vendor)))))
			k++;
		if (k == all.len) {
			author_count e = {c->who->vendor, c->who->author, 0};
			gl_vec_push(&all, e);
		}
		all.items[k].commits++;
	}
	if (all.len > 1)
		qsort(all.items, all.len, sizeof(author_count), by_vendor_author);
	for (size_t i = 0; i < all.len; i++) {
		gl_contributor e = {all.items[i].vendor, all.items[i].author, all.items[i].commits};
		gl_vec_push(out, e);
	}
	gl_vec_free(&all);
}
