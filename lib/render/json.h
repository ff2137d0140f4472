/* Minimal JSON writing: strings are escaped and always valid UTF-8. */
#ifndef GOVLOG_RENDER_JSON_H
#define GOVLOG_RENDER_JSON_H

#include "util/buf.h"

/*
 * The "schema" member of each JSON output: its kind and the version of its
 * shape, described in docs/json/<kind>.schema.json. A version changes when a
 * member is removed or changes meaning; new members keep it.
 */
#define GL_JSON_SCHEMA_DIAGNOSTICS "govlog/diagnostics/1"
#define GL_JSON_SCHEMA_RECORDS "govlog/records/1"
#define GL_JSON_SCHEMA_RELEASE_NOTES "govlog/release-notes/1"
#define GL_JSON_SCHEMA_CHANGELOG "govlog/changelog/1"
#define GL_JSON_SCHEMA_TRACE "govlog/trace/1"
#define GL_JSON_SCHEMA_MEETINGS "govlog/meetings/1"

/* Appends s as a JSON string literal; NULL becomes null. */
void gl_json_string(gl_buf *out, const char *s);

#endif
