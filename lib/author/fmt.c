/* govlog_record_format: a record in a profile's canonical form; a unified diff of the change. */
#include "govlog/fmt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "author/encode.h"
#include "util/error.h"
#include "config/profile.h"
#include "diag/texts.h"
#include "record/record_internal.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "record/vocab.h"
#include "util/fs.h"
#include "util/write.h"
#include "repo/repo.h"
#include "util/banned.h"

/* A record is at most 10 MiB; a little more is read to see it changed. */
#define GL_REWRITE_MAX (11 * 1024 * 1024)

static bool is_status_heading(const char *h)
{
	return !strcasecmp(h, "status") || !strcasecmp(h, "status:");
}

/* Marks the lines that hold metadata: front matter, title, field lines, the Status section. */
static void mark_metadata(const govlog_record *r, bool *drop, unsigned lines)
{
	for (unsigned l = 1; r->has_frontmatter && l <= lines; l++) {
		drop[l] = true;
		const char *s = r->text.data + gl_text_line_start(&r->text, l);
		if (l > 1 && !strncmp(s, "---", 3))
			break;
	}
	if (r->title)
		drop[r->title_pos.line] = true;
	for (size_t i = 0; i < r->fields.len; i++)
		if (r->fields.items[i].style != GOVLOG_META_FRONTMATTER)
			drop[r->fields.items[i].key_pos.line] = true;
	for (size_t i = 0; i < r->sections.len; i++) {
		if (!is_status_heading(r->sections.items[i].heading))
			continue;
		unsigned end =
			i + 1 < r->sections.len ? r->sections.items[i + 1].pos.line : lines + 1;
		for (unsigned l = r->sections.items[i].pos.line; l < end; l++)
			drop[l] = true;
	}
}

/* A section heading whose lines all held metadata ("## Metadata:") goes with them. */
static void drop_emptied_headings(const govlog_record *r, bool *drop, unsigned lines)
{
	for (size_t i = 0; i < r->sections.len; i++) {
		unsigned h = r->sections.items[i].pos.line,
			 end = i + 1 < r->sections.len ? r->sections.items[i + 1].pos.line
						       : lines + 1;
		bool dropped_any = false, kept_text = false;
		for (unsigned l = h + 1; l < end; l++) {
			bool blank =
				gl_text_line_end(&r->text, l) == gl_text_line_start(&r->text, l);
			dropped_any = dropped_any || drop[l];
			kept_text = kept_text || (!drop[l] && !blank);
		}
		if (dropped_any && !kept_text)
			for (unsigned l = h; l < end; l++)
				drop[l] = true;
	}
}

/* Everything that is not metadata, in order, without the blank lines it starts with. */
static void content(gl_buf *out, const govlog_record *r)
{
	unsigned lines = gl_text_line_count(&r->text);
	bool *drop = gl_xcalloc(lines + 2, sizeof(bool));
	mark_metadata(r, drop, lines);
	drop_emptied_headings(r, drop, lines);
	size_t start = out->len;
	for (unsigned l = 1; l <= lines; l++) {
		size_t a = gl_text_line_start(&r->text, l);
		size_t b = l < lines ? gl_text_line_start(&r->text, l + 1) : r->text.len;
		bool blank = gl_text_line_end(&r->text, l) == a;
		if (!drop[l] && !(blank && out->len == start))
			gl_buf_put(out, r->text.data + a, b - a);
	}
	free(drop);
}

/*
 * The title for a header: without prefix and number; the ID when there is
 * none. A number other than the file's is part of the title ("1. one" in
 * record 7) and stays.
 */
static const char *bare_title(const govlog_record *r)
{
	if (!r->title)
		return govlog_record_id(r);
	const char *bare = gl_record_bare_title(r);
	if (bare == r->title || !r->file_number || r->title_id_number == r->file_number)
		return bare;
	const char *t = r->title;
	if (*t == '[' && r->title_type_code && strchr(t, ']'))
		t = strchr(t, ']') + 1;
	while (*t == ' ')
		t++;
	return t;
}

