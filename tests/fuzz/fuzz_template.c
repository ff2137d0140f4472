/* Fuzz target: check-body with a fuzzed Markdown template against fixed bodies. */
#include <stdint.h>
#include <string.h>

#include "body_check.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *tpl = (const char *)data;
	fz_body_check(fz_body_markdown_answer, strlen(fz_body_markdown_answer), tpl, size, false);
	fz_body_check(fz_body_form_answer, strlen(fz_body_form_answer), tpl, size, false);
	return 0;
}
