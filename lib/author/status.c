/*
 * govlog_record_set_status: the status (and, for superseded, the links) edited
 * in place in the record's own style, every other byte kept.
 */
#include "govlog/status.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag/texts.h"
#include "util/error.h"
#include "record/record_internal.h"
#include "check/rules/rules.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/write.h"
#include "log/log_internal.h"
#include "util/utf8.h"
#include "record/vocab.h"
#include "util/banned.h"

typedef struct edit {
	size_t off, len; /* bytes of the record's text replaced */
	char *text;
} edit;

typedef struct rewrite {
	const govlog_record *r;
	GL_VEC(edit) edits;
} rewrite;

static void add_edit(rewrite *w, size_t off, size_t len, const char *text)
{
	edit e = {off, len, gl_xstrdup(text)};
	gl_vec_push(&w->edits, e);
}

/* The byte offset of a 1-based line and code-point column. */
static size_t offset_of(const govlog_record *r, govlog_pos p)
{
	size_t off = gl_text_line_start(&r->text, p.line), end = gl_text_line_end(&r->text, p.line);
	for (unsigned c = 1; c < p.col && off < end; c++) {
		uint32_t cp;
		bool valid;
		off += gl_utf8_decode(r->text.data + off, end - off, &cp, &valid);
	}
	return off;
}

/* End of the line's text, before trailing blanks (a Markdown hard break stays). */
static size_t value_end(const govlog_record *r, unsigned line)
{
	size_t end = gl_text_line_end(&r->text, line), start = gl_text_line_start(&r->text, line);
	while (end > start && (r->text.data[end - 1] == ' ' || r->text.data[end - 1] == '\t'))
		end--;
	return end;
}

static const char *newline_of(const govlog_record *r, unsigned line)
{
	size_t end = gl_text_line_end(&r->text, line);
	return end < r->text.len && r->text.data[end] == '\r' ? "\r\n" : "\n";
}

static const char *state_word(govlog_status s, govlog_lang lang, bool lower)
{
	return lower && lang == GOVLOG_LANG_EN ? govlog_status_name(s)
					       : gl_vocab_status_word(s, lang);
}

/* "Godkendt på mødet", "superseded by ADR-0005", "Superseded by [5. X](0005-x.md)". */
static void status_text(gl_buf *out, const govlog_record *r, const govlog_field *f,
			govlog_status to, const govlog_status_options *o,
			const govlog_record *successor)
{
	govlog_lang lang = gl_lang_of(r->lang);
	bool lower = f->value[0] >= 'a' && f->value[0] <= 'z';
	gl_buf_puts(out, state_word(to, lang, lower && f->style == GOVLOG_META_FRONTMATTER));
	if (successor && f->style == GOVLOG_META_STATUS_SECTION) {
		const char *base = strrchr(successor->path, '/');
		gl_buf_printf(out, " by [%s](%s)",
			      successor->title ? successor->title : govlog_record_id(successor),
			      base ? base + 1 : successor->path);
	} else if (successor) {
		gl_buf_printf(out, " %s %s", gl_lang_text(lang, GL_T_SUPERSEDED_BY_WORD),
			      govlog_record_id(successor));
	}
	if (o->note && *o->note)
		gl_buf_printf(out, " %s", o->note);
}

static bool is_box(const char *s, size_t len, size_t *mark)
{
	size_t i = 0;
	while (i < len && s[i] == ' ')
		i++;
	if (i + 5 > len || !strchr("-*+", s[i]) || s[i + 1] != ' ' || s[i + 2] != '[' ||
	    s[i + 4] != ']')
		return false;
	*mark = i + 3;
	return s[*mark] == ' ' || s[*mark] == 'x' || s[*mark] == 'X';
}

/* Ticks the box whose text names the new state, and dates it when asked. */
static int tick_box(rewrite *w, const govlog_field *f, govlog_status to, const char *date)
{
	const govlog_record *r = w->r;
	for (unsigned line = f->value_pos.line; line <= gl_text_line_count(&r->text); line++) {
		size_t start = gl_text_line_start(&r->text, line), end = value_end(r, line), mark,
		       note;
		const char *s = r->text.data + start;
		if (!is_box(s, end - start, &mark)) {
			if (line > f->value_pos.line && end > start && s[0] == '#')
				break;
			continue;
		}
		const char *text = s + mark + 3;
		size_t tlen = (size_t)(r->text.data + end - text);
		if (gl_vocab_status(text, tlen, &note, NULL) != to)
			continue;
		add_edit(w, start + mark, 1, "x");
		if (date && tlen >= 5 &&
		    (!strncmp(text + tlen - 5, "Dato:", 5) ||
		     !strncmp(text + tlen - 5, "Date:", 5))) {
			gl_buf d = GL_BUF_INIT;
			gl_buf_printf(&d, " %s", date);
			add_edit(w, end, 0, d.ptr);
			gl_buf_release(&d);
		}
		return 0;
	}
	return gl_error_set(GOVLOG_EINVALID, "%s: the status list has no box for %s; add one",
			    r->path, govlog_status_name(to));
}

