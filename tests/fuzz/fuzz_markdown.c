/*
 * Fuzz target: Markdown metadata (bold-key bullets, "Key: value" lines,
 * status sections) under a title, the way Nygard, MADR and OS2 records
 * write it without front matter.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "record_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char title[] = "# 7. Brug PostgreSQL\n\n";
	size_t len = sizeof(title) - 1 + size;
	char *text = malloc(len);
	if (!text)
		return 0;
	memcpy(text, title, sizeof(title) - 1);
	memcpy(text + sizeof(title) - 1, data, size);
	fz_record_check("docs/adr/0007-brug-postgresql.md", text, len);
	free(text);
	return 0;
}
