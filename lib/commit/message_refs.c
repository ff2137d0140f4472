/* The references, decisions and breaking-change notes of a commit message: each once, in order. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "commit/message_internal.h"
#include "util/ascii.h"
#include "util/banned.h"

typedef gl_msg_cand cand;

typedef enum trailer_kind { T_NONE, T_REFS, T_CLOSES, T_DECISION } trailer_kind;

/* The value of a reference or decision trailer. */
typedef struct span {
	size_t start, end;
	trailer_kind kind;
} span;

typedef struct scan {
	gl_msg_ctx *c;
	const char *text;
	size_t len;
	cand *cands; /* `small` until more are found */
	size_t n, cap;
	GL_VEC(span) trailers; /* in order of the text */
	gl_buf breaking;       /* the breaking-change notes, joined */
	cand small[16];
	size_t footer; /* the next of c->footers to look at */
} scan;

static const char *const ref_keys[] = {
	"refs",       "ref",      "references", "reference", "related",  "related-to",
	"relates-to", "requests", "request",    "ønske",     "ønsker",   "part-of",
	"issue",      "issues",   "ticket",     "tickets",   "see-also", NULL};
static const char *const closing_keys[] = {"fixes",  "closes",   "resolves", "fixed",
					   "closed", "resolved", NULL};
static const char *const decision_keys[] = {"decision", "decisions", "beslutning", "beslutninger",
					    NULL};
/* GitHub's closing keywords: "fixes #12" closes issue 12. */
static const char *const closing_words[] = {"close", "closes",  "closed",   "fix",      "fixes",
					    "fixed", "resolve", "resolves", "resolved", NULL};
static const char *const record_prefixes[] = {"fr", "adr", "sdr", "odr", NULL};

static bool in_set(char ch, const char *set)
{
	return ch && strchr(set, ch);
}

/* A character after which "#12" begins a reference (the word's start is one too). */
static bool opens(char ch)
{
	return gl_isspace(ch) || in_set(ch, "([{<,;:'\"*_`|=+>~");
}

static bool repo_char(char ch)
{
	return gl_isalnum(ch) || ch == '.' || ch == '_' || ch == '-';
}

/* An issue or request number: 1 to 10 digits, no leading zero (so "#000" is a colour). */
static size_t number_at(const char *s, size_t len)
{
	size_t d = gl_msg_digits(s, len);
	return d && d <= 10 && s[0] != '0' ? d : 0;
}

/* Whether a reference may end at `end`: not "#12abc", "#12_x", "#12.5", "#12-x". */
static bool ends_ref(const scan *s, size_t end, size_t limit)
{
	if (end >= limit)
		return true;
	char ch = s->text[end];
	if (gl_isalnum(ch) || ch == '_')
		return false;
	return !((ch == '.' || ch == '-') && end + 1 < limit && gl_isalnum(s->text[end + 1]));
}

/* "fixes #12", "Closes: #3": a closing keyword right before offset p. */
static bool keyword_before(const scan *s, size_t p)
{
	size_t q = p, w;
	while (q > 0 && p - q < 3 &&
	       (s->text[q - 1] == ' ' || s->text[q - 1] == '\t' || s->text[q - 1] == ':'))
		q--;
	for (w = q; w > 0 && q - w < 9 && gl_isalpha(s->text[w - 1]); w--)
		;
	if (q == p || w == q || (w > 0 && gl_isalnum(s->text[w - 1])))
		return false;
	return gl_msg_word_in(s->text + w, q - w, closing_words);
}

/* NULL once a hostile message has given GL_MSG_MAX_FOUND. */
static cand *add(scan *s, int kind, size_t start, size_t end, size_t id, size_t id_len)
{
	if (s->n >= GL_MSG_MAX_FOUND)
		return NULL;
	if (s->n == s->cap) {
		cand *grown = gl_xmalloc(2 * s->cap * sizeof(cand));
		memcpy(grown, s->cands, s->n * sizeof(cand));
		if (s->cands != s->small)
			free(s->cands);
		s->cands = grown;
		s->cap *= 2;
	}
	cand c = {start, end, id, id_len, 0, 0, s->n, kind, false, false, false};
	s->cands[s->n] = c;
	return &s->cands[s->n++];
}

