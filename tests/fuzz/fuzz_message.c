/*
 * Fuzz target: commit messages read for traceability (header, words, merges,
 * references), and read alike by the commit-msg hook's path.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "commit/commit.h"
#include "commit/message.h"
#include "fuzz.h"
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gl_message m;
	size_t n = 0;
	/* With and without patterns, into the same message after a release. */
	gl_message_parse(&m, (const char *)data, size, tickets(), 2);
	n += check(&m);
	agree(&m, (const char *)data, size);
	gl_message_release(&m);
	gl_message_parse(&m, (const char *)data, size, NULL, 0);
	n += check(&m);
	gl_message_release(&m);
	return n == (size_t)-1;
}
