/* encoding rules: a byte order mark; bytes that are not UTF-8, with the likely legacy encoding. */
#include "check/rules/rules.h"

#include "record/mojibake.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/banned.h"

static void check_bom(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	govlog_pos start = {1, 1};
	if (r->has_bom)
		gl_diag_addt(ctx->out, GL_RULE_ENCODING_BOM, r->path, start,
			     gl_lang_text(gl_diag_list_lang(ctx->out), GL_T_ENCODING_BOM_HINT),
			     GL_T_ENCODING_BOM);
}

static void check_invalid_utf8(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	if (!r->invalid_utf8)
		return;
	gl_buf hint = GL_BUF_INIT, latin1 = GL_BUF_INIT;
	govlog_lang lang = gl_diag_list_lang(ctx->out);
	unsigned char b = r->bad_byte;
	if (b >= 0xA0) {
		gl_utf8_encode(&latin1,
			       b); /* Latin-1 maps bytes 0xA0-0xFF to the same code points */
		gl_lang_printf(&hint, lang, GL_T_ENCODING_LATIN1_HINT, b, latin1.ptr);
	} else {
		gl_buf_puts(&hint, gl_lang_text(lang, GL_T_ENCODING_SAVE_UTF8_HINT));
	}
	gl_diag_addt(ctx->out, GL_RULE_ENCODING_INVALID_UTF8, r->path, r->bad_pos, hint.ptr,
		     GL_T_ENCODING_INVALID, b, r->bad_offset);
	gl_buf_release(&latin1);
	gl_buf_release(&hint);
}

/* Enough to show the problem without burying the rest of the report. */
enum { MOJIBAKE_MAX_REPORTS = 10 };

/* The word around a garbled sequence, as written and as it was meant. */
static void report_mojibake(const gl_rule_ctx *ctx, const gl_mojibake *m, size_t line_start,
			    size_t line_end)
{
	const char *t = ctx->r->text.data;
	size_t a = m->off, b = m->off + m->len;
	while (a > line_start && a + 40 > b && t[a - 1] != ' ' && t[a - 1] != '\t')
		a--;
	while (b < line_end && b < a + 40 && t[b] != ' ' && t[b] != '\t')
		b++;
	gl_buf word = GL_BUF_INIT, original = GL_BUF_INIT, hint = GL_BUF_INIT;
	gl_buf_put(&word, t + a, b - a);
	gl_mojibake_repair(&original, t + a, b - a, m->encoding);
	gl_lang_printf(&hint, gl_diag_list_lang(ctx->out), GL_T_ENCODING_MOJIBAKE_HINT,
		       original.ptr);
	gl_diag_addt(ctx->out, GL_RULE_ENCODING_MOJIBAKE, ctx->r->path,
		     gl_text_pos(&ctx->r->text, m->off), hint.ptr, GL_T_ENCODING_MOJIBAKE, word.ptr,
		     m->encoding);
	gl_buf_release(&word);
	gl_buf_release(&original);
	gl_buf_release(&hint);
}

/* The first garbled word of each line, up to MOJIBAKE_MAX_REPORTS. */
static void check_mojibake(const gl_rule_ctx *ctx)
{
	const gl_text *text = &ctx->r->text;
	if (ctx->r->invalid_utf8)
		return;
	unsigned reports = 0, lines = gl_text_line_count(text);
	for (unsigned line = 1; line <= lines && reports < MOJIBAKE_MAX_REPORTS; line++) {
		size_t start = gl_text_line_start(text, line), end = gl_text_line_end(text, line);
		gl_mojibake m;
		if (gl_mojibake_find(text->data + start, end - start, 0, &m)) {
			m.off += start;
			report_mojibake(ctx, &m, start, end);
			reports++;
		}
	}
}

void gl_rules_encoding(const gl_rule_ctx *ctx)
{
	check_bom(ctx);
	check_invalid_utf8(ctx);
	check_mojibake(ctx);
}
