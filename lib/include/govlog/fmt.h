/*
 * govlog/fmt.h — records rewritten into a profile's canonical form.
 */
#ifndef GOVLOG_FMT_H
#define GOVLOG_FMT_H

#include <stdio.h>

#include "govlog/common.h"
#include "govlog/record.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The record in the canonical form of `profile` (nygard, madr, os2-da,
 * os2-en): the metadata as `govlog new` writes it — front matter, a Date line
 * and Status section, or a bold-key list — then the record's sections from
 * the first one that is not metadata, byte for byte. A record already in that
 * form comes back unchanged. *out is a heap string of *len bytes. Returns 0,
 * or GOVLOG_EINVALID for an unknown profile.
 */
GOVLOG_API int govlog_record_format(char **out, size_t *len, const govlog_record *r,
				    const char *profile);

/*
 * Compares the record with its canonical form (*changed says whether they
 * differ) and, when they do, writes a unified diff to `diff` or, when `diff`
 * is NULL, replaces the file atomically (temporary file, then rename). The
 * file is not read again: the record holds its text. Returns 0,
 * GOVLOG_EINVALID or GOVLOG_EIO.
 */
GOVLOG_API int govlog_record_rewrite(bool *changed, const govlog_record *r, const char *profile,
				     FILE *diff);

/* Writes a unified diff of old → new for `path` (nothing when they are equal). */
GOVLOG_API int govlog_diff_write(FILE *f, const char *path, const char *old, size_t old_len,
				 const char *new_text, size_t new_len);

#ifdef __cplusplus
}
#endif

#endif
