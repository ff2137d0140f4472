/* Telling records from templates, and reading the record template a log keeps beside them. */
#include "log/template.h"

#include <stdlib.h>
#include <string.h>

#include "config/profile.h"
#include "util/ascii.h"
#include "util/fs.h"
#include "util/banned.h"

/* Whether the n bytes at s are all from `set`. */
static bool all_of(const char *s, size_t n, const char *set)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr(set, s[i]) || !s[i])
			return false;
	return true;
}

/*
 * A template is named for what it is: "template.md", "adr-template.md",
 * MADR's "adr-template-minimal.md" and "adr-template-bare.md",
 * "0000-template.md", "beslutningsskabelon.md": a word of the name ends in
 * "template" or "skabelon". A numbered record about templates
 * ("0012-use-a-pr-template.md", "0004-skaermlayout-skabeloner.md") is still
 * a record; number 0 is where templates sort themselves first.
 */
/* Whether the n bytes at s hold "template" or "skabelon" in any case: one pass. */
static bool holds_template_word(const char *s, size_t n)
{
	for (size_t i = 0; i + 8 <= n; i++) {
		char c = (char)(s[i] | 0x20); /* an ASCII letter in lower case */
		if ((c == 't' && gl_ascii_ends_with_ci(s, i + 8, "template")) ||
		    (c == 's' && gl_ascii_ends_with_ci(s, i + 8, "skabelon")))
			return true;
	}
	return false;
}

static bool is_template_name(const char *name)
{
	const char *p = name, *end = name + strcspn(name, ".");
	/* Most names hold neither word: no need to take them apart. */
	size_t stem = (size_t)(end - name);
	if (!holds_template_word(name, stem))
		return false;
	bool numbered = false, named = false;
	while (p < end) {
		size_t n = strcspn(p, "-_ .");
		if (p + n > end)
			n = (size_t)(end - p);
		if (p == name && n && all_of(p, n, "0123456789"))
			numbered = !all_of(p, n, "0");
		named = named || gl_ascii_ends_with_ci(p, n, "template") ||
			gl_ascii_ends_with_ci(p, n, "skabelon");
		p += n + (p + n < end);
	}
	return named && !numbered;
}

bool gl_log_is_record_without_extension(const char *name)
{
	size_t digits = 0;
	while (gl_isdigit(name[digits]))
		digits++;
	return digits >= 3 && (name[digits] == '-' || name[digits] == '_') &&
	       gl_isalpha(name[digits + 1]) && !strchr(name, '.');
}

bool gl_log_is_template_name(const char *name)
{
	return gl_path_is_markdown(name) && is_template_name(name);
}

bool gl_log_is_record_name(const char *name)
{
	if (!gl_path_is_markdown(name))
		return false;
	if ((name[0] == 'R' || name[0] == 'r') &&
	    (!strncmp(name, "README", 6) || !strncmp(name, "readme", 6)))
		return false;
	if (name[0] == 'i' && !strcmp(name, "index.md"))
		return false;
	return !is_template_name(name);
}

/*
 * The names a log's own record template goes by, in the order they are
 * looked for beside the records: MADR's, log4brains', adr-tools' (in the
 * decision folder's templates/ folder) and the Danish "skabelon".
 */
static const char *const template_names[] = {
	"template.md",     "adr-template.md",        "0000-template.md",
	"000-template.md", "00-template.md",         "decision-template.md",
	"skabelon.md",     "beslutningsskabelon.md", "templates/template.md",
};

const char *gl_log_template_name_at(size_t i)
{
	return i < GL_ARRAY_SIZE(template_names) ? template_names[i] : NULL;
}

/* The length of the folder part of a path ("a/b/x.md" → 3, "/x.md" → 1); 0 when there is none. */
static size_t folder_len(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? (size_t)(slash - path) + (slash == path) : 0;
}

/* The folder `dir` (its first `len` bytes) joined with `name`. */
static void folder_file(gl_buf *out, const char *dir, size_t len, const char *name)
{
	gl_buf_clear(out);
	gl_buf_put(out, dir, len);
	if (len && dir[len - 1] != '/')
		gl_buf_putc(out, '/');
	gl_buf_puts(out, name);
}

/* The name of the one template the walk listed in `dir`; NULL for none, or for several. */
static const char *listed_in(const gl_log_templates *all, const char *dir)
{
	const char *only = NULL;
	size_t n = strlen(dir);
	for (size_t i = 0; i < all->listed.len; i++) {
		const char *path = all->listed.items[i];
		if (folder_len(path) != n || strncmp(path, dir, n))
			continue;
		if (only)
			return NULL;
		only = path + n + (n && path[n] == '/');
	}
	return only;
}

/* What a search for one folder's template reads with. */
typedef struct search {
	gl_log_templates *all;
	const gl_log_template_source *src;
	const govlog_record_options *opts;
	gl_buf file, shown, data;
} search;

