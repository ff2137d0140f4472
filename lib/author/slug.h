/* File-name slugs from titles, keeping their meaning for Danish and other Latin text. */
#ifndef GOVLOG_SLUG_H
#define GOVLOG_SLUG_H

#include <stdbool.h>

#include "util/buf.h"

/*
 * Appends a slug of the title: lower-case ASCII letters, digits and single
 * dashes, at most 60 bytes, cut between words. Danish letters become ae, oe,
 * aa in Danish (`danish`) and a, o, ae otherwise; other accents are dropped;
 * '&' is "og" or "and". Never empty: "decision" when nothing is left.
 */
void gl_slug(gl_buf *out, const char *title, bool danish);

#endif
