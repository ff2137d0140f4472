/*
 * govlog/site.h — the decision log as a static, accessible web site.
 */
#ifndef GOVLOG_SITE_H
#define GOVLOG_SITE_H

#include "govlog/common.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum govlog_site_format {
	GOVLOG_SITE_HTML = 0, /* stand-alone pages */
	GOVLOG_SITE_JEKYLL,   /* pages for a Jekyll site (just-the-docs front matter) */
} govlog_site_format;

typedef struct govlog_site_options {
	unsigned version;    /* GOVLOG_SITE_OPTIONS_VERSION */
	const char *out_dir; /* the folder to write into; created when missing */
	govlog_site_format format;
	/* Instead of out_dir: the whole site as this one HTML file, everything inline. */
	const char *single_file;
} govlog_site_options;

#define GOVLOG_SITE_OPTIONS_VERSION 1
/* clang-format off */
#define GOVLOG_SITE_OPTIONS_INIT {GOVLOG_SITE_OPTIONS_VERSION, NULL, GOVLOG_SITE_HTML, NULL}
/* clang-format on */

/* Called with each file written, its path relative to out_dir ("index.html"). */
typedef void (*govlog_site_fn)(const char *path, void *payload);

/*
 * Writes the site of the log into out_dir: index.html (every record in a
 * table with its status in words; filters and a full-text search when
 * JavaScript runs, the whole table without it), records/<ID>.html (the
 * record's metadata, its text rendered as GitHub renders it, in safe mode,
 * and its supersede links), and assets/ (style, script, the search index).
 * Pages open from file:// and from any web server, speak the log's language
 * and name nothing outside the folder.
 *
 * GOVLOG_SITE_JEKYLL writes into a folder of an existing Jekyll site instead:
 * index.html (the table, front matter `title`, `has_children: true`) and a
 * page per record beside it (`title`, `parent` the index's title,
 * `nav_order` newest first), as just-the-docs builds its navigation; the
 * site's own layout frames them, nothing is left for Liquid to run (braces
 * are written as character references).
 *
 * With single_file, the same as one page, to mail or attach: the index, then
 * each record as a section of it (its headings a level down, their anchors
 * prefixed with the record's), the style and scripts inline. Each file is
 * written atomically;
 * nothing outside out_dir is written. Returns 0; GOVLOG_EINVALID for a bad
 * options version or no out_dir; GOVLOG_EIO when writing fails.
 */
GOVLOG_API int govlog_site_write(const govlog_log *log, const govlog_site_options *opts,
				 govlog_site_fn fn, void *payload);

#ifdef __cplusplus
}
#endif

#endif
