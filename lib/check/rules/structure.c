/* A record's structure: title, type prefix, ID and file name, and its sections. */
#include "check/rules/rules.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config/config.h"
#include "util/buf.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/banned.h"

static govlog_pos anchor(const govlog_record *r)
{
	govlog_pos one = {1, 1};
	return r->title ? r->title_pos : one;
}

/* A hint in the language of the diagnostics. */
static const char *hint_of(const gl_rule_ctx *ctx, gl_text_id id)
{
	return gl_lang_text(gl_diag_list_lang(ctx->out), id);
}

static void check_title(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	/* a title in front matter that does not parse is unknown, not missing */
	if ((r->title && r->title[0]) || (!r->title && r->frontmatter_error))
		return;
	gl_diag_addt(ctx->out, GL_RULE_TITLE_MISSING, r->path, anchor(r),
		     hint_of(ctx, GL_T_TITLE_MISSING_HINT),
		     r->title ? GL_T_TITLE_EMPTY : GL_T_TITLE_MISSING);
}

static govlog_lang names_lang(const gl_rule_ctx *ctx);

/*
 * A required section's name as the record is told it: a Danish record
 * judged by an English profile gets the section's Danish name. A log's
 * template names its sections as they are written.
 */
static const char *rule_label(const gl_rule_ctx *ctx, const gl_section_rule *rule)
{
	govlog_lang lang = names_lang(ctx);
	if (rule->concept != GL_CONCEPT_NONE && !ctx->profile->template_path &&
	    lang != gl_lang_of(ctx->profile->lang))
		return gl_concept_name(rule->concept, lang);
	return rule->label;
}

static void required_list(gl_buf *out, const gl_rule_ctx *ctx)
{
	const gl_profile *p = ctx->profile;
	for (const gl_section_rule *s = p->sections; s->label; s++)
		gl_buf_printf(out, "%s'%s'", s == p->sections ? "" : ", ", rule_label(ctx, s));
}

/* A heading as written, without the spaces a removed "<!-- optional -->" leaves. */
static void put_heading(gl_buf *out, const char *heading)
{
	size_t n = strlen(heading);
	while (*heading == ' ')
		heading++, n--;
	while (n && heading[n - 1] == ' ')
		n--;
	gl_buf_put(out, heading, n);
}

/* The record's headings read once: the concepts each names, and the top level. */
typedef struct headings {
	const govlog_record *r;
	gl_concept_set *concepts;
	int top; /* the level of the record's outermost sections */
} headings;

static void headings_read(headings *h, const govlog_record *r)
{
	h->r = r;
	h->top = 0;
	h->concepts = gl_xcalloc(r->sections.len + 1, sizeof(*h->concepts));
	for (size_t i = 0; i < r->sections.len; i++) {
		h->concepts[i] = gl_concept_classify(r->sections.items[i].heading);
		if (!h->top || r->sections.items[i].level < h->top)
			h->top = r->sections.items[i].level;
	}
}

/* The first section the rule accepts at or after `from`, or -1. */
static int find_section(const headings *h, const gl_section_rule *rule, size_t from)
{
	for (size_t i = from; i < h->r->sections.len; i++)
		if (gl_section_rule_matches(rule, h->r->sections.items[i].heading, h->concepts[i]))
			return (int)i;
	return -1;
}

/* The language of the names a message quotes: the record's, else the profile's. */
static govlog_lang names_lang(const gl_rule_ctx *ctx)
{
	const char *lang = ctx->r->lang && ctx->r->lang[0] ? ctx->r->lang : ctx->profile->lang;
	return gl_lang_of(lang);
}

/* Whether a line holds a metadata field ("Date: …", "- **Status**: …"). */
static bool is_field_line(const govlog_record *r, unsigned line)
{
	for (size_t i = 0; i < r->fields.len; i++)
		if (r->fields.items[i].key_pos.line == line ||
		    r->fields.items[i].value_pos.line == line)
			return true;
	return false;
}

/* Whether lines first..last hold text other than metadata, comments and setext underlines. */
static bool lines_hold_text(const govlog_record *r, unsigned first, unsigned last)
{
	for (unsigned line = first; line <= last; line++) {
		size_t a = gl_text_line_start(&r->text, line), b = gl_text_line_end(&r->text, line);
		const char *t = r->text.data;
		while (a < b && (t[a] == ' ' || t[a] == '\t'))
			a++;
		size_t marks = 0;
		while (a + marks < b && strchr("=- \t", t[a + marks]))
			marks++;
		if (a + marks == b || !strncmp(t + a, "<!--", 4) || is_field_line(r, line))
			continue;
		return true;
	}
	return false;
}

