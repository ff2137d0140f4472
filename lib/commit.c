/* govlog_commit_check: Conventional Commits headers and trailers of one commit message. */
#include "govlog/commit.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag_internal.h"
#include "error.h"
#include "text.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/banned.h"

static const char *const default_types[] = {"feat", "fix",   "docs", "style", "refactor", "perf",
					    "test", "build", "ci",   "chore", "revert"};

typedef struct message {
	govlog_diag_list *out;
	const char *name;
	gl_text t;
	unsigned subject; /* line of the subject */
	unsigned last;    /* last line before Git's comments and scissors */
	const govlog_commit_options *o;
} message;

static const char *line_of(const message *m, unsigned line, size_t *len)
{
	size_t a = gl_text_line_start(&m->t, line);
	*len = gl_text_line_end(&m->t, line) - a;
	return m->t.data + a;
}

static bool is_comment(const message *m, unsigned line)
{
	size_t len;
	return *line_of(m, line, &len) == '#';
}

static bool has_scissors(const char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++)
		if (s[i] == '>' && s[i + 1] == '8')
			return true;
	return false;
}

/* The subject, and where Git's "# --- >8 ---" scissors end the message. */
static void find_lines(message *m)
{
	unsigned n = gl_text_line_count(&m->t);
	m->subject = 0;
	m->last = n;
	for (unsigned l = 1; l <= n; l++) {
		size_t len;
		const char *s = line_of(m, l, &len);
		if (len >= 10 && s[0] == '#' && has_scissors(s, len)) {
			m->last = l - 1;
			break;
		}
		if (!m->subject && len && !is_comment(m, l))
			m->subject = l;
	}
}

/* Merges, reverts and the autosquash prefixes are Git's own forms, not headers. */
static bool is_git_form(const char *s, size_t len)
{
	static const char *const forms[] = {"Merge ", "Revert \"", "fixup! ", "squash! ",
					    "amend! "};
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
		if (len >= strlen(forms[i]) && !strncmp(s, forms[i], strlen(forms[i])))
			return true;
	return false;
}

/* The line, a caret under column `col` (bytes, 0-based), and an example. */
static void caret_hint(gl_buf *hint, const char *s, size_t len, size_t col, const char *why)
{
	gl_buf_puts(hint, why);
	gl_buf_puts(hint, "\n        ");
	gl_buf_put(hint, s, len);
	gl_buf_puts(hint, "\n        ");
	size_t width = gl_utf8_count(s, col < len ? col : len);
	for (size_t i = 0; i < width; i++)
		gl_buf_putc(hint, ' ');
	gl_buf_puts(hint, "^\n    e.g.: feat(index): write the table between its markers");
}

/* type(scope)!: description — the byte where it goes wrong, or len + 1 when it holds. */
static size_t parse_header(const char *s, size_t len, size_t *type_len, size_t *desc,
			   const char **why)
{
	size_t i = 0;
	while (i < len && isalpha((unsigned char)s[i]))
		i++;
	*type_len = i;
	if (!i)
		return *why = "a header starts with its type, such as feat or fix", 0;
	if (i < len && s[i] == '(') {
		size_t close = i + 1;
		while (close < len && s[close] != ')' && s[close] != '(')
			close++;
		if (close >= len || s[close] != ')' || close == i + 1)
			return *why = "the scope needs a closing ')'", close;
		i = close + 1;
	}
	if (i < len && s[i] == '!')
		i++;
	if (i >= len || s[i] != ':')
		return *why = "expected ':' after the type and scope", i;
	if (i + 1 >= len || s[i + 1] != ' ')
		return *why = "expected a space after ':'", i + 1;
	*desc = i + 2;
	if (*desc >= len)
		return *why = "the description is missing", *desc;
	return len + 1;
}

static bool listed(const char *const *list, size_t n, const char *word, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && !strncasecmp(list[i], word, len))
			return true;
	return false;
}

static void check_header(message *m, size_t *type_len, const char **type)
{
	size_t len, desc = 0;
	const char *s = line_of(m, m->subject, &len), *why = NULL;
	size_t at = parse_header(s, len, type_len, &desc, &why);
	*type = s;
	if (at <= len) {
		gl_buf hint = GL_BUF_INIT;
		caret_hint(&hint, s, len, at, why);
		gl_diag_add(m->out, GL_RULE_COMMIT_FORMAT, m->name,
			    (govlog_pos){m->subject, (unsigned)gl_utf8_count(s, at) + 1}, hint.ptr,
			    "the subject is not 'type(scope): description'");
		gl_buf_release(&hint);
		*type_len = 0;
		return;
	}
	const char *const *types = m->o->types ? m->o->types : default_types;
	size_t ntypes =
		m->o->types ? m->o->type_count : sizeof(default_types) / sizeof(*default_types);
	if (!listed(types, ntypes, s, *type_len)) {
		gl_buf hint = GL_BUF_INIT;
		gl_buf_puts(&hint, "allowed:");
		for (size_t i = 0; i < ntypes; i++)
			gl_buf_printf(&hint, " %s", types[i]);
		gl_diag_add(m->out, GL_RULE_COMMIT_TYPE, m->name, (govlog_pos){m->subject, 1},
			    hint.ptr, "unknown commit type '%.*s'", (int)*type_len, s);
		gl_buf_release(&hint);
	}
	if (s[len - 1] == '.')
		gl_diag_add(m->out, GL_RULE_COMMIT_SUBJECT, m->name,
			    (govlog_pos){m->subject, (unsigned)gl_utf8_count(s, len)},
			    "a subject is a title: no full stop", "the description ends with '.'");
	if (gl_utf8_count(s, len) > 72)
		gl_diag_add(m->out, GL_RULE_COMMIT_SUBJECT, m->name, (govlog_pos){m->subject, 73},
			    "keep the subject to 72 characters; say more in the body",
			    "the subject is %zu characters long", gl_utf8_count(s, len));
}

