/* govlog fmt: a record in its canonical form, read back to check it, then a diff or the file. */
#include "govlog/fmt.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "author/fmt_internal.h"
#include "config/config.h"
#include "log/log_internal.h"
#include "repo/patch.h"
#include "repo/repo.h"
#include "util/error.h"
#include "util/fs.h"
#include "util/write.h"
#include "util/banned.h"

/* A record is at most 10 MiB; a little more is read to see it changed. */
#define GL_REWRITE_MAX (11 * 1024 * 1024)

void gl_fmt_refuse(gl_fmt *fmt, gl_text_id why, const char *what)
{
	if (!fmt->refused) {
		fmt->refused = (int)why;
		fmt->refused_what = what;
	}
}

/* Whether a field is written as a bold-key bullet ("- **Beslutningstagere**: …"). */
static bool has_bullet_field(const govlog_record *r)
{
	for (size_t i = 0; i < r->fields.len; i++)
		if (r->fields.items[i].style == GOVLOG_META_BULLET)
			return true;
	return false;
}

/*
 * The option's profile, else the configured one, else the record's own: a
 * record with an "[ODR]" title is in the OS2 form whatever its status looks
 * like, and so is one whose bold-key bullets stand beside a "## Status"
 * checklist (OS2's template), which adr-tools' form would turn into lines.
 */
static const gl_profile *target(const govlog_log *log, const govlog_record *r, const char *name)
{
	if (name)
		return gl_profile_find(name);
	const gl_config *c = gl_log_config(log);
	if (c->profile)
		return c->profile;
	const gl_profile *p = gl_profile_detect(r);
	bool os2_checklist = r->style == GOVLOG_META_CHECKBOX && has_bullet_field(r);
	if (!strcmp(p->name, "nygard") && (r->title_type_code || os2_checklist))
		p = gl_profile_find(gl_lang_of(govlog_record_language(r)) == GOVLOG_LANG_DA
					    ? "os2-da"
					    : "os2-en");
	return p;
}

/*
 * What the parser could not read whole: rewriting from it would lose what it
 * missed. And a status checklist under "- **Status**:": its boxes stay as
 * ticked, so the list around it cannot be written anew in one piece.
 */
static void refuse_unreadable(gl_fmt *fmt)
{
	const govlog_record *r = fmt->r;
	if (r->frontmatter_error)
		gl_fmt_refuse(fmt, GL_T_FMT_LEFT_YAML, NULL);
	else if (r->invalid_utf8)
		gl_fmt_refuse(fmt, GL_T_FMT_LEFT_UTF8, NULL);
	else if (r->duplicate_keys.len)
		gl_fmt_refuse(fmt, GL_T_FMT_LEFT_TWICE, r->duplicate_keys.items[0].key);
	else if (r->braced.len)
		gl_fmt_refuse(fmt,
			      r->braced.items[0].open == '[' ? GL_T_FMT_LEFT_BRACKETS
							     : GL_T_FMT_LEFT_BRACES,
			      r->fields.items[r->braced.items[0].field].key);
	else if (r->status_boxes_in_bullets)
		gl_fmt_refuse(fmt, GL_T_FMT_LEFT_CHECKLIST, r->fields.items[r->status_field].key);
}

/* The original's BOM and CRLF line ends, kept: they are the file's, not the form's. */
static void file_habits(gl_buf *out, const govlog_record *r, const gl_buf *text)
{
	if (r->has_bom)
		gl_buf_puts(out, "\xEF\xBB\xBF");
	const char *nl = memchr(r->text.data, '\n', r->text.len);
	bool crlf = nl && nl > r->text.data && nl[-1] == '\r';
	for (size_t i = 0; i < text->len; i++) {
		if (crlf && text->ptr[i] == '\n' && (i == 0 || text->ptr[i - 1] != '\r'))
			gl_buf_putc(out, '\r');
		gl_buf_putc(out, text->ptr[i]);
	}
}

