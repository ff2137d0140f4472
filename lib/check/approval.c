/* Approval evidence: the minutes or pull request a decision's text says approved it. */
#include "check/meeting_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util/ascii.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/banned.h"

/* A line that speaks of an approval or a meeting; other lines' dates and numbers are not claims. */
static bool speaks_of_approval(const char *low)
{
	static const char *const words[] = {"godkend", "vedtag",  "beslut", "approv",
					    "accept",  "adopt",   "møde",   "meeting",
					    "merged",  "flettet", NULL};
	for (size_t i = 0; words[i]; i++)
		if (strstr(low, words[i]))
			return true;
	return false;
}

/* "#123", ".../pull/123", ".../merge_requests/123" in a line: copied into out, its offset in *at;
 * else false. */
static bool pull_request_in(const char *s, size_t len, char *out, size_t cap, size_t *at)
{
	for (size_t i = 0; i < len; i++) {
		const char *url = NULL;
		if (!strncmp(s + i, "/pull/", 6) || !strncmp(s + i, "/merge_requests/", 16)) {
			url = s + i;
			while (url > s && !gl_isspace(url[-1]) && url[-1] != '(' && url[-1] != '<')
				url--;
		} else if (s[i] == '#' && i + 1 < len && gl_isdigit(s[i + 1]) &&
			   (!i || !gl_isalnum(s[i - 1])) && (!i || s[i - 1] != '&')) {
			url = s + i;
		}
		if (!url || (url[0] != '#' && strncmp(url, "http", 4)))
			continue;
		size_t n = 0;
		while (url + n < s + len && !gl_isspace(url[n]) && !strchr(")>],", url[n]))
			n++;
		while (n && url[n - 1] == '.')
			n--;
		if (n >= cap)
			return false;
		memcpy(out, url, n);
		out[n] = '\0';
		*at = (size_t)(url - s);
		return true;
	}
	return false;
}

/* The body a line names: a known one, else a group a meeting folder names. */
static const char *body_in(const govlog_meetings *m, const char *low, size_t len, size_t *at)
{
	const char *key = gl_body_mention(low, len, at, NULL);
	for (size_t i = 0; !key && m && i < m->items.len; i++) {
		const char *k = m->items.items[i]->group_key, *hit = *k ? strstr(low, k) : NULL;
		if (hit)
			key = k, *at = (size_t)(hit - low);
	}
	return key;
}

static const govlog_meeting *meeting_of(const govlog_meetings *m, const char *key, const char *date,
					bool former)
{
	const govlog_meeting *found = NULL;
	for (size_t i = 0; m && i < m->items.len; i++) {
		const govlog_meeting *mt = m->items.items[i];
		/* an agenda says what was to be decided, not that it was */
		if (mt->doc == GOVLOG_MEETING_AGENDA || strcmp(mt->group_key, key) ||
		    strcmp(former ? mt->former_date : mt->date, date))
			continue;
		if (!found ||
		    (found->doc != GOVLOG_MEETING_MINUTES && mt->doc == GOVLOG_MEETING_MINUTES))
			found = mt;
	}
	return found;
}

/* The text names `key`'s meeting on `iso` at offset `at`: find its minutes, or a moved one's. */
static void claim(govlog_approval *out, const govlog_meetings *m, const govlog_record *r,
		  const char *key, const char iso[11], size_t at)
{
	snprintf(out->claimed_group, sizeof(out->claimed_group), "%s", key);
	memcpy(out->claimed_date, iso, 11);
	out->pos = gl_text_pos(&r->text, at);
	out->meeting = meeting_of(m, key, iso, false);
	if (!out->meeting && (out->meeting = meeting_of(m, key, iso, true)))
		out->moved = true;
	out->kind = out->meeting ? GOVLOG_APPROVAL_MEETING : GOVLOG_APPROVAL_NONE;
}

/*
 * A body and a date on one line about approval: the minutes of that meeting,
 * if any. A line naming the body without a date ("Godkendt på
 * styregruppemødet", as govlog status --note writes it) means the record's own
 * date, unless a later line gives one: *undated keeps where it was said.
 */
