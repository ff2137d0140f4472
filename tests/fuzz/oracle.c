/* Properties every fuzz target checks: positions, rule ids, renderings, determinism. */
#define _GNU_SOURCE /* open_memstream */
#include "oracle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

void fz_fail(const char *property)
{
	fprintf(stderr, "fuzz oracle: %s\n", property);
	abort();
}

void fz_require(bool ok, const char *property)
{
	if (!ok)
		fz_fail(property);
}

/* The length of a strict UTF-8 sequence at p (RFC 3629), 0 when invalid. */
static size_t utf8_len(const unsigned char *p, size_t left)
{
	if (p[0] < 0x80)
		return 1;
	size_t n = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : 2;
	if (p[0] < 0xC2 || p[0] > 0xF4 || left < n)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] > 0x9F) ||
	    (p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] > 0x8F))
		return 0;
	return n;
}

/* How lines are split: at LF only, at LF, CRLF and CR (govlog's own line
 * index and most editors), or at every break YAML knows. */
enum { BREAKS_LF, BREAKS_CR, BREAKS_YAML };

/* The length of a line break at p, 0 when none. */
static size_t line_break(const unsigned char *p, size_t left, int breaks)
{
	if (p[0] == '\n')
		return 1;
	if (breaks == BREAKS_LF)
		return 0;
	if (p[0] == '\r')
		return left > 1 && p[1] == '\n' ? 2 : 1;
	if (breaks == BREAKS_CR)
		return 0;
	if (left > 1 && p[0] == 0xC2 && p[1] == 0x85)
		return 2;
	if (left > 2 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
		return 3;
	return 0;
}

/*
 * Whether `pos` fits the text's lines split one way: the line exists and the
 * column is at most its width + 1, the width in code points (in bytes when the
 * line is not valid UTF-8, as a reader may count its bytes then).
 */
static bool fits(const unsigned char *s, size_t len, govlog_pos pos, int breaks)
{
	unsigned line = 1;
	size_t i = 0, width = 0, bytes = 0;
	bool valid = true;
	while (i < len) {
		size_t br = line_break(s + i, len - i, breaks);
		if (br) {
			if (line == pos.line)
				break;
			line++, i += br, width = bytes = 0, valid = true;
			continue;
		}
		size_t n = utf8_len(s + i, len - i);
		valid = valid && n;
		n = n ? n : 1;
		width++, bytes += n, i += n;
	}
	if (line != pos.line)
		return false;
	return pos.col <= (valid ? width : bytes) + 1;
}

bool fz_pos_inside(const char *text, size_t len, govlog_pos pos)
{
	if (pos.line == 0)
		return true;
	const unsigned char *s = (const unsigned char *)text;
	return fits(s, len, pos, BREAKS_LF) || fits(s, len, pos, BREAKS_CR) ||
	       fits(s, len, pos, BREAKS_YAML);
}

static const fz_input *input_of(const govlog_diag *d, const fz_input *in, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (d->path && !strcmp(d->path, in[i].path))
			return &in[i];
	return NULL;
}

static bool sarif_level(const char *key, size_t key_len, const char *value, size_t value_len)
{
	if (key_len != 5 || memcmp(key, "level", 5))
		return true;
	static const char *const levels[] = {"error", "warning", "note"};
	for (size_t i = 0; i < 3; i++)
		if (value_len == strlen(levels[i]) && !memcmp(value, levels[i], value_len))
			return true;
	return false;
}

/* Renders the list in `fmt` into memory; the caller frees the text. */
static char *render(const govlog_diag_list *list, govlog_diag_format fmt, size_t *len)
{
	char *out = NULL;
	FILE *f = open_memstream(&out, len);
	if (!f)
		abort();
	if (govlog_diag_list_write(f, list, fmt, 1, 0) != 0)
		fz_fail("rendering diagnostics fails");
	if (fclose(f) != 0)
		abort();
	return out;
}

static void renders(const govlog_diag_list *list)
{
	size_t len;
	char *json = render(list, GOVLOG_DIAG_JSON, &len);
	fz_require(fz_json_valid(json, len, NULL), "JSON diagnostics are valid JSON");
	free(json);
	char *sarif = render(list, GOVLOG_DIAG_SARIF, &len);
	fz_require(fz_json_valid(sarif, len, sarif_level),
		   "SARIF is valid JSON with levels error, warning or note");
	free(sarif);
	free(render(list, GOVLOG_DIAG_TEXT, &len));
	free(render(list, GOVLOG_DIAG_GITHUB, &len));
}

void fz_diags_check(const govlog_diag_list *list, const fz_input *in, size_t n)
{
	for (size_t i = 0; i < govlog_diag_list_count(list); i++) {
		const govlog_diag *d = govlog_diag_list_get(list, i);
		fz_require(d->rule && govlog_rule_find(d->rule),
			   "a diagnostic's rule is registered");
		fz_require(d->severity == GOVLOG_SEVERITY_WARNING ||
				   d->severity == GOVLOG_SEVERITY_ERROR,
			   "a diagnostic is a warning or an error");
		fz_require(d->message && *d->message, "a diagnostic has a message");
		const fz_input *src = input_of(d, in, n);
		fz_require(src, "a diagnostic names a file it was given");
		if (!fz_pos_inside(src->text, src->len, d->pos)) {
			fprintf(stderr, "%s:%u:%u [%s] %s\n", d->path, d->pos.line, d->pos.col,
				d->rule, d->message);
			fz_fail("a diagnostic's position lies inside its input");
		}
	}
	renders(list);
}

bool fz_str_same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

bool fz_diags_same(const govlog_diag_list *a, const govlog_diag_list *b)
{
	if (govlog_diag_list_count(a) != govlog_diag_list_count(b))
		return false;
	for (size_t i = 0; i < govlog_diag_list_count(a); i++) {
		const govlog_diag *x = govlog_diag_list_get(a, i), *y = govlog_diag_list_get(b, i);
		if (!fz_str_same(x->rule, y->rule) || x->severity != y->severity ||
		    !fz_str_same(x->path, y->path) || x->pos.line != y->pos.line ||
		    x->pos.col != y->pos.col || !fz_str_same(x->message, y->message) ||
		    !fz_str_same(x->hint, y->hint) || x->lang != y->lang)
			return false;
	}
	return true;
}
