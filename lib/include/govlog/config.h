/*
 * govlog/config.h — the effective configuration of a log.
 *
 * A log reads `.govlog.yml` at its repository root when there is one (see
 * govlog_log_open); an invalid file makes govlog_log_open fail with
 * GOVLOG_EINVALID and a message "path:line:col: …" naming the key.
 */
#ifndef GOVLOG_CONFIG_H_PUBLIC
#define GOVLOG_CONFIG_H_PUBLIC

#include <stdio.h>

#include "govlog/common.h"
#include "govlog/log.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Writes the effective configuration as YAML, each value with a comment that
 * says where it came from: the file and line, a profile, detection or the
 * default. Returns 0, or GOVLOG_EIO when writing fails.
 */
GOVLOG_API int govlog_config_write(FILE *f, const govlog_log *log);

#ifdef __cplusplus
}
#endif

#endif
