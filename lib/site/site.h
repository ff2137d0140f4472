/* The site's pages, each written by its own file; site.c orders the records and writes the files.
 */
#ifndef GOVLOG_SITE_SITE_H
#define GOVLOG_SITE_SITE_H

#include "govlog/log.h"
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
} gl_site;

/* index_page.c: the table of every record, with the filters' controls. */
void gl_site_index_page(gl_buf *out, const gl_site *s);
/* The front page's content alone: heading, filters (when asked for), table. */
void gl_site_index_main(gl_buf *out, const gl_site *s, bool with_filters);
/* record_page.c: one record's page. */
void gl_site_record_page(gl_buf *out, const gl_site *s, size_t i);
/* A record's page content alone: back link, heading, metadata, text. */
void gl_site_record_main(gl_buf *out, const gl_site *s, size_t i);
/* The record's title, or its ID when it has none. */
const char *gl_site_title_of(const govlog_record *r);
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