static const char *value_of(const govlog_record *r, const char *name)
{
	const govlog_field *f = govlog_record_field(r, name);
	return f && f->value[0] ? f->value : NULL;
}

/*
 * A reference (supersedes, requests) for a Markdown line: read from Markdown,
 * it is written as it was (a link stays a link); from YAML, escaped.
 */
static void md_reference(gl_buf *out, const govlog_record *r, const char *name)
{
	const govlog_field *f = govlog_record_field(r, name);
	if (f->style == GOVLOG_META_FRONTMATTER)
		gl_encode_md(out, f->value, 0);
	else
		gl_buf_puts(out, f->value);
}

static void deciders(gl_buf *out, const govlog_record *r)
{
	for (size_t i = 0; i < r->deciders.len; i++)
		gl_buf_printf(out, "%s%s", i ? ", " : "", r->deciders.items[i]);
}

/* "accepted", or "Accepteret" / "Accepted" with the note, in the profile's words. */
static void status_words(gl_buf *out, const govlog_record *r, govlog_lang lang, bool lower)
{
	govlog_status s = govlog_record_status(r);
	if (s <= GOVLOG_STATUS_UNKNOWN) {
		gl_buf_puts(out, govlog_record_status_raw(r) ? govlog_record_status_raw(r) : "");
		return;
	}
	gl_buf_puts(out, lower ? govlog_status_name(s) : gl_vocab_status_word(s, lang));
	gl_encode_note(out, r->status_note);
}

/* "key: value" in front matter, the value a YAML scalar. */
static void yaml_line(gl_buf *out, const char *key, const char *value)
{
	gl_buf_printf(out, "%s: ", key);
	gl_encode_yaml(out, value, false);
	gl_buf_putc(out, '\n');
}

static void header_madr(gl_buf *out, const govlog_record *r)
{
	gl_buf v = GL_BUF_INIT;
	gl_buf_puts(out, "---\n");
	status_words(&v, r, GOVLOG_LANG_EN, true);
	yaml_line(out, "status", v.ptr);
	if (govlog_record_date(r))
		gl_buf_printf(out, "date: %s\n", govlog_record_date(r));
	gl_buf_clear(&v);
	deciders(&v, r);
	yaml_line(out, "deciders", v.ptr);
	if (value_of(r, "type") || r->title_type_code)
		yaml_line(out, "type",
			  value_of(r, "type") ? value_of(r, "type") : r->title_type_code);
	static const char *const refs[] = {"supersedes", "superseded-by", "requests"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(refs); i++)
		if (value_of(r, refs[i]))
			yaml_line(out, refs[i], value_of(r, refs[i]));
	gl_buf_puts(out, "---\n# ");
	gl_encode_md(out, bare_title(r), GL_MD_HEADING);
	gl_buf_puts(out, "\n\n");
	gl_buf_release(&v);
}

static void header_nygard(gl_buf *out, const govlog_record *r)
{
	gl_buf v = GL_BUF_INIT;
	gl_buf_puts(out, "# ");
	if (r->file_number)
		gl_buf_printf(out, "%lu. ", r->file_number);
	gl_encode_md(out, bare_title(r), GL_MD_HEADING);
	gl_buf_printf(out, "\n\nDate: %s\n", govlog_record_date(r) ? govlog_record_date(r) : "");
	if (value_of(r, "requests")) {
		gl_buf_puts(out, "Refs: ");
		md_reference(out, r, "requests");
		gl_buf_puts(out, "\n\n");
	}
	gl_buf_puts(out, "\n## Status\n\n");
	status_words(&v, r, GOVLOG_LANG_EN, false);
	gl_encode_md(out, v.ptr, GL_MD_LINE_START);
	gl_buf_puts(out, "\n");
	if (value_of(r, "supersedes")) {
		gl_buf_puts(out, "\nSupersedes ");
		md_reference(out, r, "supersedes");
		gl_buf_puts(out, "\n");
	}
	gl_buf_puts(out, "\n");
	gl_buf_release(&v);
}

