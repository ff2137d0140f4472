/* File-name slugs from titles, keeping their meaning for Danish and other Latin text. */
#ifndef GOVLOG_SLUG_H
#define GOVLOG_SLUG_H

#include "govlog/common.h"
#include "util/buf.h"

/*
 * Appends a slug of the title: lower-case ASCII letters, digits and single
 * dashes, at most 60 bytes, cut between words. Danish letters become ae, oe,
 * aa when `lang` is Danish and a, o, ae otherwise; other accents are dropped;
 * '&' is the language's "and" ("og"). Never empty: "decision" when nothing is left.
 */
void gl_slug(gl_buf *out, const char *title, govlog_lang lang);

#endif
