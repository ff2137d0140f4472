/*
 * Properties the fuzz targets check on every input: a wrong answer aborts, so
 * a replay of the corpus fails on it as it would on a crash.
 */
#ifndef GOVLOG_FUZZ_ORACLE_H
#define GOVLOG_FUZZ_ORACLE_H

#include <stdbool.h>
#include <stddef.h>

#include <govlog/govlog.h>

/* Names the broken property on stderr and aborts. */
_Noreturn void fz_fail(const char *property);

/* Aborts naming `property` unless `ok`. */
void fz_require(bool ok, const char *property);

/*
 * Whether pos lies inside text[0..len): line 0 (the whole file), or
 * 1 <= line <= the lines of the text and col <= the line's code points + 1.
 * Lines are read split at LF, and also at every break YAML knows (CR, NEL,
 * U+2028, U+2029), so a reader of either kind is judged by its own lines.
 */
bool fz_pos_inside(const char *text, size_t len, govlog_pos pos);

/* One file whose diagnostics a list may hold. */
typedef struct fz_input {
	const char *path;
	const char *text;
	size_t len;
} fz_input;

/*
 * Every diagnostic names one of the inputs and a position inside it, a
 * registered rule id, a severity and a message; the list renders as valid
 * JSON, SARIF (valid JSON, levels "error"/"warning"/"note"), text and GitHub
 * annotations.
 */
void fz_diags_check(const govlog_diag_list *list, const fz_input *in, size_t n);

/* Whether two lists hold the same diagnostics in the same order. */
bool fz_diags_same(const govlog_diag_list *a, const govlog_diag_list *b);

/* Whether two strings are equal, NULL equal only to NULL. */
bool fz_str_same(const char *a, const char *b);

#endif
