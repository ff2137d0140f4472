/* Commit messages read once for traceability: the header or its words, merges, fixups, reverts. */
#include "commit/message.h"

#include <string.h>

#include "util/match.h"
#include "commit/message_internal.h"
#include "util/ascii.h"
#include "util/banned.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- bytes ---- */

static void trim(const char **s, size_t *len)
{
	while (*len && gl_isspace(**s))
		++*s, --*len;
	while (*len && gl_isspace((*s)[*len - 1]))
		--*len;
}

static const char *dup(gl_msg_ctx *c, const char *s, size_t n)
{
	return gl_arena_strndup(&c->m->arena, s, n);
}

static const char *line_of(const gl_msg_ctx *c, unsigned line, size_t *len)
{
	size_t a, b;
	gl_msg_line(c, line, &a, &b);
	*len = b - a;
	return c->t.data + a;
}

typedef struct header {
	size_t type_len, scope, scope_len, desc;
	bool has_scope, bang;
} header;

/* type(scope)!: description — types are letters only, so "AR-519: …" is none. */
static bool parse_header(const char *s, size_t len, header *h)
{
	size_t i = 0;
	memset(h, 0, sizeof(*h));
	while (i < len && i <= 24 && gl_isalpha(s[i]))
		i++;
	if (!i || i > 24)
		return false;
	h->type_len = i;
	if (i < len && s[i] == '(') {
		size_t close = i + 1;
		while (close < len && s[close] != ')' && s[close] != '(')
			close++;
		if (close >= len || s[close] != ')')
			return false;
		h->has_scope = true;
		h->scope = i + 1;
		h->scope_len = close - i - 1;
		i = close + 1;
	}
	h->bang = i < len && s[i] == '!';
	i += h->bang;
	if (i + 1 >= len || s[i] != ':' || s[i + 1] != ' ')
		return false;
	for (i += 2; i < len && gl_isspace(s[i]); i++)
		;
	h->desc = i;
	return i < len;
}

/*
 * A known type gives its kind. An unknown one ("Fixed: …", "Frontend: …") is
 * read as a word, then the description's first words are; else OTHER.
 */
static gl_change_kind kind_of_header(gl_msg_ctx *c, const char *type, const char *desc,
				     size_t desc_len)
{
	size_t n = strlen(type);
	gl_change_kind k = gl_msg_kind_of_known_type(type, n);
	if (k != GL_CHANGE_UNCLASSIFIED)
		return k;
	k = gl_msg_kind_of_word(type, n);
	if (k == GL_CHANGE_UNCLASSIFIED)
		k = gl_msg_kind_of_words(c, desc, desc_len);
	return k == GL_CHANGE_UNCLASSIFIED ? GL_CHANGE_OTHER : k;
}

static bool read_conventional(gl_msg_ctx *c, const char *s, size_t len)
{
	header h;
	if (!parse_header(s, len, &h))
		return false;
	gl_message *m = c->m;
	char *type = gl_arena_strndup(&m->arena, s, h.type_len);
	gl_msg_fold(type, h.type_len + 1, type, h.type_len);
	m->conventional = true;
	m->type = type;
	const char *scope = s + h.scope;
	size_t scope_len = h.scope_len;
	trim(&scope, &scope_len);
	m->scope = h.has_scope && scope_len ? dup(c, scope, scope_len) : NULL;
	m->breaking = m->breaking || h.bang;
	m->subject = dup(c, s + h.desc, len - h.desc);
	m->kind = kind_of_header(c, type, s + h.desc, len - h.desc);
	return true;
}

/* ---- Git's own forms ---- */

/* A squash merge's " (#123)" at the end: the pull request, cut from the subject. */
static size_t cut_pr_suffix(gl_msg_ctx *c, const char *s, size_t len)
{
	size_t d = 0;
	if (len < 4 || s[len - 1] != ')')
		return len;
	while (d + 2 < len && d < 11 && gl_isdigit(s[len - 2 - d]))
		d++;
	if (!d || d > 10 || len < d + 4) /* "x(#" before the digits */
		return len;
	size_t hash = len - 2 - d;
	if (s[hash] != '#' || s[hash - 1] != '(' || s[hash + 1] == '0')
		return len;
	size_t keep = hash - 1;
	while (keep && gl_isspace(s[keep - 1]))
		keep--;
	if (!keep)
		return len;
	if (!c->m->pr) {
		c->m->pr = dup(c, s + hash + 1, d);
		c->pr_from = GL_MSG_PR_GITHUB;
	}
	return keep;
}

static size_t autosquash(const char *s, size_t len)
{
	static const char *const prefixes[] = {"fixup! ", "squash! ", "amend! "};
	for (size_t i = 0; i < COUNT(prefixes); i++)
		if (gl_msg_starts(s, len, prefixes[i]))
			return strlen(prefixes[i]);
	return 0;
}

