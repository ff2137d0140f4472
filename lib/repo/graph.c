/* Releases over the commit graph with libgit2: tags, one depth-first walk, .mailmap. */
#include "repo/graph.h"

#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "util/buf.h"
#include "util/vec.h"
#include "repo/git.h"
#include "repo/message.h"
#include "repo/seen.h"
#include "repo/shallow.h"
#include "util/banned.h"

/* ---- tags ---- */

typedef struct tag_lister {
	git_repository *repo;
	gl_tag_fn fn;
	void *payload;
	int rc; /* the first tag that could not be read */
} tag_lister;

/*
 * A tag of a tree or a blob is no release and is passed over; one whose
 * object cannot be read (a malformed commit, a missing object) would drop a
 * release without a word, so it stops the listing, named.
 */
static int tag_unreadable(tag_lister *tl, const char *name, const git_oid *id, int err)
{
	if (err == GIT_EPEEL || err == GIT_EINVALIDSPEC)
		return 0;
	char hex[GIT_OID_HEXSZ + 1];
	git_oid_tostr(hex, sizeof(hex), id);
	gl_buf what = GL_BUF_INIT;
	gl_buf_printf(&what, "cannot read the commit of tag '%s' (%s)",
		      strncmp(name, "refs/tags/", 10) ? name : name + 10, hex);
	tl->rc = gl_repo_fail(tl->repo, GOVLOG_EREPO, what.ptr);
	gl_buf_release(&what);
	return tl->rc;
}

/* Hands one release candidate on: an annotated tag is dated when it was made, a lightweight
 * one by its commit. */
static void emit_tag(tag_lister *tl, const char *name, git_object *obj, git_object *commit)
{
	char hex[GIT_OID_HEXSZ + 1];
	git_oid_tostr(hex, sizeof(hex), git_object_id(commit));
	const git_signature *when =
		git_object_type(obj) == GIT_OBJECT_TAG ? git_tag_tagger((git_tag *)obj) : NULL;
	if (!when)
		when = git_commit_committer((git_commit *)commit);
	const char *short_name = strncmp(name, "refs/tags/", 10) ? name : name + 10;
	tl->fn(short_name, hex, when ? (int64_t)when->when.time : 0, tl->payload);
}

static int on_tag(const char *name, git_oid *oid, void *payload)
{
	tag_lister *tl = payload;
	git_object *obj = NULL, *commit = NULL;
	int err = git_object_lookup(&obj, tl->repo, oid, GIT_OBJECT_ANY);
	if (!err)
		err = git_object_peel(&commit, obj, GIT_OBJECT_COMMIT);
	if (!err)
		emit_tag(tl, name, obj, commit);
	/* An annotated tag read well: its target is what failed. */
	git_oid failed = *oid;
	if (err && obj && git_object_type(obj) == GIT_OBJECT_TAG)
		git_oid_cpy(&failed, git_tag_target_id((git_tag *)obj));
	git_object_free(commit);
	git_object_free(obj);
	return err ? tag_unreadable(tl, name, &failed, err) : 0;
}

int gl_graph_tags(const char *root, gl_tag_fn fn, void *payload)
{
	tag_lister tl = {NULL, fn, payload, 0};
	int rc = 0;
	gl_repo_init();
	if (gl_repo_open_root(&tl.repo, root) < 0)
		rc = gl_repo_fail(NULL, GOVLOG_EREPO, "cannot open the repository");
	else if (git_tag_foreach(tl.repo, on_tag, &tl) < 0)
		rc = tl.rc ? tl.rc : gl_repo_fail(tl.repo, GOVLOG_EREPO, "cannot read the tags");
	git_repository_free(tl.repo);
	git_libgit2_shutdown();
	return rc;
}

/*
 * ---- a set of commit ids: open addressing over the ids' first bytes ----
 *
 * The walk's set holds every commit of the history, so it is kept dense: an
 * all-zero id (which no object has) marks a free slot, and the table is
 * filled to 7/8 before it doubles. Linear probing stays short at that load
 * because ids are uniform hashes.
 */

typedef struct oid_set {
	git_oid *slots;
	size_t cap, len;
} oid_set;

static size_t slot_of(const oid_set *s, const git_oid *id)
{
	uint64_t h;
	memcpy(&h, id->id, sizeof(h)); /* an id is already a uniform hash */
	return (size_t)h & (s->cap - 1);
}

