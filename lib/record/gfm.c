/* GitHub's Markdown: cmark-gfm with the extensions GitHub renders, attached where they can act. */
#include "record/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <string.h>

#include "record/md_arena.h"
#include "util/ascii.h"
#include "util/banned.h"

/* The tree of this thread's arena (record/md_arena.h), freed with it. */
static _Thread_local cmark_node *arena_doc;

enum { EXT_TABLE = 1, EXT_TASKLIST = 2, EXT_AUTOLINK = 4, EXT_STRIKETHROUGH = 8 };

/*
 * The extensions whose marks the text holds: a table needs '|', a task list
 * '[', strikethrough '~', an autolink "://", "www." or '@'. An extension
 * that cannot match changes nothing, and the autolink one alone costs a
 * fifth of the parse, so a record without them is parsed without them.
 */
static bool has_text(const char *s, size_t len, char first, const char *rest)
{
	size_t n = strlen(rest);
	for (const char *p = s, *end = s + len; (p = memchr(p, first, (size_t)(end - p))); p++)
		if ((size_t)(end - p) > n && !memcmp(p + 1, rest, n))
			return true;
	return false;
}

static unsigned wanted_extensions(const char *s, size_t len)
{
	unsigned want = 0;
	if (memchr(s, '|', len))
		want |= EXT_TABLE;
	if (memchr(s, '[', len))
		want |= EXT_TASKLIST;
	if (memchr(s, '~', len))
		want |= EXT_STRIKETHROUGH;
	if (memchr(s, '@', len) || has_text(s, len, ':', "//") || has_text(s, len, 'w', "ww.") ||
	    has_text(s, len, 'W', "WW."))
		want |= EXT_AUTOLINK;
	return want;
}

/*
 * cmark-gfm's UTF-8 check only puts U+FFFD for what RFC 3629 forbids (its
 * feed replaces NUL bytes either way): text the record parser found valid
 * (gl_utf8_validate, as strict) comes out of it unchanged, so it is not
 * checked a second time.
 */
static int parse_options(bool valid_utf8)
{
	return valid_utf8 ? CMARK_OPT_DEFAULT : CMARK_OPT_VALIDATE_UTF8;
}

cmark_node *gl_md_parse(const char *text, size_t len, bool valid_utf8)
{
	static const struct {
		unsigned bit;
		const char *name;
	} extensions[] = {{EXT_TABLE, "table"},
			  {EXT_TASKLIST, "tasklist"},
			  {EXT_AUTOLINK, "autolink"},
			  {EXT_STRIKETHROUGH, "strikethrough"}};
	unsigned want = wanted_extensions(text, len);
	cmark_gfm_core_extensions_ensure_registered();
	cmark_mem *mem = gl_md_arena_begin(len);
	int options = parse_options(valid_utf8);
	cmark_parser *parser =
		mem ? cmark_parser_new_with_mem(options, mem) : cmark_parser_new(options);
	for (size_t i = 0; i < GL_ARRAY_SIZE(extensions); i++) {
		cmark_syntax_extension *ext = cmark_find_syntax_extension(extensions[i].name);
		if (ext && (want & extensions[i].bit))
			cmark_parser_attach_syntax_extension(parser, ext);
	}
	cmark_parser_feed(parser, text, len);
	cmark_node *doc = cmark_parser_finish(parser);
	cmark_parser_free(parser);
	if (mem && doc)
		arena_doc = doc;
	else if (mem)
		gl_md_arena_end();
	return doc;
}

void gl_md_free(cmark_node *doc)
{
	cmark_node_free(doc);
	if (doc && doc == arena_doc) {
		arena_doc = NULL;
		gl_md_arena_end();
	}
}
