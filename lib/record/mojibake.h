/*
 * Mojibake: UTF-8 text that was read as Windows-1252 (or Latin-1) or Mac Roman
 * and saved again as UTF-8 ("på" → "pÃ¥" or "p√•", "’" → "â€™").
 */
#ifndef GOVLOG_MOJIBAKE_H
#define GOVLOG_MOJIBAKE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

typedef struct gl_mojibake {
	size_t off, len;      /* the garbled characters, in bytes of the text */
	const char *encoding; /* the encoding the text was wrongly read as */
} gl_mojibake;

/*
 * Finds the first garbled sequence at or after byte `from` of valid UTF-8
 * text. Only sequences that decode to Latin letters (æ, ø, å, é, …),
 * punctuation (’ “ ” – …), a BOM or an emoji are reported, which keeps
 * genuine text such as “Ærø” clear.
 */
bool gl_mojibake_find(const char *s, size_t len, size_t from, gl_mojibake *out);

/*
 * Appends s[0..len) to out with every garbled sequence (in the given
 * encoding) replaced by the character it stood for.
 */
void gl_mojibake_repair(gl_buf *out, const char *s, size_t len, const char *encoding);

#endif
