/* Setting the last-error message: `return gl_error_set(GOVLOG_EIO, "…", …);` */
#ifndef GOVLOG_ERROR_H
#define GOVLOG_ERROR_H

#include "govlog/common.h"

int gl_error_set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * The language of the errors set from here on with a text of the message
 * table (diag/texts.h's gl_errort): the open log's, once it is known.
 */
void gl_error_lang_set(govlog_lang lang);
govlog_lang gl_error_lang(void);

/* Sets "what: strerror(errno)" (read at once, so call it first) and returns `code`. */
int gl_error_errno(int code, const char *what);

/* True when frees that the process exit makes moot may be skipped (govlog_exit_after_command). */
bool gl_skip_teardown(void);

#endif
