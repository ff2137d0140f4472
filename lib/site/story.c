/* What the site reads from Git: the trace, each release's page, each record's status changes. */
#include "site/story.h"

#include <stdlib.h>
#include <string.h>

#include "log/log_internal.h"
#include "repo/history.h"
#include "repo/repo.h"
#include "util/error.h"
#include "util/banned.h"

static bool release_taken(const gl_site_story *st, size_t n, const char *page)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(st->release_pages[i], page))
			return true;
	return false;
}

/* releases/<tag>.html, the tag made safe as a record's ID is; a clash gets -2, -3, ... */
static void name_releases(gl_site_story *st, bool single)
{
	const gl_history *h = st->trace.sel.h;
	st->release_pages = gl_xcalloc(h->releases.len + 1, sizeof(*st->release_pages));
	gl_buf name = GL_BUF_INIT, page = GL_BUF_INIT, suffix = GL_BUF_INIT;
	for (size_t r = 0; r < h->releases.len; r++) {
		gl_buf_clear(&name);
		gl_site_page_name(&name, h->releases.items[r].tag);
		gl_buf_clear(&suffix);
		for (unsigned k = 2;; k++) {
			gl_buf_clear(&page);
			if (single)
				gl_buf_printf(&page, "#rel-%s%s", name.ptr, suffix.ptr);
			else
				gl_buf_printf(&page, "releases/%s%s.html", name.ptr, suffix.ptr);
			if (!release_taken(st, r, page.ptr))
				break;
			gl_buf_clear(&suffix);
			gl_buf_printf(&suffix, "-%u", k);
		}
		st->release_pages[r] = gl_buf_detach(&page);
	}
	gl_buf_release(&name);
	gl_buf_release(&page);
	gl_buf_release(&suffix);
}

/* A status change found, under the record's path as the commit left it. */
typedef struct found_step {
	char *path;
	gl_site_step step;
} found_step;

typedef struct walk {
	const gl_history *h;
	const char **ids;   /* the commits walked, oldest first */
	size_t *at;         /* their indices into h->changes */
	size_t next, count; /* the commit the walk is at */
	GL_VEC(found_step) found;
} walk;

/* A renamed record keeps its history: the steps under its old path move to the new one. */
static void follow_rename(walk *w, const char *from, const char *to)
{
	for (size_t i = 0; i < w->found.len; i++)
		if (!strcmp(w->found.items[i].path, from)) {
			free(w->found.items[i].path);
			w->found.items[i].path = gl_xstrdup(to);
		}
}

/* Whether a merge's status is one of its other parents' already: that branch's commit made it. */
static bool brought_in(const gl_record_change *c, govlog_status to)
{
	bool same = false;
	for (size_t k = 0; k < c->other_count && !same; k++) {
		govlog_record *r = NULL;
		if (c->others[k].path &&
		    govlog_record_parse(&r, c->others[k].path, c->others[k].data, c->others[k].len,
					NULL) == 0)
			same = govlog_record_status(r) == to;
		govlog_record_free(r);
	}
	return same;
}

static void on_change(const gl_record_change *c, void *payload)
{
	walk *w = payload;
	size_t n = c->commit ? strlen(c->commit) : 0;
	while (w->next < w->count && (!n || strncmp(w->ids[w->next], c->commit, n)))
		w->next++; /* the walk calls back in the order given */
	if (w->next == w->count || !c->after.path)
		return;
	if (c->before.path && strcmp(c->before.path, c->after.path))
		follow_rename(w, c->before.path, c->after.path);
	govlog_record *before = NULL, *after = NULL;
	if (govlog_record_parse(&after, c->after.path, c->after.data, c->after.len, NULL) < 0)
		return;
	if (c->before.path)
		govlog_record_parse(&before, c->before.path, c->before.data, c->before.len, NULL);
	govlog_status from = before ? govlog_record_status(before) : GOVLOG_STATUS_NONE;
	govlog_status to = govlog_record_status(after);
	if (from != to && !brought_in(c, to)) {
		found_step f = {gl_xstrdup(c->after.path),
				{&w->h->changes.items[w->at[w->next]], from, to}};
		gl_vec_push(&w->found, f);
	}
	govlog_record_free(before);
	govlog_record_free(after);
}

/* Every commit's record changes, oldest first; each status change goes to its record. */
static int read_steps(gl_site_story *st, const gl_site *s)
{
	const gl_history *h = st->trace.sel.h;
	walk w = {h, NULL, gl_xcalloc(h->changes.len + 1, sizeof(size_t)), 0, h->changes.len, {0}};
	for (size_t i = 0; i < h->changes.len; i++) /* the history is read newest first */
		w.at[i] = h->changes.len - 1 - i;
	w.ids = gl_history_hex_ids(h, w.at, w.count);
	gl_strvec folders = {0};
	gl_log_root_folders(&folders, s->log);
	int rc = gl_history_walk_commits(
		govlog_log_root(s->log), (const char *const *)folders.items, folders.len, w.ids,
		w.count, GL_WALK_ROOTS | GL_WALK_REACHED | GL_WALK_MERGES, on_change, &w);
	for (size_t i = 0; i < w.found.len; i++) {
		const gl_site_entry *e = gl_site_entry_at(s, w.found.items[i].path);
		if (e)
			gl_vec_push(&st->steps[e - s->entries], w.found.items[i].step);
		free(w.found.items[i].path);
	}
	gl_vec_free(&w.found);
	gl_strvec_free(&folders);
	free(w.ids);
	free(w.at);
	return rc;
}

int gl_site_story_load(gl_site_story **out, const gl_site *s, bool single, const char *since)
{
	*out = NULL;
	char *root = NULL;
	int rc = gl_repo_workdir(&root, govlog_log_root(s->log));
	free(root);
	if (rc == GOVLOG_ENOTFOUND) /* a folder of records: no history to tell */
		return 0;
	if (rc)
		return rc;
	gl_site_story *st = gl_xcalloc(1, sizeof(*st));
	st->entries = s->count;
	st->steps = gl_xcalloc(s->count + 1, sizeof(*st->steps));
	govlog_trace_options o = GOVLOG_TRACE_OPTIONS_INIT;
	o.since = since;
	rc = gl_trace_build(&st->trace, s->log, &o);
	if (!rc) {
		name_releases(st, single);
		rc = read_steps(st, s);
	}
	if (rc) {
		gl_site_story_free(st);
		return rc;
	}
	*out = st;
	return 0;
}

void gl_site_story_free(gl_site_story *st)
{
	if (!st)
		return;
	for (size_t i = 0; i < st->entries; i++)
		gl_vec_free(&st->steps[i]);
	free(st->steps);
	if (st->release_pages)
		for (size_t r = 0; st->release_pages[r]; r++)
			free(st->release_pages[r]);
	free(st->release_pages);
	gl_trace_release(&st->trace);
	free(st);
}

const gl_history *gl_site_history(const gl_site *s)
{
	return s->story ? s->story->trace.sel.h : NULL;
}

const char *gl_site_release_page(const gl_site *s, size_t release)
{
	const gl_history *h = gl_site_history(s);
	return h && release < h->releases.len ? s->story->release_pages[release] : NULL;
}