/* A field's value replaced in place (to the end of its line), when asked. */
static void replace_value(rewrite *w, const govlog_field *f, const char *value)
{
	if (!value || !f || f->style == GOVLOG_META_CHECKBOX)
		return;
	size_t at = offset_of(w->r, f->value_pos);
	add_edit(w, at, value_end(w->r, f->value_pos.line) - at, value);
}

static int set_status(rewrite *w, govlog_status to, const govlog_status_options *o,
		      const govlog_record *successor)
{
	const govlog_record *r = w->r;
	const govlog_field *f = govlog_record_field(r, "status");
	if (!f)
		return gl_error_set(GOVLOG_EINVALID, "%s has no status to change", r->path);
	if (f->style == GOVLOG_META_CHECKBOX)
		return tick_box(w, f, to, o->date);
	gl_buf text = GL_BUF_INIT;
	status_text(&text, r, f, to, o, successor);
	size_t start = offset_of(r, f->value_pos), end = value_end(r, f->value_pos.line);
	for (size_t i = start; f->style == GOVLOG_META_FRONTMATTER && i + 1 < end; i++)
		if (r->text.data[i] == ' ' && r->text.data[i + 1] == '#') {
			end = i; /* a YAML comment after the value stays */
			break;
		}
	add_edit(w, start, end - start, text.ptr);
	gl_buf_release(&text);
	replace_value(w, govlog_record_field(r, "date"), o->date);
	replace_value(w, govlog_record_field(r, "deciders"), o->by);
	return 0;
}

/* The successor names what it supersedes, in its own style, after its status line. */
static int add_supersedes(rewrite *w, const govlog_record *old)
{
	const govlog_record *r = w->r;
	const govlog_field *f = govlog_record_field(r, "status");
	if (!f || f->style == GOVLOG_META_CHECKBOX)
		return gl_error_set(GOVLOG_EINVALID,
				    "%s: add 'Erstatter: %s' (Supersedes) to it by hand", r->path,
				    govlog_record_id(old));
	const char *nl = newline_of(r, f->value_pos.line), *id = govlog_record_id(old);
	size_t at = gl_text_line_end(&r->text, f->value_pos.line);
	govlog_lang lang = gl_lang_of(r->lang);
	gl_buf line = GL_BUF_INIT;
	if (f->style == GOVLOG_META_STATUS_SECTION) {
		const char *base = strrchr(old->path, '/');
		gl_buf_printf(&line, "%s%sSupersedes [%s](%s)", nl, nl,
			      old->title ? old->title : id, base ? base + 1 : old->path);
	} else if (f->style == GOVLOG_META_FRONTMATTER) {
		gl_buf_printf(&line, "%ssupersedes: %s", nl, id);
	} else {
		size_t start = gl_text_line_start(&r->text, f->key_pos.line);
		const char *s = r->text.data + start;
		size_t indent = strspn(s, " ");
		char bullet = strchr("-*+", s[indent]) ? s[indent] : '-';
		gl_buf_printf(&line, "%s%.*s%c **%s**: %s", nl, (int)indent, s, bullet,
			      gl_lang_text(lang, GL_T_FIELD_SUPERSEDES), id);
	}
	add_edit(w, at, 0, line.ptr);
	gl_buf_release(&line);
	return 0;
}

static bool names_already(const govlog_record *r, const govlog_record *old)
{
	const char *id = govlog_record_id(old), *base = strrchr(old->path, '/');
	base = base ? base + 1 : old->path;
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (!strcmp(f->name, "supersedes") &&
		    (strstr(f->value, id) || strstr(f->value, base)))
			return true;
	}
	return false;
}

static int compare_edits(const void *pa, const void *pb)
{
	const edit *a = pa, *b = pb;
	return a->off < b->off ? -1 : a->off > b->off;
}

/* The new file: edits applied to the text, the BOM put back; then a rename into place. */
static int write_rewrite(rewrite *w)
{
	const govlog_record *r = w->r;
	gl_buf out = GL_BUF_INIT;
	if (r->has_bom)
		gl_buf_puts(&out, "\xEF\xBB\xBF");
	qsort(w->edits.items, w->edits.len, sizeof(edit), compare_edits);
	size_t at = 0;
	for (size_t i = 0; i < w->edits.len; i++) {
		const edit *e = &w->edits.items[i];
		gl_buf_put(&out, r->text.data + at, e->off - at);
		gl_buf_puts(&out, e->text);
		at = e->off + e->len;
	}
	gl_buf_put(&out, r->text.data + at, r->text.len - at);
	int rc = gl_write_replace(r->path, out.ptr, out.len);
	gl_buf_release(&out);
	return rc;
}

