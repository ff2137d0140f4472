/* govlog_commit_check: one message's rules, on the outline and footers every reader shares. */
#include "commit/commit.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag/diag.h"
#include "util/error.h"
#include "commit/footers.h"
#include "commit/message_internal.h"
#include "util/match.h"
#include "util/text.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/escape.h"
#include "util/ascii.h"
#include "util/banned.h"

static const char *const default_types[] = {"feat", "fix",   "docs", "style", "refactor", "perf",
					    "test", "build", "ci",   "chore", "revert"};

typedef struct message {
	govlog_diag_list *out;
	const char *name;
	gl_text t;
	gl_commit_reading r;
	const govlog_commit_options *o;
	const gl_match *const *refs; /* the configured reference patterns, compiled */
	size_t ref_count;
} message;

static const char *line_of(const message *m, unsigned line, size_t *len)
{
	size_t a = gl_text_line_start(&m->t, line);
	*len = gl_text_line_end(&m->t, line) - a;
	return m->t.data + a;
}

void gl_commit_read(gl_commit_reading *r, const gl_text *t, bool comments)
{
	const gl_outline *o = &r->outline;
	gl_outline_read(&r->outline, t, comments);
	r->footers.items = NULL;
	r->footers.len = r->footers.alloc = 0;
	gl_footers_read(&r->footers, t, o->head, o->last, comments);
	r->breaking = o->conventional && o->header.bang;
	for (unsigned l = o->subject + 1; o->subject && !r->breaking && l <= o->last; l++) {
		size_t a = gl_text_line_start(t, l), len = gl_text_line_end(t, l) - a;
		const char *s = t->data + a;
		r->breaking = !(comments && len && s[0] == '#') && gl_footer_breaking(s, len);
	}
}

void gl_commit_reading_release(gl_commit_reading *r)
{
	gl_vec_free(&r->footers);
}

static bool listed(const char *const *list, size_t n, const char *word, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && !strncasecmp(list[i], word, len))
			return true;
	return false;
}

bool gl_commit_default_type(const char *type, size_t len)
{
	return listed(default_types, GL_ARRAY_SIZE(default_types), type, len);
}

/* The hint of an unknown type or scope: "allowed: feat fix …". */
static void allowed(gl_buf *hint, govlog_lang lang, const char *const *list, size_t n)
{
	gl_buf_puts(hint, gl_lang_text(lang, GL_T_COMMIT_ALLOWED));
	for (size_t i = 0; i < n; i++)
		gl_buf_printf(hint, " %s", list[i]);
}

/* Each scope ("index", or "index,cli") in s[from..to) must be one commits.scopes allows. */
static void check_scope(message *m, const char *s, size_t from, size_t to)
{
	for (size_t i = from; m->o->scopes && i < to;) {
		size_t n = 0;
		while (i + n < to && s[i + n] != ',' && s[i + n] != '/')
			n++;
		while (n && s[i] == ' ')
			i++, n--;
		if (n && !listed(m->o->scopes, m->o->scope_count, s + i, n)) {
			gl_buf hint = GL_BUF_INIT;
			allowed(&hint, gl_diag_list_lang(m->out), m->o->scopes, m->o->scope_count);
			gl_diag_addt(m->out, GL_RULE_COMMIT_SCOPE, m->name,
				     (govlog_pos){m->r.outline.subject,
						  (unsigned)gl_utf8_count(s, i) + 1},
				     hint.ptr, GL_T_COMMIT_SCOPE_UNKNOWN, (int)n, s + i);
			gl_buf_release(&hint);
		}
		i += n + 1;
	}
}

/* How many digits s starts with. */
static size_t digits(const char *s, size_t len)
{
	size_t n = 0;
	while (n < len && gl_isdigit(s[n]))
		n++;
	return n;
}

/* A ticket key s starts with: "AR-519", "OS2FORMS-361", "gh-104584"; its length, 0 when none. */
static size_t key_len(const char *s, size_t len)
{
	size_t n = 0;
	while (n < len && (gl_isalnum(s[n]) || s[n] == '_'))
		n++;
	if (!n || !gl_isalpha(s[0]) || n + 1 >= len || s[n] != '-')
		return 0;
	size_t d = digits(s + n + 1, len - n - 1), end = n + 1 + d;
	return d && (end == len || !gl_isalnum(s[end])) ? end : 0;
}

/*
 * The ticket a subject starts with, as teams write it in place of a type:
 * "DISPLAY-1080: …", "OS2FORMS-361 …", "gh-104584: …", Redmine's "[#55444] …",
 * "#12 …", "358: …". Its length; 0 when it starts with none.
 */
