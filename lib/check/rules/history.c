/*
 * The history-aware rules, over the changes of a commit range:
 * status/transition (SPEC §2.2's lifecycle), decision/frozen (the text of an
 * accepted decision changed) and id/duplicate against the target branch.
 */
#include "check/rules/rules.h"

#include <string.h>
#include <strings.h>

#include "log/log_internal.h"
#include "repo/history.h"
#include "repo/snapshot.h"
#include "util/buf.h"
#include "util/banned.h"

typedef struct id_path {
	char *id, *path;
} id_path;

typedef struct history {
	govlog_diag_list *out;
	const govlog_log *log;
	GL_VEC(char *) branch_added; /* repository paths of records this range added */
	GL_VEC(id_path) target_added;
	gl_strvec *touched; /* when wanted: the repository paths of the changed records */
} history;

static govlog_record *parse_side(const gl_blob_file *f)
{
	govlog_record *r = NULL;
	if (f->path && govlog_record_parse(&r, f->path, f->data, f->len, NULL) < 0)
		r = NULL;
	return r;
}

bool gl_status_allowed(govlog_status from, govlog_status to)
{
	if (from == to || from <= GOVLOG_STATUS_UNKNOWN || to <= GOVLOG_STATUS_UNKNOWN)
		return true;
	if (from == GOVLOG_STATUS_PROPOSED)
		return to == GOVLOG_STATUS_ACCEPTED || to == GOVLOG_STATUS_REJECTED;
	if (from == GOVLOG_STATUS_ACCEPTED)
		return to == GOVLOG_STATUS_DEPRECATED || to == GOVLOG_STATUS_SUPERSEDED;
	return from == GOVLOG_STATUS_DEPRECATED && to == GOVLOG_STATUS_SUPERSEDED;
}

static govlog_pos status_pos(const govlog_record *r)
{
	const govlog_field *f = govlog_record_field(r, "status");
	govlog_pos one = {1, 1};
	return f ? f->value_pos : one;
}

/* "in 1a2b3c4d (subject)", or "in the staged version" for the index against HEAD. */
static void where(gl_buf *out, const gl_record_change *c)
{
	if (c->commit)
		gl_buf_printf(out, "in %s (%s)", c->commit, c->summary);
	else if (c->span)
		gl_buf_printf(out, "in %s", c->span);
	else
		gl_buf_puts(out, "in the staged version");
}

static void check_transition(history *h, const gl_record_change *c, const govlog_record *before,
			     const govlog_record *after, const char *shown)
{
	govlog_status from = govlog_record_status(before), to = govlog_record_status(after);
	if (gl_status_allowed(from, to))
		return;
	gl_buf in = GL_BUF_INIT;
	where(&in, c);
	gl_diag_add(h->out, GL_RULE_STATUS_TRANSITION, shown, status_pos(after),
		    "allowed: proposed → accepted or rejected; accepted → deprecated or "
		    "superseded; to reopen a decision, write a new record",
		    "status changed from %s to %s %s", govlog_status_name(from),
		    govlog_status_name(to), in.ptr);
	gl_buf_release(&in);
}

/* Sections that hold the status or metadata fields may change; the rest is the decision. */
static bool is_decision_text(const govlog_record *r, size_t i, size_t start, size_t end)
{
	const char *heading = r->sections.items[i].heading;
	if (!strcasecmp(heading, "status") || !strcasecmp(heading, "status:"))
		return false;
	for (size_t k = 0; k < r->fields.len; k++) {
		size_t at = gl_text_offset(&r->text, r->fields.items[k].key_pos.line, 1);
		if (at >= start && at < end)
			return false;
	}
	return true;
}

/* A section body without CRs, trailing blanks and surrounding blank lines. */
static void normalised_body(gl_buf *out, const govlog_record *r, size_t start, size_t end)
{
	const char *t = r->text.data;
	size_t line_start = out->len;
	for (size_t i = start; i < end; i++) {
		if (t[i] == '\r')
			continue;
		if (t[i] == '\n') {
			while (out->len > line_start &&
			       (out->ptr[out->len - 1] == ' ' || out->ptr[out->len - 1] == '\t'))
				gl_buf_truncate(out, out->len - 1);
			line_start = out->len + 1;
		}
		if (t[i] != '\n' || out->len)
			gl_buf_putc(out, t[i]);
	}
	while (out->len && (out->ptr[out->len - 1] == '\n' || out->ptr[out->len - 1] == ' '))
		gl_buf_truncate(out, out->len - 1);
}

static int find_section(const govlog_record *r, const char *heading)
{
	for (size_t i = 0; i < r->sections.len; i++)
		if (!strcmp(r->sections.items[i].heading, heading))
			return (int)i;
	return -1;
}

/* The first decision section whose text differs; -1 when none. */
static int changed_section(const govlog_record *before, const govlog_record *after)
{
	gl_buf a = GL_BUF_INIT, b = GL_BUF_INIT;
	int changed = -1;
	for (size_t i = 0; changed < 0 && i < before->sections.len; i++) {
		size_t s, e;
		gl_record_section_body(before, i, &s, &e);
		if (!is_decision_text(before, i, s, e))
			continue;
		int k = find_section(after, before->sections.items[i].heading);
		if (k < 0) {
			changed = (int)i;
			break;
		}
		gl_buf_clear(&a);
		gl_buf_clear(&b);
		normalised_body(&a, before, s, e);
		gl_record_section_body(after, (size_t)k, &s, &e);
		normalised_body(&b, after, s, e);
		if (a.len != b.len || memcmp(a.ptr, b.ptr, a.len))
			changed = (int)i;
	}
	gl_buf_release(&a);
	gl_buf_release(&b);
	return changed;
}

