/* PCRE2 behind a small interface, with match and depth limits. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "util/match.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "util/buf.h"
#include "util/banned.h"

/* Generous for the patterns a config names; small enough that no text hangs a hook. */
enum { MATCH_LIMIT = 200000, DEPTH_LIMIT = 2000 };

/* A pattern runs interpreted at first and is JIT-compiled once it has run this often. */
enum { JIT_AFTER = 512 };

struct gl_match {
	pcre2_code *code;
	pcre2_match_context *context;
	pcre2_match_data *data;
	unsigned runs; /* counts up to JIT_AFTER */
	bool limited;  /* listed in `limited` already */
	char pattern[256];
};

/* The patterns that reached a limit, for govlog_pattern_limited: a give-up is no quiet "no". */
enum { LIMITED_MAX = 8 };
static _Thread_local char limited[LIMITED_MAX][256];
static _Thread_local size_t limited_count;

const char *govlog_pattern_limited(size_t i)
{
	return i < limited_count ? limited[i] : NULL;
}

static void note_limited(gl_match *m)
{
	if (m->limited)
		return;
	m->limited = true;
	for (size_t i = 0; i < limited_count; i++)
		if (!strcmp(limited[i], m->pattern))
			return;
	if (limited_count < LIMITED_MAX)
		snprintf(limited[limited_count++], sizeof(limited[0]), "%s", m->pattern);
}

static bool is_limit(int rc)
{
	return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	       rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT;
}

int gl_match_compile(gl_match **out, const char *pattern, unsigned flags)
{
	int code;
	PCRE2_SIZE offset;
	uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
	if (flags & GL_MATCH_CASELESS)
		options |= PCRE2_CASELESS;
	*out = NULL;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, options, &code,
				       &offset, NULL);
	if (!re) {
		PCRE2_UCHAR message[256];
		pcre2_get_error_message(code, message, sizeof(message));
		return gl_error_set(GOVLOG_EINVALID, "invalid pattern '%s' at offset %zu: %s",
				    pattern, (size_t)offset, (const char *)message);
	}
	gl_match *m = gl_xcalloc(1, sizeof(*m));
	m->code = re;
	snprintf(m->pattern, sizeof(m->pattern), "%s", pattern);
	m->context = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(m->context, MATCH_LIMIT);
	pcre2_set_depth_limit(m->context, DEPTH_LIMIT);
	m->data = pcre2_match_data_create_from_pattern(re, NULL);
	if (!m->context || !m->data) {
		gl_match_free(m);
		return gl_error_set(GOVLOG_ERROR, "out of memory compiling '%s'", pattern);
	}
	*out = m;
	return 0;
}

void gl_match_free(gl_match *m)
{
	if (!m)
		return;
	pcre2_match_data_free(m->data);
	pcre2_match_context_free(m->context);
	pcre2_code_free(m->code);
	free(m);
}

bool gl_match_find(const gl_match *m, const char *s, size_t len, size_t from, size_t *start,
		   size_t *end)
{
	/*
	 * JIT compiling costs more than a hook's few dozen lines take to match
	 * interpreted, and far less than a log or a history of thousands; so the
	 * JIT comes once a pattern proves busy. The count is a cache, not part of
	 * the pattern's value, hence the cast.
	 */
	gl_match *busy = (gl_match *)m;
	if (busy->runs < JIT_AFTER && ++busy->runs == JIT_AFTER)
		(void)pcre2_jit_compile(busy->code, PCRE2_JIT_COMPLETE);
	int rc = pcre2_match(m->code, (PCRE2_SPTR)s, len, from, 0, m->data, m->context);
	if (rc < 0 && is_limit(rc))
		note_limited(busy);
	if (rc < 0)
		return false;
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->data);
	*start = ov[0];
	*end = ov[1];
	return true;
}
