/* title/missing and section/missing. */
#include "rules.h"

#include "../util/buf.h"
#include "../util/banned.h"

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

static void check_sections(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	gl_buf hint = GL_BUF_INIT;
	for (const gl_section_rule *s = ctx->profile->sections; s->label; s++) {
		if (gl_profile_has_section(r, s))
			continue;
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

void gl_rules_structure(const gl_rule_ctx *ctx)
{
	check_title(ctx);
	check_sections(ctx);
}
