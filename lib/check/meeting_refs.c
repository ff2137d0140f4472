/* Who attended a meeting and which decision records its minutes reference. */
#include "check/meeting_internal.h"

#include <stdio.h>
#include <string.h>

#include "check/rules/own.h"
#include "log/log_internal.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/utf8.h"
#include "util/banned.h"

enum { MAX_ATTENDEES = 100 };

static const char *const people_labels[] = {"deltagere", "til stede", "tilstede",     "fremmødte",
					    "attendees", "present",   "participants", NULL};

/* Markdown's marks around a line's words: "- **Deltagere:** " reads as "Deltagere: ". */
static void trim(const char **s, const char **e)
{
	while (*s < *e && strchr(" \t#*-+_>", **s))
		(*s)++;
	while (*e > *s && strchr(" \t*_.", (*e)[-1]))
		(*e)--;
}

static void add_person(govlog_meetings *m, govlog_meeting *mt, const char *s, const char *e)
{
	trim(&s, &e);
	if (s < e && mt->attendees.len < MAX_ATTENDEES)
		gl_vec_push(&mt->attendees, gl_arena_strndup(&m->arena, s, (size_t)(e - s)));
}

/* "A, B og C": names split at commas, semicolons and the last "og" / "and". */
static void add_people(govlog_meetings *m, govlog_meeting *mt, const char *s, const char *e)
{
	while (s < e) {
		const char *cut = s;
		while (cut < e && *cut != ',' && *cut != ';' && strncmp(cut, " og ", 4) &&
		       strncmp(cut, " and ", 5))
			cut++;
		add_person(m, mt, s, cut);
		s = cut >= e ? e : cut + (*cut == ',' || *cut == ';' ? 1 : cut[1] == 'o' ? 4 : 5);
	}
}

/* The words after a people label on the line, else NULL when the line has none. */
static const char *after_label(const char *s, const char *e)
{
	gl_buf low = GL_BUF_INIT;
	trim(&s, &e);
	gl_utf8_lower(&low, s, (size_t)(e - s));
	const char *rest = NULL;
	for (size_t i = 0; !rest && people_labels[i]; i++) {
		size_t n = strlen(people_labels[i]);
		if (low.len >= n && !memcmp(low.ptr, people_labels[i], n) &&
		    (low.len == n || strchr(":* (", low.ptr[n])))
			rest = s + n;
	}
	gl_buf_release(&low);
	while (rest && rest < e && strchr(":* ", *rest))
		rest++;
	return rest;
}

/* A task list item's box: 'x' ticked, ' ' not, '\0' when the item has none. */
static char box_of(const char **s, const char *e)
{
	const char *p = *s;
	if (e - p < 3 || p[0] != '[' || p[2] != ']' || !strchr(" xX", p[1]))
		return '\0';
	*s = p + 3;
	return p[1] == ' ' ? ' ' : 'x';
}

/*
 * The list under a people label from line l, blank lines before it allowed.
 * A roll call kept as a task list ("- [x] Ana", "- [ ] Bo") names those who
 * came: the ticked ones, none while no box is ticked (an agenda's invitees).
 */
static void read_list(govlog_meetings *m, govlog_meeting *mt, unsigned l)
{
	const gl_text *t = &mt->rec->text;
	unsigned n = gl_text_line_count(t);
	bool boxes = false, started = false;
	for (; l <= n; l++) {
		const char *s = t->data + gl_text_line_start(t, l),
			   *e = t->data + gl_text_line_end(t, l);
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
		if (s == e && !started)
			continue;
		if (e - s < 2 || !strchr("-*+", *s) || s[1] != ' ')
			return;
		started = true;
		s += 2;
		char box = box_of(&s, e);
		boxes = boxes || box;
		if (box == ' ' || (boxes && !box))
			continue;
		add_person(m, mt, s, e);
	}
}