/* Reads the new text back; a difference from the old record refuses the rewrite. */
static void read_back(gl_fmt *fmt, const govlog_log *log, const gl_buf *text)
{
	govlog_record *again = NULL;
	const char *what = NULL;
	if (govlog_record_parse(&again, fmt->r->path, text->ptr, text->len,
				gl_log_record_options(log)) < 0)
		what = "text";
	else if (!gl_fmt_same_content(fmt->r, again, fmt->canonical_words, &what))
		gl_fmt_refuse(fmt, GL_T_FMT_LEFT_CHANGE, what);
	if (what && !fmt->refused)
		gl_fmt_refuse(fmt, GL_T_FMT_LEFT_CHANGE, what);
	govlog_record_free(again);
}

/* The record in the target's form into `out`; fmt->refused says when it must not be used. */
static void format(gl_fmt *fmt, const govlog_log *log, gl_buf *out)
{
	gl_buf text = GL_BUF_INIT;
	fmt->out = &text;
	refuse_unreadable(fmt);
	if (!fmt->refused) {
		gl_fmt_header(fmt);
		gl_fmt_content(fmt);
	}
	if (!fmt->refused)
		file_habits(out, fmt->r, &text);
	if (!fmt->refused)
		read_back(fmt, log, out);
	gl_buf_release(&text);
}

static void note_to(FILE *f, const govlog_log *log, gl_text_id id, ...)
{
	if (!f)
		return;
	gl_buf line = GL_BUF_INIT;
	va_list ap;
	va_start(ap, id);
	gl_lang_vprintf(&line, govlog_log_language(log), id, ap);
	va_end(ap);
	gl_buf_putc(&line, '\n');
	gl_buf_write(&line, f);
	gl_buf_release(&line);
}

#define note(opts, ...) note_to((opts)->notes, __VA_ARGS__)

static void tell(const govlog_fmt_options *opts, const govlog_log *log, const gl_fmt *fmt)
{
	const char *path = fmt->r->path;
	const govlog_field *date = govlog_record_field(fmt->r, "date");
	if (fmt->refused == GL_T_FMT_LEFT_YAML || fmt->refused == GL_T_FMT_LEFT_UTF8)
		note(opts, log, (gl_text_id)fmt->refused, path);
	else if (fmt->refused == GL_T_FMT_LEFT_FORM || fmt->refused == GL_T_FMT_LEFT_CHANGE)
		note(opts, log, (gl_text_id)fmt->refused, path, fmt->profile->name,
		     fmt->refused_what);
	else if (fmt->refused)
		note(opts, log, (gl_text_id)fmt->refused, path, fmt->refused_what);
	else if (fmt->kept_date && date)
		note(opts, log, GL_T_FMT_KEPT_DATE, path, date->value);
}

/* The record's path from the repository root, as `git apply` reads a patch's paths. */
static void root_path(gl_buf *out, const govlog_log *log, const govlog_record *r)
{
	gl_buf abs = GL_BUF_INIT;
	if (r->path[0] == '/')
		gl_buf_puts(&abs, r->path);
	else
		gl_path_join(&abs, gl_log_cwd(log), r->path);
	gl_path_normalise(&abs);
	gl_path_relative(out, abs.ptr, govlog_log_root(log));
	gl_buf_release(&abs);
}

/*
 * Replaces the record's file under the work tree's lock, unless another run
 * changed it since it was read: its edit is kept, never overwritten.
 */
static int replace_locked(const govlog_log *log, const govlog_record *r, const gl_buf *old,
			  const gl_buf *text)
{
	gl_buf now = GL_BUF_INIT;
	bool exists = false;
	int rc = gl_write_begin(govlog_log_root(log));
	bool locked = !rc;
	if (!rc)
		rc = gl_write_read(&exists, r->path, GL_REWRITE_MAX, &now);
	if (!rc && (!exists || now.len != old->len || memcmp(now.ptr, old->ptr, old->len)))
		rc = gl_error_set(GOVLOG_EIO,
				  "'%s' changed since it was read: run govlog fmt again", r->path);
	if (!rc)
		rc = gl_write_replace(r->path, text->ptr, text->len);
	if (locked)
		gl_write_end();
	gl_buf_release(&now);
	return rc;
}

