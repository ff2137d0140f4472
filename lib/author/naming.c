/* A decision folder's file-name form, read from the names of its records. */
#include "author/naming.h"

#include <string.h>

#include "log/template.h"
#include "util/ascii.h"
#include "util/fs.h"
#include "util/vec.h"
#include "util/banned.h"

static size_t digits(const char *s)
{
	size_t n = 0;
	while (gl_isdigit(s[n]))
		n++;
	return n;
}

static bool separator(char c)
{
	return c == '-' || c == '_';
}

/* YYYYMMDD with a month and a day that can be: log4brains' date, not a number. */
static bool compact_date(const char *s)
{
	int month = (s[4] - '0') * 10 + (s[5] - '0'), day = (s[6] - '0') * 10 + (s[7] - '0');
	return (!strncmp(s, "19", 2) || !strncmp(s, "20", 2)) && month >= 1 && month <= 12 &&
	       day >= 1 && day <= 31;
}

bool gl_naming_of(gl_naming *out, const char *name)
{
	size_t n = digits(name);
	if (n == 4 && name[4] == '-' && digits(name + 5) == 2 && name[7] == '-' &&
	    digits(name + 8) == 2 && separator(name[10])) {
		*out = (gl_naming){GL_NAME_DATE, 0};
		return true;
	}
	if (!n || n > 8 || !separator(name[n]))
		return false;
	if (n == 8 && compact_date(name))
		*out = (gl_naming){GL_NAME_DATE_COMPACT, 0};
	else
		*out = (gl_naming){GL_NAME_NUMBER, (int)n};
	return true;
}

bool gl_naming_detect(gl_naming *out, const char *folder)
{
	gl_strvec names = {0};
	size_t count[3] = {0}, widths[9] = {0};
	if (gl_fs_list(folder, &names) == 0)
		for (size_t i = 0; i < names.len; i++) {
			gl_naming one;
			if (!gl_log_is_record_name(names.items[i]) ||
			    !gl_naming_of(&one, names.items[i]))
				continue;
			count[one.form]++;
			widths[one.width]++;
		}
	gl_strvec_free(&names);
	if (!count[0] && !count[1] && !count[2])
		return false;
	gl_name_form best = GL_NAME_NUMBER;
	for (int f = GL_NAME_DATE; f <= GL_NAME_DATE_COMPACT; f++)
		if (count[f] > count[best])
			best = (gl_name_form)f;
	int width = 4;
	for (int w = 1; w <= 8; w++)
		if (widths[w] > widths[width])
			width = w;
	*out = (gl_naming){best, width};
	return true;
}

void gl_naming_format(gl_buf *out, const gl_naming *n, unsigned long number, const char *iso_date,
		      const char *slug)
{
	if (n->form == GL_NAME_DATE)
		gl_buf_printf(out, "%s-%s", iso_date, slug);
	else if (n->form == GL_NAME_DATE_COMPACT)
		gl_buf_printf(out, "%.4s%.2s%.2s-%s", iso_date, iso_date + 5, iso_date + 8, slug);
	else
		gl_buf_printf(out, "%0*lu-%s", n->width, number, slug);
}