/* A reference closes by a keyword before it, or in a Fixes:/Closes: value. */
static cand *add_ref(scan *s, int kind, size_t start, size_t end, size_t id, size_t id_len,
		     size_t repo, size_t repo_len, const span *tr)
{
	cand *c = add(s, kind, start, end, id, id_len);
	if (!c)
		return NULL;
	c->repo = repo;
	c->repo_len = repo_len;
	c->closes = keyword_before(s, start) ||
		    (tr && tr->kind == T_CLOSES && start >= tr->start && start < tr->end);
	return c;
}

/* ---- "#12", "owner/repo#12", "!580", "group/project!580", "[#55444]", "GH-12" ---- */

/* The start of "owner/repo" right before `at`, or `at` when there is none. */
static size_t repo_before(const scan *s, size_t from, size_t at)
{
	size_t r = at;
	bool slash = false;
	while (r > from && (repo_char(s->text[r - 1]) || s->text[r - 1] == '/')) {
		if (s->text[r - 1] == '/' && (r == at || s->text[r] == '/'))
			return at; /* "owner/#12", "a//b#12" */
		slash = slash || s->text[r - 1] == '/';
		r--;
	}
	if (!slash || s->text[r] == '/' || (r > from && !opens(s->text[r - 1])))
		return at;
	return r;
}

/* '#' or '!' at i, within the word part [from, to): the position to go on from. */
static size_t mark_at(scan *s, size_t i, size_t from, size_t to, const span *tr)
{
	const char *t = s->text;
	size_t d = number_at(t + i + 1, to - i - 1), end = i + 1 + d;
	if (!d || !ends_ref(s, end, to))
		return i + 1 + d;
	int kind = t[i] == '#' ? GL_REF_ISSUE : GL_REF_MERGE_REQUEST;
	char prev = i > from ? t[i - 1] : ' ';
	if (prev == '[' && t[i] == '#' && end < to && t[end] == ']') {
		if (end + 1 >= to || t[end + 1] != '(') /* "[#12](url)" is a Markdown link */
			add_ref(s, GL_REF_TICKET, i - 1, end + 1, i + 1, d, 0, 0, tr);
	} else if (opens(prev)) {
		add_ref(s, kind, i, end, i + 1, d, 0, 0, tr);
	} else if (repo_char(prev)) {
		size_t r = repo_before(s, from, i);
		if (r < i)
			add_ref(s, kind, r, end, i + 1, d, r, i - r, tr);
	}
	return end;
}

/* "GH-12": GitHub's other way to write issue 12. */
static size_t gh_at(scan *s, size_t i, size_t from, size_t to, const span *tr)
{
	const char *t = s->text;
	if (i + 3 >= to || t[i + 1] != 'H' || t[i + 2] != '-' || (i > from && !opens(t[i - 1])))
		return i + 1;
	size_t d = number_at(t + i + 3, to - i - 3);
	if (d && ends_ref(s, i + 3 + d, to))
		add_ref(s, GL_REF_ISSUE, i, i + 3 + d, i + 3, d, 0, 0, tr);
	return i + 3 + d;
}

/* ---- issue, pull-request, merge-request and ticket URLs ---- */

/* "AR-519", "OS2FORMS-361": capitals and digits, '-', digits. */
static bool is_ticket_key(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && ((s[i] >= 'A' && s[i] <= 'Z') || (i && gl_isdigit(s[i]))))
		i++;
	return i && i + 1 < len && s[i] == '-' &&
	       gl_msg_digits(s + i + 1, len - i - 1) == len - i - 1;
}

static bool segment_is(const char *seg, size_t len, const char *name)
{
	return len == strlen(name) && !memcmp(seg, name, len);
}

/* The path [p, e) has "<repo>/[-/]<what>/<id>[/…]" at segment `seg`: adds the reference. */
static bool url_ref(scan *s, size_t u, size_t e, size_t p, size_t seg, size_t seg_len,
		    const span *tr)
{
	const char *t = s->text;
	size_t id = seg + seg_len + 1, n = 0;
	if (id >= e)
		return false;
	bool browse = segment_is(t + seg, seg_len, "browse");
	while (id + n < e && t[id + n] != '/')
		n++;
	if (!n || (browse ? !is_ticket_key(t + id, n) : number_at(t + id, n) != n))
		return false;
	size_t repo = p + 1, repo_len = seg > repo ? seg - 1 - repo : 0;
	if (repo_len >= 2 && t[repo + repo_len - 1] == '-' && t[repo + repo_len - 2] == '/')
		repo_len -= 2; /* GitLab's "/-/" */
	bool has_slash = repo_len && memchr(t + repo, '/', repo_len);
	if (browse || (!repo_len && segment_is(t + seg, seg_len, "issues"))) {
		add_ref(s, GL_REF_TICKET, u, e, id, n, 0, 0, tr); /* Jira, Redmine */
		return true;
	}
	if (!has_slash)
		return false;
	int kind = segment_is(t + seg, seg_len, "issues") ? GL_REF_ISSUE : GL_REF_MERGE_REQUEST;
	add_ref(s, kind, u, e, id, n, repo, repo_len, tr);
	return true;
}

