/* section/placeholder: template text and placeholders left in a record. */
#include "check/rules/rules.h"

#include <string.h>

#include "util/match.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/text.h"
#include "util/banned.h"

/*
 * What templates leave behind: date masks ([ÅÅÅÅ-MM-DD], {YYYY-MM-DD}),
 * bracketed instructions ([Beskriv …], [Titel], but not link text), MADR's
 * curly placeholders ({short title of solved problem}), but not Liquid
 * ({{ … }}, {% … %}), TBD / TODO / FIXME, the guidance sentences
 * templates open a line with ("Beskriv her …", "Her beskrives …", adr-tools'
 * "The issue motivating this decision, …"), and the bracketed text of
 * MADR's and log4brains' templates ("{argument a}", "[option 2]").
 */
static const char placeholder_pattern[] =
	"\\[\\s*(?:ÅÅÅÅ|YYYY|AAAA)-MM-DD\\s*\\]"
	"|\\{\\s*(?:ÅÅÅÅ|YYYY)-MM-DD\\s*\\}"
	"|\\[[^\\[\\]\\n]*\\b(?:beskriv|indsæt|angiv|describe|insert|titel|title|tittle)\\b"
	"[^\\[\\]\\n]*\\](?![(\\[:])"
	"|(?<![{%])\\{(?![{%])[^{}\\n]*\\b(?:title|titel|describe|beskriv|option|short)\\b"
	"[^{}\\n]*\\}(?![}%])"
	"|\\b(?-i:TBD|TODO|FIXME)\\b"
	/* Guidance sentences templates leave at the start of a line (OS2, MADR). */
	"|^\\s*(?:(?:[-*+]|\\d{1,9}[.)])\\s+)?(?:Beskriv (?:her|hvad|hvordan|eventuelle)|"
	"Her beskrives|"
	"Henvis evt|Describe (?:the|here|what|how)|\\{Describe)\\b.*"
	/* adr-tools' template.md, each section's sentence as `adr new` leaves it. */
	"|^\\s*(?:The issue motivating this decision, and any context that influences"
	"|The change that we.re proposing or have agreed to implement"
	"|What becomes easier or more difficult to do and any risks introduced)\\b.*"
	/*
	 * MADR's adr-template.md ({…}) and log4brains' template.md ([…], MADR 2):
	 * the bracketed text of their drivers, options, arguments and examples as
	 * the templates write it; log4brains' metadata and links in square
	 * brackets (MADR's braced metadata is meta/template-braces').
	 */
	"|(?<![{%])[\\[{](?![{%])\\s*(?:(?:decision\\s+)?driver\\s+\\d+,\\s*e\\.g\\."
	"|(?:title\\s+of\\s+)?(?:option\\s+\\d+|other\\s+option)\\s*[\\]}]"
	"|argument\\s+[a-z]\\s*[\\]}]|e\\.g\\.,\\s|example\\s*\\|\\s*description"
	"|You\\s+might\\s+want\\s+to\\s+provide)(?:[^\\[\\]{}\\n]*(?:[\\]}]|$))?"
	/* their example links: log4brains' [xxx](yyyymmdd-xxx.md), MADR's (0005-example.md) */
	"|\\[[^\\[\\]\\n]*\\]\\((?:yyyymmdd-[^()\\s]*|xxx\\.md|0005-example\\.md)\\)"
	"|\\[\\s*(?:description\\s*\\|\\s*ticket|list\\s+everyone|(?:YYYY|ÅÅÅÅ)-MM-DD\\s+when"
	"|space\\s+and/or\\s+comma|link\\s+type\\s*\\]|link\\s+to\\s+adr\\s*\\]"
	"|(?:draft\\s*\\|\\s*)?proposed\\s*\\|\\s*rejected)(?:[^\\[\\]\\n]*(?:\\]|$))?";

int gl_placeholder_compile(struct gl_match **out)
{
	return gl_match_compile(out, placeholder_pattern, GL_MATCH_CASELESS);
}

enum { PLACEHOLDER_MAX_REPORTS = 10 };

/* True when `at` lies inside an inline code span of the line (odd backticks before it). */
static bool in_code_span(const char *line, size_t at)
{
	size_t ticks = 0;
	for (size_t i = 0; i < at; i++)
		ticks += line[i] == '`';
	return ticks % 2 == 1;
}

static bool is_fence(const char *line, size_t len)
{
	size_t i = 0;
	while (i < len && i < 3 && line[i] == ' ')
		i++;
	return len - i >= 3 && (!strncmp(line + i, "```", 3) || !strncmp(line + i, "~~~", 3));
}

/* Whether `word` occurs in s; memchr jumps between the places its first letter is. */
static bool contains(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = s, *end = s + len; (p = memchr(p, word[0], (size_t)(end - p))); p++)
		if ((size_t)(end - p) >= n && !memcmp(p, word, n))
			return true;
	return false;
}

