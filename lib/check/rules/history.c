/*
 * The history-aware rules, over the changes of a commit range as the target
 * branch sees them: status/transition (SPEC §2.2's lifecycle), decision/frozen
 * and decision/edited (what an edit of an accepted decision changed),
 * id/reused (an ID or file that held another decision) and id/duplicate
 * against the target branch.
 */
#include "check/rules/rules.h"

#include <string.h>
#include <strings.h>

#include "check/rules/history_diff.h"
#include "check/rules/history_text.h"
#include "log/layout.h"
#include "log/log_internal.h"
#include "record/frontmatter.h"
#include "record/vocab.h"
#include "repo/history.h"
#include "repo/snapshot.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/banned.h"

typedef struct id_path {
	char *id, *path;
} id_path;

typedef struct seen {
	char *path; /* where the record is now */
	govlog_record *r;
} seen;

typedef struct history {
	govlog_diag_list *out;
	const govlog_log *log;
	GL_VEC(char *) branch_added; /* repository paths of records this range added */
	GL_VEC(id_path) target_added;
	gl_strvec *touched; /* when wanted: the repository paths of the changed records */
	bool follow;        /* also follow decision folders the log does not have now */
	gl_strvec marked;   /* folders the range's marker files named */
	/* Decisions whose ID a deletion or a renumbering freed: one more record
	 * taking the ID for another decision reuses it. */
	GL_VEC(govlog_record *) freed;
	/* Each decided record the range edits, as it was first seen decided: an
	 * edit that brings its text back (a revert) changes nothing. */
	GL_VEC(seen) first_seen;
} history;

/* As the log reads records: a file past 10 MiB is no record (file/unreadable says so). */
enum { RECORD_MAX_BYTES = 10 * 1024 * 1024 };

