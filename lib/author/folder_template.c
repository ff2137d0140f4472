/* A decision folder's own record template (log4brains, MADR, adr-tools), filled in for new. */
#include "author/folder_template.h"

#include <string.h>

#include "author/encode.h"
#include "diag/texts.h"
#include "log/template.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/fs.h"
#include "util/write.h"
#include "util/banned.h"

bool gl_folder_template_read(gl_buf *out, const char *folder)
{
	gl_buf path = GL_BUF_INIT;
	bool found = false;
	for (size_t i = 0; !found && gl_log_template_name_at(i); i++) {
		gl_buf_clear(&path);
		gl_path_join(&path, folder, gl_log_template_name_at(i));
		bool exists = false;
		gl_buf_clear(out);
		found = gl_fs_is_file(path.ptr) &&
			gl_write_read(&exists, path.ptr, 1024 * 1024, out) == 0 && exists &&
			!memchr(out->ptr, '\0', out->len);
	}
	gl_buf_release(&path);
	if (!found)
		gl_buf_clear(out);
	return found;
}

/* The first `needle` in s[0..len), or NULL. */
static const char *find_in(const char *s, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	for (size_t i = 0; i + n <= len; i++)
		if (!memcmp(s + i, needle, n))
			return s + i;
	return NULL;
}

/* One line of the template: [start, end) without its line break. */
typedef struct tline {
	const char *s;
	size_t len;
} tline;

/* A metadata line: its prefix ("- **", "", …), key, and where its value starts and ends. */
typedef struct meta {
	const char *field; /* canonical name, NULL when the line is no metadata */
	size_t key_at, key_len, value_at, value_end; /* value_end: before a trailing comment */
	size_t bold;                                 /* "**" around the key: 2, else 0 */
} meta;

static meta read_meta(tline l, bool frontmatter)
{
	meta m = {0};
	size_t i = 0;
	if (!frontmatter && l.len > 2 && (l.s[0] == '-' || l.s[0] == '*') && l.s[1] == ' ')
		i = 2;
	if (!frontmatter && i + 2 <= l.len && !strncmp(l.s + i, "**", 2))
		m.bold = 2, i += 2;
	m.key_at = i;
	while (i < l.len && l.s[i] != ':' && l.s[i] != '*')
		i++;
	m.key_len = i - m.key_at;
	i += m.bold && i + 2 <= l.len && !strncmp(l.s + i, "**", 2) ? 2 : 0;
	if (i >= l.len || l.s[i] != ':' || !m.key_len)
		return m;
	i += i + 2 <= l.len && !strncmp(l.s + i + 1, "**", 2) ? 3 : 1;
	while (i < l.len && l.s[i] == ' ')
		i++;
	m.value_at = i;
	const char *comment = find_in(l.s + i, l.len - i, "<!--");
	m.value_end = comment ? (size_t)(comment - l.s) : l.len;
	while (m.value_end > i && (l.s[m.value_end - 1] == ' ' || l.s[m.value_end - 1] == '\r'))
		m.value_end--;
	m.field = gl_vocab_field(l.s + m.key_at, m.key_len);
	return m;
}

/* A date's form written out: "YYYY-MM-DD", "ÅÅÅÅ-MM-DD", "dd.mm.yyyy" (a year and a day). */
static bool date_form(const char *v, size_t n)
{
	bool year = false, day = false;
	for (size_t i = 0; i < n; i++) {
		char c = (char)gl_toupper(v[i]);
		if (c == '\xC3' && i + 1 < n && (v[i + 1] == '\x85' || v[i + 1] == '\xA5'))
			year = true, i++; /* Å, å */
		else if (c == 'Y')
			year = true;
		else if (c == 'D')
			day = true;
		else if (c != 'M' && (!c || !strchr("-./\"' ", c)))
			return false;
	}
	return year && day;
}

/*
 * A value that is still the template's: empty, bracketed, braced, a choice
 * "a | b", or a date's form.
 */
static bool template_value(tline l, const meta *m)
{
	const char *v = l.s + m->value_at;
	size_t n = m->value_end - m->value_at;
	while (n && (*v == '"' || *v == '\''))
		v++, n--;
	return !n || *v == '[' || *v == '{' || memchr(v, '|', n) || date_form(v, n);
}

