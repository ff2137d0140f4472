/*
 * date/swapped and date/text-mismatch: dates in a record's text against the
 * record's own date.
 *
 * A day-first date in the text ("03-04-2026") that reads as another day than
 * the record's, but is the record's date with day and month swapped, was
 * written month first. "04-03-2026" in a record of 2026-03-04 is that same
 * day read day first, as date.c reads it: no finding. ISO dates read one way
 * only: a later ISO date that happens to swap the record's (a review a month
 * on) is just a date.
 *
 * "Besluttet / vedtaget / godkendt / decided / accepted / approved" followed
 * within a few words by a date says when the decision was made; a day the
 * record's date cannot mean is a contradiction (another day than an OS2
 * record's Dato; a day after a MADR record was last updated; a day before an
 * adr-tools record was written). Not when the words refer to
 * another decision ("som besluttet den …", "as decided in ADR-0004 on …"),
 * look ahead ("forventes godkendt den …", "to be approved on …"), sit in an
 * unticked checkbox, in code or in a comment, or the record is rejected,
 * deprecated or superseded (its date then tells when that happened).
 */
#include "check/rules/rules.h"

#include <string.h>
#include <strings.h>

#include "record/date.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/banned.h"

enum { WINDOW_WORDS = 6, WINDOW_BYTES = 80 };

typedef struct scan {
	const gl_rule_ctx *ctx;
	const char *s; /* the record's text */
	size_t len;
	bool mismatch_said; /* one date/text-mismatch per record is enough */
} scan;

static bool word_char(char c)
{
	return gl_isalnum(c) || (unsigned char)c >= 0x80;
}

/* A day-first date at s[at] (digits and . - /), read as date.c reads it. */
static void numeric_date(scan *sc, size_t at, size_t end)
{
	size_t n = 0;
	while (at + n < end && (gl_isdigit(sc->s[at + n]) || strchr("./-", sc->s[at + n])))
		n++;
	while (n && strchr("./-", sc->s[at + n - 1]))
		n--;
	gl_date d;
	/* ISO reads one way only; a day-first date is what another hand writes month first */
	if (n < 8 || n > 10 || (at + n < end && word_char(sc->s[at + n])) ||
	    gl_date_parse(sc->s + at, n, &d) != GL_DATE_OK || d.form == GL_DATE_TEXT ||
	    d.form == GL_DATE_ISO)
		return;
	const govlog_record *r = sc->ctx->r;
	char iso[11], alt[11];
	gl_date_iso(&d, iso);
	gl_date_swapped_iso(r->date_iso, alt);
	if (!alt[0] || strcmp(iso, alt))
		return;
	gl_buf written = GL_BUF_INIT;
	gl_buf_put(&written, sc->s + at, n);
	govlog_diag_list *out = sc->ctx->out;
	const char *hint = gl_lang_text(gl_diag_list_lang(out), GL_T_DATE_SWAPPED_HINT);
	gl_diag_addt(out, GL_RULE_DATE_SWAPPED, r->path, gl_text_pos(&r->text, at), hint,
		     GL_T_DATE_SWAPPED, written.ptr, iso, r->date_iso);
	gl_buf_release(&written);
}

static bool word_is(const char *s, size_t len, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && !strncasecmp(list[i], s, len))
			return true;
	return false;
}

static bool is_decided_word(const char *s, size_t len)
{
	char c = gl_tolower(s[0]);
	if (len < 6 || len > 10 || (c != 'b' && c != 'v' && c != 'g' && c != 'a' && c != 'd'))
		return false;
	static const char *const words[] = {"besluttet", "besluttede", "vedtaget",   "vedtog",
					    "godkendt",  "godkendte",  "accepteret", "decided",
					    "accepted",  "approved"};
	return word_is(s, len, words, GL_ARRAY_SIZE(words));
}

/* Words before "besluttet" that make it another decision's, or one still to come. */
static bool is_reference_word(const char *s, size_t len)
{
	static const char *const words[] = {
		"som",     "as",          "tidligere",  "previously", "earlier",   "allerede",
		"already", "oprindeligt", "originally", "forventes",  "forventet", "expected",
		"skal",    "kan",         "vil",        "will",       "to",        "be",
		"ikke",    "not",         "planlagt",   "planned",    "should",    "must",
		"når",     "when",        "if",         "hvis",       "once",      "endnu",
		"yet",     "først",       "blive",      "bliver"};
	return word_is(s, len, words, GL_ARRAY_SIZE(words));
}

