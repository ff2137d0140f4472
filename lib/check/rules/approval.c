/*
 * approval/missing, approval/mismatch, approval/no-backlink: an accepted
 * decision shows where it was approved (decisions.approval), the minutes
 * agree with it, and they link back to it.
 */
#include "check/rules/rules.h"

#include <string.h>

#include "check/meeting_internal.h"
#include "config/config.h"
#include "diag/texts.h"
#include "log/log_internal.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/banned.h"

typedef struct approval_ctx {
	govlog_diag_list *out;
	const govlog_meetings *m;
	enum gl_approval mode;
	gl_buf hint;
} approval_ctx;

/* Where a finding about the record goes: the sentence that claims approval, else its status. */
static govlog_pos where(const govlog_record *r, const govlog_approval *a)
{
	if (a->pos.line)
		return a->pos;
	if (r->status_field != GL_NO_FIELD)
		return r->fields.items[r->status_field].key_pos;
	return r->title_pos.line ? r->title_pos : (govlog_pos){1, 1};
}

static void say(approval_ctx *c, gl_text_id id, ...)
{
	va_list ap;
	va_start(ap, id);
	gl_buf_clear(&c->hint);
	gl_lang_vprintf(&c->hint, gl_diag_list_lang(c->out), id, ap);
	va_end(ap);
}

static void missing(approval_ctx *c, const govlog_record *r, const govlog_approval *a)
{
	govlog_pos pos = where(r, a);
	if (a->claimed_date[0]) {
		gl_buf body = GL_BUF_INIT;
		gl_lang_body(&body, gl_diag_list_lang(c->out), a->claimed_group);
		gl_diag_addt(c->out, GL_RULE_APPROVAL_MISSING, r->path, pos, NULL,
			     a->undated ? GL_T_APPROVAL_NO_MINUTES_UNDATED
					: GL_T_APPROVAL_NO_MINUTES,
			     body.ptr, a->claimed_date);
		gl_buf_release(&body);
		return;
	}
	gl_text_id want = c->mode == GL_APPROVAL_MINUTES ? GL_T_APPROVAL_WANT_MINUTES
			  : c->mode == GL_APPROVAL_PR    ? GL_T_APPROVAL_WANT_PR
							 : GL_T_APPROVAL_WANT_ANY;
	say(c, GL_T_APPROVAL_MISSING_HINT);
	gl_buf what = GL_BUF_INIT;
	gl_buf_puts(&what, gl_lang_text(gl_diag_list_lang(c->out), want));
	gl_diag_addt(c->out, GL_RULE_APPROVAL_MISSING, r->path, pos, c->hint.ptr,
		     GL_T_APPROVAL_MISSING, what.ptr);
	gl_buf_release(&what);
}

/* Evidence of the kind decisions.approval does not take. */
static bool wrong_kind(approval_ctx *c, const govlog_record *r, const govlog_approval *a)
{
	if (c->mode == GL_APPROVAL_MINUTES && a->kind == GOVLOG_APPROVAL_PULL_REQUEST)
		gl_diag_addt(c->out, GL_RULE_APPROVAL_MISSING, r->path, where(r, a), NULL,
			     GL_T_APPROVAL_WRONG_KIND_PR, a->pull_request);
	else if (c->mode == GL_APPROVAL_PR && a->kind == GOVLOG_APPROVAL_MEETING)
		gl_diag_addt(c->out, GL_RULE_APPROVAL_MISSING, r->path, where(r, a), NULL,
			     GL_T_APPROVAL_WRONG_KIND_MINUTES, a->meeting->rec->path);
	else
		return false;
	return true;
}

/* A decider that names a body other than the one whose minutes approved it. */
static void check_group(approval_ctx *c, const govlog_record *r, const govlog_approval *a)
{
	const govlog_meeting *mt = a->meeting;
	const char *other = NULL;
	gl_buf low = GL_BUF_INIT;
	for (size_t i = 0; i < r->deciders.len; i++) {
		gl_buf_clear(&low);
		gl_utf8_lower(&low, r->deciders.items[i], strlen(r->deciders.items[i]));
		const char *key = gl_body_mention(low.ptr, low.len, NULL, NULL);
		if (key && !strcmp(key, mt->group_key)) {
			other = NULL;
			break;
		}
		if (key && !other)
			other = r->deciders.items[i];
	}
	if (other && *mt->group)
		gl_diag_addt(c->out, GL_RULE_APPROVAL_MISMATCH, r->path, where(r, a), NULL,
			     GL_T_APPROVAL_GROUP, other, mt->group, mt->rec->path);
	gl_buf_release(&low);
}

