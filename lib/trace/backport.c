/* Cherry-picked commits: found by their -x line or their patch, and the releases a fix landed in.
 */
#include "trace/backport.h"

#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"
#include "govlog/log.h"
#include "render/json.h"
#include "repo/picks.h"
#include "trace/change_index.h"
#include "util/error.h"
#include "util/escape.h"
#include "util/banned.h"

/* The release of an original the walk did not read, from the repository. */
static int release_in_repo(const gl_history *h, const char *commit, size_t *out)
{
	const char **heads = gl_history_release_commits(h, false);
	int rc = gl_repo_first_head_holding(out, govlog_log_root(h->log), commit, heads,
					    h->releases.len);
	free(heads);
	return rc;
}

/* Originals named by "(cherry picked from commit X)"; an empty index: none is named. */
static int link_named(gl_history *h, const gl_change_index *ix)
{
	size_t n = ix->len;
	int rc = 0;
	for (size_t i = 0; !rc && i < n; i++) {
		gl_change *c = &h->changes.items[i];
		if (!c->more->picked ||
		    strlen(c->more->picked) < 7) /* shorter ids are too often ambiguous */
			continue;
		gl_change_more *more = gl_change_edit(h, c);
		size_t origin = gl_change_index_find(ix, more->picked), release = GL_UNRELEASED;
		if (origin == i)
			origin = GL_NO_HEAD;
		if (origin != GL_NO_HEAD)
			release = h->changes.items[origin].release;
		else if (h->releases.len)
			rc = release_in_repo(h, more->picked, &release);
		more->origin = (uint32_t)origin;
		more->origin_release = (uint32_t)release;
	}
	return rc;
}

/* ---- picks without -x: the same author, author date and subject, then the same patch ---- */

/* What a cherry-pick keeps of its original. */
static int by_kept(const gl_change *x, const gl_change *y)
{
	/* the time first: it differs for nearly every pair, and compares cheapest */
	int d = x->time < y->time ? -1 : x->time > y->time;
	if (!d)
		d = strcmp(x->who->email, y->who->email);
	return d ? d : strcmp(x->subject, y->subject);
}

typedef struct alike {
	const gl_change *c;
	size_t at;
} alike;

static int by_kept_alike(const void *a, const void *b)
{
	const alike *x = a, *y = b;
	int d = by_kept(x->c, y->c);
	return d ? d : (x->at < y->at ? -1 : x->at > y->at);
}

static bool may_be_picked(const gl_change *c)
{
	return !c->joins && !c->more->picked && c->more->origin == GL_NO_HEAD && *c->subject;
}

/* In one group of alike commits, the later committed of two with the same patch is the pick. */
static int pair_group(gl_history *h, const alike *a, size_t n)
{
	size_t *group = gl_xcalloc(n, sizeof(*group));
	gl_patch *patch = gl_xcalloc(n, sizeof(*patch));
	for (size_t i = 0; i < n; i++)
		group[i] = a[i].at;
	const char **ids = gl_history_hex_ids(h, group, n);
	int rc = gl_repo_patch_ids(patch, govlog_log_root(h->log), ids, n);
	for (size_t i = 0; !rc && i < n; i++) {
		gl_change *p = &h->changes.items[group[i]];
		for (size_t j = 0; *patch[i].id && j < n && !p->more->picked; j++) {
			const gl_change *o = &h->changes.items[group[j]];
			bool earlier = patch[j].committed < patch[i].committed ||
				       (patch[j].committed == patch[i].committed &&
					o->release > p->release);
			if (j != i && earlier && !strcmp(patch[i].id, patch[j].id) &&
			    !o->more->picked) {
				gl_change_more *more = gl_change_edit(h, p);
				more->picked = gl_arena_strdup(&h->arena, ids[j]);
				more->origin = (uint32_t)group[j];
				more->origin_release = o->release;
			}
		}
	}
	free(ids);
	free(patch);
	free(group);
	return rc;
}

static int link_same_patch(gl_history *h)
{
	GL_VEC(alike) v = {0};
	for (size_t i = 0; i < h->changes.len; i++)
		if (may_be_picked(&h->changes.items[i]))
			gl_vec_push(&v, ((alike){&h->changes.items[i], i}));
	if (v.len > 1)
		qsort(v.items, v.len, sizeof(alike), by_kept_alike);
	int rc = 0;
	for (size_t i = 0, j; !rc && i < v.len; i = j) {
		for (j = i + 1; j < v.len && !by_kept(v.items[i].c, v.items[j].c);)
			j++;
		if (j - i > 1)
			rc = pair_group(h, v.items + i, j - i);
	}
	gl_vec_free(&v);
	return rc;
}

int gl_backport_settle(gl_history *h, const gl_change_index *ix)
{
	/* Every change starts with no original: gl_change_none says so. */
	int rc = link_named(h, ix);
	return rc ? rc : link_same_patch(h);
}

