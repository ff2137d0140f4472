/* Markdown as manual-page roff, through cmark-gfm's man renderer. */
#include "govlog/render.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <stdlib.h>
#include <string.h>

#include "util/banned.h"

int govlog_markdown_write_man(FILE *f, const char *md, size_t len)
{
	cmark_gfm_core_extensions_ensure_registered();
	cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
	cmark_syntax_extension *table = cmark_find_syntax_extension("table");
	if (table)
		cmark_parser_attach_syntax_extension(parser, table);
	cmark_parser_feed(parser, md, len);
	cmark_node *doc = cmark_parser_finish(parser);
	/* Width 0: lines as written; man fills them to the reader's terminal. */
	char *roff = doc ? cmark_render_man(doc, CMARK_OPT_DEFAULT, 0) : NULL;
	int rc = roff && fputs(roff, f) >= 0 ? 0 : GOVLOG_EIO;
	free(roff);
	cmark_node_free(doc);
	cmark_parser_free(parser);
	return rc;
}