/* The last line of section i's body. */
static unsigned body_end(const govlog_record *r, size_t i)
{
	return i + 1 < r->sections.len ? r->sections.items[i + 1].pos.line - 1
				       : gl_text_line_count(&r->text);
}

/*
 * Text between the title and the first section: where MADR 1 (and records
 * after it) state the context and problem without a heading.
 */
static bool has_preamble(const govlog_record *r)
{
	if (!r->title)
		return false;
	unsigned last =
		r->sections.len ? r->sections.items[0].pos.line - 1 : gl_text_line_count(&r->text);
	return lines_hold_text(r, r->title_pos.line + 1, last);
}

/* A section with no text of its own is not empty when its subsections hold text. */
static bool empty_with_subsections(const govlog_record *r, size_t i)
{
	const govlog_section *s = &r->sections.items[i];
	/* Metadata bullets under "## Beskrivelse af beslutningen" describe nothing. */
	if (!s->empty && lines_hold_text(r, s->pos.line + 1, body_end(r, i)))
		return false;
	for (size_t k = i + 1; k < r->sections.len && r->sections.items[k].level > s->level; k++)
		if (!r->sections.items[k].empty)
			return false;
	return true;
}

/* The rule's section is empty when every section it accepts is: one with text is enough. */
static void check_empty(const gl_rule_ctx *ctx, const headings *h, const gl_section_rule *rule)
{
	const govlog_record *r = ctx->r;
	/* A proposal is written over time; once decided, an empty section is a gap. */
	if (r->status <= GOVLOG_STATUS_PROPOSED)
		return;
	int first = find_section(h, rule, 0);
	for (int i = first; i >= 0; i = find_section(h, rule, (size_t)i + 1))
		if (!empty_with_subsections(r, (size_t)i))
			return;
	gl_buf heading = GL_BUF_INIT;
	put_heading(&heading, r->sections.items[first].heading);
	gl_diag_addt(ctx->out, GL_RULE_SECTION_EMPTY, r->path, r->sections.items[first].pos, NULL,
		     GL_T_SECTION_EMPTY, heading.ptr);
	gl_buf_release(&heading);
}

/* The record's outermost headings as written, quoted: what a reader compares with the rule. */
static void heading_list(gl_buf *out, const headings *h)
{
	enum { MAX_SHOWN = 8 };
	size_t shown = 0;
	for (size_t i = 0; i < h->r->sections.len; i++) {
		const govlog_section *s = &h->r->sections.items[i];
		if (s->level != h->top)
			continue;
		if (shown == MAX_SHOWN) {
			gl_buf_puts(out, ", …");
			return;
		}
		gl_buf_puts(out, shown++ ? ", '" : "'");
		put_heading(out, s->heading);
		gl_buf_putc(out, '\'');
	}
}

/* "profile 'madr' requires the sections …", or the log's own template does. */
static void requirement_hint(gl_buf *out, const gl_rule_ctx *ctx, bool order)
{
	const gl_profile *p = ctx->profile;
	govlog_lang lang = gl_diag_list_lang(ctx->out);
	gl_buf list = GL_BUF_INIT;
	required_list(&list, ctx);
	if (p->template_path)
		gl_lang_printf(out, lang,
			       order ? GL_T_SECTION_ORDER_OF_TEMPLATE : GL_T_SECTIONS_OF_TEMPLATE,
			       p->template_path, list.ptr);
	else
		gl_lang_printf(out, lang,
			       order ? GL_T_SECTION_ORDER_OF_PROFILE : GL_T_SECTIONS_OF_PROFILE,
			       p->name, list.ptr);
	gl_buf_release(&list);
}

