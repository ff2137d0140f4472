/*
 * govlog/common.h — error codes, the last error message, version and export macro.
 *
 * Every libgovlog function that can fail returns an int: 0 on success, a
 * negative GOVLOG_E* code on failure. The human-readable reason is then
 * available from govlog_error_last() until the next failing call on the same
 * thread.
 */
#ifndef GOVLOG_COMMON_H
#define GOVLOG_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#if defined(__GNUC__)
#define GOVLOG_API __attribute__((visibility("default")))
#else
#define GOVLOG_API
#endif

#define GOVLOG_VERSION "0.1.0"

typedef enum govlog_error_code {
	GOVLOG_OK = 0,
	GOVLOG_ERROR = -1,     /* generic failure */
	GOVLOG_ENOTFOUND = -3, /* a file, folder or record does not exist */
	GOVLOG_EIO = -4,       /* reading or writing failed */
	GOVLOG_EINVALID = -5,  /* the caller's input is not acceptable */
	GOVLOG_EREPO = -6,     /* the Git repository cannot be read */
} govlog_error_code;

/* The message of the last failure on this thread; never NULL ("" when none). */
GOVLOG_API const char *govlog_error_last(void);

/* The library's version string, e.g. "0.1.0". */
GOVLOG_API const char *govlog_version(void);

/*
 * Tells the library the process exits once the current command is done, so
 * freeing what the operating system reclaims anyway (a Git index of
 * thousands of entries, a parsed log) may be skipped: a Git hook answers
 * sooner. Builds with AddressSanitizer free everything regardless.
 */
GOVLOG_API void govlog_exit_after_command(bool yes);

/*
 * The language of the words govlog writes for people (headings, field labels,
 * status and type words, the sentences of its reports). The words users type
 * are understood in both languages whatever this is.
 */
typedef enum govlog_lang {
	GOVLOG_LANG_EN = 0, /* English */
	GOVLOG_LANG_DA,     /* Danish */
} govlog_lang;

/* One 1-based position in a file; line 0 means "the file as a whole". */
typedef struct govlog_pos {
	unsigned line;
	unsigned col; /* counted in Unicode code points, not bytes */
} govlog_pos;

#endif
