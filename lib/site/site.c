/* govlog site: orders the records, names their pages and writes every file of the site. */
#include "govlog/site.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "author/template_data.h"
#include "log/log_internal.h"
#include "render/common.h"
#include "record/record_internal.h"
#include "render/json.h"
#include "site/site.h"
#include "site/story.h"
#include "trace/relgraph.h"
#include "util/error.h"
#include "util/fs.h"
#include "util/write.h"
#include "util/banned.h"

/* Newest first; undated last; then by ID. */
static int newest_first(const void *a, const void *b)
{
	const govlog_record *x = ((const gl_site_entry *)a)->record;
	const govlog_record *y = ((const gl_site_entry *)b)->record;
	const char *dx = govlog_record_date(x), *dy = govlog_record_date(y);
	int c = dx && dy ? strcmp(dy, dx) : (dx ? -1 : dy ? 1 : 0);
	return c ? c : strcmp(govlog_record_id(x), govlog_record_id(y));
}

static bool page_taken(const gl_site *s, size_t n, const char *page)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s->entries[i].page, page))
			return true;
	return false;
}

static bool reserved(const gl_site *s, const char *page)
{
	return gl_site_name_taken(s, page) || !strcmp(page, "gaps.html") ||
	       !strcmp(page, "releases.html");
}

/* records/<ID>.html; a second record of one ID (id/duplicate) gets -2, -3, ... */
static void name_pages(gl_site *s)
{
	gl_buf name = GL_BUF_INIT, page = GL_BUF_INIT;
	for (size_t i = 0; i < s->count; i++) {
		gl_buf_clear(&name);
		gl_site_page_name(&name, govlog_record_id(s->entries[i].record));
		gl_buf_clear(&page);
		gl_buf_printf(&page, "%s%s%s", s->page_dir, name.ptr, s->page_suffix);
		/* "index" is the front page's name in a Jekyll folder, "gaps", "releases" and
		 * the views' its neighbours' */
		for (unsigned k = 2; page_taken(s, i, page.ptr) || reserved(s, page.ptr); k++) {
			gl_buf_clear(&page);
			gl_buf_printf(&page, "%s%s-%u%s", s->page_dir, name.ptr, k, s->page_suffix);
		}
		s->entries[i].page = gl_buf_detach(&page);
	}
	gl_buf_release(&name);
	gl_buf_release(&page);
}

static int by_path(const void *a, const void *b)
{
	return strcmp((*(const gl_site_entry *const *)a)->path,
		      (*(const gl_site_entry *const *)b)->path);
}

static int by_id(const void *a, const void *b)
{
	return strcmp(govlog_record_id((*(const gl_site_entry *const *)a)->record),
		      govlog_record_id((*(const gl_site_entry *const *)b)->record));
}

/* Each record's root path, and the two sorted views the lookups search. */
static void index_entries(gl_site *s)
{
	gl_buf path = GL_BUF_INIT;
	s->by_path = gl_xcalloc(s->count + 1, sizeof(*s->by_path));
	s->by_id = gl_xcalloc(s->count + 1, sizeof(*s->by_id));
	for (size_t i = 0; i < s->count; i++) {
		gl_buf_clear(&path);
		gl_render_root_path(&path, s->base, govlog_record_path(s->entries[i].record));
		s->entries[i].path = gl_xstrdup(path.ptr);
		s->by_path[i] = s->by_id[i] = &s->entries[i];
	}
	qsort(s->by_path, s->count, sizeof(*s->by_path), by_path);
	qsort(s->by_id, s->count, sizeof(*s->by_id), by_id);
	gl_buf_release(&path);
}

