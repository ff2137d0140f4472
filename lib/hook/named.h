/*
 * The log a commit message needs: none when it names no decision, else only
 * the records whose file names can carry the numbers its Decision: trailers
 * name — the whole log only when one of them is not found that way.
 */
#ifndef GOVLOG_HOOK_NAMED_H
#define GOVLOG_HOOK_NAMED_H

#include <stddef.h>

#include <govlog/log.h>

/* Opens the log for the message text[0..len) with `opts` (changed: config_only). */
int gl_hook_open_log_for(govlog_log **out, govlog_log_options *opts, const char *text, size_t len);

#endif
