/* Fuzz target: the record parser on whole files (front matter, Markdown metadata, dates). */
#include <stdint.h>
#include <string.h>

#include <govlog/govlog.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *r = NULL;
	if (govlog_record_parse(&r, "docs/decisions/0001-fuzz.md", (const char *)data, size,
				&opts) < 0)
		return 0;
	/* Touch everything a rule or renderer would read. */
	size_t n = 0;
	for (size_t i = 0; i < govlog_record_field_count(r); i++)
		n += strlen(govlog_record_field_at(r, i)->value);
	for (size_t i = 0; i < govlog_record_section_count(r); i++)
		n += strlen(govlog_record_section_at(r, i)->heading);
	for (size_t i = 0; i < govlog_record_decider_count(r); i++)
		n += strlen(govlog_record_decider_at(r, i));
	n += govlog_record_title(r) ? strlen(govlog_record_title(r)) : 0;
	n += strlen(govlog_record_id(r));
	govlog_record_free(r);
	return n == (size_t)-1;
}
