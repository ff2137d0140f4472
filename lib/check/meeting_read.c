/* What a meeting's file says: its date, group, agenda or minutes, attendees and references. */
#include "check/meeting_internal.h"

#include <string.h>

#include "check/rules/own.h"
#include "config/config.h"
#include "log/layout.h"
#include "log/log_internal.h"
#include "record/date.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/utf8.h"
#include "util/banned.h"

/* Dates and groups are looked for in the first lines only: the heading block. */
enum { HEAD_LINES = 15 };

static const struct body {
	const char *key;
	const char *names[6];
} bodies[] = {
	{"styregruppe", {"styregruppe", "steering group", "steering committee", "styringsgruppe"}},
	{"koordinationsgruppe",
	 {"koordinationsgruppe", "koordineringsgruppe", "coordination group",
	  "coordination committee"}},
};

static const char *find_word(const char *s, size_t len, const char *w, size_t *at)
{
	size_t n = strlen(w);
	for (size_t i = 0; i + n <= len; i++)
		if (!memcmp(s + i, w, n)) {
			*at = i;
			return s + i;
		}
	return NULL;
}

const char *gl_body_mention(const char *lower, size_t len, size_t *at, size_t *mention_len)
{
	const char *key = NULL;
	size_t best = len, best_len = 0, pos;
	for (size_t b = 0; b < GL_ARRAY_SIZE(bodies); b++)
		for (const char *const *w = bodies[b].names; *w; w++)
			if (find_word(lower, len, *w, &pos) && pos < best) {
				best = pos, best_len = strlen(*w), key = bodies[b].key;
			}
	if (at)
		*at = best;
	if (mention_len)
		*mention_len = best_len;
	return key;
}

/* Lower case, '-' and '_' as blanks: "Steering-Group" reads as "steering group". */
static void lowered(gl_buf *out, const char *s, size_t len)
{
	gl_buf_clear(out);
	gl_utf8_lower(out, s, len);
	for (size_t i = 0; i < out->len; i++)
		if (out->ptr[i] == '-' || out->ptr[i] == '_')
			out->ptr[i] = ' ';
}

const char *gl_body_key(gl_arena *a, const char *group)
{
	gl_buf low = GL_BUF_INIT;
	lowered(&low, group, strlen(group));
	const char *key = gl_body_mention(low.ptr, low.len, NULL, NULL);
	const char *out = key ? key : gl_arena_strdup(a, low.ptr);
	gl_buf_release(&low);
	return out;
}

static bool digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!gl_isdigit(s[i]))
			return false;
	return true;
}

void gl_meeting_name_date(const char *path, char iso[11])
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t n = strlen(base);
	gl_date d;
	iso[0] = '\0';
	if (n >= 8 && digits(base, 8) && (n == 8 || !gl_isdigit(base[8]))) {
		char dashed[11] = {base[0], base[1], base[2], base[3], '-', base[4],
				   base[5], '-',     base[6], base[7], '\0'};
		if (gl_date_parse(dashed, 10, &d) == GL_DATE_OK)
			gl_date_iso(&d, iso);
		return;
	}
	char head[11] = {0};
	memcpy(head, base, n < 10 ? n : 10);
	if (n >= 10 && head[4] == '_' && head[7] == '_')
		head[4] = head[7] = '-';
	if (n >= 10 && gl_date_parse(head, 10, &d) == GL_DATE_OK)
		gl_date_iso(&d, iso);
}

/* A date at s[0..len): as far as the line goes, else ending before a sentence's full stop or
 * comma ("… den 4. juni 2026." reads as 4 June). */
static bool date_at(const char *s, size_t len, gl_date *d)
{
	if (gl_date_parse(s, len, d) == GL_DATE_OK)
		return true;
	for (size_t k = 6; k < len; k++)
		if (strchr(".,;:!", s[k]) &&
		    (k + 1 == len || gl_isspace(s[k + 1]) || s[k + 1] == ')') &&
		    gl_date_parse(s, k, d) == GL_DATE_OK)
			return true;
	return false;
}

size_t gl_text_first_date(const char *s, size_t len, char iso[11])
{
	gl_date d;
	iso[0] = '\0';
	for (size_t i = 0; i < len; i++) {
		if (!gl_isdigit(s[i]) || (i && gl_isalnum(s[i - 1])))
			continue;
		size_t end = i;
		while (end < len && s[end] != '\n' && end - i < 40)
			end++;
		if (date_at(s + i, end - i, &d)) {
			gl_date_iso(&d, iso);
			return i;
		}
	}
	return len;
}

/* The text of the first lines: where a heading block says the date or the body. */
static size_t head_len(const govlog_record *r)
{
	unsigned last = gl_text_line_count(&r->text);
	return gl_text_line_end(&r->text, last < HEAD_LINES ? last : HEAD_LINES);
}

static void read_date(govlog_meeting *mt)
{
	gl_meeting_name_date(mt->rec->path, mt->date);
	if (!mt->date[0] && mt->rec->date_iso)
		memcpy(mt->date, mt->rec->date_iso, strnlen(mt->rec->date_iso, 10));
	if (!mt->date[0])
		gl_text_first_date(mt->rec->text.data, head_len(mt->rec), mt->date);
}

/* Whether a path component is a minutes folder's name (usual or configured). */
static bool is_minutes_folder(const govlog_log *log, const char *name, size_t n)
{
	const struct gl_config *c = gl_log_config(log);
	for (int pass = 0; pass < 2; pass++) {
		const char *const *f =
			pass ? (c ? c->governance_folders : NULL) : gl_layout_minutes_folders;
		for (; f && *f; f++) {
			const char *base = strrchr(*f, '/');
			base = base ? base + 1 : *f;
			size_t bn = strlen(base);
			while (bn && base[bn - 1] == '/')
				bn--;
			if (bn == n && !strncmp(base, name, n))
				return true;
		}
	}
	return false;
}