/* Lists the folder `dir` for its template files, once: a walk may have listed it already. */
static void list_once(search *s, const char *dir)
{
	if (!s->src->list || gl_strvec_contains(&s->all->listed_folders, dir))
		return;
	gl_strvec names = {0};
	s->src->list(dir, &names, s->src->payload);
	gl_log_templates_listed(s->all, dir, &names);
	gl_strvec_free(&names);
}

/* Reads the template `name` in `dir` (shown as `shown_dir`) into t; false when there is none. */
static bool read_named(search *s, gl_log_template *t, const char *dir, const char *shown_dir,
		       const char *name)
{
	folder_file(&s->file, dir, strlen(dir), name);
	if (!s->src->read(s->file.ptr, &s->data, s->src->payload))
		return false;
	folder_file(&s->shown, shown_dir, strlen(shown_dir), name);
	if (govlog_record_parse(&t->record, s->shown.ptr, s->data.ptr, s->data.len, s->opts) < 0) {
		t->record = NULL;
		return false;
	}
	t->path = gl_xstrdup(s->shown.ptr);
	t->sections = gl_profile_template_sections(t->record);
	return true;
}

/* The first template in the folder `dir`: one of the usual names, else the one template file the
 * folder holds. */
static bool read_in(search *s, gl_log_template *t, const char *dir, const char *shown_dir)
{
	for (size_t i = 0; i < GL_ARRAY_SIZE(template_names); i++)
		if (read_named(s, t, dir, shown_dir, template_names[i]))
			return true;
	list_once(s, dir);
	const char *own = listed_in(s->all, dir);
	return own && read_named(s, t, dir, shown_dir, own);
}

/* Reads the template of the record's folder, else of the folders above it, `up` at most. */
static void read_template(search *s, gl_log_template *t, const char *path, const char *display,
			  unsigned up)
{
	char *dir = gl_xstrndup(path, folder_len(path));
	char *shown = gl_xstrndup(display, folder_len(display));
	for (unsigned level = 0; !read_in(s, t, dir, shown) && level < up; level++) {
		dir[folder_len(dir)] = '\0';
		shown[folder_len(shown)] = '\0';
		if (!*dir || !*shown)
			break;
	}
	free(dir);
	free(shown);
}

static const gl_log_template *find(const gl_log_templates *t, const char *path)
{
	size_t n = folder_len(path);
	for (size_t i = 0; i < t->items.len; i++) {
		const char *f = t->items.items[i].folder;
		if (strlen(f) == n && !strncmp(f, path, n))
			return &t->items.items[i];
	}
	return NULL;
}

void gl_log_templates_note(gl_log_templates *t, const char *path, const char *display, unsigned up,
			   const gl_log_template_source *src, const govlog_record_options *opts)
{
	if (find(t, display))
		return;
	gl_log_template one = {gl_xstrndup(display, folder_len(display)), NULL, NULL, NULL};
	search s = {t, src, opts, GL_BUF_INIT, GL_BUF_INIT, GL_BUF_INIT};
	read_template(&s, &one, path, display, up);
	gl_buf_release(&s.file);
	gl_buf_release(&s.shown);
	gl_buf_release(&s.data);
	gl_vec_push(&t->items, one);
}

const gl_log_template *gl_log_templates_for(const gl_log_templates *t, const char *record_path)
{
	const gl_log_template *one = find(t, record_path);
	return one && one->record ? one : NULL;
}

const gl_log_template *gl_log_templates_only(const gl_log_templates *t)
{
	const gl_log_template *only = NULL;
	for (size_t i = 0; i < t->items.len; i++) {
		const gl_log_template *one = &t->items.items[i];
		if (!one->record)
			continue;
		if (only && strcmp(only->path, one->path))
			return NULL;
		only = one;
	}
	return only;
}

void gl_log_templates_release(gl_log_templates *t)
{
	for (size_t i = 0; i < t->items.len; i++) {
		free((char *)t->items.items[i].folder);
		free((char *)t->items.items[i].path);
		govlog_record_free(t->items.items[i].record);
	}
	gl_vec_free(&t->items);
	gl_strvec_free(&t->listed);
	gl_strvec_free(&t->listed_folders);
}

void gl_log_templates_listed(gl_log_templates *t, const char *dir, const gl_strvec *names)
{
	if (gl_strvec_contains(&t->listed_folders, dir))
		return;
	gl_vec_push(&t->listed_folders, gl_xstrdup(dir));
	gl_buf path = GL_BUF_INIT;
	for (size_t i = 0; i < names->len; i++) {
		folder_file(&path, dir, strlen(dir), names->items[i]);
		if (!gl_strvec_contains(&t->listed, path.ptr))
			gl_vec_push(&t->listed, gl_xstrdup(path.ptr));
	}
	gl_buf_release(&path);
}
