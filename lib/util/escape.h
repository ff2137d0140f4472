/*
 * Text made safe for the place it is shown: a terminal or log (control
 * characters written as visible escapes), Markdown (active characters
 * escaped, link targets limited to http(s) and relative ones) and CSV
 * (quoted, formula cells neutralised).
 */
#ifndef GOVLOG_UTIL_ESCAPE_H
#define GOVLOG_UTIL_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/* Keep line breaks and tabs as they are (a file's text); else they are escaped too. */
#define GL_ESC_KEEP_LINES 1u

/*
 * Appends s[0..len) for a terminal: C0 controls, DEL, C1 controls and the
 * bidirectional overrides and isolates become "\n", "\x1b", "\u009b",
 * "\u202e"; invalid UTF-8 bytes become U+FFFD. Nothing a terminal or a CI
 * log reads as a command is left.
 */
void gl_esc_text(gl_buf *out, const char *s, size_t len, unsigned flags);
/* The same for a NUL-terminated string; NULL appends nothing. */
void gl_esc_texts(gl_buf *out, const char *s);

/*
 * Appends s as Markdown inline text a reader sees as written: the active
 * characters \ ` * _ [ ] < > | ~ and a leading "# " are backslash-escaped (so no
 * raw HTML, no link, no emphasis, no heading and no table cell break), line breaks and tabs become
 * spaces and other control characters visible escapes. The one function
 * every Markdown writer uses for titles, subjects, names and link text.
 */
void gl_md_text(gl_buf *out, const char *s);

/*
 * Appends url as a Markdown link target and returns true when it is an
 * http(s) URL or a relative one; spaces, parentheses, angle brackets,
 * quotes, backslashes and controls are percent-encoded and '&' escaped (no
 * character reference can spell a scheme). Any other scheme
 * ("javascript:", "data:") appends nothing and returns false.
 */
bool gl_md_link_target(gl_buf *out, const char *url);

/* "[text](url)", or only the escaped text when the target is refused. */
void gl_md_link(gl_buf *out, const char *text, const char *url);

/*
 * Appends s as HTML text or a quoted attribute value: & < > " ' as character
 * references, line breaks and tabs as spaces, other control characters
 * left out, invalid UTF-8 as U+FFFD. NULL appends nothing.
 */
void gl_html_text(gl_buf *out, const char *s);

/*
 * Appends s as one CSV cell (RFC 4180): quoted when it holds a comma, quote
 * or line break, quotes doubled; a cell starting with = + - @, tab or CR
 * gets a leading ' so a spreadsheet does not run it as a formula (OWASP).
 */
void gl_csv_cell(gl_buf *out, const char *s);

#endif