static size_t ticket_at_start(const char *s, size_t len)
{
	size_t n = 0;
	if (len > 2 && s[0] == '[' && s[1] == '#') {
		n = 2 + digits(s + 2, len - 2);
		return n > 2 && n < len && s[n] == ']' ? n + 1 : 0;
	}
	if (len > 1 && s[0] == '#') {
		n = 1 + digits(s + 1, len - 1);
		return n > 1 && (n == len || !gl_isalnum(s[n])) ? n : 0;
	}
	if ((n = digits(s, len)) > 0)
		return n < len && s[n] == ':' ? n : 0;
	return key_len(s, len);
}

/* The type the first word of a description says ("ret" and "fix" a fix), feat by default. */
static const char *type_of_words(const char *s, size_t len)
{
	size_t w = 0;
	while (w < len && !gl_isspace(s[w]) && s[w] != ':' && s[w] != ',')
		w++;
	switch (gl_msg_kind_of_word(s, w)) {
	case GL_CHANGE_FIX:
	case GL_CHANGE_SECURITY:
		return "fix";
	case GL_CHANGE_DOCS:
		return "docs";
	case GL_CHANGE_PERF:
		return "perf";
	case GL_CHANGE_DEPS:
	case GL_CHANGE_OTHER:
		return "chore";
	default:
		return "feat";
	}
}

/* The hint's example: a header with the subject's own words after a ticket, and the trailer. */
static void ticket_example(gl_buf *hint, govlog_lang lang, const char *s, size_t len, size_t key)
{
	size_t d = key;
	while (d < len && (s[d] == ':' || s[d] == '-' || gl_isspace(s[d])))
		d++;
	gl_buf_printf(hint, "\n    %s %s: ", gl_lang_text(lang, GL_T_COMMIT_EXAMPLE),
		      type_of_words(s + d, len - d));
	if (d < len)
		gl_buf_put(hint, s + d, len - d);
	else
		gl_buf_puts(hint, gl_lang_text(lang, GL_T_COMMIT_EXAMPLE_DESCRIPTION));
	/* "358: …" is an issue's number, which a trailer writes #358; Redmine's "[#358]" too */
	gl_buf ref = GL_BUF_INIT;
	if (s[0] == '[')
		gl_buf_put(&ref, s + 1, key - 2);
	else
		gl_buf_printf(&ref, "%s%.*s", gl_isdigit(s[0]) ? "#" : "", (int)key, s);
	gl_buf_puts(hint, "\n    ");
	gl_lang_printf(hint, lang, GL_T_COMMIT_TICKET_TRAILER, (int)ref.len, ref.ptr);
	gl_buf_release(&ref);
}

/* What the parser says where a header stops, in the list's language. */
static gl_text_id stop_text(gl_header_stop stop)
{
	switch (stop) {
	case GL_HEADER_NO_CLOSE:
		return GL_T_COMMIT_SCOPE_UNCLOSED;
	case GL_HEADER_NO_COLON:
		return GL_T_COMMIT_NO_COLON;
	case GL_HEADER_NO_SPACE:
		return GL_T_COMMIT_NO_SPACE;
	case GL_HEADER_NO_SUBJECT:
		return GL_T_COMMIT_NO_DESCRIPTION;
	default:
		return GL_T_COMMIT_STARTS_WITH_TYPE;
	}
}

/*
 * Why the header s[0..len) fails, as the first line of the hint, and where
 * (a byte of s: where the parser stops): a ticket in place of the type, words before a ':' that
 * comes too late, else what the parser says. Returns the ticket's length,
 * 0 when the subject starts with none.
 */
static size_t header_why(gl_buf *hint, govlog_lang lang, const gl_header *h, const char *s,
			 size_t len, size_t *at)
{
	const char *colon = memchr(s + h->at, ':', len - h->at);
	bool no_colon = h->stop == GL_HEADER_NO_COLON;
	size_t key = no_colon || h->stop == GL_HEADER_NO_TYPE ? ticket_at_start(s, len) : 0;
	size_t before = colon ? (size_t)(colon - s) : 0;
	while (before > h->at && gl_isspace(s[before - 1]))
		before--;
	*at = h->at;
	if (key) /* "AR-519: …" */
		gl_lang_printf(hint, lang, GL_T_COMMIT_TICKET_NOT_TYPE, (int)key, s);
	else if (no_colon && colon && h->at == h->type_len && before > h->type_len)
		gl_lang_printf(hint, lang, GL_T_COMMIT_NOT_TYPE, (int)before, s); /* "Fix a: …" */
	else if (no_colon && colon) /* "feat : …", "feat(ui) add: …" */
		gl_buf_puts(hint, gl_lang_text(lang, GL_T_COMMIT_COLON_LATE));
	else
		gl_buf_puts(hint, gl_lang_text(lang, stop_text(h->stop)));
	return key;
}