/* Whether one of the two words before s[at] on its line makes it a reference. */
static bool referenced(const scan *sc, size_t line_start, size_t at)
{
	size_t p = at;
	for (int k = 0; k < 2; k++) {
		while (p > line_start && !word_char(sc->s[p - 1]))
			p--;
		size_t e = p;
		while (p > line_start && word_char(sc->s[p - 1]))
			p--;
		if (e == p)
			return false;
		if (is_reference_word(sc->s + p, e - p))
			return true;
	}
	return false;
}

/* The date at s[at..end) that ends a word, as short as it reads; its length, or 0. */
static size_t date_at(const scan *sc, size_t at, size_t end, gl_date *d)
{
	size_t max = at + 20 < end ? at + 20 : end;
	for (size_t e = at + 6; e <= max; e++) {
		if (e < end && word_char(sc->s[e]))
			continue;
		if (gl_date_parse(sc->s + at, e - at, d) == GL_DATE_OK)
			return e - at;
	}
	return 0;
}

/* Whether s[at] sits inside a link's text on its line ("[vedtaget 3. maj 2025](0004-….md)"). */
static bool in_link_text(const char *s, size_t line_start, size_t at)
{
	int depth = 0;
	for (size_t i = line_start; i < at; i++)
		depth += s[i] == '[' ? 1 : s[i] == ']' && depth ? -1 : 0;
	return depth > 0;
}

/* Something between the word and the date that names another record or a link. */
static bool names_other(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '[' || s[i] == '#' || s[i] == '(')
			return true;
		if (s[i] == '-' && i && gl_isalpha(s[i - 1]) && i + 1 < len && gl_isdigit(s[i + 1]))
			return true;
	}
	return false;
}

/*
 * Whether the day the text names agrees with what the format's date means.
 * MADR's date is "when the decision was last updated": a decision made before
 * it agrees. adr-tools dates a record the day it is written: one accepted
 * later agrees. Elsewhere (OS2's Dato) the date is the day of the decision.
 */
static bool agrees(const gl_rule_ctx *ctx, const char *said)
{
	int cmp = strcmp(said, ctx->r->date_iso);
	const char *format = ctx->profile ? ctx->profile->name : "";
	return !cmp || (cmp < 0 && !strcmp(format, "madr")) ||
	       (cmp > 0 && !strcmp(format, "nygard"));
}

static void report_mismatch(scan *sc, size_t at, size_t end, const gl_date *d)
{
	const govlog_record *r = sc->ctx->r;
	char iso[11], alt[11];
	gl_date_iso(d, iso);
	gl_date_swapped_iso(r->date_iso, alt);
	/* the day with day and month swapped is date/swapped's to say */
	if (agrees(sc->ctx, iso) || !strcmp(iso, alt))
		return;
	gl_buf said = GL_BUF_INIT;
	gl_buf_put(&said, sc->s + at, end - at);
	govlog_diag_list *out = sc->ctx->out;
	gl_diag_addt(out, GL_RULE_DATE_TEXT_MISMATCH, r->path, gl_text_pos(&r->text, at),
		     gl_lang_text(gl_diag_list_lang(out), GL_T_DATE_TEXT_MISMATCH_HINT),
		     GL_T_DATE_TEXT_MISMATCH, said.ptr, r->date_iso);
	sc->mismatch_said = true;
	gl_buf_release(&said);
}

/* After "besluttet" at s[at..word_end): the first date within a few words of the same sentence. */
static void decided_date(scan *sc, size_t at, size_t word_end, size_t end)
{
	size_t limit = word_end + WINDOW_BYTES < end ? word_end + WINDOW_BYTES : end;
	size_t p = word_end;
	for (int words = 0; words <= WINDOW_WORDS && p < limit;) {
		while (p < limit && !word_char(sc->s[p])) {
			/* a sentence ends: ". Næste", "; ", "!" */
			if (strchr(";!?", sc->s[p]) ||
			    (sc->s[p] == '.' && p + 2 < limit && sc->s[p + 1] == ' ' &&
			     gl_isupper(sc->s[p + 2])))
				return;
			p++;
		}
		gl_date d;
		size_t n = p < limit ? date_at(sc, p, end, &d) : 0;
		if (n) {
			if (!names_other(sc->s + word_end, p - word_end))
				report_mismatch(sc, at, p + n, &d);
			return;
		}
		while (p < limit && word_char(sc->s[p]))
			p++;
		words++;
	}
}