/* The first entry of a sorted view whose key is ref (the newest of equal IDs), or NULL. */
static const gl_site_entry *find(const gl_site_entry **view, size_t n, const char *ref, bool id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *key = id ? govlog_record_id(view[mid]->record) : view[mid]->path;
		if (strcmp(key, ref) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	const char *key = lo < n ? (id ? govlog_record_id(view[lo]->record) : view[lo]->path) : "";
	return lo < n && !strcmp(key, ref) ? view[lo] : NULL;
}

const gl_site_entry *gl_site_entry_at(const gl_site *s, const char *path)
{
	return find(s->by_path, s->count, path, false);
}

void gl_site_href(gl_buf *out, const gl_site *s, const char *page)
{
	if (page[0] != '#')
		gl_buf_puts(out, s->frame.root);
	gl_site_text(out, page);
}

const char *gl_site_page_of(const gl_site *s, const char *ref)
{
	const gl_site_entry *e = find(s->by_id, s->count, ref, true);
	if (!e)
		e = find(s->by_path, s->count, ref, false);
	if (!e && s->org)
		return gl_site_org_page_of(s, ref);
	return e ? e->page : NULL;
}

const char *gl_site_own_page_of(const gl_site *s, const char *id)
{
	const gl_site_entry *e = find(s->by_id, s->count, id, true);
	return e ? e->page : NULL;
}

typedef struct placed {
	const govlog_record *record;
	size_t at; /* its index in the log */
} placed;

static int by_record(const void *a, const void *b)
{
	const govlog_record *x = ((const placed *)a)->record, *y = ((const placed *)b)->record;
	return x < y ? -1 : x > y;
}

/* The relation graph, read once for the graph page and every record's page. */
static void relations(gl_site *s, gl_relgraph *g)
{
	gl_relgraph_build(g, s->log);
	s->graph = g;
	s->entry_of = gl_xcalloc(s->count + 1, sizeof(*s->entry_of));
	placed *log = gl_xcalloc(s->count + 1, sizeof(*log));
	for (size_t i = 0; i < s->count; i++)
		log[i] = (placed){govlog_log_record_at(s->log, i), i};
	qsort(log, s->count, sizeof(*log), by_record);
	/* log order to entry order: the entries hold the log's records, each once */
	for (size_t i = 0; i < s->count; i++) {
		placed key = {s->entries[i].record, 0};
		const placed *p = bsearch(&key, log, s->count, sizeof(*log), by_record);
		if (p)
			s->entry_of[p->at] = i;
	}
	free(log);
}

typedef struct writer {
	const char *dir;
	govlog_site_fn fn;
	void *payload;
} writer;

static int put(const writer *w, const char *name, const char *data, size_t len);

int gl_site_put(const char *dir, const char *name, const char *data, size_t len, govlog_site_fn fn,
		void *payload)
{
	writer w = {dir, fn, payload};
	return put(&w, name, data, len);
}

static int put(const writer *w, const char *name, const char *data, size_t len)
{
	gl_buf path = GL_BUF_INIT;
	gl_path_join(&path, w->dir, name);
	int rc = gl_write_output(path.ptr, data, len);
	gl_buf_release(&path);
	if (!rc && w->fn)
		w->fn(name, w->payload);
	return rc;
}

/* Every record's words for the search, lowercased by the script: its ID, title and text. */
void gl_site_search_add(gl_buf *json, const gl_site *s, size_t i, size_t entry)
{
	gl_buf text = GL_BUF_INIT;
	const govlog_record *r = s->entries[i].record;
	gl_buf_printf(&text, "%s %s ", govlog_record_id(r),
		      govlog_record_title(r) ? govlog_record_title(r) : "");
	size_t len;
	const char *body = gl_record_body(r, &len);
	gl_buf_put(&text, body, len);
	gl_buf_puts(json, entry ? ",\n" : "\n");
	gl_json_string(json, text.ptr);
	gl_buf_release(&text);
}

void gl_site_search_script(gl_buf *out, const gl_buf *json)
{
	/* "<" as \u003c: no "</script>" in a record ends the script when it is inline. */
	gl_buf_puts(out, "window.GOVLOG_SEARCH = [");
	for (size_t i = 0; i < json->len; i++) {
		if (json->ptr[i] == '<')
			gl_buf_puts(out, "\\u003c");
		else
			gl_buf_putc(out, json->ptr[i]);
	}
	gl_buf_puts(out, "\n];\n");
}

void gl_site_search_index(gl_buf *out, const gl_site *s)
{
	gl_buf json = GL_BUF_INIT;
	for (size_t i = 0; i < s->count; i++)
		gl_site_search_add(&json, s, i, i);
	gl_site_search_script(out, &json);
	gl_buf_release(&json);
}

static int put_asset(const writer *w, const char *name)
{
	gl_buf key = GL_BUF_INIT;
	gl_buf_printf(&key, "site/%s", name + strlen("assets/"));
	const gl_template_data *t = gl_template_find(key.ptr);
	gl_buf_release(&key);
	if (!t)
		return gl_error_set(GOVLOG_ERROR, "no %s is built in", name);
	return put(w, name, t->text, t->len);
}

static int make_dirs(const char *dir, bool jekyll, bool releases)
{
	static const char *const subs[] = {"", "records", "assets", "releases"};
	gl_buf path = GL_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]) && !rc; i++) {
		if ((jekyll && i && i < 3) || (!releases && i == 3))
			continue;
		gl_buf_clear(&path);
		gl_path_join(&path, dir, subs[i]);
		if (gl_fs_mkdir_p(path.ptr) < 0)
			rc = gl_error_set(GOVLOG_EIO, "cannot create '%s'", path.ptr);
		else
			gl_write_sweep(path.ptr); /* what a killed run left */
	}
	gl_buf_release(&path);
	return rc;
}

