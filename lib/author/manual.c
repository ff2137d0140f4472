/* The manual's own pages (docs/man/<verb>.md), compiled in beside the templates. */
#include "govlog/render.h"

#include "author/template_data.h"
#include "util/buf.h"
#include "util/banned.h"

const char *govlog_manual_page(const char *verb)
{
	gl_buf name = GL_BUF_INIT;
	gl_buf_printf(&name, "manual/%s.md", verb);
	const gl_template_data *t = gl_template_find(name.ptr);
	gl_buf_release(&name);
	return t ? t->text : NULL;
}