/* "- [ ] Godkendt af styregruppen - Dato: …": a box not ticked is not a fact. */
static bool unticked_box(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && s[i] == ' ')
		i++;
	return i + 5 < len && strchr("-*+", s[i]) && s[i + 1] == ' ' && s[i + 2] == '[' &&
	       s[i + 3] == ' ' && s[i + 4] == ']';
}

static void scan_line(scan *sc, size_t start, size_t end, bool decided_too)
{
	/* every date this rule reads has a digit: most lines have none */
	size_t d = start;
	while (d < end && !gl_isdigit(sc->s[d]))
		d++;
	if (d == end)
		return;
	bool box = unticked_box(sc->s + start, end - start);
	for (size_t i = start; i < end; i++) {
		if (i > start && word_char(sc->s[i - 1]))
			continue;
		if (gl_isdigit(sc->s[i])) {
			numeric_date(sc, i, end);
			continue;
		}
		size_t e = i;
		while (e < end && word_char(sc->s[e]))
			e++;
		if (decided_too && !box && !sc->mismatch_said &&
		    is_decided_word(sc->s + i, e - i) && !referenced(sc, start, i) &&
		    !in_link_text(sc->s, start, i))
			decided_date(sc, i, e, end);
	}
}

static bool starts_with(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && !memcmp(s, prefix, n);
}

static bool closes_comment(const char *s, size_t len)
{
	for (size_t i = 0; i + 3 <= len; i++)
		if (!memcmp(s + i, "-->", 3))
			return true;
	return false;
}

/* The offset after the front matter's closing line, or 0. */
static size_t body_start(const govlog_record *r)
{
	if (!r->has_frontmatter)
		return 0;
	unsigned lines = gl_text_line_count(&r->text);
	for (unsigned n = 2; n <= lines; n++) {
		size_t a = gl_text_line_start(&r->text, n), b = gl_text_line_end(&r->text, n);
		if ((b - a == 3 && (starts_with(r->text.data + a, 3, "---") ||
				    starts_with(r->text.data + a, 3, "..."))))
			return gl_text_line_start(&r->text, n + 1);
	}
	return 0;
}

/*
 * Every line outside code blocks and comments, one by one. The code blocks
 * are the Markdown parser's (indented, fenced, nested in list items), so
 * only comments are told from the lines here.
 */
static void scan_lines(scan *sc, size_t from, bool decided_too)
{
	const govlog_record *r = sc->ctx->r;
	const gl_text *t = &r->text;
	bool comment = false;
	size_t code = 0;
	for (unsigned n = 1; n <= gl_text_line_count(t); n++) {
		size_t a = gl_text_line_start(t, n), b = gl_text_line_end(t, n);
		while (code < r->code.len && r->code.items[code].last < n)
			code++;
		if (a < from || (code < r->code.len && r->code.items[code].first <= n))
			continue;
		/* A comment is indented by any number of spaces: inside a list item or after
		 * a paragraph's line it is still a comment. */
		size_t lead = 0;
		while (a + lead < b && sc->s[a + lead] == ' ')
			lead++;
		bool opens = !comment && starts_with(sc->s + a + lead, b - a - lead, "<!--");
		if (opens || comment) {
			comment = !closes_comment(sc->s + a, b - a);
			continue;
		}
		scan_line(sc, a, b, decided_too);
	}
}

void gl_rules_dates(const gl_rule_ctx *ctx)
{
	const govlog_record *r = ctx->r;
	if (!r->date_iso)
		return;
	bool decided_too = r->status != GOVLOG_STATUS_REJECTED &&
			   r->status != GOVLOG_STATUS_DEPRECATED &&
			   r->status != GOVLOG_STATUS_SUPERSEDED;
	scan sc = {ctx, r->text.data, r->text.len, false};
	size_t from = body_start(r);
	const char *body = sc.s + from;
	if (r->code.len || strstr(body, "<!--")) {
		scan_lines(&sc, from, decided_too);
		return;
	}
	/* No code and no comments: only the lines with a digit need reading. */
	for (size_t p = from; p < sc.len;) {
		size_t d = p + strcspn(sc.s + p, "0123456789");
		if (d >= sc.len)
			break;
		size_t a = d, b = d;
		while (a > p && sc.s[a - 1] != '\n' && sc.s[a - 1] != '\r')
			a--;
		while (b < sc.len && sc.s[b] != '\n' && sc.s[b] != '\r')
			b++;
		scan_line(&sc, a, b, decided_too);
		p = b + 1;
	}
}
