/* What the checker needs of a log beyond the public API. */
#ifndef GOVLOG_LOG_INTERNAL_H
#define GOVLOG_LOG_INTERNAL_H

#include "govlog/log.h"

/* Diagnostics raised while loading (unreadable, too large, binary files). */
const govlog_diag_list *gl_log_load_diags(const govlog_log *log);

#endif
