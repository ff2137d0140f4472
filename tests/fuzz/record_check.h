/* The oracles of a parsed record, shared by the record, front matter and Markdown targets. */
#ifndef GOVLOG_FUZZ_RECORD_CHECK_H
#define GOVLOG_FUZZ_RECORD_CHECK_H

#include <stddef.h>

/*
 * Parses text[0..len) as the record at `path`, twice, and aborts unless both
 * readings agree; every field, section and the title lie inside the text; a
 * date reads back as the same ISO date; and the per-record rules give the
 * same diagnostics twice, each passing fz_diags_check.
 */
void fz_record_check(const char *path, const char *text, size_t len);

#endif
