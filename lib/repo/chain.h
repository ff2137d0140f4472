/*
 * A first-parent line of history walked oldest first in memory that does not
 * grow with it: the line is counted newest first, every GL_CHAIN_SEGMENT-th
 * id kept, and then read one segment at a time, oldest segment first, with
 * the repository opened anew between segments so that what libgit2 caches
 * of it (delta bases, the pages of its pack indexes) goes too.
 */
#ifndef GOVLOG_REPO_CHAIN_H
#define GOVLOG_REPO_CHAIN_H

#include "repo/git.h"

enum { GL_CHAIN_SEGMENT = 1024 };

/* gl_chain_walk's answer when the line does not reach `base` as it should. */
#define GL_CHAIN_ELSEWHERE 1

typedef struct gl_chain {
	git_repository **repo; /* read through; freed and opened anew between segments */
	const char *root;      /* the work tree root it is opened from */
	const git_oid *base, *head;
	/* Each commit of the line after base up to head, oldest first; a nonzero
	 * return stops the walk and is returned. */
	int (*each)(git_commit *c, void *payload);
	/* Before the repository is opened anew: drop every object read from it. */
	void (*release)(void *payload);
	void *payload;
} gl_chain;

/*
 * Hands each commit of head's first-parent line after base to `each`, as a
 * revision walk of base..head that follows first parents would, oldest first.
 * Returns 0; GL_CHAIN_ELSEWHERE, having handed on nothing, when base is not
 * on that line (or a commit of it cannot be read, or its times say base is
 * passed): the caller walks the range another way; the first nonzero of
 * `each`; GOVLOG_EREPO when a commit or the repository cannot be read again.
 */
int gl_chain_walk(const gl_chain *c);

#endif
