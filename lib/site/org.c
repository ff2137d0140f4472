/* govlog site of several repositories: a folder each, a front page over them all, links across. */
#include "govlog/site.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config/config.h"
#include "log/log_internal.h"
#include "site/site.h"
#include "util/ascii.h"
#include "util/error.h"
#include "util/fs.h"
#include "util/write.h"
#include "util/banned.h"

typedef struct gl_site_org {
	gl_site *sites;
	size_t count;
	char **dirs;     /* each repository's folder, unique: "os2display" */
	char **names;    /* as shown: the configuration's "owner/repo", else the folder's name */
	gl_strvec *made; /* the cross links handed out, kept until the end */
} gl_site_org;

/* The configuration's "owner/repo", else the work tree's folder name. */
static const char *shown_name(const govlog_log *log)
{
	const char *repo = gl_log_config(log)->repository;
	if (repo && *repo)
		return repo;
	const char *root = govlog_log_root(log), *slash = strrchr(root, '/');
	return slash && slash[1] ? slash + 1 : root;
}

static bool dir_taken(const gl_site_org *g, size_t n, const char *dir)
{
	if (!strcmp(dir, "assets") || !strcmp(dir, "index.html"))
		return true; /* the front page's own */
	for (size_t i = 0; i < n; i++)
		if (!strcmp(g->dirs[i], dir))
			return true;
	return false;
}

/* Folder names: the shown name's last part, made safe; a second of one name gets -2, -3, ... */
static void name_dirs(gl_site_org *g)
{
	gl_buf base = GL_BUF_INIT, dir = GL_BUF_INIT;
	for (size_t i = 0; i < g->count; i++) {
		const char *name = g->names[i], *slash = strrchr(name, '/');
		gl_buf_clear(&base);
		gl_site_page_name(&base, slash && slash[1] ? slash + 1 : name);
		gl_buf_clear(&dir);
		gl_buf_puts(&dir, base.ptr);
		for (unsigned k = 2; dir_taken(g, i, dir.ptr); k++) {
			gl_buf_clear(&dir);
			gl_buf_printf(&dir, "%s-%u", base.ptr, k);
		}
		g->dirs[i] = gl_buf_detach(&dir);
	}
	gl_buf_release(&base);
	gl_buf_release(&dir);
}

/* Whether a reference's part before '#' names repository j: "owner/repo", or "repo". */
static bool names_repo(const gl_site_org *g, size_t j, const char *prefix, size_t n)
{
	const char *name = g->names[j], *slash = memchr(prefix, '/', n);
	if (strlen(name) == n && !strncasecmp(name, prefix, n))
		return true;
	const char *last = strrchr(name, '/');
	last = last ? last + 1 : name;
	if (!slash && strlen(last) == n && !strncasecmp(last, prefix, n))
		return true;
	return strlen(g->dirs[j]) == n && !strncasecmp(g->dirs[j], prefix, n);
}

const char *gl_site_org_page_of(const gl_site *s, const char *ref)
{
	const gl_site_org *g = s->org;
	const char *hash = strchr(ref, '#');
	if (!g || !hash || hash == ref || !hash[1])
		return NULL;
	for (size_t j = 0; j < g->count; j++) {
		if (!names_repo(g, j, ref, (size_t)(hash - ref)))
			continue;
		const char *page = gl_site_own_page_of(&g->sites[j], hash + 1);
		if (!page)
			return NULL;
		gl_buf href = GL_BUF_INIT;
		gl_buf_printf(&href, "../%s/%s", g->dirs[j], page);
		char *kept = gl_buf_detach(&href);
		gl_vec_push(g->made, kept); /* freed with the org, after the last page */
		return kept;
	}
	return NULL;
}

static bool ref_char(char c)
{
	return gl_isalnum(c) || c == '.' || c == '_' || c == '-' || c == '/';
}

