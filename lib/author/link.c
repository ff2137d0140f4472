/*
 * govlog_record_link: adr-tools' links, a line naming the target in the
 * source and the reverse in the target, each where its record keeps links.
 */
#include "govlog/link.h"

#include <string.h>
#include <strings.h>

#include "author/encode.h"
#include "author/link_internal.h"
#include "diag/texts.h"
#include "log/log_internal.h"
#include "record/record_internal.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/fs.h"
#include "util/write.h"
#include "util/banned.h"

/* A record's path (relative to the current folder) made absolute and normalised. */
static void absolute(gl_buf *out, const govlog_log *log, const char *path, size_t len)
{
	gl_buf rel = GL_BUF_INIT;
	gl_buf_put(&rel, path, len);
	gl_path_join(out, gl_log_cwd(log), rel.ptr);
	gl_path_normalise(out);
	gl_buf_release(&rel);
}

/* "[4. Third thing](0004-third-thing.md)": the target's file as seen from the source's folder. */
static void link_to(gl_buf *out, const govlog_log *log, const govlog_record *from,
		    const govlog_record *to)
{
	gl_buf dir = GL_BUF_INIT, file = GL_BUF_INIT, rel = GL_BUF_INIT;
	const char *slash = strrchr(from->path, '/');
	absolute(&dir, log, from->path, slash ? (size_t)(slash - from->path) : 0);
	absolute(&file, log, to->path, strlen(to->path));
	gl_path_relative(&rel, file.ptr, dir.ptr);
	gl_encode_md_link(out, to->title ? to->title : govlog_record_id(to), rel.ptr);
	gl_buf_release(&dir);
	gl_buf_release(&file);
	gl_buf_release(&rel);
}

static const char *newline(const govlog_record *r)
{
	size_t end = gl_text_line_end(&r->text, 1);
	return end < r->text.len && r->text.data[end] == '\r' ? "\r\n" : "\n";
}

static bool blank_line(const govlog_record *r, unsigned line)
{
	size_t s = gl_text_line_start(&r->text, line), e = gl_text_line_end(&r->text, line);
	while (s < e && (r->text.data[s] == ' ' || r->text.data[s] == '\t'))
		s++;
	return s == e;
}

/* The first heading after `line`, or 0. */
static unsigned next_heading(const govlog_record *r, unsigned line)
{
	for (unsigned l = line + 1; l <= gl_text_line_count(&r->text); l++)
		if (r->text.data[gl_text_line_start(&r->text, l)] == '#')
			return l;
	return 0;
}

/* The line of the record's "## Links" heading, or 0. */
static unsigned links_section(const govlog_record *r)
{
	for (size_t i = 0; i < govlog_record_section_count(r); i++) {
		const govlog_section *s = govlog_record_section_at(r, i);
		if (s->heading && !strcasecmp(s->heading, "Links"))
			return s->pos.line;
	}
	return 0;
}

/*
 * Where the line goes and what surrounds it: before the heading after the
 * Status section (or the Links section), else at the end, where a Links
 * section is started for a record that keeps its status elsewhere.
 */
static size_t place(const govlog_record *r, const char *core, gl_buf *insert)
{
	const govlog_field *f = govlog_record_field(r, "status");
	const char *nl = newline(r);
	bool section = f && f->style == GOVLOG_META_STATUS_SECTION;
	unsigned after = section ? f->value_pos.line : links_section(r);
	unsigned heading = after ? next_heading(r, after) : 0;
	size_t at = heading ? gl_text_line_start(&r->text, heading) : r->text.len;
	bool ends_line = at == 0 || r->text.data[at - 1] == '\n' || r->text.data[at - 1] == '\r';
	gl_buf_puts(insert, ends_line ? "" : nl);
	if (heading ? !blank_line(r, heading - 1) : ends_line && at > 0)
		gl_buf_puts(insert, nl);
	if (!after)
		gl_buf_printf(insert, "## Links%s%s", nl, nl);
	gl_buf_printf(insert, "%s%s%s%s", section ? "" : "- ", core, nl, heading ? nl : "");
	return at;
}

