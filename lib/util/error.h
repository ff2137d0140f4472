/* Setting the last-error message: `return gl_error_set(GOVLOG_EIO, "…", …);` */
#ifndef GOVLOG_ERROR_H
#define GOVLOG_ERROR_H

#include "govlog/common.h"

int gl_error_set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Sets "what: strerror(errno)" (read at once, so call it first) and returns `code`. */
int gl_error_errno(int code, const char *what);

/* True when frees that the process exit makes moot may be skipped (govlog_exit_after_command). */
bool gl_skip_teardown(void);

#endif
