/* The oracles of check-body, shared by the body, template and issue form targets. */
#ifndef GOVLOG_FUZZ_BODY_CHECK_H
#define GOVLOG_FUZZ_BODY_CHECK_H

#include <stdbool.h>
#include <stddef.h>

/* A Markdown issue template with sections, guidance, a checkbox and a Refs: line (Danish). */
extern const char fz_body_markdown_template[];
/* A GitHub issue form with required fields and a required checkbox (English). */
extern const char fz_body_form_template[];
/* An answer to the Markdown template, and one to the form as GitHub writes it. */
extern const char fz_body_markdown_answer[];
extern const char fz_body_form_answer[];

/*
 * Checks the body against the template twice and aborts unless both runs
 * agree and every finding passes fz_diags_check against the body.
 */
void fz_body_check(const char *body, size_t body_len, const char *tpl, size_t tpl_len,
		   bool is_form);

#endif