/*
 * The body a line's date belongs to: the last one named before it
 * ("…etablering af styregruppe… vedtaget på koordinationsgruppemødet den
 * 15-06-2025" is the coordination group's), else the first the line names.
 */
static const char *body_of_date(const govlog_meetings *m, const gl_buf *low, size_t date_at,
				size_t *at)
{
	const char *key = body_in(m, low->ptr, low->len, at);
	size_t from = *at, pos, n;
	while (key && from < low->len && from < date_at) {
		const char *next =
			gl_body_mention(low->ptr + from + 1, low->len - from - 1, &pos, &n);
		if (!next || from + 1 + pos >= date_at)
			break;
		key = next;
		*at = from = from + 1 + pos;
	}
	return key;
}

static bool meeting_claim(govlog_approval *out, const govlog_meetings *m, const govlog_record *r,
			  size_t start, size_t end, const gl_buf *low, size_t *undated)
{
	size_t at = 0;
	char iso[11];
	size_t date_at = gl_text_first_date(r->text.data + start, end - start, iso);
	const char *key = body_of_date(m, low, date_at, &at);
	if (key && !iso[0] && *undated == SIZE_MAX)
		*undated = start + at;
	if (!key || !iso[0])
		return false;
	claim(out, m, r, key, iso, start + at);
	return true;
}

/* Minutes of the record's own date that reference it: evidence the text did not spell out. */
static void referencing_minutes(govlog_approval *out, const govlog_meetings *m,
				const govlog_record *r)
{
	const char *date = govlog_record_date(r);
	for (size_t i = 0; date && m && i < m->items.len; i++) {
		const govlog_meeting *mt = m->items.items[i];
		if (strcmp(mt->date, date) || mt->doc == GOVLOG_MEETING_AGENDA)
			continue;
		for (size_t k = 0; k < mt->decisions.len; k++)
			if (mt->decisions.items[k] == r) {
				out->kind = GOVLOG_APPROVAL_MEETING;
				out->meeting = mt;
				return;
			}
	}
}

void govlog_approval_find(govlog_approval *out, const govlog_meetings *m, const govlog_record *r)
{
	memset(out, 0, sizeof(*out));
	govlog_approval pr = {0};
	gl_buf low = GL_BUF_INIT;
	size_t undated = SIZE_MAX;
	unsigned n = gl_text_line_count(&r->text);
	for (unsigned l = 1; l <= n && !out->claimed_date[0]; l++) {
		size_t s = gl_text_line_start(&r->text, l), e = gl_text_line_end(&r->text, l);
		gl_buf_clear(&low);
		gl_utf8_lower(&low, r->text.data + s, e - s);
		if (!speaks_of_approval(low.ptr))
			continue;
		if (meeting_claim(out, m, r, s, e, &low, &undated))
			break;
		size_t at;
		if (!pr.kind && pull_request_in(r->text.data + s, e - s, pr.pull_request,
						sizeof(pr.pull_request), &at)) {
			pr.kind = GOVLOG_APPROVAL_PULL_REQUEST;
			pr.pos = gl_text_pos(&r->text, s + at);
		}
	}
	const char *date = govlog_record_date(r), *key = NULL;
	size_t at = 0;
	if (!out->claimed_date[0] && pr.kind) {
		*out = pr; /* "approved in #12" says more than a body named without a date */
	} else if (!out->claimed_date[0] && undated != SIZE_MAX && date && strlen(date) == 10) {
		size_t e = gl_text_line_end(&r->text, gl_text_pos(&r->text, undated).line);
		gl_buf_clear(&low);
		gl_utf8_lower(&low, r->text.data + undated, e - undated);
		if ((key = body_in(m, low.ptr, low.len, &at))) {
			claim(out, m, r, key, date, undated);
			out->undated = true;
		}
	}
	gl_buf_release(&low);
	if (!out->kind && !out->claimed_date[0])
		referencing_minutes(out, m, r);
}
