/* Fuzz target: issue forms (GitHub's YAML), read by check-body and applied to fixed bodies. */
#include <stdint.h>
#include <string.h>

#include "body_check.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *form = (const char *)data;
	fz_body_check(fz_body_form_answer, strlen(fz_body_form_answer), form, size, true);
	fz_body_check(fz_body_markdown_answer, strlen(fz_body_markdown_answer), form, size, true);
	return 0;
}