/*
 * The hint of a subject that is no header: why, the line with a caret under
 * the byte `at` (set here), and an example; false when the header holds.
 */
static bool header_fails(const message *m, const char *line, size_t len, size_t *at, gl_buf *hint)
{
	const gl_outline *o = &m->r.outline;
	govlog_lang lang = gl_diag_list_lang(m->out);
	size_t key = 0;
	if (line != o->text) { /* blanks before the type */
		*at = 0;
		gl_buf_puts(hint, gl_lang_text(lang, GL_T_COMMIT_STARTS_WITH_TYPE));
	} else if (!o->conventional) {
		key = header_why(hint, lang, &o->header, o->text, o->text_len, at);
	} else if (o->header.has_scope && !o->header.scope_len) {
		*at = o->header.scope;
		gl_buf_puts(hint, gl_lang_text(lang, GL_T_COMMIT_SCOPE_EMPTY));
	} else {
		return false;
	}
	/* The excerpt as the terminal shows it: the caret counts the escapes' width too. */
	gl_buf shown = GL_BUF_INIT;
	gl_esc_text(&shown, line, *at < len ? *at : len, 0);
	size_t width = gl_utf8_count(shown.ptr, shown.len);
	gl_buf_puts(hint, "\n        ");
	gl_esc_text(hint, line, len, 0);
	gl_buf_puts(hint, "\n        ");
	for (size_t i = 0; i < width; i++)
		gl_buf_putc(hint, ' ');
	gl_buf_release(&shown);
	gl_buf_putc(hint, '^');
	if (key)
		ticket_example(hint, lang, o->text, o->text_len, key);
	else
		gl_buf_printf(hint, "\n    %s feat(index): %s",
			      gl_lang_text(lang, GL_T_COMMIT_EXAMPLE),
			      gl_lang_text(lang, GL_T_COMMIT_EXAMPLE_DESCRIPTION));
	return true;
}

static void check_type(message *m, const char *type, size_t type_len)
{
	const char *const *types = m->o->types ? m->o->types : default_types;
	size_t ntypes = m->o->types ? m->o->type_count : GL_ARRAY_SIZE(default_types);
	if (listed(types, ntypes, type, type_len))
		return;
	gl_buf hint = GL_BUF_INIT;
	allowed(&hint, gl_diag_list_lang(m->out), types, ntypes);
	gl_diag_addt(m->out, GL_RULE_COMMIT_TYPE, m->name, (govlog_pos){m->r.outline.subject, 1},
		     hint.ptr, GL_T_COMMIT_TYPE_UNKNOWN, (int)type_len, type);
	gl_buf_release(&hint);
}

static void check_header(message *m, size_t *type_len, const char **type)
{
	const gl_outline *o = &m->r.outline;
	size_t len, at;
	const char *s = line_of(m, o->subject, &len);
	*type = s;
	*type_len = 0;
	gl_buf hint = GL_BUF_INIT;
	if (header_fails(m, s, len, &at, &hint)) {
		gl_diag_addt(m->out, GL_RULE_COMMIT_FORMAT, m->name,
			     (govlog_pos){o->subject, (unsigned)gl_utf8_count(s, at) + 1}, hint.ptr,
			     GL_T_COMMIT_NOT_HEADER);
		gl_buf_release(&hint);
		return;
	}
	gl_buf_release(&hint);
	*type_len = o->header.type_len;
	check_type(m, s, *type_len);
	check_scope(m, s, o->header.scope, o->header.scope + o->header.scope_len);
	govlog_lang lang = gl_diag_list_lang(m->out);
	if (o->line[o->line_len - 1] == '.')
		gl_diag_addt(m->out, GL_RULE_COMMIT_SUBJECT, m->name,
			     (govlog_pos){o->subject, (unsigned)gl_utf8_count(s, o->line_len)},
			     gl_lang_text(lang, GL_T_COMMIT_FULL_STOP_HINT), GL_T_COMMIT_FULL_STOP);
	if (gl_utf8_count(s, o->line_len) > 72)
		gl_diag_addt(m->out, GL_RULE_COMMIT_SUBJECT, m->name, (govlog_pos){o->subject, 73},
			     gl_lang_text(lang, GL_T_COMMIT_TOO_LONG_HINT), GL_T_COMMIT_TOO_LONG,
			     gl_utf8_count(s, o->line_len));
}

