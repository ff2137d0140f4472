/* Meetings as records: the minutes folders' files with their date, group and references. */
#include "check/meeting_internal.h"

#include <stdlib.h>
#include <string.h>

#include "check/rules/minutes.h"
#include "check/rules/own.h"
#include "log/log_internal.h"
#include "repo/renames.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/banned.h"

/* Renames are looked for this deep: a moved meeting is recent history. */
enum { RENAME_DEPTH = 2000 };

typedef struct rename_walk {
	govlog_meetings *m;
	gl_buf shown;
} rename_walk;

static void on_rename(const gl_rename *r, void *payload)
{
	rename_walk *w = payload;
	gl_meeting_rename mr;
	gl_buf_clear(&w->shown);
	gl_log_display_path(&w->shown, w->m->log, r->from);
	mr.from = gl_arena_strdup(&w->m->arena, w->shown.ptr);
	gl_buf_clear(&w->shown);
	gl_log_display_path(&w->shown, w->m->log, r->to);
	mr.to = gl_arena_strdup(&w->m->arena, w->shown.ptr);
	mr.commit = gl_arena_strdup(&w->m->arena, r->commit);
	gl_vec_push(&w->m->renames, mr);
}

/* The oldest name of a meeting's file, following renames back from the newest. */
static void follow_renames(govlog_meetings *m, govlog_meeting *mt)
{
	const char *name = mt->rec->path;
	for (size_t i = 0; i < m->renames.len; i++) {
		if (strcmp(m->renames.items[i].to, name))
			continue;
		name = m->renames.items[i].from;
		mt->renamed_from = name;
		mt->renamed_commit = m->renames.items[i].commit;
	}
	if (!mt->renamed_from)
		return;
	gl_meeting_name_date(mt->renamed_from, mt->former_date);
	if (!strcmp(mt->former_date, mt->date))
		mt->former_date[0] = '\0';
}

static int by_date(const void *a, const void *b)
{
	const govlog_meeting *x = *(const govlog_meeting *const *)a,
			     *y = *(const govlog_meeting *const *)b;
	int c = strcmp(x->date, y->date);
	return c ? c : strcmp(x->rec->path, y->rec->path);
}

int govlog_meetings_load(govlog_meetings **out, const govlog_log *log)
{
	*out = NULL;
	if (!log)
		return gl_error_set(GOVLOG_EINVALID, "no log");
	gl_record_vec recs = {0};
	gl_minutes_load(log, &recs);
	*out = gl_meetings_of(log, &recs);
	return 0;
}

govlog_meetings *gl_meetings_of(const govlog_log *log, gl_record_vec *minutes)
{
	govlog_meetings *m = gl_xcalloc(1, sizeof(*m));
	m->log = log;
	gl_record_vec recs = *minutes;
	*minutes = (gl_record_vec){0};
	if (recs.len) {
		rename_walk w = {m, GL_BUF_INIT};
		gl_renames_walk(govlog_log_root(log), RENAME_DEPTH, on_rename, &w);
		gl_buf_release(&w.shown);
	}
	m->own = gl_own_repo_new(log);
	for (size_t i = 0; i < recs.len; i++) {
		/* the folder's template ("skabelon.md") and README are no meetings */
		const char *path = govlog_record_path(recs.items[i]), *base = strrchr(path, '/');
		if (!gl_log_is_record_name(base ? base + 1 : path)) {
			govlog_record_free(recs.items[i]);
			continue;
		}
		govlog_meeting *mt = gl_xcalloc(1, sizeof(*mt));
		mt->rec = recs.items[i];
		gl_meeting_read(m, mt);
		follow_renames(m, mt);
		gl_vec_push(&m->items, mt);
	}
	gl_vec_free(&recs);
	if (m->items.len)
		qsort(m->items.items, m->items.len, sizeof(*m->items.items), by_date);
	return m;
}

