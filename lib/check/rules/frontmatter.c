/* frontmatter/syntax: YAML that does not parse, with libyaml's line and column. */
#include "check/rules/rules.h"

#include "util/banned.h"

void gl_rules_frontmatter(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	if (!r->frontmatter_error)
		return;
	gl_diag_add(ctx->out, GL_RULE_FRONTMATTER_SYNTAX, r->path, r->frontmatter_error_pos, NULL,
		    "%s", r->frontmatter_error);
}
