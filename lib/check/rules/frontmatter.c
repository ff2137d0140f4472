/*
 * frontmatter/syntax: YAML that does not parse, with libyaml's line and column;
 * frontmatter/duplicate-key: a key written twice; meta/template-braces: values
 * still in the template's braces.
 */
#include "check/rules/rules.h"

#include "util/buf.h"
#include "util/banned.h"

/*
 * MADR 3 and 4 templates write "status: {proposed | rejected | …}", MADR 2's
 * "* Status: [proposed | rejected | …]": a value filled in between the marks
 * ("{ accepted }", "[ accepted ]") is read as the text inside, and the marks
 * are pointed out.
 */
static void check_braces(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	govlog_lang lang = gl_diag_list_lang(ctx->out);
	gl_buf hint = GL_BUF_INIT;
	for (size_t i = 0; i < r->braced.len; i++) {
		const gl_braced *b = &r->braced.items[i];
		const govlog_field *f = &r->fields.items[b->field];
		gl_buf_clear(&hint);
		if (b->template_text) {
			gl_lang_printf(&hint, lang, GL_T_BRACES_TEMPLATE_HINT);
			gl_diag_addt(ctx->out, GL_RULE_META_TEMPLATE_BRACES, r->path, f->value_pos,
				     hint.ptr, GL_T_BRACES_TEMPLATE, f->key, b->written);
		} else {
			bool brackets = b->open == '[';
			gl_lang_printf(&hint, lang,
				       brackets ? GL_T_BRACKETS_VALUE_HINT : GL_T_BRACES_VALUE_HINT,
				       f->key, f->value);
			gl_diag_addt(ctx->out, GL_RULE_META_TEMPLATE_BRACES, r->path, f->value_pos,
				     hint.ptr, brackets ? GL_T_BRACKETS_VALUE : GL_T_BRACES_VALUE,
				     f->key, b->written, f->value);
		}
	}
	gl_buf_release(&hint);
}

void gl_frontmatter_error_say(gl_buf *out, govlog_lang lang, const govlog_record *r)
{
	govlog_pos from = r->frontmatter_error_from;
	gl_lang_printf(out, lang, (gl_text_id)r->frontmatter_error_text,
		       r->frontmatter_error_problem, r->frontmatter_error_context, from.line,
		       from.col);
}

/* libyaml reads a repeated key without complaint; govlog takes the first value, PyYAML the last. */
static void check_duplicate_keys(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	gl_buf hint = GL_BUF_INIT;
	gl_lang_printf(&hint, gl_diag_list_lang(ctx->out), GL_T_FM_DUPLICATE_KEY_HINT);
	for (size_t i = 0; i < r->duplicate_keys.len; i++) {
		const gl_duplicate_key *d = &r->duplicate_keys.items[i];
		gl_diag_addt(ctx->out, GL_RULE_FRONTMATTER_DUPLICATE_KEY, r->path, d->second,
			     hint.ptr, GL_T_FM_DUPLICATE_KEY, d->key, d->first.line, d->first.col);
	}
	gl_buf_release(&hint);
}

void gl_rules_frontmatter(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	check_braces(ctx);
	check_duplicate_keys(ctx);
	if (!r->frontmatter_error)
		return;
	gl_buf msg = GL_BUF_INIT;
	gl_frontmatter_error_say(&msg, gl_diag_list_lang(ctx->out), r);
	gl_diag_addt(ctx->out, GL_RULE_FRONTMATTER_SYNTAX, r->path, r->frontmatter_error_pos, NULL,
		     GL_T_SAID, msg.ptr);
	gl_buf_release(&msg);
}