/* The folder right under the minutes folder, when the file lies deeper: "styregruppe". */
static const char *folder_group(govlog_meetings *m, const char *path)
{
	const char *group = NULL, *p = path, *slash;
	size_t group_len = 0;
	while ((slash = strchr(p, '/'))) {
		const char *next = slash + 1, *after = strchr(next, '/');
		if (is_minutes_folder(m->log, p, (size_t)(slash - p)) && after)
			group = next, group_len = (size_t)(after - next);
		p = next;
	}
	return group ? gl_arena_strndup(&m->arena, group, group_len) : NULL;
}

static void read_group(govlog_meetings *m, govlog_meeting *mt, gl_buf *low)
{
	const char *base = strrchr(mt->rec->path, '/');
	base = base ? base + 1 : mt->rec->path;
	const char *g = folder_group(m, mt->rec->path);
	if (!g) {
		lowered(low, base, strlen(base));
		g = gl_body_mention(low->ptr, low->len, NULL, NULL);
	}
	if (!g) {
		lowered(low, mt->rec->text.data, head_len(mt->rec));
		g = gl_body_mention(low->ptr, low->len, NULL, NULL);
	}
	mt->group = g ? g : "";
	mt->group_key = g ? gl_body_key(&m->arena, g) : "";
}

static const char *const minutes_words[] = {"referat", "minutes", "protokol", NULL};
static const char *const agenda_words[] = {"dagsorden", "agenda", NULL};

/* Whether the lowered text holds one of the words. */
static bool holds_any(const gl_buf *low, const char *const *words)
{
	size_t at;
	for (size_t i = 0; words[i]; i++)
		if (find_word(low->ptr, low->len, words[i], &at))
			return true;
	return false;
}

static govlog_meeting_doc doc_in(const char *s, gl_buf *low)
{
	lowered(low, s, strlen(s));
	if (holds_any(low, minutes_words))
		return GOVLOG_MEETING_MINUTES;
	if (holds_any(low, agenda_words))
		return GOVLOG_MEETING_AGENDA;
	return GOVLOG_MEETING_DOC_UNKNOWN;
}

/*
 * Whether a line holds words of its own: not blank, no heading, no quote of
 * the agenda, no rule ("---") and no comment.
 */
static bool own_words(const char *s, const char *e)
{
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	if (s == e || *s == '#' || *s == '>' || (e - s >= 4 && !memcmp(s, "<!--", 4)))
		return false;
	for (const char *p = s; p < e; p++)
		if (!strchr("-*_ \t\r", *p))
			return true;
	return false;
}

/* Whether section i has words of its own before the next heading of its level or above. */
static bool section_written(const govlog_record *r, size_t i)
{
	const govlog_section *s = &r->sections.items[i];
	size_t next = i + 1;
	while (next < r->sections.len && r->sections.items[next].level > s->level)
		next++;
	unsigned end = next < r->sections.len ? r->sections.items[next].pos.line
					      : gl_text_line_count(&r->text) + 1;
	for (unsigned l = s->pos.line + 1; l < end; l++)
		if (own_words(r->text.data + gl_text_line_start(&r->text, l),
			      r->text.data + gl_text_line_end(&r->text, l)))
			return true;
	return false;
}

/*
 * OS2's "Dagsorden og referat" files hold both: the agenda, then a "## Møde
 * referat" section the minutes are written into. Written, the file is the
 * minutes; still empty, it is the agenda; without one, a "## Dagsorden"
 * section makes it the agenda. UNKNOWN without either.
 */
static govlog_meeting_doc doc_by_minutes_section(const govlog_record *r, gl_buf *low)
{
	govlog_meeting_doc found = GOVLOG_MEETING_DOC_UNKNOWN;
	for (size_t i = 0; i < r->sections.len; i++) {
		govlog_meeting_doc d = doc_in(r->sections.items[i].heading, low);
		/* "## Møde referat", not a heading over both ("## Dagsorden og referat") */
		if (d == GOVLOG_MEETING_MINUTES && !holds_any(low, agenda_words))
			return section_written(r, i) ? GOVLOG_MEETING_MINUTES
						     : GOVLOG_MEETING_AGENDA;
		if (d == GOVLOG_MEETING_AGENDA)
			found = d; /* "## Dagsorden" and no place for minutes: the agenda */
	}
	return found;
}

/*
 * The file name says it, else a minutes section written or not, else the
 * title, else a folder that holds minutes only.
 */
static void read_doc(govlog_meeting *mt, gl_buf *low)
{
	const char *path = mt->rec->path, *base = strrchr(path, '/');
	const char *title = govlog_record_title(mt->rec);
	mt->doc = doc_in(base ? base + 1 : path, low);
	if (!mt->doc)
		mt->doc = doc_by_minutes_section(mt->rec, low);
	if (!mt->doc && title)
		mt->doc = doc_in(title, low);
	if (!mt->doc && (!strncmp(path, "referater/", 10) || strstr(path, "/referater/") ||
			 !strncmp(path, "minutes/", 8) || strstr(path, "/minutes/")))
		mt->doc = GOVLOG_MEETING_MINUTES;
}

void gl_meeting_read(govlog_meetings *m, govlog_meeting *mt)
{
	gl_buf low = GL_BUF_INIT;
	read_date(mt);
	read_group(m, mt, &low);
	read_doc(mt, &low);
	gl_buf_release(&low);
	gl_meeting_read_people(m, mt);
	gl_meeting_read_refs(m, mt);
}
