/* Whether a template's checkbox is one the author may leave empty. */
#ifndef GL_CHECK_BODY_OPTIONAL_H
#define GL_CHECK_BODY_OPTIONAL_H

#include <stdbool.h>
#include <stddef.h>

/*
 * True when a template's checkbox line (its label with any HTML comment)
 * marks the box optional (`<!-- optional -->`, `<!-- valgfri -->`) or makes
 * it conditional ("if applicable", "hvis relevant", "if the change needs a
 * decision", "where applicable").
 */
bool gl_body_box_optional(const char *line, size_t len);

#endif
