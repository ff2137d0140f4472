/* Commit messages read once for traceability: the outline's header or its words, requests, reverts.
 */
#include "commit/message.h"

#include <string.h>

#include "commit/forms.h"
#include "commit/message_internal.h"
#include "util/match.h"
#include "util/ascii.h"
#include "util/banned.h"

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

/* The header gl_header_parse found in the outline's text. */
static void read_conventional(gl_msg_ctx *c)
{
	/* Scopes Dependabot and Renovate write: "chore(deps): bump …", "fix(deps): update …". */
	static const char *const deps[] = {"deps", "deps-dev", "dependencies", NULL};
	/* Types of changes that change no behaviour. */
	static const char *const chores[] = {"style",   "lint",  "format", "wip",
					     "release", "merge", "init",   NULL};
	const gl_header *h = &c->o.header;
	const char *s = c->o.text;
	gl_message *m = c->m;
	char *type = gl_arena_strndup(&m->arena, s, h->type_len);
	gl_msg_fold(type, h->type_len + 1, type, h->type_len);
	m->conventional = true;
	m->type = type;
	const char *scope = s + h->scope;
	size_t scope_len = h->scope_len;
	trim(&scope, &scope_len);
	m->scope = scope_len ? dup(c, scope, scope_len) : NULL;
	m->breaking = m->breaking || h->bang;
	m->kind = kind_of_header(c, type, s + h->desc, c->o.text_len - h->desc);
	if (m->scope && m->kind != GL_CHANGE_SECURITY && gl_msg_word_in(scope, scope_len, deps))
		m->kind = GL_CHANGE_DEPS;
	m->housekeeping = m->kind == GL_CHANGE_OTHER &&
			  (m->housekeeping || gl_msg_folded_in(type, chores) ||
			   gl_msg_is_housekeeping(s + h->desc, c->o.text_len - h->desc));
}

/*
 * A merge whose title says nothing: what its branch's name says. Else a
 * pull or merge request stays UNCLASSIFIED (its branch brought changes of some
 * kind), and a Git merge is housekeeping (its commits are in the history).
 */
static void read_branch(gl_msg_ctx *c)
{
	gl_message *m = c->m;
	m->kind = c->o.form == GL_FORM_REQUEST ? gl_change_kind_of_branch(m->pr_from)
					       : gl_msg_kind_of_merge(c->o.line, c->o.line_len);
	if (m->kind == GL_CHANGE_UNCLASSIFIED && !m->pr) {
		m->kind = GL_CHANGE_OTHER;
		m->housekeeping = true;
	}
}

static bool has_prefix(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && !memcmp(s, prefix, n);
}

/* The quoted name at s[0..len) ("'feature/x' into y"): its length, 0 when unquoted. */
static size_t quoted(const char *s, size_t len)
{
	const char *end = len > 1 && s[0] == '\'' ? memchr(s + 1, '\'', len - 1) : NULL;
	return end ? (size_t)(end - s - 1) : 0;
}

/*
 * The branch a merge names, and whether it merges another line back: what
 * tells a feature's merge from a release's or a merge-back (release notes).
 */
static void read_merge_branch(gl_msg_ctx *c)
{
	const gl_outline *o = &c->o;
	gl_message *m = c->m;
	const char *s = o->line;
	size_t len = o->line_len, n;
	m->titled = o->title != 0;
	if (o->form == GL_FORM_REQUEST && o->request.from_len) {
		const char *from = s + o->request.from;
		size_t from_len = o->request.from_len;
		const char *slash = memchr(from, '/', from_len);
		if (has_prefix(s, len, "Merge pull request") && slash) /* "owner/branch" */
			from_len -= (size_t)(slash + 1 - from), from = slash + 1;
		m->branch = from_len ? dup(c, from, from_len) : NULL;
		return;
	}
	if (o->form != GL_FORM_MERGE)
		return;
	bool remote = has_prefix(s, len, "Merge remote-tracking branch ");
	size_t at = remote ? 29 : has_prefix(s, len, "Merge branch ") ? 13 : len;
	if (at < len && (n = quoted(s + at, len - at)) > 0) {
		const char *name = s + at + 1, *slash = remote ? memchr(name, '/', n) : NULL;
		if (slash) /* "origin/develop" */
			n -= (size_t)(slash + 1 - name), name = slash + 1;
		m->branch = dup(c, name, n);
	}
	/*
	 * Git's merge of a line releases are made from ("Merge branch 'main' into
	 * develop", "Merge remote-tracking branch 'origin/develop'", a pull's
	 * "Merge branch 'main' of github.com:…") or of a tag brings that line's
	 * changes back, none of its own. A topic branch merged by hand ("Merge
	 * branch 'feature/x' into develop", Git Flow without pull requests) is a
	 * change, whatever line it went into.
	 */
	bool pulled = false; /* "Merge branch 'main' of github.com:owner/repo" */
	for (size_t i = 0; i + 5 <= len && !pulled; i++)
		pulled = !memcmp(s + i, "' of ", 5);
	m->merge_back = !m->pr && (has_prefix(s, len, "Merge tag") ||
				   (m->branch && (gl_branch_long_lived(m->branch) || pulled)));
}

