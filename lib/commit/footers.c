/* Commit-message footers as Conventional Commits and as Git's trailer rules read them. */
#include "commit/footers.h"

#include <string.h>
#include <strings.h>

#include "util/ascii.h"
#include "util/banned.h"

typedef struct paragraph {
	const gl_text *t;
	unsigned first, last; /* lines of the last paragraph; first > last when none */
	bool comments;
} paragraph;

static const char *line_at(const gl_text *t, unsigned line, size_t *len)
{
	size_t a = gl_text_line_start(t, line);
	*len = gl_text_line_end(t, line) - a;
	return t->data + a;
}

static bool is_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!gl_isspace(s[i]))
			return false;
	return true;
}

static bool line_blank(const gl_text *t, unsigned line)
{
	size_t len;
	const char *s = line_at(t, line, &len);
	return is_blank(s, len);
}

static bool skipped(const paragraph *p, unsigned line)
{
	size_t len;
	const char *s = line_at(p->t, line, &len);
	return p->comments && len && s[0] == '#';
}

static void find_paragraph(paragraph *p, unsigned head, unsigned last)
{
	while (last > head && (skipped(p, last) || line_blank(p->t, last)))
		last--;
	unsigned first = last;
	while (first > head + 1 && (skipped(p, first - 1) || !line_blank(p->t, first - 1)))
		first--;
	/* A paragraph right under the header is the body's start, never footers. */
	bool after_blank = first > head + 1;
	p->first = after_blank ? first : last + 1;
	p->last = last;
}

/* "Token: " or "Token #" (Conventional Commits); the token's length, or 0. */
static size_t conventional_token(const char *s, size_t len, char *sep)
{
	static const char breaking[] = "BREAKING CHANGE: ";
	if (len > strlen(breaking) - 1 && !strncmp(s, breaking, strlen(breaking) - 1)) {
		*sep = ':';
		return strlen(breaking) - 2;
	}
	size_t i = 0;
	while (i < len && (gl_isalnum(s[i]) || s[i] == '-'))
		i++;
	if (!i || i + 1 >= len)
		return 0;
	if (s[i] == ':' && s[i + 1] == ' ')
		*sep = ':';
	else if (s[i] == ' ' && s[i + 1] == '#')
		*sep = '#';
	else
		return 0;
	return i;
}

/* "Token: value" or "Token : value" as Git's default separator reads it; 0 when not. */
static size_t git_token(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && (gl_isalnum(s[i]) || s[i] == '-'))
		i++;
	size_t token = i;
	while (token && i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return token && i < len && s[i] == ':' ? token : 0;
}

bool gl_footer_git_made(const char *s, size_t len)
{
	static const char *const made[] = {"Signed-off-by: ", "(cherry picked from commit "};
	for (size_t i = 0; i < GL_ARRAY_SIZE(made); i++)
		if (len >= strlen(made[i]) && !strncmp(s, made[i], strlen(made[i])))
			return true;
	return false;
}

/* Whether Git takes the paragraph as its trailer block. */
static bool git_reads_block(const paragraph *p)
{
	size_t trailers = 0, others = 0;
	bool made = false;
	for (unsigned l = p->first; l <= p->last; l++) {
		size_t len;
		const char *s = line_at(p->t, l, &len);
		if (skipped(p, l) || (len && gl_isspace(s[0])))
			continue;
		if (git_token(s, len) || gl_footer_git_made(s, len)) {
			trailers++;
			made = made || gl_footer_git_made(s, len);
		} else {
			others++;
		}
	}
	return trailers && (!others || (made && trailers * 4 >= (trailers + others)));
}

static void add(gl_footers *out, const paragraph *p, unsigned line, bool git_block)
{
	size_t len, n;
	char sep = ':';
	const char *s = line_at(p->t, line, &len);
	size_t cc = conventional_token(s, len, &sep);
	size_t git = git_block ? git_token(s, len) : 0;
	if (!cc && !git)
		return;
	n = cc ? cc : git;
	const char *v = s + n, *end = s + len;
	if (cc && sep == '#') {
		v++; /* "Refs #9": the value is "#9" */
	} else {
		while (v < end && (*v == ' ' || *v == '\t'))
			v++;
		v += v < end && *v == ':';
		while (v < end && *v == ' ')
			v++;
	}
	gl_footer f = {line, s, n, v, (size_t)(end - v), cc ? sep : ':', cc > 0, git > 0};
	gl_vec_push(out, f);
}

void gl_footers_read(gl_footers *out, const gl_text *t, unsigned head, unsigned last, bool comments)
{
	paragraph p = {t, 1, 0, comments};
	if (!head || last <= head)
		return;
	find_paragraph(&p, head, last);
	while (p.first < p.last && skipped(&p, p.first)) /* Git's comments are no text */
		p.first++;
	if (p.first > p.last)
		return;
	size_t len;
	char sep;
	const char *s = line_at(t, p.first, &len);
	/* Conventional Commits footers start at the paragraph's first line or not at all. */
	bool cc_block = conventional_token(s, len, &sep) > 0;
	bool git_block = git_reads_block(&p);
	for (unsigned l = p.first; (cc_block || git_block) && l <= p.last; l++) {
		size_t before = out->len;
		if (!skipped(&p, l))
			add(out, &p, l, git_block);
		if (out->len > before && !cc_block) {
			out->items[out->len - 1].conventional = false;
			/* "Fixes #12" among trailers: Git needs a colon, and outside a
			 * Conventional Commits block it is no footer either, so neither
			 * reading has it (nor may it count as a reference). */
			if (!out->items[out->len - 1].git)
				out->len--;
		}
	}
}

bool gl_footer_is(const gl_footer *f, const char *name)
{
	return strlen(name) == f->token_len && !strncasecmp(f->token, name, f->token_len);
}

size_t gl_footer_breaking(const char *s, size_t len)
{
	size_t i = 15;
	if (len < 16 || (memcmp(s, "BREAKING CHANGE", 15) && memcmp(s, "BREAKING-CHANGE", 15)))
		return 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i >= len || s[i] != ':')
		return 0;
	for (i++; i < len && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	return i;
}
