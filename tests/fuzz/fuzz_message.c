/*
 * Fuzz target: commit messages read for traceability (header, words, merges,
 * references), and read alike by the commit-msg hook's path.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "commit/commit.h"
#include "commit/message.h"
#include "commit/header.h"
#include "fuzz.h"
#include "oracle.h"
#include "util/match.h"

/* The configured ticket patterns of a real configuration, compiled once. */
static const gl_match *const *tickets(void)
{
	static gl_match *list[2];
	if (!list[0] && (gl_match_compile(&list[0], "\\b(AR|DISPLAY|OS2FORMS)-[0-9]+", 0) ||
			 gl_match_compile(&list[1], "\\[#[0-9]+\\]", 0)))
		abort();
	return (const gl_match *const *)list;
}

static size_t length(const char *s)
{
	return s ? strlen(s) : 0;
}

/* Touches every string; aborts where the header's promises do not hold. */
static size_t check(const gl_message *m)
{
	size_t n = length(m->type) + length(m->scope) + length(m->breaking_note) + length(m->pr) +
		   length(m->pr_repo) + length(m->pr_from) + length(m->reverts);
	if (!m->subject || m->kind > GL_CHANGE_UNCLASSIFIED || (m->conventional && !m->type))
		abort();
	n += strlen(m->subject);
	for (size_t i = 0; i < m->refs.len; i++) {
		const gl_ref *r = &m->refs.items[i];
		if (!r->id || !*r->id || r->kind > GL_REF_RECORD || (r->repo && !*r->repo))
			abort();
		n += strlen(r->id) + length(r->repo);
	}
	for (size_t i = 0; i < m->decisions.len; i++)
		n += strlen(m->decisions.items[i]);
	return n;
}

static bool span_is(const char *s, size_t len, const char *z)
{
	return z && strlen(z) == len && !memcmp(s, z, len);
}

/* The commit-msg hook's reading of the same bytes must be the release notes' reading. */
static void agree(const gl_message *m, const char *text, size_t len)
{
	const char *nul = memchr(text, '\0', len);
	gl_text t;
	gl_commit_reading r;
	size_t n;
	gl_text_init(&t, text, nul ? (size_t)(nul - text) : len);
	gl_commit_read(&r, &t, false);
	const gl_outline *o = &r.outline;
	const char *subject = gl_outline_subject(o, &n);
	if (o->conventional != m->conventional || r.breaking != m->breaking ||
	    !span_is(subject, n, m->subject) || r.footers.len != m->footers.len)
		abort();
	if (o->conventional && strlen(m->type) != o->header.type_len)
		abort();
	for (size_t i = 0; i < r.footers.len; i++) {
		const gl_footer *a = &r.footers.items[i], *b = &m->footers.items[i];
		if (a->line != b->line || a->token_len != b->token_len ||
		    memcmp(a->token, b->token, a->token_len) ||
		    !span_is(a->value, a->value_len, b->value) ||
		    a->conventional != b->conventional || a->git != b->git)
			abort();
	}
	gl_commit_reading_release(&r);
	gl_text_release(&t);
}

/* s[0..n) and z[0..m) are the same bytes. */
static bool bytes_same(const char *s, size_t n, const char *z, size_t m)
{
	return n == m && !memcmp(s, z, n);
}

/*
 * A subject that holds as a header, written again from its parts (type,
 * scope, '!', description), reads as the same header.
 */
static void rewrite(const char *s, size_t len)
{
	gl_header h, again;
	if (!gl_header_parse(&h, s, len))
		return;
	fz_require(h.type_len > 0 && h.desc <= len && h.scope + h.scope_len <= len,
		   "a header's parts lie inside the subject");
	size_t cap = len + 8, n = 0;
	char *w = malloc(cap);
	if (!w)
		abort();
	memcpy(w, s, h.type_len);
	n = h.type_len;
	if (h.has_scope) {
		w[n++] = '(';
		memcpy(w + n, s + h.scope, h.scope_len);
		n += h.scope_len;
		w[n++] = ')';
	}
	if (h.bang)
		w[n++] = '!';
	memcpy(w + n, ": ", 2);
	n += 2;
	memcpy(w + n, s + h.desc, len - h.desc);
	n += len - h.desc;
	fz_require(gl_header_parse(&again, w, n), "a header written again holds");
	fz_require(bytes_same(s, h.type_len, w, again.type_len) &&
			   bytes_same(s + h.scope, h.scope_len, w + again.scope, again.scope_len) &&
			   h.has_scope == again.has_scope && h.bang == again.bang &&
			   bytes_same(s + h.desc, len - h.desc, w + again.desc, n - again.desc),
		   "a header written again reads the same");
	free(w);
}

/* The first line, without its line ending, as a subject. */
static void subject_rewrite(const char *s, size_t len)
{
	const char *nl = memchr(s, '\n', len);
	size_t n = nl ? (size_t)(nl - s) : len;
	if (n && s[n - 1] == '\r')
		n--;
	rewrite(s, n);
}

/* Two readings of the same bytes are the same reading. */
static void same(const gl_message *a, const gl_message *b)
{
	fz_require(a->conventional == b->conventional && a->breaking == b->breaking &&
			   a->kind == b->kind && a->merge == b->merge && a->fixup == b->fixup &&
			   fz_str_same(a->type, b->type) && fz_str_same(a->scope, b->scope) &&
			   fz_str_same(a->subject, b->subject) &&
			   fz_str_same(a->breaking_note, b->breaking_note) &&
			   fz_str_same(a->pr, b->pr) && fz_str_same(a->reverts, b->reverts) &&
			   a->refs.len == b->refs.len && a->footers.len == b->footers.len &&
			   a->decisions.len == b->decisions.len,
		   "reading a message twice reads the same");
	for (size_t i = 0; i < a->refs.len; i++)
		fz_require(fz_str_same(a->refs.items[i].id, b->refs.items[i].id) &&
				   a->refs.items[i].kind == b->refs.items[i].kind,
			   "reading a message twice finds the same references");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gl_message m, again;
	size_t n = 0;
	/* With and without patterns, into the same message after a release. */
	gl_message_parse(&m, (const char *)data, size, tickets(), 2);
	n += check(&m);
	agree(&m, (const char *)data, size);
	gl_message_parse(&again, (const char *)data, size, tickets(), 2);
	same(&m, &again);
	gl_message_release(&again);
	gl_message_release(&m);
	gl_message_parse(&m, (const char *)data, size, NULL, 0);
	n += check(&m);
	gl_message_release(&m);
	subject_rewrite((const char *)data, size);
	return n == (size_t)-1;
}