/* The pages the history tells: the releases, each release, the gaps. */
static int write_story(const writer *w, const gl_site *s)
{
	gl_buf page = GL_BUF_INIT;
	int rc = 0;
	const gl_history *h = gl_site_history(s);
	for (size_t r = 0; h && r < h->releases.len && !rc; r++) {
		gl_buf_clear(&page);
		rc = gl_site_release_page_write(&page, s, r);
		if (!rc)
			rc = put(w, gl_site_release_page(s, r), page.ptr, page.len);
	}
	if (!rc && s->frame.releases_page) {
		gl_buf_clear(&page);
		gl_site_releases_page(&page, s);
		rc = put(w, s->frame.releases_page, page.ptr, page.len);
	}
	if (!rc && s->frame.gaps_page) {
		gl_buf_clear(&page);
		gl_site_gaps_page(&page, s);
		rc = put(w, s->frame.gaps_page, page.ptr, page.len);
	}
	gl_buf_release(&page);
	return rc;
}

static int write_pages(const writer *w, const gl_site *s)
{
	gl_buf page = GL_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; i < s->count && !rc; i++) {
		gl_buf_clear(&page);
		gl_site_record_page(&page, s, i);
		rc = put(w, s->entries[i].page, page.ptr, page.len);
	}
	if (!rc) {
		gl_buf_clear(&page);
		gl_site_index_page(&page, s);
		rc = put(w, "index.html", page.ptr, page.len);
	}
	if (!rc) {
		gl_buf_clear(&page);
		gl_site_search_index(&page, s);
		rc = put(w, "assets/search-index.js", page.ptr, page.len);
	}
	if (!rc)
		rc = write_story(w, s);
	if (!rc)
		rc = gl_site_write_views(s, w->dir, w->fn, w->payload);
	if (!rc)
		rc = put_asset(w, "assets/site.css");
	if (!rc)
		rc = put_asset(w, "assets/site.js");
	gl_buf_release(&page);
	return rc;
}

static int write_single(const gl_site *s, const char *path, govlog_site_fn fn, void *payload)
{
	gl_buf page = GL_BUF_INIT;
	gl_site_single_page(&page, s);
	int rc = gl_write_output(path, page.ptr, page.len);
	gl_buf_release(&page);
	if (!rc && fn)
		fn(path, payload);
	return rc;
}

/* The story's pages join the navigation: releases when there are any, gaps in a repository. */
static void tell_story(gl_site *s, const gl_site_story *story)
{
	s->story = story;
	const gl_history *h = gl_site_history(s);
	if (h && h->releases.len)
		s->frame.releases_page = s->single ? "#releases" : "releases.html";
	if (h)
		s->frame.gaps_page = s->single ? "#gaps" : "gaps.html";
}