static void check_frozen(history *h, const gl_record_change *c, const govlog_record *before,
			 const govlog_record *after, const char *shown)
{
	govlog_status was = govlog_record_status(before);
	if (was != GOVLOG_STATUS_ACCEPTED && was != GOVLOG_STATUS_DEPRECATED &&
	    was != GOVLOG_STATUS_SUPERSEDED)
		return;
	int i = changed_section(before, after);
	if (i < 0)
		return;
	const char *heading = before->sections.items[i].heading;
	int k = find_section(after, heading);
	govlog_pos at = k >= 0 ? after->sections.items[k].pos : govlog_record_title_pos(after);
	gl_buf in = GL_BUF_INIT;
	where(&in, c);
	gl_diag_add(h->out, GL_RULE_DECISION_FROZEN, shown, at,
		    "an accepted decision is frozen: change only its status and links, and "
		    "write a new record that supersedes it",
		    "section '%s' of %s decision %s %s %s", heading, govlog_status_name(was),
		    govlog_record_id(after), k >= 0 ? "changed" : "was removed", in.ptr);
	gl_buf_release(&in);
}

static void on_change(const gl_record_change *c, void *payload)
{
	history *h = payload;
	if (h->touched && c->after.path)
		gl_vec_push(h->touched, gl_xstrdup(c->after.path));
	if (!c->before.path) {
		gl_vec_push(&h->branch_added, gl_xstrdup(c->after.path));
		return;
	}
	for (size_t i = 0; c->after.path && i < h->branch_added.len; i++)
		if (!strcmp(h->branch_added.items[i], c->before.path)) {
			free(h->branch_added.items[i]);
			h->branch_added.items[i] = gl_xstrdup(c->after.path);
		}
	govlog_record *before = parse_side(&c->before), *after = parse_side(&c->after);
	if (before && after) {
		gl_buf shown = GL_BUF_INIT;
		gl_log_display_path(&shown, h->log, c->after.path);
		check_transition(h, c, before, after, shown.ptr);
		check_frozen(h, c, before, after, shown.ptr);
		gl_buf_release(&shown);
	}
	govlog_record_free(before);
	govlog_record_free(after);
}

static void on_target_added(const gl_blob_file *f, void *payload)
{
	history *h = payload;
	govlog_record *r = parse_side(f);
	if (!r)
		return;
	id_path e = {gl_xstrdup(govlog_record_id(r)), gl_xstrdup(f->path)};
	gl_vec_push(&h->target_added, e);
	govlog_record_free(r);
}

/* A number this range added that the target branch added too since the fork. */
static void check_cross_branch_ids(history *h)
{
	gl_buf shown = GL_BUF_INIT;
	for (size_t i = 0; i < h->branch_added.len; i++) {
		gl_buf_clear(&shown);
		gl_log_display_path(&shown, h->log, h->branch_added.items[i]);
		const govlog_record *r = NULL;
		for (size_t k = 0; !r && k < govlog_log_count(h->log); k++)
			if (!strcmp(govlog_record_path(govlog_log_record_at(h->log, k)), shown.ptr))
				r = govlog_log_record_at(h->log, k);
		for (size_t k = 0; r && k < h->target_added.len; k++) {
			const id_path *t = &h->target_added.items[k];
			if (strcasecmp(t->id, govlog_record_id(r)) ||
			    !strcmp(t->path, h->branch_added.items[i]))
				continue;
			gl_diag_add(
				h->out, GL_RULE_ID_DUPLICATE, shown.ptr, govlog_record_title_pos(r),
				"renumber this record before it is merged",
				"duplicate ID '%s': the target branch added %s with the same ID "
				"since this branch forked",
				govlog_record_id(r), t->path);
		}
	}
	gl_buf_release(&shown);
}

static void history_release(history *h)
{
	for (size_t i = 0; i < h->branch_added.len; i++)
		free(h->branch_added.items[i]);
	gl_vec_free(&h->branch_added);
	for (size_t i = 0; i < h->target_added.len; i++) {
		free(h->target_added.items[i].id);
		free(h->target_added.items[i].path);
	}
	gl_vec_free(&h->target_added);
}

int gl_rules_staged_history(govlog_diag_list *out, const govlog_log *log, gl_strvec *touched)
{
	const gl_snapshot *snapshot = gl_log_snapshot(log);
	if (!snapshot)
		return 0;
	history h = {.out = out, .log = log, .touched = touched};
	gl_strvec folders = {0};
	gl_log_root_folders(&folders, log);
	int rc = gl_snapshot_staged(snapshot, (const char *const *)folders.items, folders.len,
				    on_change, &h);
	history_release(&h);
	gl_strvec_free(&folders);
	return rc;
}

int gl_rules_history(govlog_diag_list *out, const govlog_log *log, const char *spec,
		     gl_strvec *touched)
{
	history h = {.out = out, .log = log, .touched = touched};
	gl_strvec folders = {0};
	gl_log_root_folders(&folders, log);
	gl_history_range range = {govlog_log_root(log),
				  spec,
				  (const char *const *)folders.items,
				  folders.len,
				  on_target_added,
				  NULL,
				  NULL};
	int rc = gl_history_walk(&range, on_change, &h);
	if (!rc)
		check_cross_branch_ids(&h);
	history_release(&h);
	gl_strvec_free(&folders);
	return rc;
}