static void set_grow(oid_set *s);

/* Adds id; false when it was there already. */
static bool set_add(oid_set *s, const git_oid *id)
{
	if ((s->len + 1) * 8 > s->cap * 7)
		set_grow(s);
	size_t i = slot_of(s, id);
	while (!git_oid_is_zero(&s->slots[i])) {
		if (git_oid_equal(&s->slots[i], id))
			return false;
		i = (i + 1) & (s->cap - 1);
	}
	git_oid_cpy(&s->slots[i], id);
	s->len++;
	return true;
}

static bool set_has(const oid_set *s, const git_oid *id)
{
	for (size_t i = s->cap ? slot_of(s, id) : 0; s->cap && !git_oid_is_zero(&s->slots[i]);
	     i = (i + 1) & (s->cap - 1))
		if (git_oid_equal(&s->slots[i], id))
			return true;
	return false;
}

static void set_grow(oid_set *s)
{
	oid_set bigger = {NULL, s->cap ? s->cap * 2 : 1024, 0};
	bigger.slots = gl_xcalloc(bigger.cap, sizeof(git_oid));
	for (size_t i = 0; i < s->cap; i++)
		if (!git_oid_is_zero(&s->slots[i]))
			set_add(&bigger, &s->slots[i]);
	free(s->slots);
	*s = bigger;
}

static void set_free(oid_set *s)
{
	free(s->slots);
	s->slots = NULL;
	s->cap = s->len = 0;
}

/* ---- naming the commit a revwalk stumbled on ---- */

/* Only after a failure: libgit2's revwalk says why, never which commit. */
int gl_repo_walk_fail(git_repository *repo, const git_oid *start, const char *what)
{
	char reason[512];
	const git_error *e = git_error_last();
	snprintf(reason, sizeof(reason), "%s", e && e->message ? e->message : "");
	oid_set seen = {0};
	GL_VEC(git_oid) stack = {NULL, 0, 0};
	gl_vec_push(&stack, *start);
	int rc = 0;
	while (!rc && stack.len) {
		git_oid id = stack.items[--stack.len];
		git_commit *c = NULL;
		if (!set_add(&seen, &id))
			continue;
		if (gl_repo_commit_lookup(&c, repo, &id) < 0) {
			rc = GOVLOG_EREPO;
			break;
		}
		for (unsigned i = 0; i < git_commit_parentcount(c); i++)
			gl_vec_push(&stack, *git_commit_parent_id(c, i));
		git_commit_free(c);
	}
	set_free(&seen);
	gl_vec_free(&stack);
	if (rc)
		return rc;
	return gl_error_set(GOVLOG_EREPO, "%s: %s", what,
			    *reason ? reason : "libgit2 gave no reason");
}

/* ---- the walk ---- */

/* A commit to walk, and the merge it came in with from a side branch. */
typedef struct pending {
	git_oid id;
	size_t via; /* that merge's place among the commits handed on + 1; 0 for none */
} pending;

/*
 * Every commit walked is handed on: `allowed` holds only the one release's
 * commits when one is asked for, so a commit's place in the walk is its
 * index in what fn has kept.
 */
typedef struct walker {
	const gl_graph_walk *w;
	git_repository *repo;
	git_mailmap *mailmap;
	gl_seen seen; /* the ids are fn's to keep */
	GL_VEC(pending) stack;
	gl_graph_fn fn;
	void *payload;
	oid_set *allowed; /* when set, the only commits to walk */
	size_t handed;    /* the commits handed to fn so far */
	gl_shallow edge;  /* where a shallow clone's history ends */
} walker;

/* A signature after .mailmap: *name as UTF-8 (valid while `scratch` lives); returns the e-mail. */
static const char *mapped(walker *wk, git_commit *c, const git_signature *sig, const char **name,
			  gl_buf *scratch)
{
	const char *n = sig ? sig->name : "", *e = sig ? sig->email : "";
	const char *mn = n, *me = e;
	if (wk->mailmap)
		git_mailmap_resolve(&mn, &me, wk->mailmap, n, e);
	*name = gl_repo_utf8(git_commit_message_encoding(c), mn, scratch);
	return me;
}

