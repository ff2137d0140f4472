/*
 * The log's records by path, by ID (letters and number) and by number alone,
 * built once per check so that resolving a reference costs one lookup, not a
 * scan of the log: cross-record rules stay linear in the size of the log.
 */
#ifndef GOVLOG_CHECK_RULES_RECORD_INDEX_H
#define GOVLOG_CHECK_RULES_RECORD_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include <govlog/log.h>

#include "record/record_internal.h" /* gl_record_id_split */

typedef struct gl_record_index gl_record_index;

/* `number_of` gives a record's number (0: none); the index keeps the log borrowed. */
gl_record_index *gl_record_index_new(const govlog_log *log,
				     unsigned long (*number_of)(const govlog_record *r));
/* Accepts NULL. */
void gl_record_index_free(gl_record_index *x);
/* The record at a path as the log shows it, or NULL. */
const govlog_record *gl_record_index_path(const gl_record_index *x, const char *path);
/*
 * The first record (in log order) whose ID splits into these upper-case letters
 * and number, or NULL; *count says how many have it.
 */
const govlog_record *gl_record_index_id(const gl_record_index *x, const char *letters,
					unsigned long number, size_t *count);
/* The first record with this number, or NULL; *count says how many have it. */
const govlog_record *gl_record_index_number(const gl_record_index *x, unsigned long number,
					    size_t *count);

#endif
