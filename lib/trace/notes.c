/* Release-note entries and groups, in Markdown and JSON, English or Danish. */
#include "trace/notes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config/config.h"
#include "diag/texts.h"
#include "log/log_internal.h"
#include "render/json.h"
#include "repo/repo.h"
#include "trace/backport.h"
#include "trace/entry.h"
#include "util/ascii.h"
#include "util/escape.h"
#include "util/banned.h"

typedef GL_VEC(const char *) gl_strvec_const;

void gl_notes_date(char out[11], int64_t time)
{
	time_t t = (time_t)time;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

void gl_notes_init(gl_notes *n, const gl_history *h)
{
	const gl_config *c = gl_log_config(h->log);
	*n = (gl_notes){0}; /* the flags too: callers set the ones they want after */
	n->h = h;
	n->links.config = c;
	n->links.repository = c->repository;
	n->lang = govlog_log_language(h->log);
}

gl_group gl_group_of(const gl_change *c)
{
	if (c->breaking)
		return GL_GROUP_BREAKING;
	switch (c->kind) {
	case GL_CHANGE_FEATURE:
		return GL_GROUP_FEATURES;
	case GL_CHANGE_FIX:
		return GL_GROUP_FIXES;
	case GL_CHANGE_SECURITY:
		return GL_GROUP_SECURITY;
	case GL_CHANGE_PERF:
		return GL_GROUP_PERF;
	case GL_CHANGE_DOCS:
		return GL_GROUP_DOCS;
	case GL_CHANGE_DEPS:
		return GL_GROUP_DEPENDENCIES;
	case GL_CHANGE_OTHER:
		return GL_GROUP_OTHER;
	default:
		return GL_GROUP_UNCLASSIFIED;
	}
}

const char *gl_group_title(gl_group g, govlog_lang lang)
{
	static const gl_text_id titles[] = {
		GL_T_GROUP_BREAKING,     GL_T_GROUP_FEATURES, GL_T_GROUP_FIXES,
		GL_T_GROUP_SECURITY,     GL_T_GROUP_PERF,     GL_T_GROUP_DOCS,
		GL_T_GROUP_DEPENDENCIES, GL_T_GROUP_OTHER,    GL_T_GROUP_UNCLASSIFIED};
	_Static_assert(GL_ARRAY_SIZE(titles) == GL_GROUP__COUNT, "one title per group");
	return gl_lang_text(lang, titles[g < GL_GROUP__COUNT ? g : GL_GROUP_UNCLASSIFIED]);
}

const char *gl_group_key(gl_group g)
{
	static const char *const keys[] = {"breaking",     "features",    "fixes",
					   "security",     "performance", "documentation",
					   "dependencies", "other",       "unclassified"};
	return keys[g < GL_GROUP__COUNT ? g : GL_GROUP_UNCLASSIFIED];
}

/* Text a reader sees as written: the escaping every Markdown writer shares. */
static void md_text(gl_buf *out, const char *s)
{
	gl_md_text(out, s);
}

void gl_notes_also_tagged(gl_buf *out, govlog_lang lang, const gl_release *r)
{
	if (!r->also)
		return;
	gl_buf names = GL_BUF_INIT;
	gl_md_text(&names, r->also);
	gl_buf_putc(out, '\n');
	gl_lang_printf(out, lang, GL_T_ALSO_TAGGED, names.ptr);
	gl_buf_putc(out, '\n');
	gl_buf_release(&names);
}

/* A path in a URL: what would end the path ('#', '?') or start an escape ('%') encoded. */
static void put_url_path(gl_buf *url, const char *path)
{
	for (const char *p = path; *p; p++) {
		if (*p == '%' || *p == '#' || *p == '?')
			gl_buf_printf(url, "%%%02X", (unsigned char)*p);
		else
			gl_buf_putc(url, *p);
	}
}

void gl_notes_file_link(gl_buf *out, const gl_notes *n, const char *text, const char *path,
			const char *commit)
{
	if (!n->standalone || !n->links.repository) {
		gl_md_link(out, text, path);
		return;
	}
	gl_buf url = GL_BUF_INIT;
	gl_buf_printf(&url, "https://github.com/%s/blob/%s/", n->links.repository,
		      commit && *commit ? commit : "HEAD");
	put_url_path(&url, path);
	gl_md_link(out, text, url.ptr);
	gl_buf_release(&url);
}

static void md_link(gl_buf *out, const gl_notes *n, const char *text, gl_link_kind kind,
		    const char *repo, const char *id)
{
	gl_buf url = GL_BUF_INIT;
	if (gl_link_url(&url, &n->links, kind, repo, id))
		gl_md_link(out, text, url.ptr);
	else
		md_text(out, text);
	gl_buf_release(&url);
}

static gl_link_kind ref_link_kind(const gl_ref *r)
{
	switch (r->kind) {
	case GL_REF_ISSUE:
		return GL_LINK_ISSUE;
	case GL_REF_MERGE_REQUEST:
		return GL_LINK_MERGE_REQUEST;
	default:
		return GL_LINK_TICKET;
	}
}

/* "#12", "owner/repo#12", "!580", "AR-519". */
static void ref_text(gl_buf *out, const gl_ref *r)
{
	if (r->repo)
		gl_buf_puts(out, r->repo);
	if (r->kind == GL_REF_ISSUE)
		gl_buf_putc(out, '#');
	else if (r->kind == GL_REF_MERGE_REQUEST)
		gl_buf_putc(out, '!');
	gl_buf_puts(out, r->id);
}

static void md_refs(gl_buf *out, const gl_notes *n, const gl_change *c)
{
	gl_buf text = GL_BUF_INIT;
	for (size_t i = 0; i < c->ref_count; i++) {
		const gl_ref *r = &c->refs[i];
		gl_buf_clear(&text);
		ref_text(&text, r);
		gl_buf_puts(out, i ? ", " : " — Refs: ");
		if (r->kind == GL_REF_RECORD)
			md_text(out, text.ptr);
		else
			md_link(out, n, text.ptr, ref_link_kind(r), r->repo, r->id);
	}
	gl_buf_release(&text);
	for (size_t i = 0; i < c->more->decision_count; i++) {
		gl_buf_puts(out, i ? ", " : (c->ref_count ? "; " : " — "));
		if (!i)
			gl_buf_printf(out, "%s: ", gl_lang_text(n->lang, GL_T_DECISION));
		md_text(out, c->more->decisions[i]);
	}
}

static void entry_md(gl_buf *out, const gl_notes *n, const gl_change *c, const char *who);

void gl_notes_entry_md(gl_buf *out, const gl_notes *n, const gl_change *c)
{
	entry_md(out, n, c, NULL);
}

/* "; merged by Bo (Acme)" when another vendor merged it; "; backport of 1a2b3c4 from v2.0.1". */
static void review_md(gl_buf *out, const gl_notes *n, const gl_change *c)
{
	if (c->merged_across) {
		gl_buf_printf(out, "; %s ", gl_lang_text(n->lang, GL_T_MERGED_BY));
		md_text(out, c->more->merger);
		gl_buf_puts(out, " (");
		md_text(out, c->more->merger_vendor);
		gl_buf_putc(out, ')');
	}
	if (c->more->picked) {
		gl_buf_puts(out, "; ");
		gl_backport_md(out, n->lang, n->h, c);
	}
}

/* `who`: the vendors or authors the entry is credited to; NULL: the commit's own. */
static void entry_md(gl_buf *out, const gl_notes *n, const gl_change *c, const char *who)
{
	gl_buf_puts(out, "- ");
	if (c->scope) {
		gl_buf_puts(out, "**");
		md_text(out, c->scope);
		gl_buf_puts(out, ":** ");
	}
	md_text(out, c->subject);
	if (c->pr) {
		gl_buf_puts(out, " (");
		char text[64];
		snprintf(text, sizeof(text), "%c%s", c->pr_gitlab ? '!' : '#', c->pr);
		md_link(out, n, text, c->pr_gitlab ? GL_LINK_MERGE_REQUEST : GL_LINK_PULL, NULL,
			c->pr);
		gl_buf_putc(out, ')');
	}
	md_refs(out, n, c);
	gl_buf_puts(out, " — ");
	md_text(out, who ? who : c->who->vendor ? c->who->vendor : c->who->author);
	review_md(out, n, c);
	char hex[GL_OID_HEX], short_id[8];
	gl_change_hex(hex, c);
	snprintf(short_id, sizeof(short_id), "%.7s", hex);
	gl_buf_puts(out, " (");
	md_link(out, n, short_id, GL_LINK_COMMIT, NULL, hex);
	gl_buf_puts(out, ")\n");
	if (c->breaking && c->more->breaking_note) {
		gl_buf_puts(out, "  ");
		md_text(out, c->more->breaking_note);
		gl_buf_putc(out, '\n');
	}
}

static void json_url(gl_buf *out, const gl_notes *n, gl_link_kind kind, const char *repo,
		     const char *id)
{
	gl_buf url = GL_BUF_INIT;
	gl_json_string(out, gl_link_url(&url, &n->links, kind, repo, id) ? url.ptr : NULL);
	gl_buf_release(&url);
}

static void json_refs(gl_buf *out, const gl_notes *n, const gl_change *c)
{
	static const char *const kinds[] = {"issue", "merge-request", "ticket", "record"};
	gl_buf_puts(out, ", \"refs\": [");
	for (size_t i = 0; i < c->ref_count; i++) {
		const gl_ref *r = &c->refs[i];
		gl_buf_printf(out, "%s{\"kind\": \"%s\", \"repo\": ", i ? ", " : "",
			      kinds[r->kind]);
		gl_json_string(out, r->repo);
		gl_buf_puts(out, ", \"id\": ");
		gl_json_string(out, r->id);
		gl_buf_printf(out, ", \"closes\": %s, \"url\": ", r->closes ? "true" : "false");
		if (r->kind == GL_REF_RECORD)
			gl_buf_puts(out, "null");
		else
			json_url(out, n, ref_link_kind(r), r->repo, r->id);
		gl_buf_putc(out, '}');
	}
	gl_buf_puts(out, "], \"decisions\": [");
	for (size_t i = 0; i < c->more->decision_count; i++) {
		gl_buf_puts(out, i ? ", " : "");
		gl_json_string(out, c->more->decisions[i]);
	}
	gl_buf_putc(out, ']');
}

static void json_field(gl_buf *out, const char *key, const char *value)
{
	gl_buf_printf(out, ", \"%s\": ", key);
	gl_json_string(out, value);
}

/* "review", "merged_by" and "backport_of": null when they do not apply. */
static void review_json(gl_buf *out, const gl_notes *n, const gl_change *c)
{
	static const char *const reviews[] = {NULL, "across", "within", "unknown"};
	json_field(out, "review", reviews[c->review]);
	gl_buf_puts(out, ", \"merged_by\": ");
	if (c->more->merger) {
		gl_buf_puts(out, "{\"name\": ");
		gl_json_string(out, c->more->merger);
		json_field(out, "vendor", c->more->merger_vendor);
		gl_buf_putc(out, '}');
	} else {
		gl_buf_puts(out, "null");
	}
	gl_buf_puts(out, ", \"backport_of\": ");
	if (c->more->picked) {
		const gl_history *h = n->h;
		gl_buf_puts(out, "{\"commit\": ");
		gl_json_string(out, c->more->picked);
		json_field(out, "release",
			   c->more->origin_release < h->releases.len
				   ? h->releases.items[c->more->origin_release].tag
				   : NULL);
		gl_buf_putc(out, '}');
	} else {
		gl_buf_puts(out, "null");
	}
}

/* The fields of one change's JSON object, without its braces. */
static void entry_json_fields(gl_buf *out, const gl_notes *n, const gl_change *c)
{
	char date[11];
	gl_notes_date(date, c->time);
	gl_buf_puts(out, "\"id\": ");
	gl_json_string(out, GL_CHANGE_HEX(c));
	json_field(out, "date", date);
	json_field(out, "group", gl_group_key(gl_group_of(c)));
	json_field(out, "type", c->type);
	json_field(out, "scope", c->scope);
	json_field(out, "subject", c->subject);
	gl_buf_printf(out, ", \"breaking\": %s, \"conventional\": %s, \"merge\": %s",
		      c->breaking ? "true" : "false", c->conventional ? "true" : "false",
		      c->merge ? "true" : "false");
	json_field(out, "breaking_note", c->more->breaking_note);
	json_field(out, "pr", c->pr);
	gl_buf_puts(out, ", \"pr_url\": ");
	if (c->pr)
		json_url(out, n, c->pr_gitlab ? GL_LINK_MERGE_REQUEST : GL_LINK_PULL, NULL, c->pr);
	else
		gl_buf_puts(out, "null");
	json_refs(out, n, c);
	json_field(out, "author", c->who->author);
	json_field(out, "email", c->who->email);
	json_field(out, "vendor", c->who->vendor);
	review_json(out, n, c);
	gl_buf_puts(out, ", \"url\": ");
	json_url(out, n, GL_LINK_COMMIT, NULL, GL_CHANGE_HEX(c));
}

void gl_notes_entry_json(gl_buf *out, const gl_notes *n, const gl_change *c)
{
	gl_buf_putc(out, '{');
	entry_json_fields(out, n, c);
	gl_buf_putc(out, '}');
}

static const gl_change *change_at(const gl_notes *n, const size_t *changes, size_t at)
{
	return &n->h->changes.items[changes[at]];
}

/* "  - **scope:** subject ([1a2b3c4](…))" for each commit folded under the entry at `at`. */
static void folded_md(gl_buf *out, const gl_notes *n, const gl_entries *e, const size_t *changes,
		      size_t at)
{
	for (size_t i = e->first[at]; i != GL_ENTRY_NONE; i = e->next[i]) {
		const gl_change *c = change_at(n, changes, i);
		gl_buf_puts(out, "  - ");
		if (c->scope) {
			gl_buf_puts(out, "**");
			md_text(out, c->scope);
			gl_buf_puts(out, ":** ");
		}
		md_text(out, c->subject);
		char short_id[8];
		snprintf(short_id, sizeof(short_id), "%.7s", GL_CHANGE_HEX(c));
		gl_buf_puts(out, " (");
		md_link(out, n, short_id, GL_LINK_COMMIT, NULL, GL_CHANGE_HEX(c));
		gl_buf_puts(out, ")\n");
	}
}

/*
 * Who made an entry: the vendors (else authors) of its own commits, each
 * once, in order — not whoever merged it; the merge's own when it folds none.
 * Vendor and author strings are interned: one pointer per name.
 */
static void credits(gl_strvec_const *out, const gl_notes *n, const gl_entries *e,
		    const size_t *changes, size_t at)
{
	for (size_t i = e->first[at]; i != GL_ENTRY_NONE; i = e->next[i]) {
		const gl_change *c = change_at(n, changes, i);
		const char *name = c->who->vendor ? c->who->vendor : c->who->author;
		bool seen = c->joins;
		for (size_t k = 0; !seen && k < out->len; k++)
			seen = out->items[k] == name;
		if (!seen)
			gl_vec_push(out, name);
	}
	const gl_change *head = change_at(n, changes, at);
	if (!out->len)
		gl_vec_push(out, head->who->vendor ? head->who->vendor : head->who->author);
}

static void entry_with_credits_md(gl_buf *out, const gl_notes *n, const gl_entries *e,
				  const size_t *changes, size_t at)
{
	gl_strvec_const names = {0};
	gl_buf who = GL_BUF_INIT;
	credits(&names, n, e, changes, at);
	for (size_t k = 0; k < names.len; k++) {
		gl_buf_puts(&who, k ? ", " : "");
		gl_buf_puts(&who, names.items[k]);
	}
	entry_md(out, n, change_at(n, changes, at), who.ptr);
	gl_buf_release(&who);
	gl_vec_free(&names);
}

/* Whether the change at `at` is shown in group g (GL_GROUP__COUNT: the reverted ones). */
static bool in_group(const gl_notes *n, const gl_entries *e, const size_t *changes, size_t at,
		     int g)
{
	const gl_change *c = change_at(n, changes, at);
	if (e->role[at] != GL_ENTRY_SHOWN)
		return false;
	return g == GL_GROUP__COUNT ? c->reverted : !c->reverted && gl_group_of(c) == (gl_group)g;
}

/*
 * Release PRs and merge-backs are no changes: one line names those with a
 * number, so a reader sees they were not forgotten; the others (Git's own
 * merge-backs) say nothing a reader needs.
 */
static void merges_md(gl_buf *out, const gl_notes *n, const gl_entries *e, const size_t *changes)
{
	bool any = false;
	for (size_t i = 0; i < e->count; i++) {
		const gl_change *c = change_at(n, changes, i);
		if (e->role[i] != GL_ENTRY_PASSING || !c->pr)
			continue;
		gl_buf_printf(out, any ? ", " : "\n%s: ", gl_lang_text(n->lang, GL_T_MERGES));
		any = true;
		char text[64];
		snprintf(text, sizeof(text), "%c%s", c->pr_gitlab ? '!' : '#', c->pr);
		md_link(out, n, text, c->pr_gitlab ? GL_LINK_MERGE_REQUEST : GL_LINK_PULL, NULL,
			c->pr);
	}
	if (any)
		gl_buf_putc(out, '\n');
}

void gl_notes_groups_md(gl_buf *out, const gl_notes *n, const size_t *changes, size_t count,
			int level)
{
	gl_entries e;
	gl_entries_build(&e, n->h, changes, count);
	for (int g = 0; g <= GL_GROUP__COUNT; g++) {
		bool any = false;
		for (size_t i = 0; i < count; i++) {
			if (!in_group(n, &e, changes, i, g))
				continue;
			if (!any)
				gl_buf_printf(out, "\n%.*s %s\n\n", level, "######",
					      g < GL_GROUP__COUNT
						      ? gl_group_title((gl_group)g, n->lang)
						      : gl_lang_text(n->lang, GL_T_GROUP_REVERTED));
			any = true;
			entry_with_credits_md(out, n, &e, changes, i);
			if (n->commits)
				folded_md(out, n, &e, changes, i);
		}
	}
	merges_md(out, n, &e, changes);
	gl_entries_release(&e);
}

/* The commits folded under the entry at `at`: [{"id", "subject", "author"}]. */
static void folded_json(gl_buf *out, const gl_notes *n, const gl_entries *e, const size_t *changes,
			size_t at)
{
	gl_strvec_const names = {0};
	credits(&names, n, e, changes, at);
	gl_buf_puts(out, ", \"branch\": ");
	gl_json_string(out, change_at(n, changes, at)->more->branch);
	gl_buf_puts(out, ", \"credits\": [");
	for (size_t k = 0; k < names.len; k++) {
		gl_buf_puts(out, k ? ", " : "");
		gl_json_string(out, names.items[k]);
	}
	gl_vec_free(&names);
	gl_buf_puts(out, "], \"commits\": [");
	for (size_t i = e->first[at]; i != GL_ENTRY_NONE; i = e->next[i]) {
		const gl_change *c = change_at(n, changes, i);
		gl_buf_puts(out, i == e->first[at] ? "{\"id\": " : ", {\"id\": ");
		gl_json_string(out, GL_CHANGE_HEX(c));
		json_field(out, "subject", c->subject);
		json_field(out, "author", c->who->author);
		gl_buf_putc(out, '}');
	}
	gl_buf_putc(out, ']');
}

void gl_notes_groups_json(gl_buf *out, const gl_notes *n, const size_t *changes, size_t count)
{
	gl_entries e;
	gl_entries_build(&e, n->h, changes, count);
	gl_buf_putc(out, '{');
	for (int g = 0; g <= GL_GROUP__COUNT; g++) {
		gl_buf_printf(out, "%s\"%s\": [", g ? ", " : "",
			      g < GL_GROUP__COUNT ? gl_group_key((gl_group)g) : "reverted");
		bool first = true;
		for (size_t i = 0; i < count; i++) {
			if (!in_group(n, &e, changes, i, g))
				continue;
			gl_buf_puts(out, first ? "{" : ", {");
			first = false;
			entry_json_fields(out, n, change_at(n, changes, i));
			folded_json(out, n, &e, changes, i);
			gl_buf_putc(out, '}');
		}
		gl_buf_putc(out, ']');
	}
	gl_buf_putc(out, '}');
	gl_entries_release(&e);
}

void gl_notes_merges_json(gl_buf *out, const gl_notes *n, const size_t *changes, size_t count)
{
	gl_entries e;
	gl_entries_build(&e, n->h, changes, count);
	gl_buf_putc(out, '[');
	bool first = true;
	for (size_t i = 0; i < count; i++) {
		const gl_change *c = change_at(n, changes, i);
		if (e.role[i] != GL_ENTRY_PASSING)
			continue;
		gl_buf_puts(out, first ? "{\"id\": " : ", {\"id\": ");
		first = false;
		gl_json_string(out, GL_CHANGE_HEX(c));
		json_field(out, "pr", c->pr);
		json_field(out, "branch", c->more->branch);
		json_field(out, "subject", c->subject);
		gl_buf_putc(out, '}');
	}
	gl_buf_putc(out, ']');
	gl_entries_release(&e);
}

void gl_notes_release_json(gl_buf *out, const gl_release *r)
{
	char date[11];
	gl_notes_date(date, r->time);
	gl_buf_puts(out, "\"tag\": ");
	gl_json_string(out, r->tag);
	gl_buf version = GL_BUF_INIT;
	gl_semver_format(&version, &r->version, 0);
	gl_buf_puts(out, ", \"version\": ");
	gl_json_string(out, version.ptr);
	gl_buf_release(&version);
	gl_buf_printf(out, ", \"prerelease\": %s, \"date\": \"%s\", \"commit\": ",
		      r->version.pre ? "true" : "false", date);
	gl_json_string(out, r->commit);
	/* "also_tagged": ["1.0"] from "1.0, release-1.0" */
	gl_buf_puts(out, ", \"also_tagged\": [");
	for (const char *a = r->also; a && *a;) {
		size_t len = strcspn(a, ",");
		gl_buf_puts(out, a == r->also ? "" : ", ");
		char *name = gl_xstrndup(a, len);
		gl_json_string(out, name);
		free(name);
		a += len;
		a += *a ? 2 : 0; /* ", " */
	}
	gl_buf_putc(out, ']');
}
