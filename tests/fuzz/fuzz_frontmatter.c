/* Fuzz target: YAML front matter, the input wrapped between "---" lines. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "record_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char open[] = "---\n", close[] = "\n---\n# T\n";
	size_t len = sizeof(open) - 1 + size + sizeof(close) - 1;
	char *text = malloc(len);
	if (!text)
		return 0;
	memcpy(text, open, sizeof(open) - 1);
	memcpy(text + sizeof(open) - 1, data, size);
	memcpy(text + sizeof(open) - 1 + size, close, sizeof(close) - 1);
	fz_record_check("0001-fuzz.md", text, len);
	free(text);
	return 0;
}
