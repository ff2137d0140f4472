/* The references and decisions found in a commit message, each once and in order. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "commit/message_internal.h"
#include "util/ascii.h"
#include "util/banned.h"

typedef gl_msg_cand cand;

static bool before(const cand *a, const cand *b)
{
	return a->start != b->start ? a->start < b->start : a->seq < b->seq;
}

static int by_position(const void *x, const void *y)
{
	return before(x, y) ? -1 : before(y, x);
}

/* Candidates come nearly in order: an insertion sort for the few of a real message. */
static void sort(cand *c, size_t n)
{
	if (n > 64) {
		qsort(c, n, sizeof(*c), by_position);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		cand x = c[i];
		size_t j = i;
		for (; j && before(&x, &c[j - 1]); j--)
			c[j] = c[j - 1];
		c[j] = x;
	}
}

static bool span_ieq(const char *a, size_t alen, const char *b, size_t blen)
{
	if (alen != blen)
		return false;
	for (size_t i = 0; i < alen; i++)
		if (gl_tolower(a[i]) != gl_tolower(b[i]))
			return false;
	return true;
}

/* A configured pattern wins: a built-in reference it overlaps is dropped. */
static void drop_covered(const gl_msg_ctx *c, cand *cands, size_t n)
{
	unsigned char *cov = NULL;
	for (size_t i = 0; i < n; i++) {
		if (!cands[i].configured)
			continue;
		if (!cov)
			cov = gl_xcalloc(c->t.len + 1, 1);
		memset(cov + cands[i].start, 1, cands[i].end - cands[i].start);
	}
	for (size_t i = 0; cov && i < n; i++) {
		cand *k = &cands[i];
		if (!k->configured && k->kind != GL_MSG_DECISION && k->end > k->start &&
		    memchr(cov + k->start, 1, k->end - k->start))
			k->dropped = true;
	}
	free(cov);
}

/* The pull request's own number is no reference: "#42" (GitHub), "!580" (GitLab). */
static void drop_pr(const gl_msg_ctx *c, cand *cands, size_t n)
{
	const gl_message *m = c->m;
	const char *t = c->t.data;
	if (!m->pr)
		return;
	for (size_t i = 0; i < n; i++) {
		cand *k = &cands[i];
		if (!span_ieq(t + k->id, k->id_len, m->pr, strlen(m->pr)))
			continue;
		if (c->pr_from == GL_MSG_PR_GITHUB && k->kind == GL_REF_ISSUE && !k->repo_len)
			k->dropped = true;
		if (c->pr_from == GL_MSG_PR_GITLAB && k->kind == GL_REF_MERGE_REQUEST &&
		    (!k->repo_len ||
		     span_ieq(t + k->repo, k->repo_len, m->pr_repo, strlen(m->pr_repo))))
			k->dropped = true;
	}
}

static uint64_t hash_span(uint64_t h, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)gl_tolower(p[i])) * 1099511628211u;
	return (h ^ 0xff) * 1099511628211u;
}

static size_t hash(const char *t, const cand *k)
{
	uint64_t h = 1469598103934665603u ^ (uint64_t)(k->kind + 2);
	return (size_t)hash_span(hash_span(h, t + k->repo, k->repo_len), t + k->id, k->id_len);
}

static bool same(const char *t, const cand *a, const cand *b)
{
	return a->kind == b->kind && span_ieq(t + a->id, a->id_len, t + b->id, b->id_len) &&
	       span_ieq(t + a->repo, a->repo_len, t + b->repo, b->repo_len);
}

/* A later mention of a kept candidate is dropped; it may only add that it closes. */
static void merge_into(cand *kept, cand *later)
{
	kept->closes = kept->closes || later->closes;
	later->dropped = true;
}

/* Each once: the few of a real message pairwise, more through an open-addressing set. */
static void dedupe(const gl_msg_ctx *c, cand *cands, size_t n)
{
	for (size_t i = 0; n <= 8 && i < n; i++)
		for (size_t j = 0; j < i && !cands[i].dropped; j++)
			if (!cands[j].dropped && same(c->t.data, &cands[j], &cands[i]))
				merge_into(&cands[j], &cands[i]);
	if (n <= 8)
		return;
	size_t small[128], cap = 16;
	while (cap < 2 * n)
		cap *= 2;
	size_t *slots = cap <= 128 ? memset(small, 0, cap * sizeof(size_t))
				   : gl_xcalloc(cap, sizeof(size_t));
	for (size_t i = 0; i < n; i++) {
		cand *k = &cands[i];
		if (k->dropped)
			continue;
		size_t at = hash(c->t.data, k) & (cap - 1);
		for (; slots[at] && !k->dropped; at = (at + 1) & (cap - 1)) {
			cand *o = &cands[slots[at] - 1];
			if (same(c->t.data, o, k))
				merge_into(o, k);
		}
		if (!k->dropped)
			slots[at] = i + 1;
	}
	if (slots != small)
		free(slots);
}

static void put(gl_msg_ctx *c, const cand *k)
{
	gl_message *m = c->m;
	const char *id = gl_arena_strndup(&m->arena, c->t.data + k->id, k->id_len);
	if (k->kind == GL_MSG_DECISION) {
		m->decisions.items[m->decisions.len++] = id;
		return;
	}
	gl_ref r = {(gl_ref_kind)k->kind, NULL, id, k->closes};
	if (k->repo_len)
		r.repo = gl_arena_strndup(&m->arena, c->t.data + k->repo, k->repo_len);
	m->refs.items[m->refs.len++] = r;
}

void gl_msg_emit(gl_msg_ctx *c, gl_msg_cand *cands, size_t n)
{
	gl_message *m = c->m;
	size_t refs = 0, decisions = 0;
	sort(cands, n);
	drop_covered(c, cands, n);
	drop_pr(c, cands, n);
	dedupe(c, cands, n);
	for (size_t i = 0; i < n; i++)
		if (!cands[i].dropped)
			*(cands[i].kind == GL_MSG_DECISION ? &decisions : &refs) += 1;
	/* The arrays live in the arena too: nothing to push, nothing to free. */
	if (refs)
		m->refs.items = gl_arena_alloc(&m->arena, refs * sizeof(gl_ref));
	if (decisions)
		m->decisions.items = gl_arena_alloc(&m->arena, decisions * sizeof(const char *));
	for (size_t i = 0; i < n; i++)
		if (!cands[i].dropped)
			put(c, &cands[i]);
	m->refs.alloc = m->refs.len;
	m->decisions.alloc = m->decisions.len;
}