static void report_missing(const gl_rule_ctx *ctx, const headings *h, const gl_section_rule *rule,
			   const char *hint)
{
	const govlog_record *r = ctx->r;
	govlog_lang lang = names_lang(ctx);
	const char *label = rule_label(ctx, rule);
	gl_buf sought = GL_BUF_INIT, present = GL_BUF_INIT;
	gl_section_rule_names(&sought, rule, lang, label);
	heading_list(&present, h);
	if (present.len)
		gl_diag_addt(ctx->out, GL_RULE_SECTION_MISSING, r->path, anchor(r), hint,
			     GL_T_SECTION_MISSING, label, sought.ptr, present.ptr);
	else
		gl_diag_addt(ctx->out, GL_RULE_SECTION_MISSING, r->path, anchor(r), hint,
			     GL_T_SECTION_MISSING_NO_HEADINGS, label, sought.ptr);
	gl_buf_release(&sought);
	gl_buf_release(&present);
}

/*
 * A required section named by a line of text ("**Beslutning**", or the word
 * alone on a line as OS2's decision template writes it) is there, only not
 * as a heading: said so, once (true), instead of reporting it missing.
 */
static bool report_not_heading(const gl_rule_ctx *ctx, const headings *h,
			       const gl_section_rule *rule)
{
	const govlog_record *r = ctx->r;
	for (size_t i = 0; i < r->pseudo_headings.len; i++) {
		const gl_pseudo_heading *p = &r->pseudo_headings.items[i];
		if (!gl_profile_section_matches(p->text, rule))
			continue;
		char marks[7] = "######";
		marks[h->top > 0 && h->top < 7 ? h->top : 2] = '\0';
		gl_buf hint = GL_BUF_INIT;
		gl_lang_printf(&hint, gl_diag_list_lang(ctx->out), GL_T_SECTION_NOT_HEADING_HINT,
			       marks, p->text);
		gl_diag_addt(ctx->out, GL_RULE_SECTION_NOT_HEADING, r->path, p->pos, hint.ptr,
			     p->bold ? GL_T_SECTION_NOT_HEADING_BOLD
				     : GL_T_SECTION_NOT_HEADING_PLAIN,
			     p->text);
		gl_buf_release(&hint);
		return true;
	}
	return false;
}

static void check_sections(const gl_rule_ctx *ctx, const headings *h)
{
	gl_buf hint = GL_BUF_INIT;
	for (const gl_section_rule *s = ctx->profile->sections; s->label; s++) {
		if (find_section(h, s, 0) >= 0) {
			check_empty(ctx, h, s);
			continue;
		}
		if (s->concept == GL_CONCEPT_CONTEXT && has_preamble(ctx->r))
			continue;
		if (report_not_heading(ctx, h, s))
			continue;
		if (!hint.len)
			requirement_hint(&hint, ctx, false);
		report_missing(ctx, h, s, hint.ptr);
	}
	gl_buf_release(&hint);
}

/* "architecture" / "arkitektur": a decision type in the language, lower case. */
static void type_word(gl_buf *out, govlog_decision_type t, govlog_lang lang)
{
	const char *word = lang == GOVLOG_LANG_EN ? "" : gl_vocab_type_word(t, lang);
	gl_buf_puts(out, word[0] ? word : govlog_type_name(t));
	if (out->len)
		out->ptr[0] = gl_tolower(out->ptr[0]);
}

/* "[SDR] …" in the title, "Operationel" in the type field. */
static void check_title_type(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	const govlog_field *f = govlog_record_field(r, "type");
	if (!r->title_type_code || !f)
		return;
	govlog_decision_type in_title = r->title_type, in_field = r->field_type;
	if (in_field == GOVLOG_TYPE_NONE || in_field == GOVLOG_TYPE_UNKNOWN || in_field == in_title)
		return;
	govlog_lang lang = gl_diag_list_lang(ctx->out);
	gl_buf hint = GL_BUF_INIT, title_word = GL_BUF_INIT, field_word = GL_BUF_INIT;
	gl_lang_printf(&hint, lang, GL_T_TITLE_TYPE_MISMATCH_HINT, govlog_type_code(in_field),
		       f->key, r->title_type_code);
	type_word(&title_word, in_title, lang);
	type_word(&field_word, in_field, lang);
	gl_diag_addt(ctx->out, GL_RULE_TITLE_TYPE_MISMATCH, r->path, f->value_pos, hint.ptr,
		     GL_T_TITLE_TYPE_MISMATCH, r->title_type_code, title_word.ptr, f->key, f->value,
		     field_word.ptr);
	gl_buf_release(&hint);
	gl_buf_release(&title_word);
	gl_buf_release(&field_word);
}