/* Adds "LINK [title](file)" naming `to` to `r`, unless r has it; tells what it did. */
static int add_line(const govlog_log *log, const govlog_record *r, const char *link,
		    const govlog_record *to, govlog_changed_fn changed, void *payload)
{
	gl_buf core = GL_BUF_INIT, insert = GL_BUF_INIT, out = GL_BUF_INIT;
	gl_encode_md(&core, link, GL_MD_LINE_START);
	gl_buf_putc(&core, ' ');
	link_to(&core, log, r, to);
	int rc = 0;
	if (!strstr(r->text.data, core.ptr)) {
		size_t at = place(r, core.ptr, &insert);
		gl_buf_puts(&out, r->has_bom ? "\xEF\xBB\xBF" : "");
		gl_buf_put(&out, r->text.data, at);
		gl_buf_puts(&out, insert.ptr);
		gl_buf_put(&out, r->text.data + at, r->text.len - at);
		rc = gl_write_replace(r->path, out.ptr, out.len);
		gl_buf_clear(&insert);
		gl_lang_printf(&insert, govlog_log_language(log), GL_T_CHANGE_LINK, link,
			       govlog_record_id(to));
		if (!rc && changed)
			changed(r->path, insert.ptr, payload);
	}
	gl_buf_release(&core);
	gl_buf_release(&insert);
	gl_buf_release(&out);
	return rc;
}

int gl_link_paths(const govlog_log *log, const char *source_path, const char *link,
		  const char *target_path, const char *reverse, govlog_changed_fn changed,
		  void *payload)
{
	govlog_record *source = NULL, *target = NULL, *again = NULL;
	int rc = gl_log_write_begin(log);
	bool locked = !rc;
	if (!rc)
		rc = gl_log_read_path(&source, log, source_path);
	if (!rc)
		rc = gl_log_read_path(&target, log, target_path);
	if (!rc)
		rc = add_line(log, source, link, target, changed, payload);
	/* The source as written now, so the target's line shows its title as it stands. */
	if (!rc && reverse && !(rc = gl_log_read_path(&again, log, source_path)))
		rc = add_line(log, target, reverse, again, changed, payload);
	if (locked)
		gl_write_end();
	govlog_record_free(source);
	govlog_record_free(target);
	govlog_record_free(again);
	return rc;
}

static int check_link(const govlog_log *log, const govlog_link_options *o)
{
	if (!o || o->version != GOVLOG_LINK_OPTIONS_VERSION)
		return gl_error_set(GOVLOG_EINVALID, "unsupported link options version %u",
				    o ? o->version : 0);
	if (!o->source || !o->link || !o->target || !*o->link)
		return gl_error_set(GOVLOG_EINVALID, "link needs a source, a link and a target");
	govlog_lang lang = govlog_log_language(log);
	int rc = gl_encode_check(o->link, "LINK", lang);
	return rc ? rc : gl_encode_check(o->reverse, "REVERSE", lang);
}

int govlog_record_link(const govlog_log *log, const govlog_link_options *o)
{
	const govlog_record *source = NULL, *target = NULL;
	int rc = check_link(log, o);
	if (!rc)
		rc = govlog_log_lookup(&source, log, o->source);
	if (!rc)
		rc = govlog_log_lookup(&target, log, o->target);
	if (!rc && source == target) {
		gl_buf msg = GL_BUF_INIT;
		gl_lang_printf(&msg, govlog_log_language(log), GL_T_LINK_SELF);
		rc = gl_error_set(GOVLOG_EINVALID, "%s", msg.ptr);
		gl_buf_release(&msg);
	}
	if (!rc)
		rc = gl_link_paths(log, source->path, o->link, target->path,
				   o->reverse && *o->reverse ? o->reverse : NULL, o->changed,
				   o->payload);
	return rc;
}
