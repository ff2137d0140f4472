/* The frame every page of the site shares, and the words and escaping its parts use. */
#ifndef GOVLOG_SITE_PAGE_H
#define GOVLOG_SITE_PAGE_H

#include "diag/texts.h"
#include "govlog/record.h"
#include "util/buf.h"

typedef struct gl_site_page {
	govlog_lang lang;
	const char *root;   /* from the page to the site's root: "" or "../" */
	bool inline_assets; /* one file: the style and the scripts written into the page */
	/* The navigation's other pages, from the site's root; NULL: absent. */
	const char *releases_page, *gaps_page;
	/* Several repositories: front_only on their front page (no views there), in_org on
	 * each repository's pages (a link up to that front page). */
	bool front_only, in_org;
} gl_site_page;

/* The page up to the start of its main content: head, skip link, header. */
void gl_site_page_open(gl_buf *out, const gl_site_page *p, const char *title);
/*
 * Closes the main content, then the footer, the scripts (root-relative
 * names; with inline_assets, their text as given instead), the page.
 */
void gl_site_page_close(gl_buf *out, const gl_site_page *p, const char *const *scripts);
/* A compiled-in asset's text ("site.css", "site.js"), or "" when there is none. */
const char *gl_site_asset(const char *name);

/* HTML text of s (gl_html_text). */
void gl_site_text(gl_buf *out, const char *s);
/* "<hN>" and a text of the message table, closed, then a line break. */
void gl_site_heading(gl_buf *out, int level, govlog_lang lang, gl_text_id text);
/* A table's header row of column names in `lang`, then the body's opening tag. */
void gl_site_table_head(gl_buf *out, govlog_lang lang, const gl_text_id *cols, size_t n);
/* The state in the log's words, with a symbol, so no colour alone says it. */
void gl_site_status(gl_buf *out, govlog_status s, govlog_lang lang);
/* A record's page name: its ID with anything but letters, digits, '.', '_' and '-' as '-'. */
void gl_site_page_name(gl_buf *out, const char *id);

#endif