/* The words the pattern's guidance sentences open with, in lower case. */
static const char *const guidance_openings[] = {
	"beskriv ",
	"her beskrives",
	"henvis evt",
	"describe ",
	"the issue motivating",
	"the change that we",
	"what becomes easier",
};

static bool opens_with(const char *s, size_t len, const char *word)
{
	size_t k = 0;
	while (word[k] && k < len && gl_tolower(s[k]) == word[k])
		k++;
	return !word[k];
}

/* Whether the line, past its indentation and list marker, opens like a guidance sentence. */
static bool opens_like_guidance(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && strchr(" \t-*+.)0123456789", s[i]))
		i++;
	if (i == len || !strchr("bhdtw", gl_tolower(s[i])))
		return false;
	for (size_t w = 0; w < GL_ARRAY_SIZE(guidance_openings); w++)
		if (opens_with(s + i, len - i, guidance_openings[w]))
			return true;
	return false;
}

/*
 * Most lines cannot hold a placeholder: the pattern runs only on lines with a
 * bracket, a brace, TBD/TODO/FIXME, or the opening words of a guidance
 * sentence at their start. The pattern is most of a check's time.
 */
static bool may_hold_placeholder(const char *s, size_t len)
{
	return memchr(s, '[', len) || memchr(s, '{', len) || contains(s, len, "TBD") ||
	       contains(s, len, "TODO") || contains(s, len, "FIXME") || opens_like_guidance(s, len);
}

/*
 * A guidance sentence is matched with the indentation and list marker before
 * it ("- Beskriv …", "1. Beskriv …"): the finding quotes and points at the
 * sentence itself.
 */
static size_t after_marker(const char *line, size_t at, size_t end)
{
	size_t i = at;
	while (i < end && (line[i] == ' ' || line[i] == '\t'))
		i++;
	size_t m = i;
	if (m < end && strchr("-*+", line[m])) {
		m++;
	} else {
		while (m < end && gl_isdigit(line[m]))
			m++;
		m = m > i && m < end && (line[m] == '.' || line[m] == ')') ? m + 1 : i;
	}
	if (m == i || m >= end || (line[m] != ' ' && line[m] != '\t'))
		return i;
	while (m < end && (line[m] == ' ' || line[m] == '\t'))
		m++;
	return m;
}

bool gl_placeholder_in_line(const struct gl_match *m, const char *line, size_t len, bool in_comment,
			    size_t *at, size_t *end)
{
	if (!may_hold_placeholder(line, len))
		return false;
	size_t from = 0;
	while (gl_match_find(m, line, len, from, at, end)) {
		/* an author's note in a comment ("<!-- TODO: … -->") is not shown: no leftover */
		if (!in_code_span(line, *at) &&
		    !gl_html_comment_open_after(line, *at, in_comment)) {
			*at = after_marker(line, *at, *end);
			return true;
		}
		from = *end > *at ? *end : *at + 1;
	}
	return false;
}

/* Reports the first placeholder of the line; false when there is none. */
static bool check_line(const gl_rule_ctx *ctx, size_t start, size_t end, bool in_comment)
{
	const char *t = ctx->r->text.data;
	size_t a, b;
	if (!gl_placeholder_in_line(ctx->placeholder, t + start, end - start, in_comment, &a, &b))
		return false;
	gl_diag_addt(ctx->out, GL_RULE_SECTION_PLACEHOLDER, ctx->r->path,
		     gl_text_pos(&ctx->r->text, start + a),
		     gl_lang_text(gl_diag_list_lang(ctx->out), GL_T_PLACEHOLDER_HINT),
		     GL_T_PLACEHOLDER, (int)(b - a), t + start + a);
	return true;
}

void gl_rules_placeholder(const gl_rule_ctx *ctx)
{
	const gl_text *text = &ctx->r->text;
	if (!ctx->placeholder || ctx->r->invalid_utf8)
		return;
	bool in_fence = false, in_comment = false;
	unsigned reports = 0, lines = gl_text_line_count(text);
	for (unsigned line = 1; line <= lines && reports < PLACEHOLDER_MAX_REPORTS; line++) {
		size_t start = gl_text_line_start(text, line), end = gl_text_line_end(text, line);
		const char *l = text->data + start;
		if (is_fence(l, end - start))
			in_fence = !in_fence;
		else if (!in_fence && !gl_record_line_is_braced(ctx->r, line, false) &&
			 check_line(ctx, start, end, in_comment))
			reports++;
		/* a comment may run over lines: the next line may start inside one */
		if (!in_fence)
			in_comment = gl_html_comment_open_after(l, end - start, in_comment);
	}
}
