/* Whether each merged pull request was merged or approved by another vendor than its authors'. */
#include "trace/review.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag/texts.h"
#include "render/json.h"
#include "util/error.h"
#include "util/banned.h"

/* GitHub's web-flow committer: the merge was made in the browser. */
static bool is_github(const char *email)
{
	return email && !strcasecmp(email, "noreply@github.com");
}

const char *gl_review_merger(const char *committer, const char *committer_email, const char *author,
			     const char *author_email, bool merge, const char **email)
{
	*email = committer_email;
	if (!is_github(committer_email))
		return committer;
	/* A squash GitHub committed names its pull request's author: the merger is unknown. */
	*email = merge ? author_email : NULL;
	return merge ? author : NULL;
}

#define MAX_VENDORS 4 /* of one pull request's authors; more are rare and counted as "more" */

typedef struct authors {
	const char *vendor[MAX_VENDORS];
	unsigned char count;
	bool unknown, more;
} authors;

static void add_author(authors *a, const char *vendor)
{
	if (!vendor) {
		a->unknown = true;
		return;
	}
	for (unsigned i = 0; i < a->count; i++)
		if (!strcmp(a->vendor[i], vendor))
			return;
	if (a->count < MAX_VENDORS)
		a->vendor[a->count++] = vendor;
	else
		a->more = true;
}

/* Whether `vendor` is one of the authors' (with more vendors than kept: perhaps, so yes). */
static bool among(const authors *a, const char *vendor)
{
	for (unsigned i = 0; i < a->count; i++)
		if (!strcmp(a->vendor[i], vendor))
			return true;
	return a->more;
}

static gl_review judge(gl_change *c, const authors *a)
{
	bool unknown_approver = false;
	c->merged_across = a->count && c->more->merger_vendor && !among(a, c->more->merger_vendor);
	bool across = c->merged_across;
	for (const char *const *p = c->more->approvers; p && *p; p++) {
		unknown_approver = unknown_approver || !**p;
		across = across || (a->count && **p && !among(a, *p));
	}
	if (across)
		return GL_REVIEW_ACROSS;
	/* Unknown is never "the same vendor": an unknown author or approver may be another's. */
	if (a->count == 1 && !a->unknown && !a->more && !unknown_approver &&
	    c->more->merger_vendor && !strcmp(c->more->merger_vendor, a->vendor[0]))
		return GL_REVIEW_WITHIN;
	return GL_REVIEW_UNKNOWN;
}

/* Whether the change is a merged pull request of its own: the ones judged. */
static bool merged_pr(const gl_change *c)
{
	return c->head == GL_NO_HEAD && c->pr && !c->passing;
}

/*
 * The authors of the merged pull requests only (a tenth of the commits, or
 * fewer): `slot` gives each its place in `a`, so 100,000 commits do not each
 * get an authors record.
 */
void gl_review_settle(gl_history *h)
{
	size_t n = h->changes.len, m = 0;
	uint32_t *slot = gl_xmalloc((n ? n : 1) * sizeof(*slot));
	for (size_t i = 0; i < n; i++)
		slot[i] = merged_pr(&h->changes.items[i]) ? (uint32_t)m++ : UINT32_MAX;
	authors *a = gl_xcalloc(m ? m : 1, sizeof(*a));
	for (size_t i = 0; i < n; i++) {
		const gl_change *c = &h->changes.items[i];
		/* a squash (no merge of its own): its author is the pull request's */
		size_t pr = c->head != GL_NO_HEAD ? c->head : !c->joins ? i : GL_NO_HEAD;
		if (pr != GL_NO_HEAD && slot[pr] != UINT32_MAX)
			add_author(&a[slot[pr]], c->who->vendor);
	}
	for (size_t i = 0; i < n; i++) {
		gl_change *c = &h->changes.items[i];
		c->review = slot[i] != UINT32_MAX ? judge(c, &a[slot[i]]) : GL_REVIEW_NONE;
		c->merged_across = slot[i] != UINT32_MAX && c->merged_across;
	}
	free(a);
	free(slot);
}

void gl_review_count_of(gl_review_count *out, const gl_history *h, const size_t *changes, size_t n)
{
	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < n; i++) {
		const gl_change *c = &h->changes.items[changes[i]];
		out->merged += c->review != GL_REVIEW_NONE;
		out->across += c->review == GL_REVIEW_ACROSS;
	}
}

void gl_review_line(gl_buf *out, govlog_lang lang, const gl_review_count *c)
{
	if (c->merged)
		gl_lang_printf(out, lang, GL_T_REVIEW_ACROSS, c->across, c->merged);
}

void gl_review_json(gl_buf *out, const gl_history *h, const size_t *changes, size_t n)
{
	gl_review_count count;
	gl_review_count_of(&count, h, changes, n);
	gl_buf_printf(out, "{\"across\": %zu, \"merged\": %zu, \"not_across\": [", count.across,
		      count.merged);
	bool first = true;
	for (size_t i = 0; i < n; i++) {
		const gl_change *c = &h->changes.items[changes[i]];
		if (c->review == GL_REVIEW_NONE || c->review == GL_REVIEW_ACROSS)
			continue;
		gl_buf_puts(out, first ? "{\"pr\": " : ", {\"pr\": ");
		first = false;
		gl_json_string(out, c->pr);
		gl_buf_puts(out, ", \"commit\": ");
		gl_json_string(out, GL_CHANGE_HEX(c));
		gl_buf_printf(out, ", \"review\": \"%s\"}",
			      c->review == GL_REVIEW_WITHIN ? "within" : "unknown");
	}
	gl_buf_puts(out, "]}");
}