/* "- **Key**: value", the value escaped (a reference read from Markdown as it was). */
static void bullet(gl_buf *out, govlog_lang lang, gl_text_id key, const char *value)
{
	gl_buf_printf(out, "- **%s**: ", gl_lang_text(lang, key));
	gl_encode_md(out, value, 0);
	gl_buf_putc(out, '\n');
}

static void header_os2(gl_buf *out, const govlog_record *r, govlog_lang lang)
{
	govlog_decision_type t = govlog_record_type(r) >= GOVLOG_TYPE_ARCHITECTURE
					 ? govlog_record_type(r)
					 : GOVLOG_TYPE_ARCHITECTURE;
	gl_buf v = GL_BUF_INIT;
	gl_buf_printf(out, "# [%s] ", govlog_type_code(t));
	gl_encode_md(out, bare_title(r), GL_MD_HEADING);
	gl_buf_puts(out, "\n\n");
	bullet(out, lang, GL_T_FIELD_DATE, govlog_record_date(r) ? govlog_record_date(r) : "");
	status_words(&v, r, lang, false);
	bullet(out, lang, GL_T_FIELD_STATUS, v.ptr);
	gl_buf_clear(&v);
	deciders(&v, r);
	bullet(out, lang, GL_T_FIELD_DECIDERS, v.ptr);
	bullet(out, lang, GL_T_FIELD_TYPE, gl_vocab_type_word(t, lang));
	static const char *const refs[] = {"supersedes", "superseded-by", "requests"};
	static const gl_text_id keys[] = {GL_T_FIELD_SUPERSEDES, GL_T_FIELD_SUPERSEDED_BY,
					  GL_T_FIELD_REQUESTS};
	for (size_t i = 0; i < GL_ARRAY_SIZE(refs); i++) {
		if (!value_of(r, refs[i]))
			continue;
		gl_buf_printf(out, "- **%s**: ", gl_lang_text(lang, keys[i]));
		md_reference(out, r, refs[i]);
		gl_buf_putc(out, '\n');
	}
	gl_buf_puts(out, "\n");
	gl_buf_release(&v);
}

int govlog_record_format(char **out, size_t *len, const govlog_record *r, const char *profile)
{
	const gl_profile *p = profile ? gl_profile_find(profile) : gl_profile_detect(r);
	if (!p)
		return gl_error_set(GOVLOG_EINVALID, "unknown profile '%s'", profile);
	gl_buf b = GL_BUF_INIT;
	if (!strcmp(p->name, "madr"))
		header_madr(&b, r);
	else if (!strcmp(p->name, "nygard"))
		header_nygard(&b, r);
	else
		header_os2(&b, r, gl_lang_of(p->lang));
	content(&b, r);
	*len = b.len;
	*out = gl_buf_detach(&b);
	return 0;
}

/* The lines of a text: starts in `at`, count in *n (the last may lack its newline). */
static size_t *lines_of(const char *s, size_t len, size_t *n)
{
	size_t cap = 16, *at = gl_xmalloc(cap * sizeof(*at));
	*n = 0;
	for (size_t i = 0; i < len;) {
		if (*n + 1 >= cap)
			at = gl_xrealloc(at, (cap *= 2) * sizeof(*at));
		at[(*n)++] = i;
		const char *nl = memchr(s + i, '\n', len - i);
		i = nl ? (size_t)(nl - s) + 1 : len;
	}
	at[*n] = len;
	return at;
}

static bool same_line(const char *a, const size_t *la, size_t i, const char *b, const size_t *lb,
		      size_t k)
{
	size_t n = la[i + 1] - la[i];
	return n == lb[k + 1] - lb[k] && !memcmp(a + la[i], b + lb[k], n);
}