/* The subject line (or a pull request's title): fixup!, revert, header or words. */
static void read_header(gl_msg_ctx *c, const char *s, size_t len)
{
	gl_message *m = c->m;
	for (size_t n; (n = autosquash(s, len));) { /* "fixup! fixup! …" */
		m->fixup = true;
		s += n, len -= n;
		trim(&s, &len);
	}
	len = cut_pr_suffix(c, s, len);
	if (gl_msg_starts(s, len, "Revert \"") || gl_msg_starts(s, len, "Reapply \"")) {
		m->subject = dup(c, s, len);
		m->kind = GL_CHANGE_OTHER;
		return;
	}
	if (read_conventional(c, s, len))
		return;
	m->subject = dup(c, s, len);
	m->kind = gl_msg_kind_of_words(c, s, len);
}

static bool is_footer_line(const gl_msg_ctx *c, unsigned line)
{
	for (size_t i = 0; i < c->footers.len; i++)
		if (c->footers.items[i].line == line)
			return true;
	return false;
}

/* A pull or merge request's title: the first line of the merge's body, when it is one. */
static bool read_merge_title(gl_msg_ctx *c)
{
	static const char *const not_titles[] = {"See merge request ", "Conflicts:", "# ", "#\t",
						 "This reverts commit "};
	unsigned l = c->subject + 1;
	size_t len = 0;
	const char *s = NULL;
	for (; l <= c->lines; l++) {
		s = line_of(c, l, &len);
		trim(&s, &len);
		if (len)
			break;
	}
	if (l > c->lines || is_footer_line(c, l) || (len == 1 && s[0] == '#'))
		return false;
	for (size_t i = 0; i < COUNT(not_titles); i++)
		if (gl_msg_starts(s, len, not_titles[i]))
			return false;
	read_header(c, s, len);
	return true;
}

/* "Merge pull request #42 from vendor-a/feature-x"; "Merged in x (pull request #7)" (Bitbucket). */
static bool read_pull_request(gl_msg_ctx *c, const char *s, size_t len)
{
	static const char github[] = "Merge pull request #", bitbucket[] = " (pull request #";
	size_t at, d, from = 0, from_len = 0;
	if (gl_msg_starts(s, len, github)) {
		at = strlen(github);
		d = gl_msg_digits(s + at, len - at);
		if (gl_msg_starts(s + at + d, len - at - d, " from "))
			from = at + d + 6, from_len = len - from;
	} else if (gl_msg_starts(s, len, "Merged in ")) {
		const char *p = s + 10;
		while (p + strlen(bitbucket) <= s + len &&
		       !gl_msg_starts(p, (size_t)(s + len - p), bitbucket))
			p++;
		if (p + strlen(bitbucket) > s + len)
			return false;
		from = 10, from_len = (size_t)(p - s) - 10;
		at = (size_t)(p - s) + strlen(bitbucket);
		d = gl_msg_digits(s + at, len - at);
	} else {
		return false;
	}
	if (!d || d > 10 || s[at] == '0')
		return false;
	c->m->pr = dup(c, s + at, d);
	c->pr_from = GL_MSG_PR_GITHUB;
	c->m->pr_from = from_len ? dup(c, s + from, from_len) : NULL;
	return true;
}

/* Git's merge subjects: "Merge branch 'x' into develop", "Merge remote-tracking branch …". */
static bool is_merge(const char *s, size_t len)
{
	static const char *const what[] = {"branch ",       "branches ", "remote-tracking branch ",
					   "tag ",          "tags ",     "commit ",
					   "pull request ", "'",         "\""};
	if (!gl_msg_starts(s, len, "Merge "))
		return false;
	for (size_t i = 0; i < COUNT(what); i++)
		if (gl_msg_starts(s + 6, len - 6, what[i]))
			return true;
	for (size_t i = 6; i + 6 <= len; i++)
		if (!memcmp(s + i, " into ", 6))
			return true;
	return false;
}

static void read_first_line(gl_msg_ctx *c)
{
	size_t len;
	const char *s = line_of(c, c->subject, &len);
	trim(&s, &len);
	bool pr = read_pull_request(c, s, len);
	if (!pr && !is_merge(s, len)) {
		read_header(c, s, len);
		return;
	}
	c->m->merge = true;
	if ((pr || c->pr_from == GL_MSG_PR_GITLAB) && read_merge_title(c))
		return;
	c->m->subject = dup(c, s, len);
	c->m->kind = GL_CHANGE_UNCLASSIFIED;
}

/* ---- the body's markers: "This reverts commit X.", "See merge request g/p!N" ---- */

