/* The timeline: every record under its year and month, newest first, the undated ones apart. */
#include "site/site.h"

#include <string.h>

#include "util/banned.h"

static const gl_text_id months[] = {GL_T_SITE_MONTH_1,  GL_T_SITE_MONTH_2,  GL_T_SITE_MONTH_3,
				    GL_T_SITE_MONTH_4,  GL_T_SITE_MONTH_5,  GL_T_SITE_MONTH_6,
				    GL_T_SITE_MONTH_7,  GL_T_SITE_MONTH_8,  GL_T_SITE_MONTH_9,
				    GL_T_SITE_MONTH_10, GL_T_SITE_MONTH_11, GL_T_SITE_MONTH_12};

/* The month of an ISO date (1-12), or 0 when it has none. */
static int month_of(const char *date)
{
	if (strlen(date) < 7 || date[4] != '-' || date[5] < '0' || date[5] > '1' || date[6] < '0' ||
	    date[6] > '9')
		return 0;
	int m = (date[5] - '0') * 10 + (date[6] - '0');
	return m >= 1 && m <= 12 ? m : 0;
}

static void item(gl_buf *out, const gl_site *s, size_t i)
{
	const govlog_record *r = s->entries[i].record;
	const char *date = govlog_record_date(r);
	gl_buf_puts(out, "<li>");
	if (date) {
		gl_buf_puts(out, "<time datetime=\"");
		gl_site_text(out, date);
		gl_buf_puts(out, "\">");
		gl_site_text(out, date);
		gl_buf_puts(out, "</time> ");
	}
	gl_buf_puts(out, "<a href=\"");
	gl_buf href = GL_BUF_INIT;
	gl_site_entry_href(&href, s, i);
	gl_site_text(out, href.ptr);
	gl_buf_release(&href);
	gl_buf_puts(out, "\">");
	gl_site_text(out, govlog_record_id(r));
	gl_buf_puts(out, "</a> ");
	gl_site_text(out, govlog_record_title(r));
	gl_buf_puts(out, " ");
	gl_site_status(out, govlog_record_status(r), s->frame.lang);
	gl_buf_puts(out, "</li>\n");
}

/* Opens a year's or a month's heading when the date starts a new one. */
static void headings(gl_buf *out, const gl_site *s, const char *date, const char *prev, int level)
{
	bool new_year = !prev || strncmp(date, prev, 4);
	int m = month_of(date);
	bool new_month = new_year || m != month_of(prev);
	if (prev && new_month)
		gl_buf_puts(out, "</ul>\n");
	if (new_year) {
		gl_buf_printf(out, "<h%d>", level + 1);
		gl_buf year = GL_BUF_INIT;
		gl_buf_printf(&year, "%.4s", date);
		gl_site_text(out, year.ptr);
		gl_buf_release(&year);
		gl_buf_printf(out, "</h%d>\n", level + 1);
	}
	if (new_month) {
		gl_buf_printf(out, "<h%d>", level + 2);
		gl_site_text(out, m ? gl_lang_text(s->frame.lang, months[m - 1])
				    : gl_lang_text(s->frame.lang, GL_T_SITE_NOT_SET));
		gl_buf_printf(out, "</h%d>\n<ul class=\"timeline\">\n", level + 2);
	}
}

void gl_site_timeline_main(gl_buf *out, const gl_site *s, int level)
{
	govlog_lang lang = s->frame.lang;
	gl_buf_printf(out, "<h%d%s>", level, level > 1 ? " id=\"timeline-title\"" : "");
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_TIMELINE));
	gl_buf_printf(out, "</h%d>\n<p>", level);
	gl_site_text(out, gl_lang_text(lang, GL_T_SITE_TIMELINE_INTRO));
	gl_buf_puts(out, "</p>\n");
	/* The entries are newest first, the undated last: one pass gives the headings. */
	const char *prev = NULL;
	size_t i = 0;
	for (; i < s->count && govlog_record_date(s->entries[i].record); i++) {
		const char *date = govlog_record_date(s->entries[i].record);
		headings(out, s, date, prev, level);
		item(out, s, i);
		prev = date;
	}
	if (prev)
		gl_buf_puts(out, "</ul>\n");
	if (i == s->count)
		return;
	gl_site_heading(out, level + 1, lang, GL_T_SITE_UNDATED);
	gl_buf_puts(out, "<ul class=\"timeline\">\n");
	for (; i < s->count; i++)
		item(out, s, i);
	gl_buf_puts(out, "</ul>\n");
}