static void put_line(gl_buf *out, char mark, const char *s, size_t from, size_t to)
{
	gl_buf_putc(out, mark);
	gl_buf_put(out, s + from, to - from);
	if (to == from || s[to - 1] != '\n')
		gl_buf_puts(out, "\n\\ No newline at end of file\n");
}

/* One hunk: the common first and last lines are left out (context 0). */
int govlog_diff_write(FILE *f, const char *path, const char *old, size_t old_len,
		      const char *new_text, size_t new_len)
{
	if (old_len == new_len && !memcmp(old, new_text, old_len))
		return 0;
	size_t na, nb, *la = lines_of(old, old_len, &na), *lb = lines_of(new_text, new_len, &nb);
	size_t head = 0, tail = 0;
	while (head < na && head < nb && same_line(old, la, head, new_text, lb, head))
		head++;
	while (tail < na - head && tail < nb - head &&
	       same_line(old, la, na - 1 - tail, new_text, lb, nb - 1 - tail))
		tail++;
	gl_buf out = GL_BUF_INIT;
	gl_buf_printf(&out, "--- a/%s\n+++ b/%s\n@@ -%zu,%zu +%zu,%zu @@\n", path, path,
		      head + (na - head - tail ? 1 : 0), na - head - tail,
		      head + (nb - head - tail ? 1 : 0), nb - head - tail);
	for (size_t i = head; i < na - tail; i++)
		put_line(&out, '-', old, la[i], la[i + 1]);
	for (size_t i = head; i < nb - tail; i++)
		put_line(&out, '+', new_text, lb[i], lb[i + 1]);
	int rc = gl_buf_write(&out, f) == 0 ? 0 : GOVLOG_EIO;
	gl_buf_release(&out);
	free(la);
	free(lb);
	return rc;
}

/* The file as read (the BOM the parser took off put back). */
static void original(gl_buf *out, const govlog_record *r)
{
	if (r->has_bom)
		gl_buf_puts(out, "\xEF\xBB\xBF");
	gl_buf_put(out, r->text.data, r->text.len);
}

/*
 * Replaces the record's file under the work tree's lock, unless another run
 * changed it since it was read: its edit is kept, never overwritten.
 */
static int replace_locked(const govlog_record *r, const gl_buf *old, const char *text, size_t len)
{
	const char *slash = strrchr(r->path, '/');
	char *dir = slash ? gl_xstrndup(r->path, (size_t)(slash - r->path) + 1) : gl_xstrdup(".");
	char *root = NULL;
	if (gl_repo_workdir(&root, dir) < 0 || !root) {
		free(root);
		root = dir; /* no repository: the folder is the work tree */
		dir = NULL;
	}
	gl_buf now = GL_BUF_INIT;
	bool exists = false;
	int rc = gl_write_begin(root);
	bool locked = !rc;
	if (!rc)
		rc = gl_write_read(&exists, r->path, GL_REWRITE_MAX, &now);
	if (!rc && (!exists || now.len != old->len || memcmp(now.ptr, old->ptr, old->len)))
		rc = gl_error_set(GOVLOG_EIO,
				  "'%s' changed since it was read: run govlog fmt again", r->path);
	if (!rc)
		rc = gl_write_replace(r->path, text, len);
	if (locked)
		gl_write_end();
	gl_buf_release(&now);
	free(root);
	free(dir);
	return rc;
}

int govlog_record_rewrite(bool *changed, const govlog_record *r, const char *profile, FILE *diff)
{
	char *text = NULL;
	size_t len = 0;
	gl_buf old = GL_BUF_INIT;
	int rc = govlog_record_format(&text, &len, r, profile);
	original(&old, r);
	*changed = !rc && (len != old.len || memcmp(text, old.ptr, len));
	if (*changed && diff)
		rc = govlog_diff_write(diff, r->path, old.ptr, old.len, text, len);
	else if (*changed)
		rc = replace_locked(r, &old, text, len);
	gl_buf_release(&old);
	free(text);
	return rc;
}
