/* title/missing, title/type-mismatch, id/filename-mismatch and section/missing. */
#include "check/rules/rules.h"

#include <string.h>
#include <strings.h>

#include "config/config.h"
#include "util/buf.h"
#include "record/vocab.h"
#include "util/banned.h"

static govlog_pos anchor(const govlog_record *r)
{
	govlog_pos one = {1, 1};
	return r->title ? r->title_pos : one;
}

static void check_title(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	if (r->title && r->title[0])
		return;
	gl_diag_add(ctx->out, GL_RULE_TITLE_MISSING, r->path, anchor(r),
		    "start the record with a '# Title' line",
		    r->title ? "the title heading is empty" : "record has no title");
}

static void required_list(gl_buf *out, const gl_profile *p)
{
	for (const gl_section_rule *s = p->sections; s->label; s++)
		gl_buf_printf(out, "%s'%s'", s == p->sections ? "" : ", ", s->label);
}

static void check_empty(const gl_rule_ctx *ctx, const gl_section_rule *rule)
{
	const govlog_record *r = ctx->r;
	/* A proposal is written over time; once decided, an empty section is a gap. */
	if (r->status <= GOVLOG_STATUS_PROPOSED)
		return;
	for (size_t i = 0; i < r->sections.len; i++) {
		const govlog_section *s = &r->sections.items[i];
		if (s->empty && gl_profile_section_matches(s->heading, rule))
			gl_diag_add(ctx->out, GL_RULE_SECTION_EMPTY, r->path, s->pos, NULL,
				    "section '%s' is empty", s->heading);
	}
}

static void check_sections(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	gl_buf hint = GL_BUF_INIT;
	for (const gl_section_rule *s = ctx->profile->sections; s->label; s++) {
		if (gl_profile_has_section(r, s)) {
			check_empty(ctx, s);
			continue;
		}
		if (!hint.len) {
			gl_buf_printf(&hint, "profile '%s' requires the sections ",
				      ctx->profile->name);
			required_list(&hint, ctx->profile);
		}
		gl_diag_add(ctx->out, GL_RULE_SECTION_MISSING, r->path, anchor(r), hint.ptr,
			    "missing section '%s'", s->label);
	}
	gl_buf_release(&hint);
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
	gl_buf hint = GL_BUF_INIT;
	gl_buf_printf(&hint, "change the title's prefix to [%s], or the %s to match [%s]",
		      govlog_type_code(in_field), f->key, r->title_type_code);
	gl_diag_add(ctx->out, GL_RULE_TITLE_TYPE_MISMATCH, r->path, f->value_pos, hint.ptr,
		    "the title says [%s] (%s) but %s is '%s' (%s)", r->title_type_code,
		    govlog_type_name(in_title), f->key, f->value, govlog_type_name(in_field));
	gl_buf_release(&hint);
}

/* "0002-x.md" titled "3. …", or front matter "id: ADR-0009" in "0007-x.md". */
static void check_id_matches_file(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	const govlog_field *id = govlog_record_field(r, "id");
	if (r->file_id && id && id->value[0] && strcasecmp(id->value, r->file_id)) {
		gl_diag_add(ctx->out, GL_RULE_ID_FILENAME_MISMATCH, r->path, id->value_pos,
			    "rename the file or change the id so that they agree",
			    "ID '%s' differs from '%s' that the file name gives", id->value,
			    r->file_id);
		return;
	}
	if (!r->file_number || !r->title_id_number || r->file_number == r->title_id_number)
		return;
	gl_diag_add(ctx->out, GL_RULE_ID_FILENAME_MISMATCH, r->path, r->title_pos,
		    "renumber the title or rename the file so that they agree",
		    "the title is numbered %lu but the file name %lu", r->title_id_number,
		    r->file_number);
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
	gl_buf_printf(&hint, "the pattern is set in %s", c->file_pattern_origin);
	gl_diag_add(ctx->out, GL_RULE_FILE_NAME_PATTERN, r->path, (govlog_pos){0, 0}, hint.ptr,
		    "file name '%s' does not match the pattern '%s'", base, c->file_pattern);
	gl_buf_release(&hint);
}

static int section_index(const govlog_record *r, const gl_section_rule *rule)
{
	for (size_t i = 0; i < r->sections.len; i++)
		if (gl_profile_section_matches(r->sections.items[i].heading, rule))
			return (int)i;
	return -1;
}

/* The required sections that are there, in the profile's order. */
static void check_order(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	int previous_at = -1;
	for (const gl_section_rule *s = ctx->profile->sections; s->label; s++) {
		int at = section_index(r, s);
		if (at < 0)
			continue;
		if (at < previous_at) {
			gl_buf hint = GL_BUF_INIT;
			gl_buf_printf(&hint, "profile '%s' orders them: ", ctx->profile->name);
			required_list(&hint, ctx->profile);
			gl_diag_add(ctx->out, GL_RULE_SECTION_ORDER, r->path,
				    r->sections.items[at].pos, hint.ptr,
				    "section '%s' comes before '%s'", r->sections.items[at].heading,
				    r->sections.items[previous_at].heading);
			gl_buf_release(&hint);
			return;
		}
		previous_at = at;
	}
}

void gl_rules_structure(const gl_rule_ctx *ctx)
{
	check_order(ctx);
	check_name_pattern(ctx);
	check_title(ctx);
	check_title_type(ctx);
	check_id_matches_file(ctx);
	check_sections(ctx);
}
