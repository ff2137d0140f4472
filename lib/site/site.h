/* The site's pages, each written by its own file; site.c orders the records and writes the files.
 */
#ifndef GOVLOG_SITE_SITE_H
#define GOVLOG_SITE_SITE_H

#include "govlog/log.h"
#include "site/page.h"
#include "util/buf.h"

/* One record as the pages show it, newest first. */
typedef struct gl_site_entry {
	const govlog_record *record;
	char *page; /* "records/ADR-0007.html", unique */
} gl_site_entry;

typedef struct gl_site {
	const govlog_log *log;
	gl_site_page frame;
	gl_site_entry *entries;
	size_t count;
	const char *base; /* the current folder from the repository root: "" or "docs/" */
} gl_site;

/* index_page.c: the table of every record, with the filters' controls. */
void gl_site_index_page(gl_buf *out, const gl_site *s);
/* record_page.c: one record's page. */
void gl_site_record_page(gl_buf *out, const gl_site *s, size_t i);
/* The page of the record an ID or a supersede value names, or NULL. */
const char *gl_site_page_of(const gl_site *s, const char *ref);

#endif