/* "Refs: #12", "Fixes #3", "BREAKING CHANGE: …": the token's length, or 0. */
static size_t trailer_token(const char *s, size_t len)
{
	if (len > 16 && !strncmp(s, "BREAKING CHANGE:", 16))
		return 15;
	size_t i = 0;
	while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '-'))
		i++;
	if (!i || i + 1 >= len)
		return 0;
	return (s[i] == ':' && s[i + 1] == ' ') || (s[i] == ' ' && s[i + 1] == '#') ? i : 0;
}

/* The first line of the trailer block: the last paragraph, when every line is a trailer. */
static unsigned trailer_start(const message *m)
{
	unsigned last = m->last, first;
	size_t len;
	while (last > m->subject && (is_comment(m, last) || (line_of(m, last, &len), !len)))
		last--;
	for (first = last; first > m->subject; first--) {
		const char *s = line_of(m, first, &len);
		if (!len)
			break;
		if (!is_comment(m, first) && !trailer_token(s, len) && !isspace((unsigned char)*s))
			return 0;
	}
	return first < last && first > m->subject ? first + 1 : 0;
}

static bool is_reference_token(const char *s, size_t n)
{
	return (n == 4 && !strncasecmp(s, "Refs", 4)) || (n == 5 && !strncasecmp(s, "Fixes", 5)) ||
	       (n == 6 && !strncasecmp(s, "Closes", 6));
}

/* Each ID of a Decision: trailer must be a record of the log, and accepted. */
static void check_decision(message *m, unsigned line, const char *v, size_t len,
			   const govlog_log *log)
{
	for (size_t i = 0; i < len;) {
		while (i < len && (v[i] == ' ' || v[i] == ','))
			i++;
		size_t n = 0;
		while (i + n < len && v[i + n] != ',' && v[i + n] != ' ')
			n++;
		if (!n)
			break;
		char *id = gl_xstrndup(v + i, n);
		const govlog_record *r = govlog_log_find(log, id);
		govlog_pos at = {line, (unsigned)(i + 11)};
		if (!r)
			gl_diag_add(m->out, GL_RULE_COMMIT_DECISION, m->name, at,
				    "name an accepted decision by its ID, e.g. Decision: ADR-0007",
				    "Decision: '%s' is no record of the decision log", id);
		else if (govlog_record_status(r) != GOVLOG_STATUS_ACCEPTED)
			gl_diag_add(m->out, GL_RULE_COMMIT_DECISION, m->name, at,
				    "a commit implements a decision once it is accepted",
				    "Decision: %s is %s, not accepted", govlog_record_id(r),
				    govlog_status_name(govlog_record_status(r)));
		free(id);
		i += n;
	}
}

static void check_trailers(message *m, const char *type, size_t type_len, const govlog_log *log)
{
	unsigned first = trailer_start(m);
	bool has_ref = false;
	for (unsigned l = first; first && l <= m->last; l++) {
		size_t len, n;
		const char *s = line_of(m, l, &len);
		if (is_comment(m, l) || !(n = trailer_token(s, len)))
			continue;
		has_ref = has_ref || is_reference_token(s, n);
		if (log && n == 8 && !strncasecmp(s, "Decision", 8))
			check_decision(m, l, s + 10, len - 10, log);
	}
	if (type_len && !has_ref &&
	    listed(m->o->require_refs, m->o->require_refs_count, type, type_len))
		gl_diag_add(m->out, GL_RULE_COMMIT_REFS, m->name, (govlog_pos){m->subject, 1},
			    "end the message with a trailer naming the request: 'Refs: #123'",
			    "a %.*s commit needs a Refs:, Fixes: or Closes: trailer", (int)type_len,
			    type);
}

int govlog_commit_check(govlog_diag_list *out, const char *name, const char *text, size_t len,
			const govlog_log *log, const govlog_commit_options *opts)
{
	govlog_commit_options defaults = GOVLOG_COMMIT_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (opts->version != GOVLOG_COMMIT_OPTIONS_VERSION)
		return gl_error_set(GOVLOG_EINVALID, "unsupported commit options version %u",
				    opts->version);
	message m = {.out = out, .name = name, .o = opts};
	gl_text_init(&m.t, text, len);
	find_lines(&m);
	size_t slen = 0, type_len = 0;
	const char *type = NULL, *subject = m.subject ? line_of(&m, m.subject, &slen) : NULL;
	if (subject && !is_git_form(subject, slen)) {
		check_header(&m, &type_len, &type);
		check_trailers(&m, type, type_len, log);
	} else if (!m.subject) {
		gl_diag_add(out, GL_RULE_COMMIT_FORMAT, name, (govlog_pos){0, 0}, NULL,
			    "the commit message is empty");
	}
	gl_text_release(&m.t);
	govlog_diag_list_sort(out);
	return 0;
}
