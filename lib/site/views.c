/* The site's views besides the index and the records: which there are, and writing their pages. */
#include "site/site.h"

#include <string.h>

#include "util/banned.h"

const gl_site_view gl_site_views[] = {
	{"timeline", GL_T_SITE_TIMELINE, gl_site_timeline_main},
	{"graph", GL_T_SITE_GRAPH, gl_site_graph_main},
	{"trace", GL_T_TRACEABILITY, gl_site_trace_main},
	{NULL, 0, NULL},
};

void gl_site_view_page(gl_buf *out, const gl_site *s, const gl_site_view *v)
{
	gl_site_page_open(out, &s->frame, gl_lang_text(s->frame.lang, v->title));
	v->main(out, s, 1);
	gl_site_page_close(out, &s->frame, NULL);
}

bool gl_site_name_taken(const gl_site *s, const char *page)
{
	if (!strcmp(page, s->index_page))
		return true;
	size_t n = strlen(page);
	for (const gl_site_view *v = gl_site_views; v->name; v++) {
		size_t k = strlen(v->name);
		if (n > k && !strncmp(page, v->name, k) && !strcmp(page + k, ".html"))
			return true;
	}
	return false;
}

int gl_site_write_views(const gl_site *s, const char *dir, govlog_site_fn fn, void *payload)
{
	gl_buf page = GL_BUF_INIT, name = GL_BUF_INIT;
	int rc = 0;
	for (const gl_site_view *v = gl_site_views; v->name && !rc; v++) {
		gl_buf_clear(&page);
		gl_buf_clear(&name);
		gl_site_view_page(&page, s, v);
		gl_buf_printf(&name, "%s.html", v->name);
		rc = gl_site_put(dir, name.ptr, page.ptr, page.len, fn, payload);
	}
	gl_buf_release(&page);
	gl_buf_release(&name);
	return rc;
}

void gl_site_entry_href(gl_buf *out, const gl_site *s, size_t i)
{
	gl_buf_printf(out, "%s%s", s->frame.root, s->entries[i].page);
}