/* The length of a mention "owner/repo#ID" at p that names a record, 0 if none; *page set. */
static size_t mention(const gl_site *s, const char *p, const char **page)
{
	size_t n = 0;
	while (ref_char(p[n]))
		n++;
	if (!n || p[n] != '#')
		return 0;
	size_t end = n + 1;
	while (ref_char(p[end]) && p[end] != '/')
		end++;
	while (end > n + 1 && p[end - 1] == '.') /* a sentence's full stop */
		end--;
	if (end == n + 1)
		return 0;
	char *ref = gl_xstrndup(p, end);
	*page = gl_site_org_page_of(s, ref);
	free(ref);
	return *page ? end : 0;
}

/* Tracks whether the text after a tag lies in a link or code, where no mention is linked. */
static void follow_tag(const char *tag, size_t len, int *in_link, int *in_code)
{
	bool closing = len > 1 && tag[1] == '/';
	const char *name = tag + 1 + closing;
	size_t n = 0;
	while (gl_isalnum(name[n]))
		n++;
	int step = closing ? -1 : 1;
	if (n == 1 && name[0] == 'a')
		*in_link += step;
	else if ((n == 4 && !strncmp(name, "code", 4)) || (n == 3 && !strncmp(name, "pre", 3)))
		*in_code += step;
}

void gl_site_org_link_mentions(gl_buf *out, const gl_site *s, const char *html)
{
	int in_link = 0, in_code = 0;
	for (const char *p = html; *p;) {
		if (*p == '<') {
			const char *end = strchr(p, '>');
			size_t len = end ? (size_t)(end - p) + 1 : strlen(p);
			follow_tag(p, len, &in_link, &in_code);
			gl_buf_put(out, p, len);
			p += len;
			continue;
		}
		const char *page = NULL;
		size_t n = in_link > 0 || in_code > 0 || (p > html && ref_char(p[-1]))
				   ? 0
				   : mention(s, p, &page);
		if (!n) {
			gl_buf_putc(out, *p++);
			continue;
		}
		gl_buf_printf(out, "<a href=\"%s", s->frame.root);
		gl_site_text(out, page);
		gl_buf_puts(out, "\">");
		gl_buf_put(out, p, n);
		gl_buf_puts(out, "</a>");
		p += n;
	}
}

/* Several sites' entries in one order: newest first, undated last, then ID, then repository. */
typedef struct org_row {
	const gl_site *site;
	size_t i;
	size_t repo;
} org_row;

static int newest_first(const void *a, const void *b)
{
	const org_row *x = a, *y = b;
	const govlog_record *rx = x->site->entries[x->i].record,
			    *ry = y->site->entries[y->i].record;
	const char *dx = govlog_record_date(rx), *dy = govlog_record_date(ry);
	int c = dx && dy ? strcmp(dy, dx) : (dx ? -1 : dy ? 1 : 0);
	if (!c)
		c = strcmp(govlog_record_id(rx), govlog_record_id(ry));
	return c ? c : (x->repo > y->repo) - (x->repo < y->repo);
}

static org_row *all_rows(const gl_site_org *g, size_t *n)
{
	*n = 0;
	for (size_t j = 0; j < g->count; j++)
		*n += g->sites[j].count;
	org_row *rows = gl_xcalloc(*n ? *n : 1, sizeof(*rows));
	size_t k = 0;
	for (size_t j = 0; j < g->count; j++)
		for (size_t i = 0; i < g->sites[j].count; i++)
			rows[k++] = (org_row){&g->sites[j], i, j};
	qsort(rows, *n, sizeof(*rows), newest_first);
	return rows;
}