static int emit(walker *wk, git_commit *c, size_t release, size_t via)
{
	const git_signature *a = git_commit_author(c), *m = git_commit_committer(c);
	gl_buf message = GL_BUF_INIT, who = GL_BUF_INIT, merger = GL_BUF_INIT;
	const char *name, *merger_name;
	const char *email = mapped(wk, c, a, &name, &who), *merger_email = email;
	merger_name = name;
	/* Most commits are committed by their author: mapped once */
	if (a && m && (strcmp(a->name, m->name) || strcmp(a->email, m->email)))
		merger_email = mapped(wk, c, m, &merger_name, &merger);
	gl_graph_commit gc = {.message = gl_repo_message_utf8(c, &message),
			      .author_name = name,
			      .author_email = email,
			      .time = a ? (int64_t)a->when.time : 0,
			      .committer_name = merger_name,
			      .committer_email = merger_email,
			      .parent_count = git_commit_parentcount(c),
			      .release = release,
			      .via = via ? via - 1 : GL_NOT_VIA};
	memcpy(gc.id.raw, git_commit_id(c)->id, GL_OID_RAW);
	wk->handed++;
	int rc = wk->fn(&gc, wk->payload);
	gl_buf_release(&message);
	gl_buf_release(&who);
	gl_buf_release(&merger);
	return rc;
}

/*
 * Pushes the parents not seen yet; the first parent last, so it is walked
 * first. A merge's side parents came in with it (the merge at `place`); its
 * first parent keeps the way in the merge had.
 */
static void push_parents(walker *wk, git_commit *c, size_t via, size_t place)
{
	for (unsigned i = git_commit_parentcount(c); i-- > 0;) {
		const git_oid *p = git_commit_parent_id(c, i);
		pending e = {*p, i ? place + 1 : via};
		if (!gl_seen_has(&wk->seen, p->id) &&
		    !gl_shallow_beyond(&wk->edge, git_commit_id(c), p))
			gl_vec_push(&wk->stack, e);
	}
}

/* Everything `start` reaches that no earlier head reached belongs to `release`. */
static int walk_from(walker *wk, const git_oid *start, size_t release)
{
	pending first = {*start, 0};
	gl_vec_push(&wk->stack, first);
	int rc = 0;
	while (!rc && wk->stack.len) {
		pending e = wk->stack.items[--wk->stack.len];
		/* It will be handed on next: the place it is added at. */
		size_t place = wk->handed;
		if ((wk->allowed && !set_has(wk->allowed, &e.id)) ||
		    !gl_seen_add(&wk->seen, e.id.id, place))
			continue;
		git_commit *c = NULL;
		if (gl_repo_commit_lookup(&c, wk->repo, &e.id) < 0)
			return GOVLOG_EREPO;
		rc = emit(wk, c, release, e.via);
		if (!rc)
			push_parents(wk, c, e.via, place);
		git_commit_free(c);
	}
	wk->stack.len = 0;
	return rc;
}

static int oid_of(git_oid *out, const char *hex)
{
	if (git_oid_fromstr(out, hex) < 0)
		return gl_error_set(GOVLOG_EINVALID, "not a commit id: '%s'", hex);
	return 0;
}

/* The tip's commit id; false when there is none (an unborn HEAD), with *rc set on errors. */
static bool tip_id(walker *wk, git_oid *out, int *rc)
{
	git_object *tip = NULL, *commit = NULL;
	int err = git_revparse_single(&tip, wk->repo, wk->w->tip ? wk->w->tip : "HEAD");
	*rc = 0;
	if (err < 0 && wk->w->tip && strcmp(wk->w->tip, "HEAD"))
		*rc = gl_repo_fail(wk->repo, GOVLOG_EINVALID, "cannot resolve the revision");
	else if (!err && git_object_peel(&commit, tip, GIT_OBJECT_COMMIT) < 0)
		*rc = gl_repo_fail(wk->repo, GOVLOG_EINVALID, "the tip is no commit");
	if (commit)
		git_oid_cpy(out, git_object_id(commit));
	git_object_free(commit);
	git_object_free(tip);
	return commit != NULL;
}

/*
 * The commits `start` reaches and no head before `hidden_count` does, by
 * libgit2's revwalk, which stops where the hidden side's history takes over:
 * one release's commits without reading the whole history.
 */
