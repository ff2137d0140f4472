/*
 * Between message.c (ticket patterns; the first line as the outline reads it),
 * message_words.c (what the words of a subject say), message_phrases.c (what
 * the first few say together), branch.c (what a branch says), message_refs.c (what
 * every line names: references, decisions, breaking changes) and
 * message_emit.c (each once, in order, into the message): the state of one
 * parse, and the byte classes they share.
 */
#ifndef GOVLOG_TRACE_MESSAGE_INTERNAL_H
#define GOVLOG_TRACE_MESSAGE_INTERNAL_H

#include <string.h>

#include "commit/footers.h"
#include "commit/message.h"
#include "commit/outline.h"
#include "util/ascii.h"
#include "util/text.h"

/* Where the pull request came from: its number is then no reference of its own. */
typedef enum gl_msg_pr {
	GL_MSG_PR_NONE,
	GL_MSG_PR_GITHUB, /* "#N" names it (GitHub, Bitbucket): drop the ISSUE #N */
	GL_MSG_PR_GITLAB, /* "!N" names it: drop the MERGE_REQUEST !N of its project */
} gl_msg_pr;

/* A match of a configured ticket pattern: text[start..end). */
typedef struct gl_msg_span {
	size_t start, end;
} gl_msg_span;

/* gl_message_parse sets each field by hand: a new one needs its line there. */
typedef struct gl_msg_ctx {
	gl_message *m;
	gl_text t;
	gl_outline o;     /* subject, form, a request's title, header (gl_outline_read) */
	unsigned subject; /* o.subject: the first non-blank line; 0 for a blank message */
	unsigned lines;
	gl_footers footers; /* the last paragraph's footers (gl_footers_read), in the text */
	const struct gl_match *const *tickets;
	size_t ticket_count;
	GL_VEC(gl_msg_span) ticket_matches; /* every pattern's matches, pattern by pattern */
	gl_msg_pr pr_from;
} gl_msg_ctx;

/* Whether s[0..len) starts with `prefix`. */
static inline bool gl_msg_starts(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && s[0] == prefix[0] && !memcmp(s, prefix, n);
}

/* How many digits s starts with (at most 11: longer is no number worth reading). */
static inline size_t gl_msg_digits(const char *s, size_t len)
{
	size_t n = 0;
	while (n < len && n < 11 && gl_isdigit(s[n]))
		n++;
	return n;
}

/* Past this many found, a (hostile) message's further references are not read. */
#define GL_MSG_MAX_FOUND 65536

#define GL_MSG_DECISION (-1) /* a candidate that is a Decision: ID, not a reference */

/* A reference or decision found, not yet known to be the first of its kind. */
typedef struct gl_msg_cand {
	size_t start, end;     /* where it is written: order, and overlap with a ticket */
	size_t id, id_len;     /* offsets into the text */
	size_t repo, repo_len; /* repo_len 0: none */
	size_t seq;            /* the order it was found in: ties keep it */
	int kind;              /* a gl_ref_kind, or GL_MSG_DECISION */
	bool closes, configured, dropped;
} gl_msg_cand;

/* Line l's bytes [*a, *b) without its ending: gl_text_line_start/_end inlined, as every line is
 * read. */
static inline void gl_msg_line(const gl_msg_ctx *c, unsigned l, size_t *a, size_t *b)
{
	const gl_text *t = &c->t;
	size_t e = l < t->line_starts.len ? t->line_starts.items[l] : t->len;
	*a = t->line_starts.items[l - 1];
	while (e > *a && (t->data[e - 1] == '\n' || t->data[e - 1] == '\r'))
		e--;
	*b = e;
}

/* Finds the references, decisions and breaking-change notes of every line into c->m. */
void gl_msg_scan_refs(gl_msg_ctx *c);

/*
 * Orders the candidates by position, drops the built-in ones a configured
 * ticket overlaps and the pull request's own number, keeps each reference
 * and decision once (a later mention may add that it closes), and writes
 * m->refs and m->decisions into the message's arena.
 */
void gl_msg_emit(gl_msg_ctx *c, gl_msg_cand *cands, size_t n);

typedef struct gl_msg_word {
	const char *word; /* folded: lower case, "tilføj" */
	gl_change_kind kind;
} gl_msg_word;

/* The words that say what a change is, sorted by strcmp for a binary search. */
extern const gl_msg_word gl_msg_words[];
extern const size_t gl_msg_word_count;

/*
 * The kind the first words of a subject say, after bullets and ticket
 * prefixes ("AR-519: ", "[#55444] ", a configured pattern at the start, a
 * bracketed word such as "[Docs]"): UNCLASSIFIED when they say nothing.
 */
gl_change_kind gl_msg_kind_of_words(gl_msg_ctx *c, const char *s, size_t len);

/* The kind one word (or "speed up"-like phrase) says, or UNCLASSIFIED. */
gl_change_kind gl_msg_kind_of_word(const char *s, size_t len);

/*
 * What the first words after the prefixes, s[0..len), say together, where
 * `first` is what the first alone says: housekeeping (OTHER, and it sets
 * c->m->housekeeping), a dependency, documentation, performance, a second word
 * after one that says nothing ("Minor fixes"); else `first`.
 */
gl_change_kind gl_msg_kind_of_phrase(gl_msg_ctx *c, const char *s, size_t len,
				     gl_change_kind first);

/* Whether a description's first words are housekeeping ("1.2.0", "update CHANGELOG.md"). */
bool gl_msg_is_housekeeping(const char *s, size_t len);

/* What the branch a Git merge subject names says (gl_change_kind_of_branch), or UNCLASSIFIED. */
gl_change_kind gl_msg_kind_of_merge(const char *s, size_t len);

/* A Conventional Commits type tools know: its group; UNCLASSIFIED for any other. */
gl_change_kind gl_msg_kind_of_known_type(const char *type, size_t len);

/*
 * Lower-cases ASCII and the Latin-1 capitals (Æ, Ø, Å, …) of s[0..len) into
 * out, which holds cap bytes. Returns len, or 0 when it does not fit.
 */
size_t gl_msg_fold(char *out, size_t cap, const char *s, size_t len);

/* Whether the folded word is one of `list` (lower case, NULL-terminated). */
bool gl_msg_folded_in(const char *folded, const char *const *list);

/* Whether s[0..len), folded, is one of `list`. */
bool gl_msg_word_in(const char *s, size_t len, const char *const *list);

#endif