static void check_agreement(approval_ctx *c, const govlog_record *r, const govlog_approval *a)
{
	const govlog_meeting *mt = a->meeting;
	const char *date = govlog_record_date(r);
	if (a->moved) {
		gl_buf body = GL_BUF_INIT;
		gl_lang_body(&body, gl_diag_list_lang(c->out), mt->group);
		say(c, GL_T_APPROVAL_MOVED_HINT, mt->renamed_from, mt->renamed_commit);
		gl_diag_addt(c->out, GL_RULE_APPROVAL_MISMATCH, r->path, where(r, a), c->hint.ptr,
			     GL_T_APPROVAL_MOVED, body.ptr, a->claimed_date, mt->date,
			     mt->rec->path);
		gl_buf_release(&body);
	} else if (date && *mt->date && strcmp(date, mt->date)) {
		gl_diag_addt(c->out, GL_RULE_APPROVAL_MISMATCH, r->path, where(r, a), NULL,
			     GL_T_APPROVAL_DATE, date, mt->date, mt->rec->path);
	}
	check_group(c, r, a);
}

/* Where a link to `from` leads after the renames Git history shows, oldest first. */
static const char *renamed_to(const govlog_meetings *m, const char *from, const char **commit)
{
	const char *at = from;
	for (size_t i = m->renames.len; i-- > 0;)
		if (!strcmp(m->renames.items[i].from, at)) {
			at = m->renames.items[i].to;
			*commit = m->renames.items[i].commit;
		}
	return at == from ? NULL : at;
}

static void check_backlink(approval_ctx *c, const govlog_record *r, const govlog_approval *a)
{
	const govlog_meeting *mt = a->meeting;
	for (size_t i = 0; i < mt->decisions.len; i++)
		if (mt->decisions.items[i] == r)
			return;
	govlog_pos top = {1, 1};
	for (size_t i = 0; i < mt->dangling.len; i++) {
		const char *commit = NULL, *to = renamed_to(c->m, mt->dangling.items[i], &commit);
		if (!to || strcmp(to, r->path))
			continue;
		say(c, GL_T_APPROVAL_STALE_BACKLINK_HINT, r->path);
		gl_diag_addt(c->out, GL_RULE_APPROVAL_NO_BACKLINK, mt->rec->path,
			     mt->dangling_pos.items[i], c->hint.ptr, GL_T_APPROVAL_STALE_BACKLINK,
			     r->path, mt->dangling.items[i], commit);
		return;
	}
	say(c, GL_T_APPROVAL_NO_BACKLINK_HINT, r->path);
	gl_diag_addt(c->out, GL_RULE_APPROVAL_NO_BACKLINK, mt->rec->path, top, c->hint.ptr,
		     GL_T_APPROVAL_NO_BACKLINK, r->path);
}

static void check_record(approval_ctx *c, const govlog_record *r)
{
	govlog_approval a;
	if (govlog_record_status(r) != GOVLOG_STATUS_ACCEPTED)
		return;
	govlog_approval_find(&a, c->m, r);
	if (a.kind == GOVLOG_APPROVAL_NONE) {
		missing(c, r, &a);
		return;
	}
	if (wrong_kind(c, r, &a) || a.kind != GOVLOG_APPROVAL_MEETING)
		return;
	check_agreement(c, r, &a);
	check_backlink(c, r, &a);
}

void gl_rules_approval(govlog_diag_list *out, const govlog_log *log, gl_record_vec *minutes)
{
	const struct gl_config *config = gl_log_config(log);
	if (!config || config->approval == GL_APPROVAL_NONE)
		return;
	govlog_meetings *m = gl_meetings_of(log, minutes);
	approval_ctx c = {out, m, config->approval, GL_BUF_INIT};
	for (size_t i = 0; i < govlog_log_count(log); i++)
		check_record(&c, govlog_log_record_at(log, i));
	gl_buf_release(&c.hint);
	govlog_meetings_free(m);
}
