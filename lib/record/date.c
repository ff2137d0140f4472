/* Tolerant date reading with strict calendar validation. */
#include "record/date.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/utf8.h"
#include "util/ascii.h"
#include "util/banned.h"

static const struct {
	const char *name;
	int month;
} month_names[] = {
	{"januar", 1},    {"january", 1},   {"jan", 1},   {"februar", 2},   {"february", 2},
	{"feb", 2},       {"marts", 3},     {"march", 3}, {"mar", 3},       {"april", 4},
	{"apr", 4},       {"maj", 5},       {"may", 5},   {"juni", 6},      {"june", 6},
	{"jun", 6},       {"juli", 7},      {"july", 7},  {"jul", 7},       {"august", 8},
	{"aug", 8},       {"september", 9}, {"sept", 9},  {"sep", 9},       {"oktober", 10},
	{"october", 10},  {"okt", 10},      {"oct", 10},  {"november", 11}, {"nov", 11},
	{"december", 12}, {"dec", 12},
};

int gl_date_days_in_month(int year, int month)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (month < 1 || month > 12)
		return 0;
	bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return month == 2 && leap ? 29 : days[month - 1];
}

/* Reads 1..max digits at s[*i]; returns the count read (0 when none). */
static int read_number(const char *s, size_t len, size_t *i, int max, int *value)
{
	int n = 0, v = 0;
	while (*i < len && n < max && s[*i] >= '0' && s[*i] <= '9') {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		n++;
	}
	if (*i < len && s[*i] >= '0' && s[*i] <= '9')
		return 0; /* more digits than the field allows */
	*value = v;
	return n;
}

static bool at_end_of_token(const char *s, size_t len, size_t i)
{
	return i == len || s[i] == ' ' || s[i] == '\t' || s[i] == '(' || s[i] == ',' || s[i] == ';';
}

static int month_from_name(const char *s, size_t len, size_t *i)
{
	size_t start = *i, end = start;
	while (end < len) {
		uint32_t cp;
		bool valid;
		size_t n = gl_utf8_decode(s + end, len - end, &cp, &valid);
		if (!gl_utf8_is_letter(cp))
			break;
		end += n;
	}
	for (size_t k = 0; k < GL_ARRAY_SIZE(month_names); k++) {
		const char *m = month_names[k].name;
		if (gl_utf8_ieq(s + start, end - start, m, strlen(m))) {
			*i = end;
			if (*i < len && s[*i] == '.')
				(*i)++; /* "jun." */
			return month_names[k].month;
		}
	}
	return 0;
}

static void skip_spaces(const char *s, size_t len, size_t *i)
{
	while (*i < len && (s[*i] == ' ' || s[*i] == '\t'))
		(*i)++;
}

static gl_date_result validate(gl_date *out)
{
	if (out->year < 1900 || out->year > 2199 || out->month < 1 || out->month > 12 ||
	    out->day < 1 || out->day > gl_date_days_in_month(out->year, out->month))
		return GL_DATE_IMPOSSIBLE;
	return GL_DATE_OK;
}

/* "2026-06-25" */
static bool parse_iso(const char *s, size_t len, gl_date *out)
{
	size_t i = 0;
	if (read_number(s, len, &i, 4, &out->year) != 4 || i >= len || s[i++] != '-')
		return false;
	if (read_number(s, len, &i, 2, &out->month) < 1 || i >= len || s[i++] != '-')
		return false;
	if (read_number(s, len, &i, 2, &out->day) < 1 || !at_end_of_token(s, len, i))
		return false;
	out->form = GL_DATE_ISO;
	return true;
}

