/*
 * A small JSON reader (RFC 8259) for the offline data govlog is handed, such
 * as the pull requests `gh pr list --json …` writes: the whole text into a
 * tree of values in one arena. Strict: no comments, no trailing commas, no
 * leading zeros; nesting deeper than 64 is refused, never followed.
 */
#ifndef GOVLOG_UTIL_JSON_READ_H
#define GOVLOG_UTIL_JSON_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

typedef enum gl_jtype {
	GL_JSON_NULL,
	GL_JSON_BOOL,
	GL_JSON_NUMBER,
	GL_JSON_STRING,
	GL_JSON_ARRAY,
	GL_JSON_OBJECT,
} gl_jtype;

typedef struct gl_jvalue gl_jvalue;
struct gl_jvalue {
	gl_jtype type;
	bool boolean;      /* BOOL */
	const char *text;  /* STRING: decoded, NUL-terminated (a "\u0000" is refused);
			      NUMBER: as written */
	size_t count;      /* ARRAY: items; OBJECT: members */
	gl_jvalue *items;  /* ARRAY and OBJECT: the values, in order */
	const char **keys; /* OBJECT: the members' names, beside items */
};

/*
 * Reads text[0..len) into *out, every part of it in `arena`. Returns 0, or
 * GOVLOG_EINVALID with a message that says where ("line 3, column 7: expected
 * ',' or ']'"); *out is NULL then.
 */
int gl_json_read(const gl_jvalue **out, gl_arena *arena, const char *text, size_t len);

/* The member `key` of an object (the first of that name), or NULL (also for a non-object). */
const gl_jvalue *gl_json_member(const gl_jvalue *object, const char *key);

/* The text of a STRING value, or NULL for anything else (NULL too). */
const char *gl_json_string_of(const gl_jvalue *v);

#endif