/* The repositories' table: each one's records by status, linked to its own front page. */
static void repo_table(gl_buf *out, const gl_site_org *g, govlog_lang lang)
{
	size_t counts[GOVLOG_STATUS_SUPERSEDED + 1] = {0};
	for (size_t j = 0; j < g->count; j++)
		for (size_t i = 0; i < g->sites[j].count; i++)
			counts[govlog_record_status(g->sites[j].entries[i].record)]++;
	gl_buf_puts(out, "<table id=\"repositories\">\n<caption>");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_REPOS_CAPTION));
	gl_buf_puts(out, "</caption>\n<thead>\n<tr><th scope=\"col\">");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_REPOSITORY));
	gl_buf_puts(out, "</th>");
	/* every state always; "not given" and an unknown word only where a record has them */
	for (int st = GOVLOG_STATUS_NONE; st <= GOVLOG_STATUS_SUPERSEDED; st++) {
		if (st > GOVLOG_STATUS_UNKNOWN || counts[st]) {
			gl_buf_puts(out, "<th scope=\"col\">");
			gl_site_status(out, (govlog_status)st, lang);
			gl_buf_puts(out, "</th>");
		}
	}
	gl_buf_puts(out, "<th scope=\"col\">");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_TOTAL));
	gl_buf_puts(out, "</th></tr>\n</thead>\n<tbody>\n");
	for (size_t j = 0; j < g->count; j++) {
		size_t own[GOVLOG_STATUS_SUPERSEDED + 1] = {0};
		for (size_t i = 0; i < g->sites[j].count; i++)
			own[govlog_record_status(g->sites[j].entries[i].record)]++;
		gl_buf_puts(out, "<tr><th scope=\"row\"><a href=\"");
		gl_site_text(out, g->dirs[j]);
		gl_buf_puts(out, "/index.html\">");
		gl_site_text(out, g->names[j]);
		gl_buf_puts(out, "</a></th>");
		for (int st = GOVLOG_STATUS_NONE; st <= GOVLOG_STATUS_SUPERSEDED; st++)
			if (st > GOVLOG_STATUS_UNKNOWN || counts[st])
				gl_buf_printf(out, "<td>%zu</td>", own[st]);
		gl_buf_printf(out, "<td>%zu</td></tr>\n", g->sites[j].count);
	}
	gl_buf_puts(out, "</tbody>\n</table>\n");
}

static void front_page(gl_buf *out, const gl_site_org *g, const org_row *rows, size_t n)
{
	gl_site_page frame = {.lang = g->sites[0].frame.lang, .root = "", .front_only = true};
	govlog_lang lang = frame.lang;
	gl_site_page_open(out, &frame, gl_lang_text(lang, GL_T_SITE_REPOSITORIES));
	gl_site_heading(out, 1, lang, GL_T_SITE_REPOSITORIES);
	repo_table(out, g, lang);
	gl_site_heading(out, 2, lang, GL_T_SITE_DECISIONS);
	gl_site_index_filters(out, lang, true);
	gl_buf_puts(out, "<table id=\"records\">\n<caption>");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_ORG_CAPTION));
	gl_buf_puts(out, "</caption>\n");
	gl_site_index_headers(out, lang, true);
	gl_buf_puts(out, "<tbody>\n");
	for (size_t k = 0; k < n; k++)
		gl_site_index_row(out, rows[k].site, rows[k].i, k, g->names[rows[k].repo], lang);
	gl_buf_puts(out, "</tbody>\n</table>\n<p id=\"none\" hidden>");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_NO_MATCH));
	gl_buf_puts(out, "</p>\n");
	const char *const scripts[] = {"assets/search-index.js", "assets/site.js", NULL};
	gl_site_page_close(out, &frame, scripts);
}