/* The site of one log: its entries in order, their pages named, the lookups and relations. */
void gl_site_prepare(gl_site *s, const govlog_log *log, const govlog_site_options *o)
{
	bool jekyll = o->format == GOVLOG_SITE_JEKYLL, single = o->single_file != NULL;
	*s = (gl_site){.log = log,
		       .frame = {govlog_log_language(log), ""},
		       .count = govlog_log_count(log),
		       .base = "",
		       .index_page = "index.html",
		       .page_suffix = single ? "" : ".html",
		       .single = single,
		       .page_dir = jekyll   ? ""
				   : single ? "#rec-"
					    : "records/"};
	s->frame.inline_assets = single;
	gl_buf base = GL_BUF_INIT;
	const char *root = govlog_log_root(log), *cwd = gl_log_cwd(log);
	size_t n = strlen(root);
	if (cwd && !strncmp(cwd, root, n) && cwd[n] == '/')
		gl_buf_printf(&base, "%s/", cwd + n + 1);
	s->base_own = gl_buf_detach(&base);
	s->base = s->base_own;
	s->entries = gl_xcalloc(s->count ? s->count : 1, sizeof(*s->entries));
	for (size_t i = 0; i < s->count; i++) {
		s->entries[i].record = govlog_log_record_at(log, i);
		s->entries[i].at = i;
	}
	qsort(s->entries, s->count, sizeof(*s->entries), newest_first);
	name_pages(s);
	index_entries(s);
	s->graph_own = gl_xcalloc(1, sizeof(*s->graph_own));
	relations(s, s->graph_own);
	if (govlog_meetings_load(&s->meetings, log) != 0)
		s->meetings = NULL; /* the steering view then shows no evidence */
}

void gl_site_release(gl_site *s)
{
	for (size_t i = 0; i < s->count; i++) {
		free(s->entries[i].page);
		free(s->entries[i].path);
	}
	free(s->entries);
	free(s->by_path);
	free(s->by_id);
	free(s->entry_of);
	if (s->graph_own)
		gl_relgraph_release(s->graph_own);
	free(s->graph_own);
	free(s->base_own);
	govlog_meetings_free(s->meetings);
}

int gl_site_write_prepared(gl_site *s, const govlog_site_options *o, govlog_site_fn fn,
			   void *payload)
{
	bool jekyll = o->format == GOVLOG_SITE_JEKYLL, single = o->single_file != NULL;
	writer w = {o->out_dir, fn, payload};
	gl_site_story *story = NULL;
	int rc = gl_site_story_load(&story, s, single, o->version >= 2 ? o->since : NULL);
	tell_story(s, story);
	if (!rc)
		rc = gl_log_write_begin(s->log);
	if (!rc && single) {
		rc = write_single(s, o->single_file, fn, payload);
		gl_write_end();
	} else if (!rc) {
		rc = make_dirs(o->out_dir, jekyll, s->frame.releases_page != NULL);
		if (!rc)
			rc = jekyll ? gl_site_write_jekyll(s, o->out_dir, fn, payload)
				    : write_pages(&w, s);
		if (!rc)
			rc = gl_write_output_sync(o->out_dir);
		gl_write_end();
	}
	s->story = NULL;
	gl_site_story_free(story);
	return rc;
}

int gl_site_check_options(const govlog_site_options *o)
{
	if (!o || !o->version || o->version > GOVLOG_SITE_OPTIONS_VERSION ||
	    !(o->out_dir && *o->out_dir) == !(o->single_file && *o->single_file))
		return gl_error_set(GOVLOG_EINVALID,
				    "site: give an output folder or a single file, one of them");
	return 0;
}

int govlog_site_write(const govlog_log *log, const govlog_site_options *o, govlog_site_fn fn,
		      void *payload)
{
	int rc = gl_site_check_options(o);
	if (rc)
		return rc;
	gl_site s;
	gl_site_prepare(&s, log, o);
	rc = gl_site_write_prepared(&s, o, fn, payload);
	gl_site_release(&s);
	return rc;
}
