/* Fuzz target: YAML front matter, the input wrapped between "---" lines. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <govlog/govlog.h>

#include "fuzz.h"

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
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *r = NULL;
	if (govlog_record_parse(&r, "0001-fuzz.md", text, len, &opts) == 0) {
		for (size_t i = 0; i < govlog_record_field_count(r); i++)
			(void)strlen(govlog_record_field_at(r, i)->value);
		govlog_record_free(r);
	}
	free(text);
	return 0;
}
