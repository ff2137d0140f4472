/* Which records to read beside a few named ones: those they name, share a number with, or can't
 * tell. */
#include "log/neighbours.h"

#include <stdlib.h>
#include <string.h>

#include "record/record_internal.h"
#include "record/parse.h"
#include "util/ascii.h"
#include "util/fs.h"
#include "util/strmap.h"
#include "util/banned.h"

static bool all_upper(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!gl_isupper(s[i]))
			return false;
	return true;
}

/* The number a file name gives its record's ID, as the record itself reads it. */
static gl_stem_kind name_number(const char *name, unsigned long *n)
{
	size_t letters, len;
	return gl_record_stem_number(name, n, &letters, &len);
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

static bool has_number(const gl_neighbours *s, unsigned long n)
{
	for (size_t i = 0; i < s->numbers.len; i++)
		if (s->numbers.items[i] == n)
			return true;
	return false;
}

static bool mentioned(const gl_neighbours *s, const char *stem, size_t len)
{
	for (size_t i = 0; i < govlog_log_count(s->log); i++) {
		const govlog_record *r = govlog_log_record_at(s->log, i);
		const char *t = r->text.data, *end = t + r->text.len;
		for (const char *p = t; (p = memchr(p, stem[0], (size_t)(end - p))); p++)
			if ((size_t)(end - p) >= len && !memcmp(p, stem, len))
				return true;
	}
	return false;
}

/* The length of a file name without the extension a link to a record page may carry. */
static size_t page_stem(const char *name, size_t len)
{
	static const char *const extensions[] = {".md", ".markdown", ".html", ".htm"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(extensions); i++)
		if (gl_ascii_ends_with_ci(name, len, extensions[i]))
			return len - strlen(extensions[i]);
	return len;
}

/* Whether a link of the named records leads to the file `name`. */
static bool is_target(const gl_neighbours *s, const char *name)
{
	size_t at, len = strlen(name);
	char *stem = gl_xstrndup(name, page_stem(name, len));
	bool found = gl_str_map_get(s->targets, stem, &at);
	free(stem);
	return found;
}

/* A name without a number is always worth reading beside the named records. */
bool gl_neighbours_want(const char *path, void *payload)
{
	const gl_neighbours *s = payload;
	unsigned long n;
	const char *name = base_name(path);
	if (gl_path_within_any(path, s->named))
		return false;
	if (s->targets && is_target(s, name))
		return true;
	switch (name_number(name, &n)) {
	case GL_STEM_NUMBERED:
		return has_number(s, n);
	case GL_STEM_DATED:
		return mentioned(s, name, strcspn(name, "."));
	default:
		return true;
	}
}

/* Numbers written as IDs in a value: "ADR-0003", "SDR 2", "BS1". */
static void numbers_in_text(gl_neighbours *s, const char *t, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (!gl_isalpha(t[i]) || (i && (gl_isalpha(t[i - 1]) || gl_isdigit(t[i - 1]))))
			continue;
		size_t k = i;
		while (k < len && k - i < 9 && gl_isalpha(t[k]))
			k++;
		if (k - i < 2 || k >= len)
			continue;
		k += (t[k] == '-' || t[k] == '_' || t[k] == ' ') && k + 1 < len;
		unsigned long n = 0;
		size_t digits = 0;
		while (k + digits < len && gl_isdigit(t[k + digits]) && digits < 9)
			n = n * 10 + (unsigned long)(t[k + digits++] - '0');
		if (digits)
			gl_vec_push(&s->numbers, n);
	}
}

/*
 * Notes the record page a link leads to, by its name without extension
 * ("../adr/0003-x.md#a", Jekyll's "0003-x.html" and Docusaurus' "./0003-x"
 * are "0003-x"), and the number it carries when that is a record's ID
 * ("ADR-7-x"): "missing-7.md" is not record 7.
 */
static void link_target(gl_neighbours *s, const char *url)
{
	size_t end = strcspn(url, "#?");
	const char *name = url;
	for (size_t i = 0; i < end; i++)
		if (url[i] == '/')
			name = url + i + 1;
	size_t len = (size_t)(url + end - name);
	char *stem = gl_xstrndup(name, page_stem(name, len));
	if (!s->targets)
		s->targets = gl_str_map_new();
	gl_str_map_put(s->targets, stem, 0);
	size_t letters, id_len;
	unsigned long n;
	if (gl_record_stem_number(stem, &n, &letters, &id_len) == GL_STEM_NUMBERED &&
	    all_upper(stem, letters))
		gl_vec_push(&s->numbers, n);
	free(stem);
}

void gl_neighbours_collect(gl_neighbours *s, const govlog_log *log, const gl_strvec *named)
{
	s->log = log;
	s->named = named;
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		const govlog_record *r = govlog_log_record_at(log, i);
		unsigned long n;
		if (name_number(base_name(r->path), &n) == GL_STEM_NUMBERED)
			gl_vec_push(&s->numbers, n);
		/* Other records matter through the supersede fields (and a "Superseded by" status).
		 */
		for (size_t k = 0; k < r->fields.len; k++) {
			const govlog_field *f = &r->fields.items[k];
			if (!strcmp(f->name, "supersedes") || !strcmp(f->name, "superseded-by") ||
			    !strcmp(f->name, "status"))
				numbers_in_text(s, f->value, strlen(f->value));
		}
		for (size_t k = 0; k < r->relations.len; k++) /* "Supersedes ADR-0003" lines */
			numbers_in_text(s, r->relations.items[k].text,
					strlen(r->relations.items[k].text));
		/* A link leads to a file by its name: "missing-7.md" is not record 7. */
		for (size_t k = 0; k < r->links.len; k++)
			link_target(s, r->links.items[k].url);
	}
}

void gl_neighbours_release(gl_neighbours *nb)
{
	gl_vec_free(&nb->numbers);
	gl_str_map_free(nb->targets);
}
