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
	/*
	 * Where the gaps page's window starts: after this release tag, or on this
	 * date ("YYYY-MM-DD", UTC), as govlog_trace_options.since; NULL: the
	 * releases of the year before the newest commit, and the unreleased commits.
	 */
	const char *since;
} govlog_site_options;

/* Version 1 (without since) is still read. */
#define GOVLOG_SITE_OPTIONS_VERSION 2
/* clang-format off */
#define GOVLOG_SITE_OPTIONS_INIT {GOVLOG_SITE_OPTIONS_VERSION, NULL, GOVLOG_SITE_HTML, NULL, NULL}
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
 * options version or no out_dir, or a `since` that is neither a release tag
 * nor a date; GOVLOG_EIO when writing fails.
 */
GOVLOG_API int govlog_site_write(const govlog_log *log, const govlog_site_options *opts,
				 govlog_site_fn fn, void *payload);

/*
 * Writes one site of several repositories' logs into opts->out_dir (HTML
 * only): a folder per repository, named by the last part of its
 * configuration's `repository:` ("owner/repo" gives "repo"), else by its
 * work tree's folder name (a second of one name gets "-2"), holding that
 * log's site as govlog_site_write writes it, in that log's language, with a
 * link up to the front page; and index.html, the front page, in the first
 * log's language: a table of the repositories with their records counted by
 * status, then every record of them all, newest first, with a repository
 * column and filter, and a search over all of them. A reference to another
 * repository's record, "owner/repo#ADR-0007" or "repo#ADR-0007", links to
 * its page: in a supersede field, as a link's target, or as a mention in the
 * text (outside links and code). With count 1, exactly govlog_site_write.
 * Returns as govlog_site_write; GOVLOG_EINVALID for several logs and a
 * single file, the Jekyll format or no logs.
 */
GOVLOG_API int govlog_site_write_many(const govlog_log *const *logs, size_t count,
				      const govlog_site_options *opts, govlog_site_fn fn,
				      void *payload);

#ifdef __cplusplus
}
#endif

#endif
