/* encoding rules: a byte order mark; bytes that are not UTF-8, with the likely legacy encoding. */
#include "rules.h"

#include "../util/buf.h"
#include "../util/utf8.h"
#include "../util/banned.h"

static void check_bom(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	govlog_pos start = {1, 1};
	if (r->has_bom)
		gl_diag_add(ctx->out, GL_RULE_ENCODING_BOM, r->path, start,
			    "save the file as UTF-8 without BOM; Jekyll and many Markdown tools "
			    "show the mark or miss the front matter after it",
			    "file starts with a UTF-8 byte order mark");
}

static void check_invalid_utf8(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	if (!r->invalid_utf8)
		return;
	gl_buf hint = GL_BUF_INIT;
	unsigned char b = r->bad_byte;
	if (b >= 0xA0) {
		gl_buf_puts(&hint, "byte 0x");
		gl_buf_printf(&hint, "%02X is '", b);
		gl_utf8_encode(&hint, b); /* Latin-1 maps bytes 0xA0-0xFF to the same code points */
		gl_buf_puts(&hint, "' in Latin-1: the file looks saved as Latin-1 or Windows-1252; "
				   "save it as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8)");
	} else {
		gl_buf_puts(&hint, "save the file as UTF-8");
	}
	gl_diag_add(ctx->out, GL_RULE_ENCODING_INVALID_UTF8, r->path, r->bad_pos, hint.ptr,
		    "invalid UTF-8 byte 0x%02X at byte offset %zu", b, r->bad_offset);
	gl_buf_release(&hint);
}

void gl_rules_encoding(const gl_rule_ctx *ctx)
{
	check_bom(ctx);
	check_invalid_utf8(ctx);
}