/* ---- shown ---- */

void gl_backport_line(gl_buf *out, const gl_release *r)
{
	gl_buf_printf(out, "%llu.%llu", (unsigned long long)r->version.major,
		      (unsigned long long)r->version.minor);
}

void gl_backport_md(gl_buf *out, govlog_lang lang, const gl_history *h, const gl_change *c)
{
	if (!c->more->picked)
		return;
	gl_buf_printf(out, "%s %.7s", gl_lang_text(lang, GL_T_BACKPORT_OF), c->more->picked);
	if (c->more->origin_release < h->releases.len) {
		gl_buf_printf(out, " %s ", gl_lang_text(lang, GL_T_FROM_RELEASE));
		gl_md_text(out, h->releases.items[c->more->origin_release].tag);
	}
}

/* The picks, ordered by their original (index), then their own release. */
typedef struct pick {
	size_t origin, at;
} pick;

static int by_origin(const void *a, const void *b)
{
	const pick *x = a, *y = b;
	if (x->origin != y->origin)
		return x->origin < y->origin ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

static size_t picks_of(pick **out, const gl_history *h)
{
	GL_VEC(pick) v = {0};
	for (size_t i = 0; i < h->changes.len; i++)
		if (h->changes.items[i].more->origin != GL_NO_HEAD)
			gl_vec_push(&v, ((pick){h->changes.items[i].more->origin, i}));
	if (v.len > 1)
		qsort(v.items, v.len, sizeof(pick), by_origin);
	*out = v.items;
	return v.len;
}

/* "v2.0.1 (2.0)", or "not released". */
static void release_md(gl_buf *out, govlog_lang lang, const gl_history *h, size_t release)
{
	if (release >= h->releases.len) {
		gl_buf_puts(out, gl_lang_text(lang, GL_T_NOT_RELEASED));
		return;
	}
	const gl_release *r = &h->releases.items[release];
	gl_md_text(out, r->tag);
	gl_buf_puts(out, " (");
	gl_backport_line(out, r);
	gl_buf_putc(out, ')');
}

void gl_backport_section_md(gl_buf *out, govlog_lang lang, const gl_history *h, int level)
{
	pick *p;
	size_t n = picks_of(&p, h);
	if (n)
		gl_buf_printf(out, "\n%.*s %s\n\n", level, "######",
			      gl_lang_text(lang, GL_T_BACKPORTS));
	for (size_t i = 0; i < n; i++) {
		const gl_change *o = &h->changes.items[p[i].origin];
		if (!i || p[i - 1].origin != p[i].origin) {
			gl_buf_printf(out, "- %.7s ", GL_CHANGE_HEX(o));
			gl_md_text(out, o->subject);
			gl_buf_printf(out, ": %s ", gl_lang_text(lang, GL_T_LANDED_IN));
			release_md(out, lang, h, o->release);
		}
		const gl_change *c = &h->changes.items[p[i].at];
		gl_buf_puts(out, ", ");
		release_md(out, lang, h, c->release);
		gl_buf_printf(out, " [%.7s]", GL_CHANGE_HEX(c));
		if (i + 1 == n || p[i + 1].origin != p[i].origin)
			gl_buf_putc(out, '\n');
	}
	free(p);
}

static void release_json(gl_buf *out, const gl_history *h, const gl_change *c)
{
	gl_buf_puts(out, "{\"commit\": ");
	gl_json_string(out, GL_CHANGE_HEX(c));
	gl_buf_puts(out, ", \"release\": ");
	const gl_release *r = c->release < h->releases.len ? &h->releases.items[c->release] : NULL;
	gl_json_string(out, r ? r->tag : NULL);
	gl_buf_puts(out, ", \"line\": ");
	gl_buf line = GL_BUF_INIT;
	if (r)
		gl_backport_line(&line, r);
	gl_json_string(out, r ? line.ptr : NULL);
	gl_buf_release(&line);
	gl_buf_putc(out, '}');
}

void gl_backport_section_json(gl_buf *out, const gl_history *h)
{
	pick *p;
	size_t n = picks_of(&p, h);
	gl_buf_putc(out, '[');
	for (size_t i = 0; i < n; i++) {
		const gl_change *o = &h->changes.items[p[i].origin];
		if (!i || p[i - 1].origin != p[i].origin) {
			gl_buf_puts(out, i ? "]}, {\"commit\": " : "{\"commit\": ");
			gl_json_string(out, GL_CHANGE_HEX(o));
			gl_buf_puts(out, ", \"subject\": ");
			gl_json_string(out, o->subject);
			gl_buf_puts(out, ", \"landed\": [");
			release_json(out, h, o);
		}
		gl_buf_puts(out, ", ");
		release_json(out, h, &h->changes.items[p[i].at]);
	}
	gl_buf_puts(out, n ? "]}]" : "]");
	free(p);
}