static const char *value_of(const gl_fill *f, const char *field)
{
	if (!strcmp(field, "status"))
		return f->status;
	if (!strcmp(field, "date"))
		return f->date;
	if (!strcmp(field, "deciders"))
		return f->deciders;
	if (!strcmp(field, "type"))
		return f->type;
	return NULL;
}

/* The value as its place wants it: a YAML scalar in front matter, Markdown text in a line. */
static void put_value(gl_buf *out, const char *value, bool frontmatter)
{
	if (frontmatter)
		gl_encode_yaml(out, value, false);
	else
		gl_encode_md(out, value, 0);
}

/* The line with its value replaced, the rest (a trailing comment) kept. */
static void put_meta(gl_buf *out, tline l, const meta *m, const char *value, bool frontmatter)
{
	gl_buf_put(out, l.s, m->value_at);
	if (!strcmp(m->field, "date"))
		gl_buf_puts(out, value); /* ISO, as every template writes it, unquoted */
	else
		put_value(out, value, frontmatter);
	gl_buf_put(out, l.s + m->value_end, l.len - m->value_end);
}

/* A supersedes or request line after `like`, in its style. */
static void put_extra(gl_buf *out, tline like, const meta *m, bool frontmatter, const char *key,
		      gl_text_id label, const char *value, const gl_fill *f)
{
	if (!value)
		return;
	if (frontmatter) {
		gl_buf_printf(out, "%s: ", key);
	} else {
		gl_buf_put(out, like.s, m->key_at);
		gl_buf_puts(out, gl_lang_text(f->lang, label));
		gl_buf_puts(out, m->bold ? "**: " : ": ");
	}
	put_value(out, value, frontmatter);
	gl_buf_puts(out, like.len && like.s[like.len - 1] == '\r' ? "\r\n" : "\n");
}

/* adr-tools' words, as its `adr new` replaces them. */
static void put_adr_tools(gl_buf *out, tline l, const gl_fill *f)
{
	for (size_t i = 0; i < l.len;) {
		bool start = i == 0 || !gl_isalnum(l.s[i - 1]);
		size_t n = 0;
		while (i + n < l.len && gl_isupper(l.s[i + n]))
			n++;
		bool word = start && n && (i + n == l.len || !gl_isalnum(l.s[i + n]));
		if (word && n == 6 && !strncmp(l.s + i, "NUMBER", 6))
			gl_buf_printf(out, "%lu", f->number);
		else if (word && n == 5 && !strncmp(l.s + i, "TITLE", 5))
			gl_encode_md(out, f->title, GL_MD_HEADING);
		else if (word && n == 4 && !strncmp(l.s + i, "DATE", 4))
			gl_buf_puts(out, f->date);
		else if (word && n == 6 && !strncmp(l.s + i, "STATUS", 6)) {
			gl_buf_putc(out, gl_toupper(f->status[0]));
			gl_buf_puts(out, f->status + 1);
		} else {
			gl_buf_put(out, l.s + i, n ? n : 1);
		}
		i += n ? n : 1;
	}
}

typedef struct filler {
	const gl_fill *f;
	bool adr_tools, frontmatter, fenced, titled;
	bool untitled; /* the template has no title line: the title goes after its front matter */
	unsigned line, meta_last; /* the last metadata line of the first block */
} filler;

static tline line_at(const char *tpl, size_t len, size_t at)
{
	const char *nl = memchr(tpl + at, '\n', len - at);
	return (tline){tpl + at, nl ? (size_t)(nl - tpl) - at : len - at};
}

/* The first block's last metadata line (front matter or lines under the title). */
static unsigned last_meta(const char *tpl, size_t len)
{
	unsigned line = 0, last = 0;
	bool fm = false;
	for (size_t at = 0; at < len; line++) {
		tline l = line_at(tpl, len, at);
		at += l.len + 1;
		if (l.len >= 3 && !strncmp(l.s, "---", 3) && (line == 0 || fm)) {
			if (fm && last)
				return last;
			fm = !fm;
			continue;
		}
		if (l.len > 3 && !strncmp(l.s, "## ", 3) && last)
			return last;
		meta m = read_meta(l, fm);
		if (m.field)
			last = line + 1;
	}
	return last;
}