static bool is_reference_footer(const gl_footer *f)
{
	return gl_footer_is(f, "Refs") || gl_footer_is(f, "Fixes") || gl_footer_is(f, "Closes") ||
	       gl_footer_is(f, "Resolves");
}

static size_t word_len(const char *s, size_t len)
{
	size_t n = 0;
	while (n < len &&
	       (gl_isalnum(s[n]) || s[n] == '-' || s[n] == '_' || s[n] == '.' || s[n] == '/'))
		n++;
	return n;
}

/* An issue reference govlog always understands: #12, owner/repo#12, !580, a URL, AR-519. */
static bool is_builtin_reference(const char *s, size_t len)
{
	if (len > 1 && (s[0] == '#' || s[0] == '!'))
		return digits(s + 1, len - 1) > 0;
	if (len > 2 && s[0] == '[' && s[1] == '#') /* Redmine: [#55444] */
		return digits(s + 2, len - 2) > 0;
	if ((len > 8 && !strncmp(s, "https://", 8)) || (len > 7 && !strncmp(s, "http://", 7)))
		return true;
	size_t w = word_len(s, len), k = key_len(s, len);
	const char *hash = memchr(s, '#', len);
	if (hash && strchr("/", *s) == NULL && memchr(s, '/', (size_t)(hash - s)))
		return digits(hash + 1, len - (size_t)(hash + 1 - s)) > 0;
	return k && k == w;
}

static bool matches_configured(const message *m, const char *s, size_t len)
{
	size_t a, b;
	for (size_t i = 0; i < m->ref_count; i++)
		if (gl_match_find(m->refs[i], s, len, 0, &a, &b))
			return true;
	return false;
}

/* Each comma-separated item of a Refs:/Fixes: value must name an issue or ticket. */
static void check_reference_value(message *m, const gl_footer *f)
{
	for (size_t i = 0; i < f->value_len;) {
		while (i < f->value_len && (f->value[i] == ' ' || f->value[i] == ','))
			i++;
		size_t n = 0;
		while (i + n < f->value_len && f->value[i + n] != ',')
			n++;
		while (n && f->value[i + n - 1] == ' ')
			n--;
		const char *item = f->value + i;
		if (n && !is_builtin_reference(item, n) && !matches_configured(m, item, n))
			gl_diag_addt(
				m->out, GL_RULE_COMMIT_REFS, m->name,
				(govlog_pos){f->line, (unsigned)gl_utf8_count(
							      f->token, (size_t)(item - f->token)) +
							      1},
				gl_lang_text(gl_diag_list_lang(m->out), GL_T_COMMIT_REF_NONE_HINT),
				GL_T_COMMIT_REF_NONE, (int)n, item);
		i += n + 1;
	}
}

/* The state a decision a commit names is in, instead of accepted. */
static void not_accepted(message *m, govlog_pos at, const govlog_record *r)
{
	govlog_lang lang = gl_diag_list_lang(m->out);
	const char *hint = gl_lang_text(lang, GL_T_COMMIT_DECISION_NOT_ACCEPTED_HINT);
	gl_text_id state = GL_T_COMMIT_STATE_UNKNOWN;
	switch (govlog_record_status(r)) {
	case GOVLOG_STATUS_NONE:
		gl_diag_addt(m->out, GL_RULE_COMMIT_DECISION, m->name, at, hint,
			     GL_T_COMMIT_DECISION_NO_STATUS, govlog_record_id(r));
		return;
	case GOVLOG_STATUS_PROPOSED:
		state = GL_T_COMMIT_STATE_PROPOSED;
		break;
	case GOVLOG_STATUS_REJECTED:
		state = GL_T_COMMIT_STATE_REJECTED;
		break;
	case GOVLOG_STATUS_DEPRECATED:
		state = GL_T_COMMIT_STATE_DEPRECATED;
		break;
	case GOVLOG_STATUS_SUPERSEDED:
		state = GL_T_COMMIT_STATE_SUPERSEDED;
		break;
	default:
		break;
	}
	gl_diag_addt(m->out, GL_RULE_COMMIT_DECISION, m->name, at, hint,
		     GL_T_COMMIT_DECISION_NOT_ACCEPTED, govlog_record_id(r),
		     gl_lang_text(lang, state));
}