static govlog_record *parse_side(const gl_blob_file *f)
{
	govlog_record *r = NULL;
	if (!f->path || f->len > RECORD_MAX_BYTES ||
	    govlog_record_parse(&r, f->path, f->data, f->len, NULL) < 0)
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

/* "in 1a2b3c4d (subject)", "in 1a2b3c4d..5e6f7a8b" for a pull request's whole
 * change, or "in the staged version" for the index against HEAD. */
static void where(gl_buf *out, const gl_record_change *c, govlog_lang lang)
{
	if (c->commit)
		gl_lang_printf(out, lang, GL_T_HISTORY_IN_COMMIT, c->commit, c->summary);
	else if (c->span)
		gl_lang_printf(out, lang, GL_T_HISTORY_IN_SPAN, c->span);
	else
		gl_lang_printf(out, lang, GL_T_HISTORY_STAGED);
}

/* "accepted" / "accepteret": a state in the language, lower case. */
static void status_word(gl_buf *out, govlog_status s, govlog_lang lang)
{
	gl_buf_puts(out,
		    lang == GOVLOG_LANG_EN ? govlog_status_name(s) : gl_vocab_status_word(s, lang));
	if (out->len)
		out->ptr[0] = gl_tolower(out->ptr[0]);
}

static void check_transition(history *h, const gl_record_change *c, const govlog_record *before,
			     const govlog_record *after, const char *shown)
{
	govlog_status from = govlog_record_status(before), to = govlog_record_status(after);
	if (gl_status_allowed(from, to))
		return;
	govlog_lang lang = gl_diag_list_lang(h->out);
	gl_buf in = GL_BUF_INIT, was = GL_BUF_INIT, is = GL_BUF_INIT;
	where(&in, c, lang);
	status_word(&was, from, lang);
	status_word(&is, to, lang);
	gl_diag_addt(h->out, GL_RULE_STATUS_TRANSITION, shown, status_pos(after),
		     gl_lang_text(lang, GL_T_STATUS_TRANSITION_HINT), GL_T_STATUS_TRANSITION,
		     was.ptr, is.ptr, in.ptr);
	gl_buf_release(&in);
	gl_buf_release(&was);
	gl_buf_release(&is);
}

/* A status that records a decision taken: accepted, rejected, deprecated, superseded. */
static bool is_decided(govlog_status s)
{
	return s >= GOVLOG_STATUS_ACCEPTED;
}

/* "accepted" as in "section 'X' of accepted decision …". */
static const char *state_word(govlog_lang lang, govlog_status s)
{
	gl_text_id id = s == GOVLOG_STATUS_REJECTED     ? GL_T_HISTORY_REJECTED
			: s == GOVLOG_STATUS_DEPRECATED ? GL_T_HISTORY_DEPRECATED
			: s == GOVLOG_STATUS_SUPERSEDED ? GL_T_HISTORY_SUPERSEDED
							: GL_T_HISTORY_ACCEPTED;
	return gl_lang_text(lang, id);
}

static void report_reused(history *h, const gl_record_change *c, const govlog_record *before,
			  const govlog_record *after, const char *shown)
{
	govlog_lang lang = gl_diag_list_lang(h->out);
	gl_buf in = GL_BUF_INIT;
	where(&in, c, lang);
	gl_diag_addt(h->out, GL_RULE_ID_REUSED, shown, govlog_record_title_pos(after),
		     gl_lang_text(lang, GL_T_ID_REUSED_HINT), GL_T_ID_REUSED,
		     govlog_record_id(after), state_word(lang, govlog_record_status(before)),
		     gl_record_bare_title(before), gl_record_bare_title(after), in.ptr);
	gl_buf_release(&in);
}

static void report_edit(history *h, const gl_record_change *c, const gl_edit_report *e,
			govlog_status was, const govlog_record *after, const char *shown)
{
	govlog_lang lang = gl_diag_list_lang(h->out);
	const char *state = state_word(lang, was), *id = govlog_record_id(after);
	gl_buf in = GL_BUF_INIT;
	where(&in, c, lang);
	if (e->kind == GL_EDIT_EDITORIAL)
		gl_diag_addt(h->out, GL_RULE_DECISION_EDITED, shown, e->pos,
			     gl_lang_text(lang, GL_T_EDITED_HINT), GL_T_EDITED, state, id, in.ptr,
			     e->what.ptr);
	else if (e->heading)
		gl_diag_addt(h->out, GL_RULE_DECISION_FROZEN, shown, e->pos,
			     gl_lang_text(lang, GL_T_FROZEN_HINT), GL_T_FROZEN_SECTION, e->heading,
			     state, id, in.ptr, e->what.ptr);
	else
		gl_diag_addt(h->out, GL_RULE_DECISION_FROZEN, shown, e->pos,
			     gl_lang_text(lang, GL_T_FROZEN_HINT), GL_T_FROZEN_RECORD, state, id,
			     in.ptr, e->what.ptr);
	gl_buf_release(&in);
}

/* The record as the range first saw it decided, by its path before this change
 * (NULL the first time: then this change's before version is kept). */
static const govlog_record *first_seen(history *h, const gl_record_change *c)
{
	for (size_t i = 0; i < h->first_seen.len; i++)
		if (!strcmp(h->first_seen.items[i].path, c->before.path))
			return h->first_seen.items[i].r;
	seen e = {gl_xstrdup(c->before.path), parse_side(&c->before)};
	gl_vec_push(&h->first_seen, e);
	return NULL;
}

/* A record keeps its first version when it is renamed or moved. */
static void follow_first_seen(history *h, const gl_record_change *c)
{
	for (size_t i = 0; c->after.path && i < h->first_seen.len; i++)
		if (!strcmp(h->first_seen.items[i].path, c->before.path)) {
			free(h->first_seen.items[i].path);
			h->first_seen.items[i].path = gl_xstrdup(c->after.path);
		}
}

/* Whether the change gives the decision back the text it was first seen with. */
static bool restores(history *h, const gl_record_change *c, const govlog_record *after)
{
	const govlog_record *first = first_seen(h, c);
	return first && gl_edit_same_text(first, after);
}

/*
 * What an edit of a decided record changed: another decision under its ID
 * (id/reused), what was decided (decision/frozen), or only its form
 * (decision/edited). A proposal is still being written: its edits are free.
 */
static void check_edit(history *h, const gl_record_change *c, const govlog_record *before,
		       const govlog_record *after, const char *shown)
{
	govlog_status was = govlog_record_status(before);
	if (!is_decided(was) || gl_edit_is_template(before))
		return;
	gl_edit_report e;
	gl_edit_compare(&e, before, after, gl_diag_list_lang(h->out));
	/* Nothing of the decision changed, or a revert gives it back as it was. */
	bool same = e.kind == GL_EDIT_NONE || restores(h, c, after);
	if (!same && e.other_decision)
		report_reused(h, c, before, after, shown);
	else if (!same && was != GOVLOG_STATUS_REJECTED)
		report_edit(h, c, &e, was, after, shown);
	gl_edit_report_release(&e);
}

/* Keeps a decided record whose ID is free now (deleted, or renumbered away). */
static void free_id(history *h, govlog_record *r)
{
	if (!is_decided(govlog_record_status(r)) || gl_edit_is_template(r)) {
		govlog_record_free(r);
		return;
	}
	for (size_t i = 0; i < h->freed.len; i++)
		if (!strcasecmp(govlog_record_id(h->freed.items[i]), govlog_record_id(r))) {
			govlog_record_free(h->freed.items[i]);
			h->freed.items[i] = r;
			return;
		}
	gl_vec_push(&h->freed, r);
}

/* A record added with an ID or a path another decision held earlier in the range. */
static void check_added(history *h, const gl_record_change *c)
{
	govlog_record *after = parse_side(&c->after);
	for (size_t i = 0; after && i < h->freed.len; i++) {
		govlog_record *was = h->freed.items[i];
		if (strcasecmp(govlog_record_id(was), govlog_record_id(after)) &&
		    strcmp(govlog_record_path(was), c->after.path))
			continue;
		gl_edit_report e;
		gl_edit_compare(&e, was, after, gl_diag_list_lang(h->out));
		if (e.other_decision) {
			gl_buf shown = GL_BUF_INIT;
			gl_log_display_path(&shown, h->log, c->after.path);
			report_reused(h, c, was, after, shown.ptr);
			gl_buf_release(&shown);
		}
		gl_edit_report_release(&e);
		govlog_record_free(was);
		h->freed.items[i] = h->freed.items[--h->freed.len];
		break;
	}
	govlog_record_free(after);
}

static void follow_rename(history *h, const gl_record_change *c)
{
	for (size_t i = 0; c->after.path && i < h->branch_added.len; i++)
		if (!strcmp(h->branch_added.items[i], c->before.path)) {
			free(h->branch_added.items[i]);
			h->branch_added.items[i] = gl_xstrdup(c->after.path);
		}
}

static void on_change(const gl_record_change *c, void *payload)
{
	history *h = payload;
	if (h->touched && c->after.path)
		gl_vec_push(h->touched, gl_xstrdup(c->after.path));
	if (!c->before.path) {
		gl_vec_push(&h->branch_added, gl_xstrdup(c->after.path));
		check_added(h, c);
		return;
	}
	follow_rename(h, c);
	govlog_record *before = parse_side(&c->before), *after = parse_side(&c->after);
	if (before && after) {
		gl_buf shown = GL_BUF_INIT;
		gl_log_display_path(&shown, h->log, c->after.path);
		check_transition(h, c, before, after, shown.ptr);
		check_edit(h, c, before, after, shown.ptr);
		gl_buf_release(&shown);
	}
	follow_first_seen(h, c);
	if (before && (!after || strcasecmp(govlog_record_id(before), govlog_record_id(after))))
		free_id(h, before);
	else
		govlog_record_free(before);
	govlog_record_free(after);
}

/* ---- which files of the history are records ---- */

static void add_marked(history *h, const char *folder, size_t len)
{
	while (len && (folder[len - 1] == '/' || folder[len - 1] == ' ' || folder[len - 1] == '\r'))
		len--;
	while (len >= 2 && folder[0] == '.' && folder[1] == '/')
		folder += 2, len -= 2;
	if (!len || memchr(folder, '\0', len) || folder[0] == '/' || strstr(folder, ".."))
		return;
	gl_vec_push(&h->marked, gl_xstrndup(folder, len));
}

/* An .adr-dir or .log4brains.yml of the range: the folder it names was a decision folder. */
static void on_marker(const gl_blob_file *f, void *payload)
{
	history *h = payload;
	if (!h->follow)
		return;
	if (!strcmp(f->path, ".adr-dir")) {
		const char *eol = memchr(f->data, '\n', f->len);
		add_marked(h, f->data, eol ? (size_t)(eol - f->data) : f->len);
		return;
	}
	char *folder = gl_yaml_scalar_of_key(f->data, f->len, "adrFolder");
	if (folder)
		add_marked(h, folder, strlen(folder));
	free(folder);
}

/* A Markdown file outside the log's folders now: in a usual decision folder (one
 * that may be gone since), or one a marker file of the range named. */
static bool is_history_record(const char *path, void *payload)
{
	history *h = payload;
	if (!h->follow)
		return false;
	for (size_t i = 0; i < h->marked.len; i++) {
		size_t n = strlen(h->marked.items[i]);
		if (!strncmp(path, h->marked.items[i], n) && path[n] == '/')
			return true;
	}
	return gl_layout_in_usual_folder(path);
}

/* ---- across branches ---- */

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
			govlog_lang lang = gl_diag_list_lang(h->out);
			gl_diag_addt(h->out, GL_RULE_ID_DUPLICATE, shown.ptr,
				     govlog_record_title_pos(r),
				     gl_lang_text(lang, GL_T_ID_DUPLICATE_TARGET_HINT),
				     GL_T_ID_DUPLICATE_TARGET, govlog_record_id(r), t->path);
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
	for (size_t i = 0; i < h->freed.len; i++)
		govlog_record_free(h->freed.items[i]);
	gl_vec_free(&h->freed);
	for (size_t i = 0; i < h->first_seen.len; i++) {
		free(h->first_seen.items[i].path);
		govlog_record_free(h->first_seen.items[i].r);
	}
	gl_vec_free(&h->first_seen);
	gl_strvec_free(&h->marked);
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
	h.follow = gl_log_whole_repository(log);
	gl_strvec folders = {0};
	gl_log_root_folders(&folders, log);
	gl_history_range range = {govlog_log_root(log),
				  spec,
				  (const char *const *)folders.items,
				  folders.len,
				  on_target_added,
				  is_history_record,
				  on_marker};
	int rc = gl_history_walk(&range, on_change, &h);
	if (!rc)
		check_cross_branch_ids(&h);
	history_release(&h);
	gl_strvec_free(&folders);
	return rc;
}