static int reachable_only(walker *wk, const git_oid *start, size_t hidden_count, oid_set *out)
{
	git_revwalk *walk = NULL;
	git_oid id;
	int rc = git_revwalk_new(&walk, wk->repo) < 0 || git_revwalk_push(walk, start) < 0
			 ? gl_repo_fail(wk->repo, GOVLOG_EREPO, "cannot walk the history")
			 : 0;
	for (size_t i = 0; !rc && i < hidden_count; i++)
		if (!(rc = oid_of(&id, wk->w->heads[i])) && git_revwalk_hide(walk, &id) < 0)
			rc = gl_repo_fail(wk->repo, GOVLOG_EREPO, "cannot walk the history");
	int next = 0;
	while (!rc && (next = git_revwalk_next(&id, walk)) == 0)
		set_add(out, &id);
	if (!rc && next != GIT_ITEROVER) /* a commit it cannot parse: not the end of history */
		rc = gl_repo_walk_fail(wk->repo, start, "cannot walk the history");
	git_revwalk_free(walk);
	return rc;
}

/*
 * Adds to `out` every commit `start` reaches that `stop` does not hold, by
 * hand: libgit2 1.5's revwalk runs past a shallow clone's edge into parents
 * that are not there. A commit missing inside the edge is an error.
 */
static int reach(git_repository *repo, gl_shallow *edge, const git_oid *start, const oid_set *stop,
		 oid_set *out)
{
	GL_VEC(git_oid) stack = {NULL, 0, 0};
	gl_vec_push(&stack, *start);
	int rc = 0;
	while (!rc && stack.len) {
		git_oid id = stack.items[--stack.len];
		if ((stop && set_has(stop, &id)) || !set_add(out, &id))
			continue;
		git_commit *c = NULL;
		if (gl_repo_commit_lookup(&c, repo, &id) < 0)
			rc = GOVLOG_EREPO;
		for (unsigned i = 0; !rc && i < git_commit_parentcount(c); i++)
			if (!gl_shallow_beyond(edge, &id, git_commit_parent_id(c, i)))
				gl_vec_push(&stack, *git_commit_parent_id(c, i));
		git_commit_free(c);
	}
	gl_vec_free(&stack);
	return rc;
}

/*
 * reachable_only for a shallow clone, whose history is small: the hidden side
 * first. The earlier releases' side may end at the edge; the wanted commits
 * may not, or some of them are not there.
 */
static int reachable_by_hand(walker *wk, const git_oid *start, size_t hidden_count, oid_set *out)
{
	oid_set hidden = {0};
	git_oid id;
	int rc = 0;
	for (size_t i = 0; !rc && i < hidden_count; i++)
		if (!(rc = oid_of(&id, wk->w->heads[i])))
			rc = reach(wk->repo, &wk->edge, &id, NULL, &hidden);
	wk->edge.cut = false;
	if (!rc)
		rc = reach(wk->repo, &wk->edge, start, &hidden, out);
	if (!rc && wk->edge.cut)
		rc = gl_shallow_fail(&wk->edge,
				     wk->w->only == GL_UNRELEASED
					     ? "cannot read every commit since the last release"
					     : "cannot read every commit of the release");
	set_free(&hidden);
	return rc;
}

/* Only one release's commits (or the unreleased ones) are wanted: walk just those. */
static int walk_one(walker *wk)
{
	size_t r = wk->w->only;
	git_oid start;
	oid_set allowed = {0};
	int rc = 0;
	bool any = r == GL_UNRELEASED ? tip_id(wk, &start, &rc)
				      : !(rc = oid_of(&start, wk->w->heads[r]));
	size_t hidden = r == GL_UNRELEASED ? wk->w->head_count : r;
	if (any && !rc)
		rc = wk->edge.odb ? reachable_by_hand(wk, &start, hidden, &allowed)
				  : reachable_only(wk, &start, hidden, &allowed);
	wk->allowed = &allowed;
	if (any && !rc)
		rc = walk_from(wk, &start, r);
	wk->allowed = NULL;
	set_free(&allowed);
	return rc;
}

