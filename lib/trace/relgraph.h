/* The relation graph of a log: supersede and link edges between its records, as `graph` reads them.
 */
#ifndef GOVLOG_TRACE_RELGRAPH_H
#define GOVLOG_TRACE_RELGRAPH_H

#include <stdbool.h>
#include <stddef.h>

#include "govlog/log.h"
#include "util/vec.h"

typedef struct gl_relgraph_edge {
	size_t from, to; /* record indexes in the log: `from` states the relation */
	char *label;     /* its words ("Supersedes", "Amends"); heap, freed with the graph */
	bool supersedes; /* a supersede edge: `from` replaces `to` */
} gl_relgraph_edge;

typedef struct gl_relgraph {
	const govlog_log *log;
	const char *supersedes;         /* the log's word for the supersede edge */
	GL_VEC(gl_relgraph_edge) edges; /* sorted by from, to, label; no duplicates */
} gl_relgraph;

/* Reads every record's supersede and link relations. Release with gl_relgraph_release. */
void gl_relgraph_build(gl_relgraph *g, const govlog_log *log);
void gl_relgraph_release(gl_relgraph *g);

#endif
