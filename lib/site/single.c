/* govlog site --single-file: the index and every record in one page, style and scripts inline. */
#include "site/site.h"
#include "site/story.h"

#include "util/banned.h"

/* The releases, each release's notes and the gaps, as sections after the records. */
static void story_sections(gl_buf *out, const gl_site *s)
{
	const gl_history *h = gl_site_history(s);
	if (s->frame.releases_page) {
		gl_buf_puts(out, "<section id=\"releases\">\n");
		gl_site_releases_main(out, s, 2);
		gl_buf_puts(out, "</section>\n");
	}
	for (size_t r = 0; h && r < h->releases.len; r++) {
		gl_buf_printf(out, "<section class=\"release\" id=\"%s\">\n",
			      gl_site_release_page(s, r) + 1);
		gl_site_release_main(out, s, r, 2); /* a history that cannot be read: no notes */
		gl_buf_puts(out, "</section>\n");
	}
	if (s->frame.gaps_page) {
		gl_buf_puts(out, "<section id=\"gaps\">\n");
		gl_site_gaps_main(out, s, 2);
		gl_buf_puts(out, "</section>\n");
	}
}

void gl_site_single_page(gl_buf *out, const gl_site *s)
{
	gl_site_page_open(out, &s->frame, gl_lang_text(s->frame.lang, GL_T_SITE_DECISIONS));
	gl_site_index_main(out, s, true);
	for (size_t i = 0; i < s->count; i++) {
		/* The section's id is its page name without the '#'; its heading names it. */
		gl_buf_printf(out,
			      "<section class=\"record\" id=\"%s\" aria-labelledby=\"%s-title\">\n",
			      s->entries[i].page + 1, s->entries[i].page + 1);
		gl_site_record_main(out, s, i);
		gl_buf_puts(out, "</section>\n");
	}
	story_sections(out, s);
	for (const gl_site_view *v = gl_site_views; v->name; v++) {
		gl_buf_printf(out,
			      "<section class=\"view\" id=\"%s\" aria-labelledby=\"%s-title\">\n",
			      v->name, v->name);
		v->main(out, s, 2);
		gl_buf_puts(out, "</section>\n");
	}
	gl_buf index = GL_BUF_INIT;
	gl_site_search_index(&index, s);
	const char *const scripts[] = {index.ptr, gl_site_asset("site.js"), NULL};
	gl_site_page_close(out, &s->frame, scripts);
	gl_buf_release(&index);
}