static int walk_all(walker *wk)
{
	if (wk->w->only != GL_ALL_RELEASES)
		return walk_one(wk);
	int rc = 0;
	for (size_t i = 0; !rc && i < wk->w->head_count; i++) {
		git_oid id;
		if (git_oid_fromstr(&id, wk->w->heads[i]) < 0)
			return gl_error_set(GOVLOG_EINVALID, "not a commit id: '%s'",
					    wk->w->heads[i]);
		rc = walk_from(wk, &id, i);
	}
	git_object *tip = NULL;
	int err = rc ? 0 : git_revparse_single(&tip, wk->repo, wk->w->tip ? wk->w->tip : "HEAD");
	if (!rc && err == 0) {
		git_object *commit = NULL;
		if (git_object_peel(&commit, tip, GIT_OBJECT_COMMIT) < 0)
			rc = gl_repo_fail(wk->repo, GOVLOG_EINVALID, "the tip is no commit");
		else
			rc = walk_from(wk, git_object_id(commit), GL_UNRELEASED);
		git_object_free(commit);
	} else if (!rc && wk->w->tip && strcmp(wk->w->tip, "HEAD")) {
		rc = gl_repo_fail(wk->repo, GOVLOG_EINVALID, "cannot resolve the revision");
	}
	git_object_free(tip);
	return rc;
}

int gl_graph_walk_history(const gl_graph_walk *w, gl_graph_fn fn, void *payload)
{
	walker wk = {.w = w,
		     .fn = fn,
		     .payload = payload,
		     .seen = {.id_of = w->id_of, .payload = payload}};
	int rc = 0;
	gl_repo_init();
	gl_repo_read_history_once();
	if (gl_repo_open_root(&wk.repo, w->root) < 0)
		rc = gl_repo_fail(NULL, GOVLOG_EREPO, "cannot open the repository");
	if (!rc && git_mailmap_from_repository(&wk.mailmap, wk.repo) < 0)
		wk.mailmap = NULL; /* an unreadable .mailmap maps nobody */
	if (!rc)
		gl_shallow_init(&wk.edge, wk.repo);
	if (!rc)
		rc = walk_all(&wk);
	gl_vec_free(&wk.stack);
	gl_shallow_release(&wk.edge);
	gl_seen_release(&wk.seen);
	git_mailmap_free(wk.mailmap);
	git_repository_free(wk.repo);
	git_libgit2_shutdown();
	return rc;
}

/* gl_graph_first_ancestor in a shallow clone: what the tip reaches, by hand, then each commit. */
static int first_in_shallow(git_repository *repo, const git_oid *tip, const char *const *commits,
			    size_t count, size_t *found)
{
	gl_shallow edge;
	oid_set reached = {0};
	gl_shallow_init(&edge, repo);
	int rc = reach(repo, &edge, tip, NULL, &reached);
	for (size_t i = 0; !rc && *found == GL_UNRELEASED && i < count; i++) {
		git_oid id;
		if (git_oid_fromstr(&id, commits[i]) == 0 && set_has(&reached, &id))
			*found = i;
	}
	/* A release beyond the edge might reach the tip: none found is no answer. */
	if (!rc && *found == GL_UNRELEASED && count && edge.cut)
		rc = gl_shallow_fail(&edge, "cannot tell which release reaches the tip");
	set_free(&reached);
	gl_shallow_release(&edge);
	return rc;
}

int gl_graph_first_ancestor(const char *root, const char *tip, const char *const *commits,
			    size_t count, size_t *found)
{
	git_repository *repo = NULL;
	git_object *t = NULL, *tc = NULL;
	int rc = 0;
	*found = GL_UNRELEASED;
	gl_repo_init();
	if (gl_repo_open_root(&repo, root) < 0)
		rc = gl_repo_fail(NULL, GOVLOG_EREPO, "cannot open the repository");
	int err = rc ? 0 : git_revparse_single(&t, repo, tip ? tip : "HEAD");
	if (!rc && !err && git_object_peel(&tc, t, GIT_OBJECT_COMMIT) < 0)
		rc = gl_repo_fail(repo, GOVLOG_EINVALID, "the tip is no commit");
	if (!rc && tc && git_repository_is_shallow(repo) == 1) {
		rc = first_in_shallow(repo, git_object_id(tc), commits, count, found);
		count = 0; /* answered */
	}
	for (size_t i = 0; !rc && tc && *found == GL_UNRELEASED && i < count; i++) {
		git_oid id;
		if (git_oid_fromstr(&id, commits[i]) < 0)
			continue;
		int below = git_oid_equal(&id, git_object_id(tc))
				    ? 1
				    : git_graph_descendant_of(repo, git_object_id(tc), &id);
		if (below < 0) /* an unreadable commit between them: no answer is no release */
			rc = gl_repo_walk_fail(repo, git_object_id(tc),
					       "cannot read the history below the tip");
		else if (below)
			*found = i;
	}
	git_object_free(tc);
	git_object_free(t);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return rc;
}
