/* Fuzz target: the record parser on whole files (front matter, Markdown metadata, dates). */
#include <stdint.h>

#include "fuzz.h"
#include "record_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fz_record_check("docs/decisions/0001-fuzz.md", (const char *)data, size);
	return 0;
}
