/* One entry per change: which commits fold under which pull request, which merges are no change. */
#include "trace/entry.h"

#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "util/banned.h"

/*
 * A merge on the line a release is read along that is no change of its
 * own: a release PR (develop → main), a merge of a release line, or Git's
 * merge of another line ("Merge branch 'main' into develop"). Its side's
 * commits stay entries of their own pull requests.
 */
static bool passes(const gl_change *ch, bool merge_back)
{
	return ch->merge && (merge_back || gl_branch_long_lived(ch->more->branch));
}

void gl_entry_place(const gl_history *h, gl_change *ch, size_t via, bool merge_back)
{
	ch->head = GL_NO_HEAD;
	if (via != GL_NO_HEAD && via < h->changes.len) {
		const gl_change *v = &h->changes.items[via];
		/* Through a passing merge a commit stands as it would have on the line itself;
		 * through a change (even one inside another: a fork's own PR) it joins the
		 * outermost change. */
		ch->head = v->passing || v->head != GL_NO_HEAD ? v->head : via;
	}
	ch->passing = ch->head == GL_NO_HEAD && passes(ch, merge_back);
}

/* What the commits folded under each entry say: how many, their best kind, a breaking one. */
typedef struct folded {
	size_t count;
	unsigned char kind; /* the most significant gl_change_kind: the enum's order */
	const gl_change *breaking;
} folded;

static void gather(const gl_history *h, folded *f)
{
	for (size_t i = 0; i < h->changes.len; i++) {
		const gl_change *c = &h->changes.items[i];
		if (c->head == GL_NO_HEAD)
			continue;
		folded *e = &f[c->head];
		e->count++;
		if (c->kind < e->kind)
			e->kind = (unsigned char)c->kind;
		if (c->breaking && !e->breaking)
			e->breaking = c;
	}
}

void gl_entry_settle(gl_history *h)
{
	size_t n = h->changes.len;
	folded *f = gl_xcalloc(n ? n : 1, sizeof(*f));
	for (size_t i = 0; i < n; i++)
		f[i].kind = GL_CHANGE_UNCLASSIFIED;
	gather(h, f);
	for (size_t i = 0; i < n; i++) {
		gl_change *c = &h->changes.items[i];
		if (c->head != GL_NO_HEAD)
			continue;
		/* A merge whose side was listed already (a hotfix merged back into develop). */
		if (c->joins && !f[i].count)
			c->passing = true;
		if (c->kind == GL_CHANGE_UNCLASSIFIED)
			c->kind = f[i].kind;
		/* Title and commits say nothing: the branch's name may ("fix/login"). */
		if (c->kind == GL_CHANGE_UNCLASSIFIED && c->more->branch)
			c->kind = gl_change_kind_of_branch(c->more->branch);
		/* A breaking change inside a pull request is never hidden by its title. */
		if (f[i].breaking && !c->breaking) {
			c->breaking = true;
			const char *note = f[i].breaking->more->breaking_note;
			if (note || c->more->breaking_note)
				gl_change_edit(h, c)->breaking_note = note;
		}
	}
	free(f);
}

/* ---- the entries of one selection ---- */

typedef struct placed {
	size_t change, at;
} placed;

static int by_change(const void *a, const void *b)
{
	size_t x = ((const placed *)a)->change, y = ((const placed *)b)->change;
	return x < y ? -1 : x > y;
}

/* The position of change `change` in the selection, or GL_ENTRY_NONE. */
static size_t position_of(const placed *sorted, size_t count, size_t change)
{
	placed key = {change, 0};
	const placed *p = bsearch(&key, sorted, count, sizeof(*sorted), by_change);
	return p ? p->at : GL_ENTRY_NONE;
}

void gl_entries_build(gl_entries *e, const gl_history *h, const size_t *changes, size_t count)
{
	placed *sorted = gl_xmalloc((count ? count : 1) * sizeof(*sorted));
	for (size_t i = 0; i < count; i++)
		sorted[i] = (placed){changes[i], i};
	qsort(sorted, count, sizeof(*sorted), by_change);
	e->count = count;
	e->role = gl_xcalloc(count ? count : 1, 1);
	e->first = gl_xmalloc((count ? count : 1) * sizeof(size_t));
	e->next = gl_xmalloc((count ? count : 1) * sizeof(size_t));
	for (size_t i = 0; i < count; i++)
		e->first[i] = e->next[i] = GL_ENTRY_NONE;
	/* Backwards, each folded commit put first: the lists keep the selection's order. */
	for (size_t i = count; i-- > 0;) {
		const gl_change *c = &h->changes.items[changes[i]];
		size_t head =
			c->head == GL_NO_HEAD ? GL_ENTRY_NONE : position_of(sorted, count, c->head);
		if (head != GL_ENTRY_NONE) {
			e->role[i] = GL_ENTRY_FOLDED;
			e->next[i] = e->first[head];
			e->first[head] = i;
		} else {
			e->role[i] = c->passing ? GL_ENTRY_PASSING : GL_ENTRY_SHOWN;
		}
	}
	free(sorted);
}

void gl_entries_release(gl_entries *e)
{
	free(e->role);
	free(e->first);
	free(e->next);
	memset(e, 0, sizeof(*e));
}