static void read_reverts(gl_msg_ctx *c, const char *s, size_t len)
{
	size_t n = 0;
	while (n < len && n <= 64 &&
	       (gl_isdigit(s[n]) || (s[n] >= 'a' && s[n] <= 'f') || (s[n] >= 'A' && s[n] <= 'F')))
		n++;
	if (n >= 4 && n <= 64 && (n == len || !(gl_isalpha(s[n]) || gl_isdigit(s[n]))))
		c->m->reverts = dup(c, s, n);
}

static void read_merge_request(gl_msg_ctx *c, const char *s, size_t len)
{
	size_t n = 0, bang = len;
	while (n < len && !gl_isspace(s[n]))
		n++;
	while (n && s[n - 1] == '.')
		n--;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '!')
			bang = i;
	if (bang >= n)
		return;
	size_t d = gl_msg_digits(s + bang + 1, n - bang - 1);
	if (!d || d > 10 || bang + 1 + d != n || s[bang + 1] == '0')
		return;
	for (size_t i = 0; i < bang; i++)
		if (!(gl_isalpha(s[i]) || gl_isdigit(s[i]) || s[i] == '.' || s[i] == '_' ||
		      s[i] == '-' || s[i] == '/'))
			return;
	c->m->pr = dup(c, s + bang + 1, d);
	c->m->pr_repo = dup(c, s, bang); /* "" when GitLab named no project */
	c->pr_from = GL_MSG_PR_GITLAB;
}

static void read_body_markers(gl_msg_ctx *c)
{
	static const char reverts[] = "This reverts commit ",
			  merge_request[] = "See merge request ";
	for (unsigned l = c->subject + 1; l <= c->lines; l++) {
		size_t len;
		const char *s = line_of(c, l, &len);
		trim(&s, &len);
		if (!c->m->reverts && gl_msg_starts(s, len, reverts))
			read_reverts(c, s + strlen(reverts), len - strlen(reverts));
		else if (!c->m->pr && gl_msg_starts(s, len, merge_request))
			read_merge_request(c, s + strlen(merge_request),
					   len - strlen(merge_request));
	}
}

/* ---- the message ---- */

/* Runs the configured ticket patterns over the whole text, once, into c->ticket_matches. */
static void find_tickets(gl_msg_ctx *c)
{
	const char *t = c->t.data;
	for (size_t k = 0; k < c->ticket_count; k++) {
		const gl_match *re = c->tickets[k];
		size_t from = 0, a, b;
		while (re && from <= c->t.len && c->ticket_matches.len < GL_MSG_MAX_FOUND &&
		       gl_match_find(re, t, c->t.len, from, &a, &b) && a >= from && b >= a) {
			if (b > a) {
				gl_vec_push(&c->ticket_matches, ((gl_msg_span){a, b}));
				from = b;
				continue;
			}
			for (from = a + 1;
			     from < c->t.len && ((unsigned char)t[from] & 0xc0) == 0x80;)
				from++; /* past an empty match, to the next character */
		}
	}
}

void gl_message_parse(gl_message *out, const char *text, size_t len,
		      const struct gl_match *const *tickets, size_t ticket_count)
{
	memset(out, 0, sizeof(*out));
	out->subject = "";
	out->kind = GL_CHANGE_UNCLASSIFIED;
	gl_msg_ctx c; /* field by field (gl_text_init sets t): cheaper than clearing it whole */
	c.m = out;
	c.subject = c.lines = 0;
	c.footers.items = NULL;
	c.footers.len = c.footers.alloc = 0;
	c.tickets = tickets;
	c.ticket_count = tickets ? ticket_count : 0;
	c.ticket_matches.items = NULL;
	c.ticket_matches.len = c.ticket_matches.alloc = 0;
	c.pr_from = GL_MSG_PR_NONE;
	const char *nul = text ? memchr(text, '\0', len) : NULL;
	if (nul) /* a NUL byte ends the message, as it does for Git */
		len = (size_t)(nul - text);
	gl_text_init(&c.t, text ? text : "", text ? len : 0);
	c.lines = gl_text_line_count(&c.t);
	for (unsigned l = 1; l <= c.lines && !c.subject; l++) {
		size_t n;
		const char *s = line_of(&c, l, &n);
		trim(&s, &n);
		c.subject = n ? l : 0;
	}
	find_tickets(&c);
	if (c.subject) {
		gl_footers_read(&c.footers, &c.t, c.subject, c.lines, false);
		read_body_markers(&c);
		read_first_line(&c);
	}
	gl_msg_scan_refs(&c);
	gl_vec_free(&c.footers);
	gl_vec_free(&c.ticket_matches);
	gl_text_release(&c.t);
}

void gl_message_release(gl_message *m)
{
	if (!m)
		return;
	gl_arena_release(&m->arena);
	memset(m, 0, sizeof(*m));
}