static bool is_fence(tline l)
{
	return l.len >= 3 && (!strncmp(l.s, "```", 3) || !strncmp(l.s, "~~~", 3));
}

static bool is_title(tline l)
{
	return l.len >= 2 && !strncmp(l.s, "# ", 2);
}

static const char *line_end_of(tline l)
{
	return l.len && l.s[l.len - 1] == '\r' ? "\r" : "";
}

static void put_title(gl_buf *out, const gl_fill *f, const char *eol)
{
	gl_buf_puts(out, "# ");
	gl_encode_md(out, f->title, GL_MD_HEADING);
	gl_buf_puts(out, eol);
}

/* Whether the template has a title line of its own: outside front matter and code blocks. */
static bool has_title(const char *tpl, size_t len)
{
	bool fm = false, fenced = false;
	unsigned line = 0;
	for (size_t at = 0; at < len; line++) {
		tline l = line_at(tpl, len, at);
		at += l.len + 1;
		if (l.len >= 3 && !strncmp(l.s, "---", 3) && (line == 0 || fm))
			fm = !fm;
		else if (!fm && is_fence(l))
			fenced = !fenced;
		else if (!fm && !fenced && is_title(l))
			return true;
	}
	return false;
}

static void fill_line(gl_buf *out, filler *x, tline l)
{
	const gl_fill *f = x->f;
	if (l.len >= 3 && !strncmp(l.s, "---", 3) && (x->line == 1 || x->frontmatter)) {
		x->frontmatter = !x->frontmatter;
		gl_buf_put(out, l.s, l.len);
		if (!x->frontmatter && x->untitled) { /* the title right under the front matter */
			gl_buf_puts(out, *line_end_of(l) ? "\r\n" : "\n");
			put_title(out, f, line_end_of(l));
			x->untitled = false;
		}
		return;
	}
	if (!x->frontmatter && is_fence(l))
		x->fenced = !x->fenced;
	if (x->adr_tools) {
		put_adr_tools(out, l, f);
	} else if (!x->frontmatter && !x->fenced && !x->titled && is_title(l)) {
		x->titled = true;
		put_title(out, f, line_end_of(l));
	} else {
		meta m = read_meta(l, x->frontmatter);
		const char *v = m.field ? value_of(f, m.field) : NULL;
		if (v && template_value(l, &m))
			put_meta(out, l, &m, v, x->frontmatter);
		else
			gl_buf_put(out, l.s, l.len);
	}
	if (x->line == x->meta_last) {
		meta m = read_meta(l, x->frontmatter);
		gl_buf_putc(out, '\n');
		put_extra(out, l, &m, x->frontmatter, "supersedes", GL_T_FIELD_SUPERSEDES,
			  f->supersedes, f);
		put_extra(out, l, &m, x->frontmatter, "requests", GL_T_FIELD_REQUESTS, f->request,
			  f);
		if (out->len && out->ptr[out->len - 1] == '\n')
			gl_buf_truncate(out, out->len - 1);
	}
}

void gl_folder_template_fill(gl_buf *out, const char *tpl, size_t len, const gl_fill *f)
{
	filler x = {.f = f, .meta_last = last_meta(tpl, len)};
	tline first_heading = {0};
	for (size_t at = 0; at < len && !first_heading.s;) {
		tline l = line_at(tpl, len, at);
		at += l.len + 1;
		if (l.len >= 2 && !strncmp(l.s, "# ", 2))
			first_heading = l;
	}
	x.adr_tools = first_heading.s && find_in(first_heading.s, first_heading.len, "TITLE");
	/* A record needs a title: a template without a title line gets one. */
	x.untitled = !x.adr_tools && !has_title(tpl, len);
	if (x.untitled && !(len >= 3 && !strncmp(tpl, "---", 3))) {
		put_title(out, f, "\n\n");
		x.untitled = false;
	}
	for (size_t at = 0; at < len;) {
		tline l = line_at(tpl, len, at);
		x.line++;
		fill_line(out, &x, l);
		at += l.len;
		if (at < len)
			gl_buf_putc(out, tpl[at++]);
	}
}