/* "25-06-2026", "25.06.2026", "25/06/2026" */
static bool parse_dmy(const char *s, size_t len, gl_date *out)
{
	size_t i = 0;
	if (read_number(s, len, &i, 2, &out->day) < 1 || i >= len)
		return false;
	char sep = s[i++];
	if (sep != '-' && sep != '.' && sep != '/')
		return false;
	if (read_number(s, len, &i, 2, &out->month) < 1 || i >= len || s[i++] != sep)
		return false;
	if (read_number(s, len, &i, 4, &out->year) != 4 || !at_end_of_token(s, len, i))
		return false;
	out->form = sep == '-'   ? GL_DATE_DMY_DASH
		    : sep == '.' ? GL_DATE_DMY_DOT
				 : GL_DATE_DMY_SLASH;
	return true;
}

/* "4. juni 2026", "4 June 2026" */
static bool parse_day_month_name(const char *s, size_t len, gl_date *out)
{
	size_t i = 0;
	if (read_number(s, len, &i, 2, &out->day) < 1)
		return false;
	if (i < len && s[i] == '.')
		i++;
	skip_spaces(s, len, &i);
	if (!(out->month = month_from_name(s, len, &i)))
		return false;
	skip_spaces(s, len, &i);
	if (read_number(s, len, &i, 4, &out->year) != 4 || !at_end_of_token(s, len, i))
		return false;
	out->form = GL_DATE_TEXT;
	return true;
}

/* "June 4, 2026" */
static bool parse_month_name_day(const char *s, size_t len, gl_date *out)
{
	size_t i = 0;
	if (!(out->month = month_from_name(s, len, &i)))
		return false;
	skip_spaces(s, len, &i);
	if (read_number(s, len, &i, 2, &out->day) < 1)
		return false;
	if (i < len && s[i] == ',')
		i++;
	skip_spaces(s, len, &i);
	if (read_number(s, len, &i, 4, &out->year) != 4 || !at_end_of_token(s, len, i))
		return false;
	out->form = GL_DATE_TEXT;
	return true;
}

bool gl_date_month_only(const char *s, size_t len, gl_date *out)
{
	size_t i = 0;
	memset(out, 0, sizeof(*out));
	if (read_number(s, len, &i, 4, &out->year) == 4) { /* "2018-11" */
		bool dash = i < len && s[i++] == '-';
		if (!dash || read_number(s, len, &i, 2, &out->month) != 2)
			return false;
		out->form = GL_DATE_ISO;
	} else { /* "November 2018", "juni 2026" */
		i = 0;
		if (!(out->month = month_from_name(s, len, &i)))
			return false;
		skip_spaces(s, len, &i);
		if (read_number(s, len, &i, 4, &out->year) != 4)
			return false;
		out->form = GL_DATE_TEXT;
	}
	return at_end_of_token(s, len, i) && out->month >= 1 && out->month <= 12 &&
	       out->year >= 1900 && out->year <= 2199;
}

gl_date_result gl_date_parse(const char *s, size_t len, gl_date *out)
{
	memset(out, 0, sizeof(*out));
	if (parse_iso(s, len, out) || parse_dmy(s, len, out) || parse_day_month_name(s, len, out) ||
	    parse_month_name_day(s, len, out))
		return validate(out);
	memset(out, 0, sizeof(*out));
	return GL_DATE_UNRECOGNISED;
}

void gl_date_iso(const gl_date *d, char buf[11])
{
	/* Callers pass validated dates; the casts keep the widths provable. Every
	 * record's date is written, so by hand rather than through snprintf. */
	gl_put_digits(buf, (unsigned)d->year % 10000u, 4);
	buf[4] = '-';
	gl_put_digits(buf + 5, (unsigned)d->month % 100u, 2);
	buf[7] = '-';
	gl_put_digits(buf + 8, (unsigned)d->day % 100u, 2);
	buf[10] = '\0';
}

void gl_date_today(char out[11])
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t now = epoch && *epoch ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

void gl_date_swapped_iso(const char *iso, char out[11])
{
	gl_date d;
	out[0] = '\0';
	if (gl_date_parse(iso, strlen(iso), &d) != GL_DATE_OK || d.day > 12 || d.day == d.month)
		return;
	int day = d.day;
	d.day = d.month;
	d.month = day;
	gl_date_iso(&d, out);
}