/*
 * The first line, as the outline reads it: a merged request (its title, when
 * it has one, is read as the subject), a merge, fixup!, a revert, a header,
 * or words.
 */
static void read_first_line(gl_msg_ctx *c)
{
	const gl_outline *o = &c->o;
	gl_message *m = c->m;
	if (o->form == GL_FORM_REQUEST) {
		m->pr = dup(c, o->line + o->request.pr, o->request.pr_len);
		c->pr_from = GL_MSG_PR_GITHUB;
		if (o->request.from_len)
			m->pr_from = dup(c, o->line + o->request.from, o->request.from_len);
	}
	m->merge = o->form == GL_FORM_REQUEST || o->form == GL_FORM_MERGE;
	read_merge_branch(c);
	m->fixup = o->autosquash;
	if (o->squash_pr && !m->pr) {
		m->pr = dup(c, o->squash_pr, o->squash_pr_len);
		c->pr_from = GL_MSG_PR_GITHUB;
	}
	size_t len;
	const char *subject = gl_outline_subject(o, &len);
	m->subject = dup(c, subject, len);
	if (!o->text)
		m->kind = GL_CHANGE_UNCLASSIFIED; /* a merge that says nothing of what it brings */
	else if (o->head_form == GL_FORM_REVERT)
		m->kind = GL_CHANGE_OTHER;
	else if (o->conventional)
		read_conventional(c);
	else
		m->kind = gl_msg_kind_of_words(c, o->text, o->text_len);
	if (m->kind == GL_CHANGE_UNCLASSIFIED && m->merge)
		read_branch(c);
}

/* ---- the body's markers: "This reverts commit X.", "See merge request g/p!N" ---- */

static void read_body_markers(gl_msg_ctx *c)
{
	gl_message *m = c->m;
	gl_marker mk;
	for (unsigned l = c->subject + 1; l <= c->lines; l++) {
		size_t len;
		const char *s = line_of(c, l, &len);
		trim(&s, &len);
		gl_form_marker(&mk, s, len);
		if (mk.kind == GL_MARKER_REVERTS && !m->reverts) {
			m->reverts = dup(c, s + mk.id, mk.id_len);
		} else if (mk.kind == GL_MARKER_PICKED &&
			   !m->picked) { /* a pick of a pick: the
					     first names the original */
			m->picked = dup(c, s + mk.id, mk.id_len);
		} else if (mk.kind == GL_MARKER_MERGE_REQUEST && !m->pr) {
			m->pr = dup(c, s + mk.id, mk.id_len);
			m->pr_repo =
				dup(c, s + mk.repo, mk.repo_len); /* "" when GitLab named none */
			c->pr_from = GL_MSG_PR_GITLAB;
		}
	}
}

/* The footers, copied into the arena: the text they point into is the caller's. */
static void keep_footers(gl_msg_ctx *c)
{
	gl_message *m = c->m;
	size_t n = c->footers.len;
	if (!n)
		return;
	gl_footer *kept = gl_arena_alloc(&m->arena, n * sizeof(*kept));
	for (size_t i = 0; i < n; i++) {
		const gl_footer *f = &c->footers.items[i];
		size_t value = (size_t)(f->value - f->token);
		const char *copy = gl_arena_strndup(&m->arena, f->token, value + f->value_len);
		kept[i] = *f;
		kept[i].token = copy;
		kept[i].value = copy + value;
	}
	m->footers.items = kept;
	m->footers.len = m->footers.alloc = n;
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
	gl_msg_ctx c; /* field by field (gl_text_init sets t, gl_outline_read o): cheaper than
		       clearing it whole */
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
	gl_outline_read(&c.o, &c.t, false);
	c.subject = c.o.subject;
	find_tickets(&c);
	if (c.subject) {
		gl_footers_read(&c.footers, &c.t, c.o.head, c.lines, false);
		keep_footers(&c);
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
