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

#include "author/encode.h"
#include "util/ascii.h"
#include "author/status_internal.h"
#include "diag/texts.h"
#include "record/date.h"
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
	gl_buf said; /* what changed, in the log's language, for the `changed` callback */
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

/* A state inside a sentence: "accepted", "accepteret" (every Danish word starts in ASCII). */
static const char *lower_state(char word[32], govlog_status s, govlog_lang lang)
{
	snprintf(word, 32, "%s", state_word(s, lang, true));
	word[0] = (char)gl_tolower(word[0]);
	return word;
}

/* A link to a record's file, by its title. */
static void record_link(gl_buf *out, const govlog_record *to)
{
	const char *base = strrchr(to->path, '/');
	gl_encode_md_link(out, to->title ? to->title : govlog_record_id(to),
			  base ? base + 1 : to->path);
}

/* A value in the field's style: a YAML scalar, or Markdown text the reader reads back. */
static void encoded(gl_buf *out, const govlog_field *f, const char *raw)
{
	if (f->style == GOVLOG_META_FRONTMATTER)
		gl_encode_yaml(out, raw, false);
	else
		gl_encode_md(out, raw,
			     f->style == GOVLOG_META_STATUS_SECTION ? GL_MD_LINE_START : 0);
}

/*
 * "Godkendt på mødet", "superseded by ADR-0005", "Superseded by [5. X](0005-x.md)":
 * `word` is the status word chosen for the record, else govlog's own.
 */
