/*
 * Values written into records, encoded for the place they go: checked for
 * line breaks and control characters, quoted as a YAML scalar for front
 * matter, escaped as Markdown inline text for bullets, key lines, headings
 * and the Status section — so that the record parser reads back the value
 * given, and YAML and Markdown readers elsewhere see the same text.
 */
#ifndef GOVLOG_AUTHOR_ENCODE_H
#define GOVLOG_AUTHOR_ENCODE_H

#include <stdbool.h>
#include <stddef.h>

#include "govlog/common.h"
#include "util/buf.h"

/*
 * 0 when `value` can be written into a record: valid UTF-8 without line
 * breaks or other control characters (U+0000–U+001F, U+007F–U+009F, U+2028,
 * U+2029, U+FFFE, U+FFFF). Else GOVLOG_EINVALID, the message (in `lang`)
 * naming `what` ("--note", the title). NULL is accepted.
 */
int gl_encode_check(const char *value, const char *what, govlog_lang lang);

/*
 * Appends `value` as a YAML scalar: plain when libyaml, PyYAML and Ruby's
 * Psych all read it back as the same string, else single- or double-quoted.
 * `flow`: the scalar stands inside a flow sequence ("[a, b]").
 */
void gl_encode_yaml(gl_buf *out, const char *value, bool flow);

/*
 * The length of the YAML value written at s[0..len) (one line): a quoted
 * scalar to its closing quote, a flow sequence to its ']', a plain scalar to
 * a comment or the end, trailing blanks left out.
 */
size_t gl_encode_yaml_end(const char *s, size_t len);

enum {
	GL_MD_LINE_START = 1, /* the text starts a line: no list item, quote or heading */
	GL_MD_HEADING = 2,    /* the text ends an ATX heading: a closing '#' run is escaped */
};

/*
 * Appends `value` as Markdown inline text that CommonMark (GitHub) shows as
 * written and govlog's reader reads back: emphasis, code, links, HTML,
 * tables and strike-through marks and backslashes are escaped.
 */
void gl_encode_md(gl_buf *out, const char *value, unsigned flags);

/* Appends a Markdown link: the text escaped, the target in "<…>" when it has blanks or parentheses.
 */
void gl_encode_md_link(gl_buf *out, const char *text, const char *target);

/*
 * Appends the blank (or " - ") that joins a status word and `note`, then the
 * note as it is (encode the result); nothing for an empty note. The reader
 * takes one separator after the word, so a note starting with '-', ':' or ','
 * gets " - " before it.
 */
void gl_encode_note(gl_buf *out, const char *note);

#endif