static void scan_url(scan *s, size_t u, size_t e, const span *tr)
{
	static const char *const what[] = {"issues", "pull", "pulls", "merge_requests", "browse"};
	const char *t = s->text;
	while (e > u && in_set(t[e - 1], ".,;:!?)]}>'\"*_`"))
		e--;
	size_t p = u;
	while (p < e && t[p] != ':')
		p++;
	for (p += 3; p < e && t[p] != '/'; p++) /* the host */
		;
	size_t end = p;
	while (end < e && t[end] != '?' && t[end] != '#')
		end++;
	for (size_t seg = p + 1; seg < end;) {
		size_t n = 0;
		while (seg + n < end && t[seg + n] != '/')
			n++;
		for (size_t k = 0; k < GL_ARRAY_SIZE(what); k++)
			if (segment_is(t + seg, n, what[k]) && url_ref(s, u, end, p, seg, n, tr))
				return;
		seg += n + 1;
	}
}

/* ---- lines ---- */

/* Whether a byte of x is v: the classic "has zero byte" test on x ^ v…v. */
static uint64_t has_byte(uint64_t x, unsigned char v)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t y = x ^ (ones * v);
	return (y - ones) & ~y & highs;
}

static bool may_start(char ch)
{
	return ch == '#' || ch == '!' || ch == 'G' || ch == ':';
}

/* The next byte that may start a reference ('#', '!', "GH-", "://"), eight at a time. */
static size_t next_start(const char *t, size_t i, size_t b)
{
	for (; i + 8 <= b; i += 8) {
		uint64_t x;
		memcpy(&x, t + i, 8);
		if (has_byte(x, '#') | has_byte(x, '!') | has_byte(x, 'G') | has_byte(x, ':'))
			break;
	}
	while (i < b && !may_start(t[i]))
		i++;
	return i;
}

/* "https://…" whose ':' is at `colon`, in the word from w: the position after the word. */
static size_t url_at(scan *s, size_t w, size_t colon, size_t b, const span *tr)
{
	const char *t = s->text;
	size_t u = colon, e = colon;
	while (u > w && gl_isalpha(t[u - 1]))
		u--;
	if (u == colon || colon + 2 >= b || t[colon + 1] != '/' || t[colon + 2] != '/')
		return colon + 1;
	while (e < b && !gl_isspace(t[e]))
		e++;
	scan_url(s, u, e, tr);
	return e;
}

/*
 * '#', '!' and "GH-" references and URLs (whose '#' is no reference) in the
 * line [a, b). The start of a word is found looking back, never past what is
 * done (w is the start of the word that holds `done`): linear in the line.
 */
static void scan_words(scan *s, size_t a, size_t b, const span *tr)
{
	const char *t = s->text;
	size_t done = a, w = a;
	for (size_t i = next_start(t, a, b); i < b; i = next_start(t, done, b)) {
		size_t k = i;
		while (k > done && !gl_isspace(t[k - 1]))
			k--;
		w = k > done ? k : w;
		if (t[i] == ':')
			done = url_at(s, w, i, b, tr);
		else if (t[i] == 'G')
			done = gh_at(s, i, w, b, tr);
		else
			done = mark_at(s, i, w, b, tr);
	}
}

/* A word holds a URL: its parts are no trailer IDs. */
static bool has_url(const char *t, size_t w, size_t e)
{
	for (size_t i = w; i + 2 < e; i++)
		if (t[i] == ':' && t[i + 1] == '/' && t[i + 2] == '/')
			return true;
	return false;
}

