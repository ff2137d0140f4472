/* meta/missing, meta/empty, status/unknown and date/invalid. */
#include "check/rules/rules.h"

#include <string.h>

#include "config/config.h"
#include "diag/texts.h"
#include "record/date.h"
#include "util/buf.h"
#include "record/vocab.h"
#include "util/ascii.h"
#include "util/banned.h"

static const char *language(const gl_rule_ctx *ctx)
{
	return ctx->r->lang && ctx->r->lang[0] ? ctx->r->lang : ctx->profile->lang;
}

/* Where metadata lives in this record: its first field, else the title, else 1:1. */
static govlog_pos meta_anchor(const govlog_record *r)
{
	govlog_pos one = {1, 1};
	if (r->fields.len)
		return r->fields.items[0].key_pos;
	return r->title ? r->title_pos : one;
}

static const char *example_value(const govlog_record *r, const char *name, govlog_lang lang)
{
	if (!strcmp(name, "status"))
		return gl_lang_text(lang, GL_T_EXAMPLE_STATUS);
	if (!strcmp(name, "date"))
		return gl_lang_text(lang, GL_T_EXAMPLE_DATE);
	/* the type to suggest: the one the title's code names ("[ODR]"), else an example */
	if (!strcmp(name, "type"))
		return r->title_type >= GOVLOG_TYPE_ARCHITECTURE
			       ? gl_vocab_type_word(r->title_type, lang)
			       : gl_lang_text(lang, GL_T_TYPE_STRATEGIC);
	return "…";
}

/* The record's own way of writing fields, else the profile's. */
static govlog_meta_style hint_style(const gl_rule_ctx *ctx)
{
	govlog_meta_style s = ctx->r->style;
	bool writes_fields =
		s == GOVLOG_META_FRONTMATTER || s == GOVLOG_META_BULLET || s == GOVLOG_META_LINE;
	return writes_fields ? s : ctx->profile->style;
}

/* A line to add, written in the record's own metadata style. */
static void missing_hint(gl_buf *out, const gl_rule_ctx *ctx, const char *name, const char *label)
{
	const char *value = example_value(ctx->r, name, gl_lang_of(language(ctx)));
	govlog_lang lang = gl_diag_list_lang(ctx->out);
	switch (hint_style(ctx)) {
	case GOVLOG_META_FRONTMATTER:
		gl_lang_printf(out, lang, GL_T_META_ADD_FRONTMATTER, name, value);
		break;
	case GOVLOG_META_BULLET:
		gl_lang_printf(out, lang, GL_T_META_ADD_BULLET, label, value);
		break;
	default:
		if (!strcmp(name, "status"))
			gl_lang_printf(out, lang, GL_T_META_ADD_STATUS_SECTION, value);
		else
			gl_lang_printf(out, lang, GL_T_META_ADD_LINE, label, value);
	}
}

static void check_required(const gl_rule_ctx *ctx, const char *name)
{
	const govlog_record *r = ctx->r;
	const govlog_field *f = govlog_record_field(r, name);
	const char *label = gl_vocab_field_label(name, language(ctx));
	if (!f) {
		gl_buf hint = GL_BUF_INIT;
		missing_hint(&hint, ctx, name, label);
		gl_diag_addt(ctx->out, GL_RULE_META_MISSING, r->path, meta_anchor(r), hint.ptr,
			     GL_T_META_MISSING, label);
		gl_buf_release(&hint);
		return;
	}
	if (f->value[0])
		return;
	if (f->style == GOVLOG_META_CHECKBOX)
		gl_diag_addt(ctx->out, GL_RULE_META_EMPTY, r->path, f->key_pos,
			     gl_lang_text(gl_diag_list_lang(ctx->out), GL_T_META_NO_BOX_HINT),
			     GL_T_META_NO_BOX, f->key);
	else
		gl_diag_addt(ctx->out, GL_RULE_META_EMPTY, r->path, f->value_pos, NULL,
			     GL_T_META_EMPTY, f->key);
}

static void check_status(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	if (r->status != GOVLOG_STATUS_UNKNOWN)
		return;
	const govlog_field *f = &r->fields.items[r->status_field];
	const char *suggestion = gl_vocab_status_suggest(f->value, strlen(f->value));
	/* MADR's template lists its statuses with "…": "on hold" is no typo of one */
	if (!suggestion && ctx->profile->open_statuses) {
		gl_diag_addt(ctx->out, GL_RULE_STATUS_CUSTOM, r->path, f->value_pos,
			     gl_lang_text(gl_diag_list_lang(ctx->out), GL_T_STATUS_CUSTOM_HINT),
			     GL_T_STATUS_CUSTOM, f->value);
		return;
	}
	gl_buf hint = GL_BUF_INIT;
	gl_buf_puts(&hint, gl_lang_text(gl_diag_list_lang(ctx->out), GL_T_STATUS_KNOWN));
	gl_vocab_status_list(&hint, language(ctx));
	if (suggestion)
		gl_diag_addt(ctx->out, GL_RULE_STATUS_UNKNOWN, r->path, f->value_pos, hint.ptr,
			     GL_T_STATUS_UNKNOWN_SUGGEST, f->value, suggestion);
	else
		gl_diag_addt(ctx->out, GL_RULE_STATUS_UNKNOWN, r->path, f->value_pos, hint.ptr,
			     GL_T_STATUS_UNKNOWN, f->value);
	gl_buf_release(&hint);
}