/* The front page and its assets in dir; its search index covers every repository's records. */
static int write_front(const gl_site_org *g, const char *dir, govlog_site_fn fn, void *payload)
{
	gl_buf assets = GL_BUF_INIT, page = GL_BUF_INIT, json = GL_BUF_INIT;
	gl_path_join(&assets, dir, "assets");
	int rc = gl_fs_mkdir_p(assets.ptr) < 0
			 ? gl_error_set(GOVLOG_EIO, "cannot create '%s'", assets.ptr)
			 : 0;
	size_t n;
	org_row *rows = all_rows(g, &n);
	if (!rc) {
		front_page(&page, g, rows, n);
		rc = gl_site_put(dir, "index.html", page.ptr, page.len, fn, payload);
	}
	for (size_t k = 0; k < n && !rc; k++)
		gl_site_search_add(&json, rows[k].site, rows[k].i, k);
	gl_buf_clear(&page);
	gl_site_search_script(&page, &json);
	if (!rc)
		rc = gl_site_put(dir, "assets/search-index.js", page.ptr, page.len, fn, payload);
	const char *const names[] = {"site.css", "site.js"};
	for (size_t i = 0; i < 2 && !rc; i++) {
		gl_buf_clear(&assets);
		gl_buf_printf(&assets, "assets/%s", names[i]);
		const char *text = gl_site_asset(names[i]);
		rc = gl_site_put(dir, assets.ptr, text, strlen(text), fn, payload);
	}
	free(rows);
	gl_buf_release(&assets);
	gl_buf_release(&page);
	gl_buf_release(&json);
	return rc;
}

typedef struct in_folder {
	const char *dir;
	govlog_site_fn fn;
	void *payload;
} in_folder;

/* A repository's file, told as from the whole site's folder: "alpha/index.html". */
static void tell_from_top(const char *path, void *payload)
{
	const in_folder *f = payload;
	gl_buf whole = GL_BUF_INIT;
	gl_path_join(&whole, f->dir, path);
	f->fn(whole.ptr, f->payload);
	gl_buf_release(&whole);
}

static int write_repos(gl_site_org *g, const govlog_site_options *o, govlog_site_fn fn,
		       void *payload)
{
	int rc = 0;
	gl_buf out = GL_BUF_INIT;
	for (size_t j = 0; j < g->count && !rc; j++) {
		gl_buf_clear(&out);
		gl_path_join(&out, o->out_dir, g->dirs[j]);
		govlog_site_options one = *o;
		one.out_dir = out.ptr;
		in_folder f = {g->dirs[j], fn, payload};
		rc = gl_site_write_prepared(&g->sites[j], &one, fn ? tell_from_top : NULL, &f);
	}
	if (!rc)
		rc = gl_log_write_begin(g->sites[0].log);
	if (!rc) {
		rc = write_front(g, o->out_dir, fn, payload);
		if (!rc)
			rc = gl_write_output_sync(o->out_dir);
		gl_write_end();
	}
	gl_buf_release(&out);
	return rc;
}

int govlog_site_write_many(const govlog_log *const *logs, size_t count,
			   const govlog_site_options *o, govlog_site_fn fn, void *payload)
{
	int rc = gl_site_check_options(o);
	if (!rc && count == 1)
		return govlog_site_write(logs[0], o, fn, payload);
	if (!rc && (!count || o->single_file || o->format != GOVLOG_SITE_HTML))
		rc = gl_error_set(GOVLOG_EINVALID, "site: several repositories make a folder of "
						   "HTML pages, with an output folder");
	if (rc)
		return rc;
	gl_site_org g = {.count = count};
	g.sites = gl_xcalloc(count, sizeof(*g.sites));
	g.dirs = gl_xcalloc(count, sizeof(*g.dirs));
	g.names = gl_xcalloc(count, sizeof(*g.names));
	for (size_t j = 0; j < count; j++)
		g.names[j] = gl_xstrdup(shown_name(logs[j]));
	name_dirs(&g);
	g.made = gl_xcalloc(1, sizeof(*g.made));
	for (size_t j = 0; j < count; j++) {
		gl_site_prepare(&g.sites[j], logs[j], o);
		g.sites[j].org = &g;
		g.sites[j].org_dir = g.dirs[j];
		g.sites[j].frame.in_org = true;
	}
	rc = write_repos(&g, o, fn, payload);
	for (size_t j = 0; j < count; j++) {
		gl_site_release(&g.sites[j]);
		free(g.dirs[j]);
		free(g.names[j]);
	}
	gl_strvec_free(g.made);
	free(g.made);
	free(g.sites);
	free(g.dirs);
	free(g.names);
	return rc;
}
