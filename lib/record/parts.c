/* Where a long Markdown body may be cut into parts parsed one at a time. */
#include "record/parts.h"

#include <stdbool.h>
#include <string.h>

#include "util/text.h"
#include "util/banned.h"

typedef struct scan {
	char fence;       /* '`' or '~' inside a fenced code block, else 0 */
	bool comment;     /* inside an HTML comment */
	bool prev_blank;  /* the line before was blank */
	char prev_bullet; /* the line before was "- x" at the margin: its bullet */
} scan;

static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

/* "# x", "###", at the margin: a heading starts a block wherever it stands. */
static bool atx_heading(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && i < 7 && s[i] == '#')
		i++;
	return i >= 1 && i <= 6 && (i == n || s[i] == ' ' || s[i] == '\t' || s[i] == '\r');
}

/* The bullet of "- x" / "* x" / "+ x" at the margin, else 0. */
static char bullet(const char *s, size_t n)
{
	return n >= 2 && s[0] && strchr("-*+", s[0]) && (s[1] == ' ' || s[1] == '\t') ? s[0] : 0;
}

/* A fence line ("```", "~~~~") opens or closes a fenced code block. */
static void track_fence(scan *sc, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && i < 3 && s[i] == ' ')
		i++;
	if (n - i < 3 || (s[i] != '`' && s[i] != '~') || s[i + 1] != s[i] || s[i + 2] != s[i])
		return;
	if (!sc->fence)
		sc->fence = s[i];
	else if (sc->fence == s[i])
		sc->fence = 0;
}

/* An HTML comment may hold blank lines: no cut until it closes. */
static void track_comment(scan *sc, const char *s, size_t n)
{
	sc->comment = gl_html_comment_open_after(s, n, sc->comment);
}

/* Whether a part may start at this line, given the lines before it. */
static bool may_cut(const scan *sc, const char *s, size_t n)
{
	if (sc->fence || sc->comment || !n || s[0] == ' ' || s[0] == '\t')
		return false;
	if (atx_heading(s, n))
		return true;
	if (sc->prev_blank && !blank(s, n))
		return true;
	return sc->prev_bullet && bullet(s, n) == sc->prev_bullet;
}

void gl_md_cuts(const char *body, size_t len, gl_offsets *cuts)
{
	if (len <= GL_MD_WHOLE_BODY)
		return;
	scan sc = {0, false, false, 0};
	size_t last = 0;
	for (size_t off = 0; off < len;) {
		const char *s = body + off;
		const char *nl = memchr(s, '\n', len - off);
		size_t n = nl ? (size_t)(nl - s) : len - off;
		if (off - last >= GL_MD_PART && len - off >= GL_MD_PART / 2 && may_cut(&sc, s, n)) {
			gl_vec_push(cuts, off);
			last = off;
		}
		bool was_code = sc.fence != 0;
		track_fence(&sc, s, n);
		if (!was_code && !sc.fence)
			track_comment(&sc, s, n);
		sc.prev_blank = blank(s, n) && !sc.fence;
		sc.prev_bullet = sc.fence || sc.comment ? 0 : bullet(s, n);
		off += n + (nl != NULL);
	}
}