/* "FR-12" (a record) or "AR-519" (a ticket) in the value of a Refs:-like trailer. */
static size_t id_at(scan *s, size_t p, size_t e, const span *tr)
{
	const char *t = s->text;
	size_t k = p;
	while (k < e && gl_isalnum(t[k]))
		k++;
	if (k >= e || t[k] != '-' || (k - p == 2 && t[p] == 'G' && t[p + 1] == 'H'))
		return k;
	size_t d = gl_msg_digits(t + k + 1, e - k - 1);
	if (!d || d > 10 || !ends_ref(s, k + 1 + d, e))
		return k + 1 + d;
	int kind = gl_msg_word_in(t + p, k - p, record_prefixes) ? GL_REF_RECORD : GL_REF_TICKET;
	add_ref(s, kind, p, k + 1 + d, p, k + 1 + d - p, 0, 0, tr);
	return k + 1 + d;
}

static void scan_ids(scan *s, const span *tr)
{
	const char *t = s->text;
	for (size_t i = tr->start; i < tr->end;) {
		while (i < tr->end && (gl_isspace(t[i]) || t[i] == ',' || t[i] == ';'))
			i++;
		size_t w = i;
		while (i < tr->end && !gl_isspace(t[i]) && t[i] != ',' && t[i] != ';')
			i++;
		if (has_url(t, w, i))
			continue; /* URLs are read as URLs */
		for (size_t p = w; p < i;) {
			bool start = gl_isalpha(t[p]) &&
				     (p == w || !(gl_isalnum(t[p - 1]) || t[p - 1] == '-' ||
						  t[p - 1] == '_'));
			p = start ? id_at(s, p, i, tr) : p + 1;
		}
	}
}

/* "Decision: ADR-0007, SDR-2": each word with a digit is an ID. */
static void scan_decisions(scan *s, const span *tr)
{
	const char *t = s->text;
	for (size_t i = tr->start; i < tr->end;) {
		while (i < tr->end && (gl_isspace(t[i]) || in_set(t[i], ",;([")))
			i++;
		size_t w = i, digit = 0;
		while (i < tr->end && !gl_isspace(t[i]) && t[i] != ',' && t[i] != ';')
			i++;
		size_t e = i;
		while (e > w && in_set(t[e - 1], ".:)]"))
			e--;
		bool ok = e > w && gl_isalnum(t[w]);
		for (size_t k = w; ok && k < e; k++) {
			ok = gl_isalnum(t[k]) || in_set(t[k], "._-");
			digit += gl_isdigit(t[k]);
		}
		if (ok && digit)
			add(s, GL_MSG_DECISION, w, e, w, e - w);
	}
}

static bool is_blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!gl_isspace(p[i]))
			return false;
	return true;
}

/* "Key: value" at the start of a line (Danish letters too): the key's length, value at *v. */
static size_t key_at(const char *p, size_t n, size_t *v)
{
	size_t i = 0;
	while (i < n && i < 32 && (gl_isalnum(p[i]) || p[i] == '-' || (unsigned char)p[i] >= 0x80))
		i++;
	size_t k = i;
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (!k || i >= n || p[i] != ':')
		return 0;
	for (i++; i < n && (p[i] == ' ' || p[i] == '\t'); i++)
		;
	*v = i;
	return k;
}

/* Where a breaking-change note stops: the next footer ("Token: ", "Token #", "BREAKING CHANGE:").
 */
static bool footer_like(const char *p, size_t n)
{
	size_t v, k = key_at(p, n, &v);
	if (k || gl_footer_breaking(p, n))
		return true;
	while (k < n && (gl_isalnum(p[k]) || p[k] == '-'))
		k++;
	return k && k + 1 < n && p[k] == ' ' && p[k + 1] == '#';
}

static void put_trimmed(gl_buf *b, const char *p, size_t n)
{
	while (n && gl_isspace(p[n - 1]))
		n--;
	gl_buf_put(b, p, n);
}

/* The note runs on over the following lines up to a blank line or the next footer. */
static void read_breaking(scan *s, unsigned line, size_t v, size_t b)
{
	gl_msg_ctx *c = s->c;
	gl_buf note = GL_BUF_INIT;
	c->m->breaking = true;
	put_trimmed(&note, s->text + v, b - v);
	for (unsigned l = line + 1; l <= c->lines; l++) {
		size_t a2, b2;
		gl_msg_line(c, l, &a2, &b2);
		size_t n = b2 - a2;
		if (is_blank(s->text + a2, n) || footer_like(s->text + a2, n))
			break;
		gl_buf_putc(&note, '\n');
		put_trimmed(&note, s->text + a2, n);
	}
	size_t skip = 0;
	while (skip < note.len && gl_isspace(note.ptr[skip]))
		skip++;
	if (skip < note.len) {
		if (s->breaking.len)
			gl_buf_puts(&s->breaking, "\n\n");
		gl_buf_put(&s->breaking, note.ptr + skip, note.len - skip);
	}
	gl_buf_release(&note);
}

