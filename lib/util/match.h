/*
 * Patterns (PCRE2, UTF-8, Unicode properties) with match limits, so a hostile
 * pattern or text costs bounded time. The only module that includes pcre2.h.
 */
#ifndef GOVLOG_MATCH_H
#define GOVLOG_MATCH_H

#include <stdbool.h>
#include <stddef.h>

typedef struct gl_match gl_match;

#define GL_MATCH_CASELESS 1u

/*
 * Compiles a pattern. On failure returns GOVLOG_EINVALID with the message
 * (naming the pattern and the offset of the problem) in govlog_error_last().
 */
int gl_match_compile(gl_match **out, const char *pattern, unsigned flags);
/* Accepts NULL. */
void gl_match_free(gl_match *m);

/*
 * Finds the first match in s[from..len). True with its bounds in *start and
 * *end; false when there is none or the match limits were reached; a limit
 * reached lists the pattern for govlog_pattern_limited(). A pattern is
 * JIT-compiled once it has run a few hundred times.
 */
bool gl_match_find(const gl_match *m, const char *s, size_t len, size_t from, size_t *start,
		   size_t *end);

#endif