static void rewrite_release(rewrite *w)
{
	for (size_t i = 0; i < w->edits.len; i++)
		free(w->edits.items[i].text);
	gl_vec_free(&w->edits);
}

static int parse_state(const char *state, govlog_status *out)
{
	size_t note;
	for (govlog_status s = GOVLOG_STATUS_PROPOSED; s <= GOVLOG_STATUS_SUPERSEDED; s++)
		if (!strcmp(govlog_status_name(s), state))
			return *out = s, 0;
	*out = gl_vocab_status(state, strlen(state), &note, NULL);
	if (*out > GOVLOG_STATUS_UNKNOWN)
		return 0;
	return gl_error_set(GOVLOG_EINVALID,
			    "unknown state '%s' (proposed, accepted, rejected, deprecated, "
			    "superseded)",
			    state);
}

/* Finds the records and checks the transition: nothing is edited before this passes. */
static int prepare(const govlog_log *log, const govlog_status_options *o, rewrite *w, rewrite *next,
		   govlog_status *to)
{
	if (o && o->version != GOVLOG_STATUS_OPTIONS_VERSION)
		return gl_error_set(GOVLOG_EINVALID, "unsupported status options version %u",
				    o->version);
	if (!o || !o->id || !o->state)
		return gl_error_set(GOVLOG_EINVALID, "status needs an ID and a state");
	if (!(w->r = govlog_log_find(log, o->id)))
		return gl_error_set(GOVLOG_ENOTFOUND, "no record has the ID '%s'", o->id);
	int rc = parse_state(o->state, to);
	govlog_status from = govlog_record_status(w->r);
	if (!rc && !gl_status_allowed(from, *to))
		rc = gl_error_set(GOVLOG_EINVALID,
				  "%s cannot go from %s to %s (proposed → accepted or rejected; "
				  "accepted → deprecated or superseded)",
				  o->id, govlog_status_name(from), govlog_status_name(*to));
	if (!rc && *to == GOVLOG_STATUS_SUPERSEDED && !o->successor)
		rc = gl_error_set(GOVLOG_EINVALID,
				  "superseded needs the successor: --successor ID");
	if (!rc && o->successor && !(next->r = govlog_log_find(log, o->successor)))
		rc = gl_error_set(GOVLOG_ENOTFOUND, "no record has the ID '%s'", o->successor);
	if (!rc && next->r == w->r)
		rc = gl_error_set(GOVLOG_EINVALID, "a record cannot supersede itself");
	return rc;
}

/*
 * Under the work tree's lock, the record as its file holds it now (another
 * run may have edited it since the log was read), and the transition again.
 */
static int reread(rewrite *w, const govlog_log *log, govlog_record **fresh)
{
	int rc = gl_log_reread(fresh, log, w->r);
	if (!rc)
		w->r = *fresh;
	return rc;
}

static int recheck(const rewrite *w, govlog_status to, const govlog_status_options *o)
{
	govlog_status from = govlog_record_status(w->r);
	if (gl_status_allowed(from, to))
		return 0;
	return gl_error_set(GOVLOG_EINVALID, "%s cannot go from %s to %s (it changed meanwhile)",
			    o->id, govlog_status_name(from), govlog_status_name(to));
}

/*
 * The successor is written first: when a crash stops the run between the two
 * files, running it again finds the predecessor unchanged and the successor
 * already naming it, and completes the change.
 */
int govlog_record_set_status(const govlog_log *log, const govlog_status_options *o)
{
	rewrite w = {0}, next = {0};
	govlog_record *fresh[2] = {NULL, NULL};
	govlog_status to = GOVLOG_STATUS_NONE;
	int rc = gl_log_write_begin(log);
	bool locked = !rc;
	if (!rc)
		rc = prepare(log, o, &w, &next, &to);
	if (!rc)
		rc = reread(&w, log, &fresh[0]);
	if (!rc && next.r)
		rc = reread(&next, log, &fresh[1]);
	if (!rc)
		rc = recheck(&w, to, o);
	if (!rc)
		rc = set_status(&w, to, o, to == GOVLOG_STATUS_SUPERSEDED ? next.r : NULL);
	if (!rc && next.r && !names_already(next.r, w.r))
		rc = add_supersedes(&next, w.r);
	if (!rc && next.edits.len)
		rc = write_rewrite(&next);
	if (!rc)
		rc = write_rewrite(&w);
	if (locked)
		gl_write_end();
	rewrite_release(&w);
	rewrite_release(&next);
	govlog_record_free(fresh[0]);
	govlog_record_free(fresh[1]);
	return rc;
}