void govlog_meetings_free(govlog_meetings *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->items.len; i++) {
		govlog_meeting *mt = m->items.items[i];
		govlog_record_free(mt->rec);
		gl_vec_free(&mt->attendees);
		gl_vec_free(&mt->decisions);
		gl_vec_free(&mt->dangling);
		gl_vec_free(&mt->dangling_pos);
		free(mt);
	}
	gl_vec_free(&m->items);
	gl_vec_free(&m->renames);
	gl_own_repo_free(m->own);
	gl_arena_release(&m->arena);
	free(m);
}

size_t govlog_meetings_count(const govlog_meetings *m)
{
	return m ? m->items.len : 0;
}

const govlog_meeting *govlog_meetings_at(const govlog_meetings *m, size_t i)
{
	return m && i < m->items.len ? m->items.items[i] : NULL;
}

/* "YYYY-MM-DD" or "YYYY-MM-DD/GROUP": the meetings of that day (of that group). */
static const govlog_meeting *find_by_day(const govlog_meetings *m, const char *name)
{
	const char *group = name[10] == '/' ? name + 11 : NULL;
	const govlog_meeting *found = NULL;
	for (size_t i = 0; i < m->items.len; i++) {
		const govlog_meeting *mt = m->items.items[i];
		if (strncmp(mt->date, name, 10) ||
		    (group && !gl_utf8_ieq(group, strlen(group), mt->group, strlen(mt->group))))
			continue;
		if (found && strcmp(found->group, mt->group))
			return NULL; /* two groups met that day: the group must be named */
		if (!found ||
		    (found->doc != GOVLOG_MEETING_MINUTES && mt->doc == GOVLOG_MEETING_MINUTES))
			found = mt;
	}
	return found;
}

const govlog_meeting *govlog_meetings_find(const govlog_meetings *m, const char *name)
{
	if (!m || !name)
		return NULL;
	size_t n = strlen(name);
	while (n > 2 && name[0] == '.' && name[1] == '/')
		name += 2, n -= 2;
	for (size_t i = 0; i < m->items.len; i++)
		if (!strcmp(m->items.items[i]->rec->path, name))
			return m->items.items[i];
	if (n >= 10 && (n == 10 || name[10] == '/') && name[4] == '-' && name[7] == '-')
		return find_by_day(m, name);
	return NULL;
}

const char *govlog_meeting_path(const govlog_meeting *mt)
{
	return mt->rec->path;
}

const char *govlog_meeting_date(const govlog_meeting *mt)
{
	return mt->date;
}

const char *govlog_meeting_group(const govlog_meeting *mt)
{
	return mt->group;
}

govlog_meeting_doc govlog_meeting_doc_kind(const govlog_meeting *mt)
{
	return mt->doc;
}

const char *govlog_meeting_doc_name(govlog_meeting_doc d)
{
	return d == GOVLOG_MEETING_AGENDA ? "agenda" : d == GOVLOG_MEETING_MINUTES ? "minutes" : "";
}

const char *govlog_meeting_title(const govlog_meeting *mt)
{
	const char *t = govlog_record_title(mt->rec);
	return t ? t : "";
}

size_t govlog_meeting_attendee_count(const govlog_meeting *mt)
{
	return mt->attendees.len;
}

const char *govlog_meeting_attendee_at(const govlog_meeting *mt, size_t i)
{
	return i < mt->attendees.len ? mt->attendees.items[i] : NULL;
}

size_t govlog_meeting_decision_count(const govlog_meeting *mt)
{
	return mt->decisions.len;
}

const govlog_record *govlog_meeting_decision_at(const govlog_meeting *mt, size_t i)
{
	return i < mt->decisions.len ? mt->decisions.items[i] : NULL;
}

const char *govlog_meeting_renamed_from(const govlog_meeting *mt)
{
	return mt->renamed_from;
}

const govlog_record *govlog_meeting_record(const govlog_meeting *mt)
{
	return mt->rec;
}