static int put_diff(const govlog_log *log, const govlog_record *r, const gl_buf *old,
		    const gl_buf *text, FILE *f)
{
	gl_buf path = GL_BUF_INIT, patch = GL_BUF_INIT;
	root_path(&path, log, r);
	int rc = gl_repo_patch(&patch, path.ptr, old->ptr, old->len, text->ptr, text->len);
	if (!rc && gl_buf_write(&patch, f) < 0)
		rc = gl_error_set(GOVLOG_EIO, "cannot write the diff of '%s'", r->path);
	gl_buf_release(&path);
	gl_buf_release(&patch);
	return rc;
}

/*
 * Whether the log's own template (its folder's, else the log's only one)
 * keeps its metadata as a bullet list.
 */
static bool template_bullets(const govlog_log *log, const govlog_record *r)
{
	const gl_log_template *t = gl_log_template_or_only(log, r);
	return t && t->record && t->record->style == GOVLOG_META_BULLET;
}

int govlog_record_rewrite(govlog_fmt_outcome *out, const govlog_log *log, const govlog_record *r,
			  const govlog_fmt_options *opts)
{
	*out = (govlog_fmt_outcome){false, false, false};
	if (!opts || opts->version != GOVLOG_FMT_OPTIONS_VERSION)
		return gl_error_set(GOVLOG_EINVALID, "unknown fmt options version");
	gl_fmt fmt = {.r = r,
		      .profile = target(log, r, opts->profile),
		      .canonical_words = opts->canonical_words,
		      .madr_bullets = template_bullets(log, r),
		      .in_place = GL_BUF_INIT};
	if (!fmt.profile)
		return gl_error_set(GOVLOG_EINVALID, "unknown profile '%s'", opts->profile);
	gl_buf text = GL_BUF_INIT, old = GL_BUF_INIT;
	format(&fmt, log, &text);
	gl_buf_release(&fmt.in_place);
	tell(opts, log, &fmt);
	out->left = fmt.refused != 0;
	out->kept = fmt.kept_date && !fmt.refused;
	if (r->has_bom)
		gl_buf_puts(&old, "\xEF\xBB\xBF");
	gl_buf_put(&old, r->text.data, r->text.len);
	out->changed = !fmt.refused && (text.len != old.len || memcmp(text.ptr, old.ptr, old.len));
	int rc = 0;
	if (out->changed && opts->diff)
		rc = put_diff(log, r, &old, &text, opts->diff);
	else if (out->changed)
		rc = replace_locked(log, r, &old, &text);
	gl_buf_release(&text);
	gl_buf_release(&old);
	return rc;
}

int govlog_log_format(govlog_fmt_totals *out, const govlog_log *log, const govlog_fmt_options *opts)
{
	*out = (govlog_fmt_totals){0, 0, 0};
	if (!opts || opts->version != GOVLOG_FMT_OPTIONS_VERSION)
		return gl_error_set(GOVLOG_EINVALID, "unknown fmt options version");
	int rc = opts->diff ? 0 : gl_log_write_begin(log);
	bool locked = !opts->diff && !rc;
	for (size_t i = 0; !rc && i < govlog_log_count(log); i++) {
		const govlog_record *r = govlog_log_record_at(log, i);
		govlog_fmt_outcome done;
		rc = govlog_record_rewrite(&done, log, r, opts);
		out->changed += done.changed;
		out->kept += done.kept;
		out->left += done.left;
		if (!rc && done.changed && !opts->diff && opts->done)
			note_to(opts->done, log, GL_T_CLI_REWROTE, r->path);
	}
	if (locked)
		gl_write_end();
	return rc;
}
