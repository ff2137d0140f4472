/* Minimal JSON writing: strings are escaped and always valid UTF-8. */
#ifndef GOVLOG_RENDER_JSON_H
#define GOVLOG_RENDER_JSON_H

#include "util/buf.h"

/* Appends s as a JSON string literal; NULL becomes null. */
void gl_json_string(gl_buf *out, const char *s);

#endif
