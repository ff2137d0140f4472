/* The message table's two columns, and the language codes. */
#include "diag/texts.h"

#include <string.h>

#include "util/banned.h"

static const char *const texts_en[] = {
#define GL_TEXT_EN(name, en, da) en,
	GL_TEXTS(GL_TEXT_EN)
#undef GL_TEXT_EN
};

static const char *const texts_da[] = {
#define GL_TEXT_DA(name, en, da) da,
	GL_TEXTS(GL_TEXT_DA)
#undef GL_TEXT_DA
};

const char *gl_lang_text(govlog_lang lang, gl_text_id id)
{
	if ((unsigned)id >= GL_T__COUNT)
		return "";
	return lang == GOVLOG_LANG_DA ? texts_da[id] : texts_en[id];
}

void gl_lang_vprintf(gl_buf *out, govlog_lang lang, gl_text_id id, va_list ap)
{
	gl_buf_vprintf(out, gl_lang_text(lang, id), ap);
}

void gl_lang_printf(gl_buf *out, govlog_lang lang, gl_text_id id, ...)
{
	va_list ap;
	va_start(ap, id);
	gl_lang_vprintf(out, lang, id, ap);
	va_end(ap);
}

const char *gl_lang_code(govlog_lang lang)
{
	return lang == GOVLOG_LANG_DA ? "da" : "en";
}

govlog_lang gl_lang_of(const char *code)
{
	return code && !strcmp(code, "da") ? GOVLOG_LANG_DA : GOVLOG_LANG_EN;
}
