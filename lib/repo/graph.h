/*
 * The history as releases see it, read with libgit2: tags, the commits each
 * release brings (the first release by precedence whose tag reaches a
 * commit), the pull request a side-branch commit came in with, and .mailmap.
 * Every commit is read once and handed on at once: nothing of the whole
 * history is kept but one mark per commit.
 */
#ifndef GOVLOG_REPO_GRAPH_H
#define GOVLOG_REPO_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "repo/seen.h"
#include "util/oid.h"

/* 32 bits wide: the trace keeps a release index per commit in that much. */
#define GL_UNRELEASED ((size_t)UINT32_MAX)

/* One tag; pointers valid during the callback. */
typedef void (*gl_tag_fn)(const char *name, const char *commit_id, int64_t time, void *payload);

/*
 * Calls fn for every tag that points (directly or through annotated tag
 * objects) at a commit, in name order; `time` is the annotated tag's, else
 * the commit's (when it was committed). A tag of a tree or blob is passed
 * over. Returns 0 or GOVLOG_EREPO, also for a tag whose commit cannot be
 * read (malformed, missing), named with the commit.
 */
int gl_graph_tags(const char *root, gl_tag_fn fn, void *payload);

/* One commit of the walk; pointers valid during the callback. */
typedef struct gl_graph_commit {
	gl_oid id;
	const char *message;                          /* raw */
	const char *author_name, *author_email;       /* after .mailmap */
	int64_t time;                                 /* author time, seconds since the epoch */
	const char *committer_name, *committer_email; /* after .mailmap */
	size_t parent_count;
	size_t release; /* index into the heads; GL_UNRELEASED */
	/* The merge that brought it in from a side branch, by its place among the
	 * commits handed to fn (0 for the first); GL_NOT_VIA for none. */
	size_t via;
} gl_graph_commit;

#define GL_NOT_VIA ((size_t)-1)

typedef int (*gl_graph_fn)(const gl_graph_commit *c, void *payload);

typedef struct gl_graph_walk {
	const char *root;
	const char *const *heads; /* release commits (full ids), in precedence order */
	size_t head_count;
	const char *tip; /* "HEAD", or another revision: its unreleased commits too */
	/* Only commits of this release (an index, or GL_UNRELEASED) reach fn;
	 * GL_ALL_RELEASES for every commit. */
	size_t only;
	/* Required: the id of the commit handed to fn at a place (0 for the first),
	 * which fn keeps; the walk's own set of the commits it walked holds only
	 * their places. */
	gl_seen_id_fn id_of;
} gl_graph_walk;

#define GL_ALL_RELEASES ((size_t)-2)

/*
 * Walks the history once, depth first with first parents before the others:
 * each commit belongs to the first head in the list that reaches it, commits
 * only the tip reaches are GL_UNRELEASED. A side-branch commit names the
 * merge it came in with. fn returning non-zero stops the walk
 * with that value. In a shallow clone the walk of all releases ends where
 * the clone's history does; the walk of one release (or of the unreleased
 * commits) fails when some of its commits are beyond that edge. Returns 0,
 * GOVLOG_EINVALID for a tip that does not resolve, GOVLOG_EREPO when history
 * is missing or a commit cannot be read (named, and shallow clones said so).
 */
int gl_graph_walk_history(const gl_graph_walk *w, gl_graph_fn fn, void *payload);

/*
 * The first of `commits` (full ids, newest release first) that `tip` is or
 * descends from: *found is its index, or GL_UNRELEASED. Returns 0,
 * GOVLOG_EINVALID for a tip that does not resolve (an unborn HEAD finds
 * nothing), or GOVLOG_EREPO when a commit between cannot be read, or a
 * shallow clone ends before any of them is found.
 */
int gl_graph_first_ancestor(const char *root, const char *tip, const char *const *commits,
			    size_t count, size_t *found);

#endif
