/* Walking a first-parent line oldest first, one segment at a time. */
#include "repo/chain.h"

#include <stdlib.h>

#include "util/buf.h"
#include "util/error.h"
#include "util/vec.h"
#include "util/banned.h"

/*
 * How far back in time (in seconds) the line may go past base's commit time
 * before base is taken to be on another line: clocks of different machines
 * disagree, and a wrong guess costs only the walk of the range another way.
 */
#define GL_CHAIN_SLACK (30 * 24 * 3600)

typedef GL_VEC(git_oid) oid_list;

/*
 * The commit `id`'s time and, when it has one, its first parent's id (then
 * true). False at a root or an unreadable commit, whose time is 0.
 */
static bool first_parent(git_repository *repo, const git_oid *id, git_oid *parent, git_time_t *time)
{
	git_commit *c = NULL;
	*time = 0;
	if (git_commit_lookup(&c, repo, id) < 0) {
		git_error_clear();
		return false;
	}
	bool has = git_commit_parentcount(c) > 0;
	if (has)
		git_oid_cpy(parent, git_commit_parent_id(c, 0));
	*time = git_commit_time(c);
	git_commit_free(c);
	return has;
}

/*
 * Counts the line from head down to base, keeping the id of every
 * GL_CHAIN_SEGMENT-th commit (the newest of each segment). False when it
 * does not reach base.
 */
static bool count_line(const gl_chain *ch, oid_list *marks, size_t *count)
{
	git_repository *repo = *ch->repo;
	git_oid id = *ch->head, unused;
	git_time_t oldest;
	first_parent(repo, ch->base, &unused, &oldest);
	oldest -= GL_CHAIN_SLACK;
	size_t n = 0;
	while (!git_oid_equal(&id, ch->base)) {
		git_oid parent;
		git_time_t time;
		if (n % GL_CHAIN_SEGMENT == 0)
			gl_vec_push(marks, id);
		n++;
		if (!first_parent(repo, &id, &parent, &time) || time < oldest)
			return false;
		id = parent;
	}
	*count = n;
	return true;
}

static int reopen(const gl_chain *ch)
{
	ch->release(ch->payload);
	git_repository_free(*ch->repo);
	*ch->repo = NULL;
	if (git_repository_open(ch->repo, ch->root) < 0)
		return gl_repo_fail(NULL, GOVLOG_EREPO, "cannot open the repository again");
	return 0;
}

/* The `len` commits from `newest` down its first parents, handed on oldest first. */
static int walk_segment(const gl_chain *ch, const git_oid *newest, size_t len)
{
	git_commit **seg = gl_xcalloc(len, sizeof(*seg));
	git_oid id = *newest;
	int rc = 0;
	for (size_t k = 0; !rc && k < len; k++) {
		rc = gl_repo_commit_lookup(&seg[k], *ch->repo, &id);
		const git_oid *parent = rc || k + 1 == len ? NULL : git_commit_parent_id(seg[k], 0);
		if (parent)
			git_oid_cpy(&id, parent);
		else if (!rc && k + 1 < len) /* counted with a parent, read again without */
			rc = gl_repo_fail(*ch->repo, GOVLOG_EREPO,
					  "the history changed while read");
	}
	for (size_t k = len; !rc && k-- > 0;)
		rc = ch->each(seg[k], ch->payload);
	for (size_t k = 0; k < len; k++)
		git_commit_free(seg[k]);
	free(seg);
	return rc;
}

int gl_chain_walk(const gl_chain *ch)
{
	oid_list marks = {0};
	size_t n = 0;
	int rc = count_line(ch, &marks, &n) ? 0 : GL_CHAIN_ELSEWHERE;
	for (size_t s = marks.len; !rc && s-- > 0;) {
		size_t first = s * GL_CHAIN_SEGMENT;
		size_t len = n - first < GL_CHAIN_SEGMENT ? n - first : GL_CHAIN_SEGMENT;
		rc = walk_segment(ch, &marks.items[s], len);
		if (!rc && s > 0)
			rc = reopen(ch);
	}
	gl_vec_free(&marks);
	return rc;
}