/* The date a file is named by ("2025-02-10-slug.md"), or "". */
static void file_date(const govlog_record *r, char out[11])
{
	const char *base = strrchr(r->path, '/');
	base = base ? base + 1 : r->path;
	gl_date d;
	out[0] = '\0';
	if (strlen(base) >= 10 && gl_date_parse(base, 10, &d) == GL_DATE_OK &&
	    d.form == GL_DATE_ISO)
		gl_date_iso(&d, out);
}

/* "02-10-2025" is 2 October read day first; when the file name says 10 February, say so. */
static void check_ambiguous(const gl_rule_ctx *ctx, const govlog_field *f, const gl_date *d)
{
	bool day_first = d->form == GL_DATE_DMY_DASH || d->form == GL_DATE_DMY_DOT ||
			 d->form == GL_DATE_DMY_SLASH;
	if (!day_first || d->day > 12 || d->day == d->month)
		return;
	gl_date swapped = *d;
	swapped.day = d->month;
	swapped.month = d->day;
	char alt[11], named[11];
	gl_date_iso(&swapped, alt);
	file_date(ctx->r, named);
	if (strcmp(alt, named))
		return;
	gl_diag_addt(ctx->out, GL_RULE_DATE_AMBIGUOUS, ctx->r->path, f->value_pos,
		     gl_lang_text(gl_diag_list_lang(ctx->out), GL_T_DATE_SWAPPED_HINT),
		     GL_T_DATE_AMBIGUOUS, f->value, ctx->r->date_iso, named);
}

/* A real date: written other than as ISO, ambiguous, or after today. */
static void check_valid_date(const gl_rule_ctx *ctx, const govlog_field *f)
{
	const govlog_record *r = ctx->r;
	gl_date d;
	gl_date_parse(f->value, strlen(f->value), &d);
	check_ambiguous(ctx, f, &d);
	if (d.form != GL_DATE_ISO)
		gl_diag_addt(ctx->out, GL_RULE_DATE_FORMAT, r->path, f->value_pos, NULL,
			     GL_T_DATE_NOT_ISO, f->value, r->date_iso);
	if (ctx->today && strcmp(r->date_iso, ctx->today) > 0)
		gl_diag_addt(ctx->out, GL_RULE_DATE_FUTURE, r->path, f->value_pos,
			     gl_lang_text(gl_diag_list_lang(ctx->out), GL_T_DATE_FUTURE_HINT),
			     GL_T_DATE_FUTURE, r->date_iso, ctx->today);
}

static void check_date(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	if (r->date_field == GL_NO_FIELD)
		return;
	const govlog_field *f = &r->fields.items[r->date_field];
	if (!f->value[0])
		return;
	if (r->date_result == GL_DATE_OK) {
		check_valid_date(ctx, f);
		return;
	}
	gl_date d;
	gl_date_parse(f->value, strlen(f->value), &d);
	govlog_lang lang = gl_diag_list_lang(ctx->out);
	/* A month ("2018-11") is a date, of less precision than a decision's: a format to mend. */
	if (r->date_result == GL_DATE_UNRECOGNISED &&
	    gl_date_month_only(f->value, strlen(f->value), &d))
		gl_diag_addt(ctx->out, GL_RULE_DATE_FORMAT, r->path, f->value_pos, NULL,
			     GL_T_DATE_MONTH_ONLY, f->value);
	else if (r->date_result == GL_DATE_UNRECOGNISED)
		gl_diag_addt(ctx->out, GL_RULE_DATE_INVALID, r->path, f->value_pos,
			     gl_lang_text(lang, GL_T_DATE_UNRECOGNISED_HINT),
			     GL_T_DATE_UNRECOGNISED, f->value);
	else if (d.month < 1 || d.month > 12)
		gl_diag_addt(ctx->out, GL_RULE_DATE_INVALID, r->path, f->value_pos, NULL,
			     GL_T_DATE_NO_MONTH, f->value, d.month);
	else if (d.year < 1900 || d.year > 2199)
		gl_diag_addt(ctx->out, GL_RULE_DATE_INVALID, r->path, f->value_pos, NULL,
			     GL_T_DATE_YEAR_RANGE, f->value, d.year);
	else
		gl_diag_addt(ctx->out, GL_RULE_DATE_INVALID, r->path, f->value_pos, NULL,
			     GL_T_DATE_DAYS, f->value,
			     gl_lang_text(lang, (gl_text_id)(GL_T_MONTH_1 + d.month - 1)), d.year,
			     gl_date_days_in_month(d.year, d.month));
}

/* Keys Jekyll and MADR put in front matter that are not decision metadata. */
static bool is_site_key(const char *name)
{
	return gl_vocab_site_key(name) || !strcmp(name, "technical story") ||
	       !strcmp(name, "technical-story");
}

/* In a strict configuration, every metadata key must be a known field. */
static void check_unknown(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	if (!ctx->config || !ctx->config->strict)
		return;
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (gl_vocab_field(f->key, strlen(f->key)) || is_site_key(f->name))
			continue;
		gl_diag_addt(ctx->out, GL_RULE_META_UNKNOWN, r->path, f->key_pos,
			     gl_lang_text(gl_diag_list_lang(ctx->out), GL_T_META_UNKNOWN_HINT),
			     GL_T_META_UNKNOWN, f->key);
	}
}

void gl_rules_meta(const gl_rule_ctx *ctx)
{
	check_unknown(ctx);
	/* Fields in front matter that does not parse are unknown, not missing:
	 * frontmatter/syntax already says what to mend. Those the text below it
	 * gives ("## Status", "Date:") are still read and judged. */
	for (const char *const *name = ctx->profile->required_fields;
	     !ctx->r->frontmatter_error && *name; name++)
		check_required(ctx, *name);
	check_status(ctx);
	check_date(ctx);
}
