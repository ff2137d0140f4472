/* The thread-local last-error message behind govlog_error_last(). */
#include "util/error.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/banned.h"

static _Thread_local char last_error[1024];
static _Thread_local govlog_lang error_lang = GOVLOG_LANG_EN;

void gl_error_lang_set(govlog_lang lang)
{
	error_lang = lang;
}

govlog_lang gl_error_lang(void)
{
	return error_lang;
}

int gl_error_set(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(last_error, sizeof(last_error), fmt, ap);
	va_end(ap);
	return code;
}

int gl_error_errno(int code, const char *what)
{
	int err = errno;
	/* errno 0 would read "Success": a failed write that did not say why. */
	return gl_error_set(code, "%s: %s", what,
			    err ? strerror(err) : "the system gave no reason");
}

const char *govlog_error_last(void)
{
	return last_error;
}

static bool exit_after_command;

void govlog_exit_after_command(bool yes)
{
	exit_after_command = yes;
}

bool gl_skip_teardown(void)
{
#if defined(__SANITIZE_ADDRESS__)
	return false; /* the leak checker must see every allocation freed */
#else
	return exit_after_command;
#endif
}

const char *govlog_version(void)
{
	return GOVLOG_VERSION;
}
