/* The message table's two columns, the rows by name, and the language codes. */
#include "diag/texts.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "govlog/text.h"
#include "util/error.h"

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

static const char *const text_names[] = {
#define GL_TEXT_NAME(name, en, da) #name,
	GL_TEXTS(GL_TEXT_NAME)
#undef GL_TEXT_NAME
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

int gl_lang_error(int code, govlog_lang lang, gl_text_id id, ...)
{
	gl_buf msg = GL_BUF_INIT;
	va_list ap;
	va_start(ap, id);
	gl_lang_vprintf(&msg, lang, id, ap);
	va_end(ap);
	int rc = gl_error_set(code, "%s", msg.ptr);
	gl_buf_release(&msg);
	return rc;
}

int gl_errort(int code, gl_text_id id, ...)
{
	gl_buf msg = GL_BUF_INIT;
	va_list ap;
	va_start(ap, id);
	gl_lang_vprintf(&msg, gl_error_lang(), id, ap);
	va_end(ap);
	int rc = gl_error_set(code, "%s", msg.ptr);
	gl_buf_release(&msg);
	return rc;
}

int gl_marks_error(govlog_lang lang, const char *path, gl_marks what, unsigned line,
		   const char *begin, const char *end)
{
	if (what == GL_MARKS_UNOPENED)
		return gl_lang_error(GOVLOG_EINVALID, lang, GL_T_MARKER_UNOPENED, path, line, end,
				     begin);
	return gl_lang_error(GOVLOG_EINVALID, lang,
			     what == GL_MARKS_UNCLOSED ? GL_T_MARKER_UNCLOSED
						       : GL_T_MARKER_REPEATED,
			     path, line, begin, end);
}

/* Whether `s` ends with `end`. */
static bool ends_with(const char *s, size_t n, const char *end)
{
	size_t k = strlen(end);
	return n >= k && !memcmp(s + n - k, end, k);
}

/*
 * The English name of a body OS2's communities decide in ("styregruppe",
 * "styregruppen" → "steering group"); any other name as it is.
 */
static const char *english_body(const char *body, size_t n)
{
	static const struct {
		const char *da, *en;
	} names[] = {{"styregruppe", "steering group"},
		     {"koordinationsgruppe", "coordination group"},
		     {"arbejdsgruppe", "working group"},
		     {"brugergruppe", "user group"},
		     {"bestyrelse", "board"}};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t k = strlen(names[i].da);
		/* the name, or its definite form: one more "n" */
		if ((n == k || (n == k + 1 && (body[k] | 0x20) == 'n')) &&
		    !strncasecmp(body, names[i].da, k))
			return names[i].en;
	}
	return body;
}

void gl_lang_body(gl_buf *out, govlog_lang lang, const char *body)
{
	/* Danish bodies' endings and what their definite form adds */
	static const struct {
		const char *ending, *add;
	} forms[] = {{"gruppe", "n"},  {"bestyrelse", "n"}, {"ledelse", "n"}, {"komité", "en"},
		     {"komite", "en"}, {"udvalg", "et"},    {"råd", "et"},    {"panel", "et"},
		     {"team", "et"},   {"forum", "met"}};
	size_t n = strlen(body);
	if (lang != GOVLOG_LANG_DA) {
		gl_buf_puts(out, english_body(body, n));
		return;
	}
	bool one_word = n && !strpbrk(body, " \t'\"");
	for (size_t i = 0; one_word && i < sizeof(forms) / sizeof(forms[0]); i++)
		if (ends_with(body, n, forms[i].ending)) {
			gl_buf_printf(out, "%s%s", body, forms[i].add);
			return;
		}
	gl_buf_printf(out, "organet '%s'", body);
}

const char *gl_lang_code(govlog_lang lang)
{
	return lang == GOVLOG_LANG_DA ? "da" : "en";
}

/* The row called `name`, or GL_T__COUNT. A few lookups per run: a linear search is plenty. */
static gl_text_id find_name(const char *name)
{
	size_t i = 0;
	while (name && i < GL_T__COUNT && strcmp(text_names[i], name))
		i++;
	return name ? (gl_text_id)i : GL_T__COUNT;
}

const char *govlog_text(govlog_lang lang, const char *name)
{
	gl_text_id id = find_name(name);
	if (id == GL_T__COUNT)
		return name ? name : "";
	return gl_lang_text(lang, id);
}

/* A row without an _ONE twin serves every count. */
const char *govlog_text_count(govlog_lang lang, const char *name, size_t n)
{
	char one[64];
	if (n == 1 && name && snprintf(one, sizeof(one), "%s_ONE", name) < (int)sizeof(one) &&
	    find_name(one) != GL_T__COUNT)
		return govlog_text(lang, one);
	return govlog_text(lang, name);
}

const char *govlog_lang_code(govlog_lang lang)
{
	return gl_lang_code(lang);
}

govlog_lang gl_lang_of(const char *code)
{
	return code && !strcmp(code, "da") ? GOVLOG_LANG_DA : GOVLOG_LANG_EN;
}
