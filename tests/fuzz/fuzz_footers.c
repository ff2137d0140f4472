/*
 * Fuzz target: a commit message's footers and trailers, read by the
 * Conventional Commits rules and by Git's trailer rules.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "commit/footers.h"
#include "fuzz.h"
#include "oracle.h"

/* A footer's token and value are bytes of its own line, the value after the token. */
static void inside(const gl_footer *f, const gl_text *t, unsigned last)
{
	fz_require(f->line >= 2 && f->line <= last, "a footer's line is below the subject");
	const char *start = t->data + gl_text_line_start(t, f->line);
	const char *end = t->data + gl_text_line_end(t, f->line);
	fz_require(f->token_len > 0 && f->token >= start && f->token + f->token_len <= end,
		   "a footer's token lies on its line");
	fz_require(f->value >= f->token + f->token_len &&
			   f->value + f->value_len <= t->data + t->len,
		   "a footer's value follows its token inside the message");
	fz_require(f->separator == ':' || f->separator == '#',
		   "a footer's separator is ':' or '#'");
	fz_require(f->conventional || f->git, "a footer is read by at least one set of rules");
}

static bool footers_same(const gl_footers *a, const gl_footers *b)
{
	if (a->len != b->len)
		return false;
	for (size_t i = 0; i < a->len; i++) {
		const gl_footer *x = &a->items[i], *y = &b->items[i];
		if (x->line != y->line || x->token != y->token || x->token_len != y->token_len ||
		    x->value != y->value || x->value_len != y->value_len ||
		    x->conventional != y->conventional || x->git != y->git)
			return false;
	}
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	gl_text t;
	gl_text_init(&t, s, size);
	unsigned last = gl_text_line_count(&t);
	for (int comments = 0; comments < 2; comments++) {
		gl_footers a = {0}, b = {0};
		gl_footers_read(&a, &t, 1, last, comments);
		gl_footers_read(&b, &t, 1, last, comments);
		fz_require(footers_same(&a, &b), "reading footers twice reads the same");
		for (size_t i = 0; i < a.len; i++) {
			const gl_footer *f = &a.items[i];
			inside(f, &t, last);
			if (f->conventional && gl_footer_is(f, "BREAKING CHANGE"))
				fz_require(f->separator == ':', "BREAKING CHANGE takes a colon");
		}
		gl_vec_free(&a);
		gl_vec_free(&b);
	}
	size_t note = gl_footer_breaking(s, size);
	fz_require(note <= size, "a breaking note starts inside the line");
	gl_text_release(&t);
	return 0;
}