/* Each ID of a Decision: trailer must be a record of the log, and accepted. */
static void check_decision(message *m, const gl_footer *f, const govlog_log *log)
{
	govlog_lang lang = gl_diag_list_lang(m->out);
	const char *v = f->value;
	size_t len = f->value_len, col0 = (size_t)(v - f->token);
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
		govlog_pos at = {f->line, (unsigned)(col0 + i + 1)};
		if (!r)
			gl_diag_addt(m->out, GL_RULE_COMMIT_DECISION, m->name, at,
				     gl_lang_text(lang, GL_T_COMMIT_DECISION_UNKNOWN_HINT),
				     GL_T_COMMIT_DECISION_UNKNOWN, id);
		else if (govlog_record_status(r) != GOVLOG_STATUS_ACCEPTED)
			not_accepted(m, at, r);
		free(id);
		i += n;
	}
}

/* A footer one reading sees and the other does not. */
static void check_agreement(message *m, const gl_footer *f)
{
	if (f->conventional == f->git)
		return;
	gl_text_id hint;
	if (!f->git && f->separator == '#')
		hint = GL_T_COMMIT_TRAILER_HASH_HINT;
	else if (!f->git && memchr(f->token, ' ', f->token_len))
		hint = GL_T_COMMIT_TRAILER_BREAKING_HINT;
	else if (!f->git)
		hint = GL_T_COMMIT_TRAILER_LAST_HINT;
	else
		hint = GL_T_COMMIT_TRAILER_FIRST_HINT;
	size_t shown = (size_t)(f->value + f->value_len - f->token);
	gl_diag_addt(m->out, GL_RULE_COMMIT_TRAILER, m->name, (govlog_pos){f->line, 1},
		     gl_lang_text(gl_diag_list_lang(m->out), hint),
		     f->git ? GL_T_COMMIT_TRAILER_GIT_ONLY : GL_T_COMMIT_TRAILER_CC_ONLY,
		     (int)(shown > 60 ? 60 : shown), f->token);
}

static bool needs_reference(const message *m, const char *type, size_t type_len)
{
	const govlog_commit_options *o = m->o;
	return listed(o->require_refs, o->require_refs_count, "*", 1) ||
	       (type_len && listed(o->require_refs, o->require_refs_count, type, type_len));
}

static void check_footers(message *m, const char *type, size_t type_len, const govlog_log *log)
{
	const gl_outline *o = &m->r.outline;
	bool has_ref = false;
	for (size_t i = 0; i < m->r.footers.len; i++) {
		const gl_footer *f = &m->r.footers.items[i];
		check_agreement(m, f);
		if (is_reference_footer(f)) {
			has_ref = true;
			check_reference_value(m, f);
		}
		if (log && gl_footer_is(f, "Decision"))
			check_decision(m, f, log);
	}
	size_t end = gl_text_line_end(&m->t, o->last);
	if (!has_ref && needs_reference(m, type, type_len) &&
	    !matches_configured(m, m->t.data, end))
		gl_diag_addt(m->out, GL_RULE_COMMIT_REFS, m->name, (govlog_pos){o->subject, 1},
			     gl_lang_text(gl_diag_list_lang(m->out), GL_T_COMMIT_REFS_NEEDED_HINT),
			     GL_T_COMMIT_REFS_NEEDED, type_len ? (int)type_len : 6,
			     type_len ? type : "commit");
}

void gl_commit_check(govlog_diag_list *out, const char *name, const char *text, size_t len,
		     const govlog_log *log, const govlog_commit_options *opts,
		     const gl_match *const *refs, size_t ref_count)
{
	message m = {.out = out, .name = name, .o = opts, .refs = refs, .ref_count = ref_count};
	gl_text_init(&m.t, text, len);
	gl_commit_read(&m.r, &m.t, opts->comments);
	size_t type_len = 0;
	const char *type = NULL;
	if (!m.r.outline.subject) {
		gl_diag_addt(out, GL_RULE_COMMIT_FORMAT, name, (govlog_pos){0, 0}, NULL,
			     GL_T_COMMIT_EMPTY);
	} else if (m.r.outline.form == GL_FORM_NONE) { /* Git's and the platforms' forms pass */
		if (opts->conventional)
			check_header(&m, &type_len, &type);
		check_footers(&m, type, type_len, log);
	}
	gl_commit_reading_release(&m.r);
	gl_text_release(&m.t);
	govlog_diag_list_sort(out);
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
	GL_VEC(gl_match *) refs = {0};
	int rc = 0;
	for (size_t i = 0; !rc && i < opts->reference_count; i++) {
		gl_match *p = NULL;
		if ((rc = gl_match_compile(&p, opts->references[i], 0)) == 0)
			gl_vec_push(&refs, p);
	}
	if (!rc)
		gl_commit_check(out, name, text, len, log, opts,
				(const gl_match *const *)refs.items, refs.len);
	for (size_t i = 0; i < refs.len; i++)
		gl_match_free(refs.items[i]);
	gl_vec_free(&refs);
	return rc;
}
