/* govlog graph: the records and their relations, as adr-tools' `adr generate graph`. */
#include <string.h>

#include <govlog/govlog.h>

#include "cmd.h"

static const char *format;
static const char *const formats[] = {"dot", "mermaid", NULL};

static const cmd_option options[] = {
	{"format", 'f', "FORMAT", "dot (Graphviz, the default) or mermaid", &format, NULL, formats},
	{NULL, 0, NULL, NULL, NULL, NULL, NULL},
};

const cmd_spec cmd_graph_spec = {
	"graph",
	"[PATH...] [--format dot|mermaid]",
	"the records and their supersede and link relations as a graph",
	"Each record is a node; each relation an edge labelled with its words (Supersedes,\n"
	"Amends …), drawn from the record that states it, as `adr generate graph` draws\n"
	"them. Pipe DOT into Graphviz (govlog graph | dot -Tsvg > graph.svg), or put the\n"
	"Mermaid flowchart in a ```mermaid block that GitHub renders. PATH names the\n"
	"decision folders (or files) where govlog does not find them itself.",
	options,
	NULL,
};

int cmd_graph(cmd_ctx *ctx)
{
	govlog_graph_format f =
		format && !strcmp(format, "mermaid") ? GOVLOG_GRAPH_MERMAID : GOVLOG_GRAPH_DOT;
	int err = govlog_graph_write(stdout, ctx->log, f);
	return err ? cmd_fail(err) : CMD_EXIT_OK;
}
