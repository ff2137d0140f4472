/*
 * Where a shallow clone's history ends: a commit whose parent the clone does
 * not have. libgit2 1.5 does not read .git/shallow (a commit at the edge
 * still names parents that are not there), so the walks ask here; and a
 * commit listed there whose parents a later fetch brought is no edge.
 */
#ifndef GOVLOG_REPO_SHALLOW_H
#define GOVLOG_REPO_SHALLOW_H

#include "repo/git.h"

typedef struct gl_shallow {
	git_odb *odb; /* NULL: not a shallow clone, nothing is cut */
	bool cut;     /* a walk met the edge */
	git_oid at;   /* the first commit whose parent was missing */
} gl_shallow;

void gl_shallow_init(gl_shallow *out, git_repository *repo);
void gl_shallow_release(gl_shallow *s);

/* Whether `parent` of `child` lies beyond the edge (noted in s->cut and s->at). */
bool gl_shallow_beyond(gl_shallow *s, const git_oid *child, const git_oid *parent);

/* GOVLOG_EREPO naming the edge: `what` needed history the clone does not have. */
int gl_shallow_fail(const gl_shallow *s, const char *what);

#endif