void gl_meeting_read_people(govlog_meetings *m, govlog_meeting *mt)
{
	const gl_text *t = &mt->rec->text;
	unsigned n = gl_text_line_count(t);
	for (unsigned l = 1; l <= n; l++) {
		const char *s = t->data + gl_text_line_start(t, l),
			   *e = t->data + gl_text_line_end(t, l);
		const char *rest = after_label(s, e);
		if (!rest)
			continue;
		if (rest < e) {
			add_people(m, mt, rest, e);
			return;
		}
		read_list(m, mt, l + 1);
		return;
	}
}

static void add_decision(govlog_meeting *mt, const govlog_record *r)
{
	for (size_t i = 0; i < mt->decisions.len; i++)
		if (mt->decisions.items[i] == r)
			return;
	gl_vec_push(&mt->decisions, r);
}

static const govlog_record *record_at(const govlog_log *log, const char *path)
{
	for (size_t i = 0; i < govlog_log_count(log); i++)
		if (!strcmp(govlog_record_path(govlog_log_record_at(log, i)), path))
			return govlog_log_record_at(log, i);
	return NULL;
}

/* A link's target as a display path: relative to the minutes' folder, or the own repository's. */
static bool link_target(govlog_meetings *m, const govlog_meeting *mt, const char *url, gl_buf *out)
{
	const char *path = NULL;
	gl_buf raw = GL_BUF_INIT, ref = GL_BUF_INIT;
	bool ok = true;
	if (strstr(url, "://")) {
		ok = m->own && gl_own_repo_match(m->own, url, &path, &ref) == GL_OWN_FILE;
		if (ok) {
			gl_link_path(&raw, path, strlen(path));
			gl_log_display_path(out, m->log, raw.ptr);
		}
	} else if (url[0] && url[0] != '#' && url[0] != '/' && !strchr(url, ':')) {
		const char *slash = strrchr(mt->rec->path, '/');
		gl_link_path(&raw, url, strlen(url));
		if (slash) {
			gl_buf_put(out, mt->rec->path, (size_t)(slash - mt->rec->path) + 1);
		}
		gl_buf_puts(out, raw.ptr);
		gl_path_normalise(out);
	} else {
		ok = false;
	}
	gl_buf_release(&raw);
	gl_buf_release(&ref);
	return ok && out->len;
}

static void read_links(govlog_meetings *m, govlog_meeting *mt)
{
	gl_buf target = GL_BUF_INIT;
	for (size_t i = 0; i < mt->rec->links.len; i++) {
		gl_buf_clear(&target);
		if (!link_target(m, mt, mt->rec->links.items[i].url, &target))
			continue;
		const govlog_record *r = record_at(m->log, target.ptr);
		if (r)
			add_decision(mt, r);
		else if (gl_path_is_markdown(target.ptr)) {
			gl_vec_push(&mt->dangling, gl_arena_strdup(&m->arena, target.ptr));
			gl_vec_push(&mt->dangling_pos, mt->rec->links.items[i].pos);
		}
	}
	gl_buf_release(&target);
}

/* "ADR-0007", "SDR 3", "BS1": two to five capitals, an optional '-' or blank, a number. */
static void read_ids(govlog_meetings *m, govlog_meeting *mt)
{
	const char *s = mt->rec->text.data;
	size_t len = mt->rec->text.len;
	char id[16];
	for (size_t i = 0; i < len; i++) {
		if (!gl_isupper(s[i]) || (i && gl_isalnum(s[i - 1])))
			continue;
		size_t k = i;
		while (k < len && gl_isupper(s[k]) && k - i < 6)
			k++;
		size_t letters = k - i, d = k + (k < len && (s[k] == '-' || s[k] == ' '));
		size_t dn = d;
		while (dn < len && gl_isdigit(s[dn]) && dn - d < 5)
			dn++;
		if (letters < 2 || letters > 5 || dn == d || (dn < len && gl_isalnum(s[dn])))
			continue;
		snprintf(id, sizeof(id), "%.*s-%.*s", (int)letters, s + i, (int)(dn - d), s + d);
		const govlog_record *r = govlog_log_find(m->log, id);
		if (r)
			add_decision(mt, r);
		i = dn;
	}
}

void gl_meeting_read_refs(govlog_meetings *m, govlog_meeting *mt)
{
	read_links(m, mt);
	read_ids(m, mt);
}