static trailer_kind kind_of_key(const char *key, size_t len)
{
	char w[40];
	if (!gl_msg_fold(w, sizeof(w), key, len))
		return T_NONE;
	if (gl_msg_folded_in(w, ref_keys))
		return T_REFS;
	if (gl_msg_folded_in(w, closing_keys))
		return T_CLOSES;
	return gl_msg_folded_in(w, decision_keys) ? T_DECISION : T_NONE;
}

/*
 * A line after the subject: a breaking-change note, or a reference or
 * decision trailer — a footer gl_footers_read found, or a "Key: value" line
 * anywhere in the body (which also catches the keys with Danish letters).
 */
static void read_trailer(scan *s, unsigned l, size_t a, size_t b, span *tr)
{
	const gl_footers *f = &s->c->footers;
	const char *p = s->text + a;
	size_t n = b - a, v = 0, k;
	if ((v = gl_footer_breaking(p, n))) {
		read_breaking(s, l, a + v, b);
		return;
	}
	while (s->footer < f->len && f->items[s->footer].line < l)
		s->footer++;
	if (s->footer < f->len && f->items[s->footer].line == l) {
		const gl_footer *ft = &f->items[s->footer];
		tr->kind = kind_of_key(ft->token, ft->token_len);
		tr->start = (size_t)(ft->value - s->text);
	} else if ((k = key_at(p, n, &v))) {
		tr->kind = kind_of_key(p, k);
		tr->start = a + v;
	}
	if (tr->kind != T_NONE)
		gl_vec_push(&s->trailers, *tr);
}

/* ---- configured ticket patterns ---- */

static const span *trailer_at(const scan *s, size_t at)
{
	size_t lo = 0, hi = s->trailers.len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const span *sp = &s->trailers.items[mid];
		if (at < sp->start)
			hi = mid;
		else if (at >= sp->end)
			lo = mid + 1;
		else
			return sp;
	}
	return NULL;
}

/* A match is a ticket — not inside a Decision: value; "[#55444]" → "55444". */
static void add_ticket(scan *s, size_t a, size_t b)
{
	const span *tr = trailer_at(s, a);
	size_t id = a, n = b - a;
	if (tr && tr->kind == T_DECISION)
		return;
	if (n >= 2 && s->text[id] == '[' && s->text[id + n - 1] == ']')
		id++, n -= 2;
	if (n && s->text[id] == '#')
		id++, n--;
	cand *c = n ? add_ref(s, GL_REF_TICKET, a, b, id, n, 0, 0, tr) : NULL;
	if (c)
		c->configured = true;
}

void gl_msg_scan_refs(gl_msg_ctx *c)
{
	scan s; /* not zeroed as a whole: `small` is written before it is read */
	s.c = c;
	s.text = c->t.data;
	s.len = c->t.len;
	s.cands = s.small;
	s.n = 0;
	s.cap = sizeof(s.small) / sizeof(*s.small);
	s.trailers.items = NULL;
	s.trailers.len = s.trailers.alloc = 0;
	gl_buf_init(&s.breaking);
	s.footer = 0;
	for (unsigned l = 1; l <= c->lines; l++) {
		size_t a, b;
		gl_msg_line(c, l, &a, &b);
		span tr = {b, b, T_NONE};
		if (c->subject && l > c->subject)
			read_trailer(&s, l, a, b, &tr);
		scan_words(&s, a, b, &tr);
		if (tr.kind == T_REFS || tr.kind == T_CLOSES)
			scan_ids(&s, &tr);
		else if (tr.kind == T_DECISION)
			scan_decisions(&s, &tr);
	}
	for (size_t i = 0; i < c->ticket_matches.len; i++)
		add_ticket(&s, c->ticket_matches.items[i].start, c->ticket_matches.items[i].end);
	if (s.n)
		gl_msg_emit(c, s.cands, s.n);
	if (s.breaking.len)
		c->m->breaking_note =
			gl_arena_strndup(&c->m->arena, s.breaking.ptr, s.breaking.len);
	if (s.cands != s.small)
		free(s.cands);
	gl_vec_free(&s.trailers);
	gl_buf_release(&s.breaking);
}
