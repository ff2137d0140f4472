/* Fuzz target: check-body on a fuzzed body, against a Markdown template and an issue form. */
#include <stdint.h>
#include <string.h>

#include "body_check.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *body = (const char *)data;
	fz_body_check(body, size, fz_body_markdown_template, strlen(fz_body_markdown_template),
		      false);
	fz_body_check(body, size, fz_body_form_template, strlen(fz_body_form_template), true);
	return 0;
}