static void status_text(gl_buf *out, const govlog_record *r, const govlog_field *f,
			govlog_status to, const govlog_status_options *o,
			const govlog_record *successor, const char *word)
{
	govlog_lang lang = gl_lang_of(r->lang);
	bool lower = f->value[0] >= 'a' && f->value[0] <= 'z';
	gl_buf raw = GL_BUF_INIT;
	gl_buf_puts(&raw,
		    *word ? word
			  : state_word(to, lang, lower && f->style == GOVLOG_META_FRONTMATTER));
	if (successor && f->style == GOVLOG_META_STATUS_SECTION) {
		gl_buf_puts(out, raw.ptr);
		gl_buf_printf(out, " %s ", gl_lang_text(lang, GL_T_SUPERSEDED_BY_WORD));
		record_link(out, successor);
		gl_buf_clear(&raw);
		gl_encode_note(&raw, o->note);
		gl_encode_md(out, raw.ptr, 0);
		gl_buf_release(&raw);
		return;
	}
	if (successor)
		gl_buf_printf(&raw, " %s %s", gl_lang_text(lang, GL_T_SUPERSEDED_BY_WORD),
			      govlog_record_id(successor));
	gl_encode_note(&raw, o->note);
	encoded(out, f, raw.ptr);
	gl_buf_release(&raw);
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

/* The line of the box whose text names the state (0: none), its mark and text's end. */
static unsigned find_box(const govlog_record *r, const govlog_field *f, govlog_status to,
			 size_t *mark, size_t *end)
{
	for (unsigned line = f->value_pos.line; line <= gl_text_line_count(&r->text); line++) {
		size_t start = gl_text_line_start(&r->text, line), note;
		const char *s = r->text.data + start;
		*end = value_end(r, line);
		if (!is_box(s, *end - start, mark)) {
			if (line > f->value_pos.line && *end > start && s[0] == '#')
				break;
			continue;
		}
		const char *text = s + *mark + 3;
		if (gl_vocab_status(text, (size_t)(r->text.data + *end - text), &note, NULL) == to)
			return line;
	}
	return 0;
}

/* Ticks the box whose text names the new state, and dates it when asked. */
static int tick_box(rewrite *w, const govlog_field *f, govlog_status to, const char *date)
{
	const govlog_record *r = w->r;
	size_t mark, end;
	unsigned line = find_box(r, f, to, &mark, &end);
	if (!line)
		return gl_error_set(GOVLOG_EINVALID,
				    "%s: the status list has no box for %s; add one", r->path,
				    govlog_status_name(to));
	size_t start = gl_text_line_start(&r->text, line);
	const char *text = r->text.data + start + mark + 3;
	size_t tlen = (size_t)(r->text.data + end - text);
	add_edit(w, start + mark, 1, "x");
	if (date && tlen >= 5 &&
	    (!strncmp(text + tlen - 5, "Dato:", 5) || !strncmp(text + tlen - 5, "Date:", 5))) {
		gl_buf d = GL_BUF_INIT;
		gl_buf_printf(&d, " %s", date);
		add_edit(w, end, 0, d.ptr);
		gl_buf_release(&d);
	}
	return 0;
}

int gl_status_settable(const govlog_record *r, govlog_status to)
{
	const govlog_field *f = govlog_record_field(r, "status");
	size_t mark, end;
	if (!f)
		return gl_error_set(GOVLOG_EINVALID, "%s has no status to change", r->path);
	if (f->style == GOVLOG_META_CHECKBOX && !find_box(r, f, to, &mark, &end))
		return gl_error_set(GOVLOG_EINVALID,
				    "%s: the status list has no box for %s; add one (or use "
				    "--pending): nothing written",
				    r->path, govlog_status_name(to));
	return 0;
}

/*
 * The bytes a front matter value takes: on the key's line up to a comment, or
 * the indented lines of a block value under the key (*block: then the
 * replacement starts after "key:" and needs its blank).
 */
static void yaml_span(const govlog_record *r, const govlog_field *f, size_t *start, size_t *end,
		      bool *block)
{
	*block = f->value_pos.line != f->key_pos.line;
	if (!*block) {
		*start = offset_of(r, f->value_pos);
		size_t line_end = gl_text_line_end(&r->text, f->value_pos.line);
		*end = *start + gl_encode_yaml_end(r->text.data + *start, line_end - *start);
		return;
	}
	/* After "key:", so a comment on the key's line ("deciders: # who") goes with the value. */
	size_t key = offset_of(r, f->key_pos),
	       line_end = gl_text_line_end(&r->text, f->key_pos.line);
	const char *colon = memchr(r->text.data + key, ':', line_end - key);
	*start = *end = colon ? (size_t)(colon - r->text.data) + 1 : value_end(r, f->key_pos.line);
	for (unsigned l = f->key_pos.line + 1; l <= gl_text_line_count(&r->text); l++) {
		const char *s = r->text.data + gl_text_line_start(&r->text, l);
		if (!(s[0] == ' ' || s[0] == '\t' || (s[0] == '-' && strncmp(s, "---", 3))))
			break;
		*end = gl_text_line_end(&r->text, l);
	}
}

/* A field's value replaced in place by `text` (already encoded for its style). */
static void replace_with(rewrite *w, const govlog_field *f, const char *text)
{
	size_t at, end;
	bool block = false;
	if (f->style == GOVLOG_META_FRONTMATTER) {
		yaml_span(w->r, f, &at, &end, &block);
	} else {
		at = offset_of(w->r, f->value_pos);
		end = value_end(w->r, f->value_pos.line);
	}
	gl_buf b = GL_BUF_INIT;
	gl_buf_printf(&b, "%s%s", block ? " " : "", text);
	add_edit(w, at, end - at, b.ptr);
	gl_buf_release(&b);
}

/* A field's value replaced, encoded for its style, when asked. */
static void replace_value(rewrite *w, const govlog_field *f, const char *value, bool encode)
{
	if (!value || !f || f->style == GOVLOG_META_CHECKBOX)
		return;
	gl_buf b = GL_BUF_INIT;
	if (encode)
		encoded(&b, f, value);
	else
		gl_buf_puts(&b, value);
	replace_with(w, f, b.ptr);
	gl_buf_release(&b);
}

static int set_status(rewrite *w, const govlog_log *log, govlog_status to,
		      const govlog_status_options *o, const char *date,
		      const govlog_record *successor)
{
	const govlog_record *r = w->r;
	const govlog_field *f = govlog_record_field(r, "status");
	if (!f)
		return gl_error_set(GOVLOG_EINVALID, "%s has no status to change", r->path);
	gl_buf word = GL_BUF_INIT, text = GL_BUF_INIT;
	gl_status_word_choose(&word, log, r, to, o->state);
	gl_status_said(&w->said, log,
		       word.ptr[0] ? word.ptr : state_word(to, gl_lang_of(r->lang), false),
		       successor);
	if (f->style == GOVLOG_META_CHECKBOX) {
		gl_buf_release(&word);
		return tick_box(w, f, to, date);
	}
	status_text(&text, r, f, to, o, successor, word.ptr);
	replace_with(w, f, text.ptr);
	gl_buf_release(&text);
	gl_buf_release(&word);
	/* The date is ISO by now: a YAML date as Jekyll and MADR write it, plain Markdown. */
	replace_value(w, govlog_record_field(r, "date"), date, false);
	replace_value(w, govlog_record_field(r, "deciders"), o->by, true);
	return 0;
}

/* The supersedes fields of a style, the first one first. */
static const govlog_field *supersedes_field(const govlog_record *r, govlog_meta_style style,
					    size_t from, size_t *at)
{
	for (size_t i = from; i < r->fields.len; i++)
		if (!strcmp(r->fields.items[i].name, "supersedes") &&
		    r->fields.items[i].style == style)
			return *at = i, &r->fields.items[i];
	return NULL;
}

/* The IDs every supersedes key of the front matter names, and `id`, as one YAML list. */
static void supersede_list(gl_buf *out, const govlog_record *r, const char *id)
{
	size_t n = 0, i = 0;
	gl_buf_putc(out, '[');
	for (const govlog_field *f; (f = supersedes_field(r, GOVLOG_META_FRONTMATTER, i, &i)); i++)
		for (const char *v = f->value; *v;) {
			size_t len = strcspn(v, ","), lead = strspn(v, " ");
			gl_buf item = GL_BUF_INIT;
			gl_buf_put(&item, v + lead, len > lead ? len - lead : 0);
			while (item.len && item.ptr[item.len - 1] == ' ')
				gl_buf_truncate(&item, item.len - 1);
			if (item.len) {
				gl_buf_puts(out, n++ ? ", " : "");
				gl_encode_yaml(out, item.ptr, true);
			}
			gl_buf_release(&item);
			v += len + (v[len] != '\0');
		}
	gl_buf_puts(out, n ? ", " : "");
	gl_encode_yaml(out, id, true);
	gl_buf_putc(out, ']');
}

/* Removes a front matter key's lines (a repeated supersedes key, now in the list). */
static void remove_key(rewrite *w, const govlog_field *f)
{
	size_t start, end;
	bool block;
	yaml_span(w->r, f, &start, &end, &block);
	unsigned last = gl_text_pos(&w->r->text, end).line;
	size_t from = gl_text_line_start(&w->r->text, f->key_pos.line);
	size_t to = last < gl_text_line_count(&w->r->text)
			    ? gl_text_line_start(&w->r->text, last + 1)
			    : w->r->text.len;
	add_edit(w, from, to - from, "");
}

/*
 * Front matter names what it supersedes in one key: the ID joins the list of
 * an existing supersedes key (repeated keys merged into it), else a new key
 * follows the status line.
 */
static void add_supersedes_yaml(rewrite *w, const govlog_field *status, const char *id)
{
	const govlog_record *r = w->r;
	size_t i = 0;
	const govlog_field *f = supersedes_field(r, GOVLOG_META_FRONTMATTER, 0, &i);
	gl_buf text = GL_BUF_INIT;
	if (!f) {
		gl_buf_printf(&text, "%ssupersedes: ", newline_of(r, status->value_pos.line));
		gl_encode_yaml(&text, id, false);
		add_edit(w, gl_text_line_end(&r->text, status->value_pos.line), 0, text.ptr);
	} else {
		supersede_list(&text, r, id);
		replace_with(w, f, text.ptr);
		for (const govlog_field *g; (g = supersedes_field(r, f->style, i + 1, &i));)
			remove_key(w, g);
	}
	gl_buf_release(&text);
}

/* A bullet or "Key: value" line adds the ID to its list, else a new bullet follows the status. */
static void add_supersedes_md(rewrite *w, const govlog_field *status, const char *id)
{
	const govlog_record *r = w->r;
	size_t i = 0;
	const govlog_field *f = supersedes_field(r, status->style, 0, &i);
	gl_buf line = GL_BUF_INIT;
	if (f && f->value_pos.line == f->key_pos.line) {
		gl_buf_puts(&line, f->value[0] ? ", " : "");
		gl_encode_md(&line, id, 0);
		add_edit(w, value_end(r, f->key_pos.line), 0, line.ptr);
	} else {
		size_t start = gl_text_line_start(&r->text, status->key_pos.line);
		const char *s = r->text.data + start;
		size_t indent = strspn(s, " ");
		char bullet = strchr("-*+", s[indent]) ? s[indent] : '-';
		gl_buf_printf(&line, "%s%.*s%c **%s**: ", newline_of(r, status->value_pos.line),
			      (int)indent, s, bullet,
			      gl_lang_text(gl_lang_of(r->lang), GL_T_FIELD_SUPERSEDES));
		gl_encode_md(&line, id, 0);
		add_edit(w, gl_text_line_end(&r->text, status->value_pos.line), 0, line.ptr);
	}
	gl_buf_release(&line);
}

/* The successor names what it supersedes, in its own style. */
static int add_supersedes(rewrite *w, const govlog_record *old)
{
	const govlog_record *r = w->r;
	const govlog_field *f = govlog_record_field(r, "status");
	if (!f || f->style == GOVLOG_META_CHECKBOX)
		return gl_error_set(GOVLOG_EINVALID,
				    "%s: add 'Erstatter: %s' (Supersedes) to it by hand", r->path,
				    govlog_record_id(old));
	const char *nl = newline_of(r, f->value_pos.line), *id = govlog_record_id(old);
	if (f->style == GOVLOG_META_FRONTMATTER) {
		add_supersedes_yaml(w, f, id);
	} else if (f->style == GOVLOG_META_STATUS_SECTION) {
		gl_buf line = GL_BUF_INIT;
		gl_buf_printf(&line, "%s%sSupersedes ", nl, nl);
		record_link(&line, old);
		add_edit(w, gl_text_line_end(&r->text, f->value_pos.line), 0, line.ptr);
		gl_buf_release(&line);
	} else {
		add_supersedes_md(w, f, id);
	}
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
	gl_buf_release(&w->said);
	for (size_t i = 0; i < w->edits.len; i++)
		free(w->edits.items[i].text);
	gl_vec_free(&w->edits);
}

/* "ukendt status 'Godkent' (mente du 'Godkendt'?)", else the words the language knows. */
static int unknown_state(const char *state, govlog_lang lang)
{
	const char *suggestion = gl_vocab_status_suggest(state, strlen(state));
	if (suggestion)
		return gl_lang_error(GOVLOG_EINVALID, lang, GL_T_STATUS_UNKNOWN_SUGGEST, state,
				     suggestion);
	gl_buf msg = GL_BUF_INIT;
	gl_lang_printf(&msg, lang, GL_T_STATUS_UNKNOWN, state);
	gl_buf_printf(&msg, " (%s", gl_lang_text(lang, GL_T_STATUS_KNOWN));
	gl_vocab_status_list(&msg, gl_lang_code(lang));
	gl_buf_putc(&msg, ')');
	int rc = gl_error_set(GOVLOG_EINVALID, "%s", msg.ptr);
	gl_buf_release(&msg);
	return rc;
}

static int parse_state(const char *state, govlog_lang lang, govlog_status *out)
{
	size_t note;
	for (govlog_status s = GOVLOG_STATUS_PROPOSED; s <= GOVLOG_STATUS_SUPERSEDED; s++)
		if (!strcmp(govlog_status_name(s), state))
			return *out = s, 0;
	*out = gl_vocab_status(state, strlen(state), &note, NULL);
	return *out > GOVLOG_STATUS_UNKNOWN ? 0 : unknown_state(state, lang);
}

/*
 * Finds the records and checks the transition: nothing is edited before this
 * passes. A successor the log has not read (new --supersedes) is read later.
 */
static int prepare(const govlog_log *log, const govlog_status_options *o, bool successor_later,
		   rewrite *w, rewrite *next, govlog_status *to)
{
	int rc = govlog_log_lookup(&w->r, log, o->id);
	if (rc)
		return rc;
	govlog_lang lang = govlog_log_language(log);
	rc = parse_state(o->state, lang, to);
	govlog_status from = govlog_record_status(w->r);
	if (!rc && !gl_status_allowed(from, *to))
		rc = gl_lang_error(GOVLOG_EINVALID, lang, GL_T_STATE_TRANSITION, o->id,
				   lower_state((char[32]){0}, from, lang),
				   lower_state((char[32]){0}, *to, lang));
	if (!rc && *to == GOVLOG_STATUS_SUPERSEDED && !o->successor && !successor_later)
		rc = gl_lang_error(GOVLOG_EINVALID, lang, GL_T_STATE_NEEDS_SUCCESSOR);
	if (!rc && o->successor)
		rc = govlog_log_lookup(&next->r, log, o->successor);
	if (!rc && next->r == w->r)
		rc = gl_lang_error(GOVLOG_EINVALID, lang, GL_T_STATE_SELF);
	return rc;
}

/* The values given are checked before anything is read; the date becomes ISO. */
static int check_values(const govlog_log *log, const govlog_status_options *o, char iso[11])
{
	govlog_lang lang = govlog_log_language(log);
	int rc = gl_encode_check(o->note, "--note", lang);
	if (!rc)
		rc = gl_encode_check(o->by, "--by", lang);
	if (!rc)
		rc = gl_encode_check(o->date, "--date", lang);
	gl_date d;
	iso[0] = '\0';
	if (!rc && o->date && gl_date_parse(o->date, strlen(o->date), &d) == GL_DATE_OK)
		gl_date_iso(&d, iso);
	if (!rc && o->date && (!iso[0] || strpbrk(o->date, " (")))
		rc = gl_lang_error(GOVLOG_EINVALID, lang, GL_T_VALUE_DATE, o->date);
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

/* Writes a record's edits, then tells the caller what changed in it. */
static int write_told(rewrite *w, const govlog_status_options *o)
{
	int rc = write_rewrite(w);
	if (!rc && o->changed)
		o->changed(w->r->path, w->said.ptr, o->payload);
	return rc;
}

/*
 * The successor is written first: when a crash stops the run between the two
 * files, running it again finds the predecessor unchanged and the successor
 * already naming it, and completes the change. `successor_path` is a
 * successor the log has not read (o->successor is NULL then).
 */
static int run_status(const govlog_log *log, const govlog_status_options *o,
		      const char *successor_path)
{
	rewrite w = {0}, next = {0};
	gl_buf_init(&w.said);
	gl_buf_init(&next.said);
	govlog_record *fresh[2] = {NULL, NULL};
	govlog_status to = GOVLOG_STATUS_NONE;
	char iso[11];
	/* The values given are checked before anything is read or locked. */
	int rc = check_values(log, o, iso);
	if (!rc)
		rc = gl_log_write_begin(log);
	bool locked = !rc;
	if (!rc)
		rc = prepare(log, o, successor_path != NULL, &w, &next, &to);
	if (!rc)
		rc = reread(&w, log, &fresh[0]);
	if (!rc && next.r)
		rc = reread(&next, log, &fresh[1]);
	else if (!rc && successor_path && !(rc = gl_log_read_path(&fresh[1], log, successor_path)))
		next.r = fresh[1];
	if (!rc)
		rc = recheck(&w, to, o);
	if (!rc)
		rc = set_status(&w, log, to, o, o->date ? iso : NULL,
				to == GOVLOG_STATUS_SUPERSEDED ? next.r : NULL);
	if (!rc && next.r && !names_already(next.r, w.r)) {
		rc = add_supersedes(&next, w.r);
		gl_lang_printf(&next.said, govlog_log_language(log), GL_T_CHANGE_SUPERSEDES,
			       govlog_record_id(w.r));
	}
	if (!rc && next.edits.len)
		rc = write_told(&next, o);
	if (!rc)
		rc = write_told(&w, o);
	if (locked)
		gl_write_end();
	rewrite_release(&w);
	rewrite_release(&next);
	govlog_record_free(fresh[0]);
	govlog_record_free(fresh[1]);
	return rc;
}

int govlog_record_set_status(const govlog_log *log, const govlog_status_options *o)
{
	if (o && o->version != GOVLOG_STATUS_OPTIONS_VERSION)
		return gl_error_set(GOVLOG_EINVALID, "unsupported status options version %u",
				    o->version);
	if (!o || !o->id || !o->state)
		return gl_error_set(GOVLOG_EINVALID, "status needs an ID and a state");
	return run_status(log, o, NULL);
}

int gl_status_supersede(const govlog_log *log, const govlog_record *old, const char *successor_path,
			govlog_changed_fn changed, void *payload)
{
	govlog_status_options o = GOVLOG_STATUS_OPTIONS_INIT;
	o.id = govlog_record_id(old);
	o.state = govlog_status_name(GOVLOG_STATUS_SUPERSEDED);
	o.changed = changed;
	o.payload = payload;
	return run_status(log, &o, successor_path);
}