/* "0002-x.md" titled "3. …", or front matter "id: ADR-0009" in "0007-x.md". */
static void check_id_matches_file(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	const govlog_field *id = govlog_record_field(r, "id");
	/* a site's page id that ends with the file's ("adrs-adr001") named the record by it */
	if (r->file_id && id && id->value[0] && strcasecmp(govlog_record_id(r), r->file_id)) {
		gl_diag_addt(ctx->out, GL_RULE_ID_FILENAME_MISMATCH, r->path, id->value_pos,
			     hint_of(ctx, GL_T_ID_FILE_MISMATCH_HINT), GL_T_ID_FILE_MISMATCH,
			     id->value, r->file_id);
		return;
	}
	if (!r->file_number || !r->title_id_number || r->file_number == r->title_id_number)
		return;
	gl_diag_addt(ctx->out, GL_RULE_ID_FILENAME_MISMATCH, r->path, r->title_pos,
		     hint_of(ctx, GL_T_NUMBER_FILE_MISMATCH_HINT), GL_T_NUMBER_FILE_MISMATCH,
		     r->title_id_number, r->file_number);
}

/* The configured file-name pattern, matched against the name without its folder. */
static void check_name_pattern(const gl_rule_ctx *ctx)
{
	const gl_config *c = ctx->config;
	const govlog_record *r = ctx->r;
	if (!c || !c->file_match)
		return;
	const char *base = strrchr(r->path, '/');
	base = base ? base + 1 : r->path;
	size_t a, b;
	if (gl_match_find(c->file_match, base, strlen(base), 0, &a, &b))
		return;
	gl_buf hint = GL_BUF_INIT;
	gl_lang_printf(&hint, gl_diag_list_lang(ctx->out), GL_T_NAME_PATTERN_HINT,
		       c->file_pattern_origin);
	gl_diag_addt(ctx->out, GL_RULE_FILE_NAME_PATTERN, r->path, (govlog_pos){0, 0}, hint.ptr,
		     GL_T_NAME_PATTERN, base, c->file_pattern);
	gl_buf_release(&hint);
}

/* Whether the first section holds the record's metadata ("## Beskrivelse af beslutningen"). */
static bool holds_metadata(const govlog_record *r, size_t i)
{
	if (i != 0 || !r->fields.len || r->has_frontmatter)
		return false;
	unsigned meta = r->fields.items[0].key_pos.line;
	return meta > r->sections.items[0].pos.line &&
	       (r->sections.len < 2 || meta < r->sections.items[1].pos.line);
}

/*
 * The first section the rule accepts that has a place in the order: not one
 * that opens the record over its metadata, nor a summary of the decision or a
 * recommendation, which stand first or last wherever the decision is.
 */
static int ordered_index(const headings *h, const gl_section_rule *rule)
{
	const govlog_record *r = h->r;
	int at = find_section(h, rule, 0);
	while (at >= 0 && (holds_metadata(r, (size_t)at) ||
			   gl_concept_any_place(r->sections.items[at].heading)))
		at = find_section(h, rule, (size_t)at + 1);
	return at;
}

/* The required sections that are there, in the profile's (or the template's) order. */
static void check_order(const gl_rule_ctx *ctx, const headings *h)
{
	const govlog_record *r = ctx->r;
	int previous_at = -1;
	for (const gl_section_rule *s = ctx->profile->sections; s->label; s++) {
		int at = ordered_index(h, s);
		if (at < 0)
			continue;
		if (at < previous_at) {
			gl_buf hint = GL_BUF_INIT, early = GL_BUF_INIT, late = GL_BUF_INIT;
			requirement_hint(&hint, ctx, true);
			put_heading(&early, r->sections.items[at].heading);
			put_heading(&late, r->sections.items[previous_at].heading);
			gl_diag_addt(ctx->out, GL_RULE_SECTION_ORDER, r->path,
				     r->sections.items[at].pos, hint.ptr, GL_T_SECTION_ORDER,
				     early.ptr, late.ptr);
			gl_buf_release(&hint);
			gl_buf_release(&early);
			gl_buf_release(&late);
			return;
		}
		previous_at = at;
	}
}

void gl_rules_structure(const gl_rule_ctx *ctx)
{
	headings h;
	headings_read(&h, ctx->r);
	check_order(ctx, &h);
	check_name_pattern(ctx);
	check_title(ctx);
	check_title_type(ctx);
	check_id_matches_file(ctx);
	check_sections(ctx, &h);
	free(h.concepts);
}
