/* The site's pages, each written by its own file; site.c orders the records and writes the files.
 */
#ifndef GOVLOG_SITE_SITE_H
#define GOVLOG_SITE_SITE_H

#include "govlog/log.h"
#include "govlog/meeting.h"
#include "govlog/site.h"
#include "site/page.h"
#include "util/buf.h"

/* One record as the pages show it, newest first. */
typedef struct gl_site_entry {
	const govlog_record *record;
	char *page; /* "records/ADR-0007.html", unique */
	char *path; /* the record's file from the repository root, normalised */
	size_t at;  /* its index in the log (and in a trace's decisions) */
} gl_site_entry;

struct gl_site_story;
struct gl_site_org;

typedef struct gl_site {
	const govlog_log *log;
	gl_site_page frame;
	gl_site_entry *entries;
	size_t count;
	const char *base;        /* the current folder from the repository root: "" or "docs/" */
	const char *index_page;  /* "index.html" */
	const char *page_suffix; /* ".html", or "" for one file's sections ("#rec-ADR-0007") */
	bool single;             /* one file: records are sections of the page */
	/* The entries sorted by path and by ID, for the links' lookups. */
	const gl_site_entry **by_path, **by_id;
	const char *page_dir; /* where record pages go: "records/", or "" for Jekyll */
	/* What the repository's history tells (story.h); NULL outside a repository. */
	const struct gl_site_story *story;
	/* The relations between records, built once (trace/relgraph.h), and for each
	 * record of the log (by its index there) its entry's index. */
	const struct gl_relgraph *graph;
	size_t *entry_of;
	/* Several repositories' site (org.c): the others' pages for cross links; NULL for one. */
	const struct gl_site_org *org;
	const char *org_dir;           /* with org: this repository's folder, "repo/" */
	struct gl_relgraph *graph_own; /* what graph points at, freed by gl_site_release */
	char *base_own;                /* what base points at */
	govlog_meetings *meetings;     /* the log's minutes (approval evidence), or NULL */
} gl_site;

/* The site of one log, its pages named; gl_site_release frees it. */
void gl_site_prepare(gl_site *s, const govlog_log *log, const govlog_site_options *o);
void gl_site_release(gl_site *s);
/* Writes a prepared site as the options say (folder, Jekyll folder or one file). */
int gl_site_write_prepared(gl_site *s, const govlog_site_options *o, govlog_site_fn fn,
			   void *payload);
/* GOVLOG_EINVALID unless the options name exactly one of an output folder and a single file. */
int gl_site_check_options(const govlog_site_options *o);
/* The page of the record of this ID in this site only, or NULL. */
const char *gl_site_own_page_of(const gl_site *s, const char *id);
/*
 * org.c: the page, from this site's root, of the record another repository's
 * reference names ("owner/repo#ADR-0007" or "repo#ADR-0007"), or NULL.
 */
const char *gl_site_org_page_of(const gl_site *s, const char *ref);
/* A record's HTML with each mention of another repository's record in its text made a link
 * (not inside a link or code). */
void gl_site_org_link_mentions(gl_buf *out, const gl_site *s, const char *html);

/* A page of the site besides the index and the records': timeline, relations, trace. */
typedef struct gl_site_view {
	const char *name; /* "timeline": timeline.html, or the single file's section id */
	gl_text_id title;
	/* Writes the page's content alone, its heading at `level` (1, or 2 in one file). */
	void (*main)(gl_buf *out, const gl_site *s, int level);
} gl_site_view;

/* views.c: the views, in the navigation's order; NULL-terminated by name. */
extern const gl_site_view gl_site_views[];
/* A view's whole page, with the frame. */
void gl_site_view_page(gl_buf *out, const gl_site *s, const gl_site_view *v);
/* Whether a record's page name is taken by a page of the site's own ("timeline.html"). */
bool gl_site_name_taken(const gl_site *s, const char *page);
/* Writes every view's page into dir. */
int gl_site_write_views(const gl_site *s, const char *dir, govlog_site_fn fn, void *payload);
/* timeline_page.c, graph_page.c, trace_page.c: the views' content. */
void gl_site_timeline_main(gl_buf *out, const gl_site *s, int level);
void gl_site_graph_main(gl_buf *out, const gl_site *s, int level);
void gl_site_trace_main(gl_buf *out, const gl_site *s, int level);
/* A record's own relations, drawn and listed, under a heading at `level`; nothing when it
 * has none. */
void gl_site_graph_neighbourhood(gl_buf *out, const gl_site *s, size_t i, int level);
/* The page of entry i from the page being written: "../records/ADR-0001.html". */
void gl_site_entry_href(gl_buf *out, const gl_site *s, size_t i);

/* index_page.c: the table of every record, with the filters' controls. */
void gl_site_index_page(gl_buf *out, const gl_site *s);
/* The table's header row; with_repo adds the repository column (several repositories' front). */
void gl_site_index_headers(gl_buf *out, govlog_lang lang, bool with_repo);
/* Entry i's row, data-entry `entry` (its place in the search index); a repo adds its column. */
void gl_site_index_row(gl_buf *out, const gl_site *s, size_t i, size_t entry, const char *repo,
		       govlog_lang lang);
/* The filters' form, hidden until the script runs; with_repo adds the repository filter. */
void gl_site_index_filters(gl_buf *out, govlog_lang lang, bool with_repo);
/* The front page's content alone: heading, filters (when asked for), table. */
void gl_site_index_main(gl_buf *out, const gl_site *s, bool with_filters);
/* record_page.c: one record's page. */
void gl_site_record_page(gl_buf *out, const gl_site *s, size_t i);
/* A record's page content alone: back link, heading, metadata, text. */
void gl_site_record_main(gl_buf *out, const gl_site *s, size_t i);
/* The record's title, or its ID when it has none. */
const char *gl_site_title_of(const govlog_record *r);
/* Entry i's words for the search as a JSON string, appended to json (the entry-th string). */
void gl_site_search_add(gl_buf *json, const gl_site *s, size_t i, size_t entry);
/* The strings as a script that sets window.GOVLOG_SEARCH. */
void gl_site_search_script(gl_buf *out, const gl_buf *json);
/* The search index as a script: window.GOVLOG_SEARCH, each record's words in page order. */
void gl_site_search_index(gl_buf *out, const gl_site *s);
/* single.c: the whole site as one page. */
void gl_site_single_page(gl_buf *out, const gl_site *s);
/* Writes dir/name atomically and tells fn. */
int gl_site_put(const char *dir, const char *name, const char *data, size_t len, govlog_site_fn fn,
		void *payload);
/* jekyll.c: the pages as a Jekyll (just-the-docs) site's pages; see govlog_site_write. */
int gl_site_write_jekyll(const gl_site *s, const char *dir, govlog_site_fn fn, void *payload);
/* The page of the record an ID or a supersede value names, or NULL. */
const char *gl_site_page_of(const gl_site *s, const char *ref);
/* The record at a path from the repository root, or NULL. */
const gl_site_entry *gl_site_entry_at(const gl_site *s, const char *path);
/* A link to a page of the site from the current page (a '#' fragment as it is). */
void gl_site_href(gl_buf *out, const gl_site *s, const char *page);

#endif
