/*
 * govlog/graph.h — the relation graph of a decision log (adr-tools' `adr generate graph`).
 */
#ifndef GOVLOG_GRAPH_H
#define GOVLOG_GRAPH_H

#include <stdio.h>

#include "govlog/common.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum govlog_graph_format {
	GOVLOG_GRAPH_DOT = 0, /* Graphviz, as `adr generate graph` writes it */
	GOVLOG_GRAPH_MERMAID, /* a Mermaid flowchart, which GitHub renders in Markdown */
} govlog_graph_format;

/*
 * Writes every record as a node (its title, else its ID) and every relation
 * as a labelled edge from the record that states it: supersede references
 * (fields, the status text, "Supersedes …" lines; "Superseded by …" as the
 * successor's edge) labelled with the log's word for Supersedes, and the link
 * lines of a `## Status` or `## Links` section ("Amends [3. …](0003-….md)")
 * labelled with their words, as adr-tools draws them: reverse links (words
 * ending in "by" or "af") are the same edge seen from the other side and are
 * left out. A reference to no record of the log is left out. IDs, titles and
 * labels are escaped for the format (DOT strings; Mermaid's entity codes).
 * The output is deterministic (records in the log's order, edges by source).
 * Returns 0, GOVLOG_EINVALID for an unknown format, or GOVLOG_EIO.
 */
GOVLOG_API int govlog_graph_write(FILE *f, const govlog_log *log, govlog_graph_format format);

#ifdef __cplusplus
}
#endif

#endif
