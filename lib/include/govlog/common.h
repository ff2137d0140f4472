/*
 * govlog/common.h — error codes, the last error message, version and export
 * macro, and the conventions every libgovlog header follows.
 *
 * Names. Public functions are govlog_<module>_<verb>, where the module is the
 * header's concern or the type the function works on (govlog_log_open,
 * govlog_record_create, govlog_trace_write); the functions of this header
 * concern the library as a whole. Macros are GOVLOG_*. Every header can be
 * included alone, from C or C++.
 *
 * Errors. Every libgovlog function that can fail returns an int: 0 on success, a
 * negative GOVLOG_E* code on failure. The human-readable reason is then
 * available from govlog_error_last() until the next failing call on the same
 * thread. Outputs come first: what a function returns through pointers is its
 * first parameters (`int govlog_log_open(govlog_log **out, ...)`).
 *
 * Options. An options struct starts with `unsigned version`; start from its
 * GOVLOG_<X>_OPTIONS_INIT and set what you need. A function given a struct of
 * another version fails with GOVLOG_EINVALID before doing anything, and the
 * message names the version it got. NULL options mean the defaults.
 *
 * Memory. Opaque objects come from a _new, _open or _parse function and are
 * released, with everything they own, by the matching _free, which accepts
 * NULL. A getter returns a pointer borrowed from its object: valid until the
 * object is freed (or, for a diagnostics list, changed), never freed by the
 * caller. A string handed out through a `char **` parameter is the caller's, to
 * release with free(). What the caller passes in (options, paths, text) is read
 * during the call only: the library copies what it keeps.
 *
 * Out of memory. libgovlog does not report allocation failure: when one of its
 * own allocations fails it writes "govlog: fatal: out of memory" to stderr and
 * calls abort(), so no function returns for lack of memory. cmark, which
 * parses the Markdown, aborts likewise; a failed allocation inside libgit2 or
 * PCRE2 comes back as the failure of the call that needed it.
 *
 * Threads. The library is not thread-safe as a whole; what may be shared:
 * govlog_error_last() keeps one message per thread; govlog_version() and the
 * functions that only read built-in tables (the names of statuses, types and
 * severities, the rule registry) may be called from any thread at any time;
 * govlog_record_parse() and a record's getters touch no shared state, so
 * different records may be parsed and read on different threads. Everything
 * else must be serialised: opening a log and every function that reads the Git
 * repository share a process-wide cache of the open repository and depend on
 * the current directory, and a log or a diagnostics list is used by one thread
 * at a time even through a const pointer (a log's compiled patterns keep
 * their matching state). govlog_exit_after_command() sets a process-wide flag.
 */
#ifndef GOVLOG_COMMON_H
#define GOVLOG_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

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
	GOVLOG_EEXISTS = -7,   /* what was to be made is there already: nothing was written */
} govlog_error_code;

/* The message of the last failure on this thread; never NULL ("" when none). */
GOVLOG_API const char *govlog_error_last(void);

/*
 * The patterns (from .govlog.yml or govlog's own) that gave up on some text
 * on this thread because they reached their match or depth limit: such a
 * text counted as not matching. i from 0; NULL past the last. Each pattern
 * is listed once (at most 8, each cut at 255 bytes). A program tells its
 * user, as the tool does with a warning.
 */
GOVLOG_API const char *govlog_pattern_limited(size_t i);

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

/*
 * What a writer (status, new, link) tells for each file it changed: the path
 * as the user reaches it (relative to the current folder) and what changed,
 * one line in the log's language ("status set to 'Godkendt'"). Both strings
 * are borrowed for the call; a writer calls it after the file is in place.
 */
typedef void (*govlog_changed_fn)(const char *path, const char *what, void *payload);

#ifdef __cplusplus
}
#endif

#endif
