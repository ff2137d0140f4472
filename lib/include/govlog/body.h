/*
 * govlog/body.h — an issue or pull-request body checked against its template.
 */
#ifndef GOVLOG_BODY_H
#define GOVLOG_BODY_H

#include <stddef.h>

#include "govlog/common.h"
#include "govlog/diag.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Checks `body` (as GitHub sends it; shown as `body_name`) against a
 * template (shown as `template_name`): a Markdown template's sections must
 * be there, filled, and not left as the template's guidance text; its
 * checkboxes ticked, except those the template makes optional (an
 * `<!-- optional -->` or `<!-- valgfri -->` comment on the line, or wording
 * such as "if applicable", "hvis relevant", "if the change needs …"); a
 * "Refs:" line must carry a reference (#123, owner/repo#123, FR-12, a URL).
 * For an issue form (`is_form`), the required fields must be answered and the
 * required boxes ticked. Findings go to `out` (the body rules), each with a
 * line: the body's, or for an item the body lacks, the template's line that
 * asks for it. Returns 0, or GOVLOG_EINVALID when the form's YAML does not
 * parse.
 */
GOVLOG_API int govlog_body_check(govlog_diag_list *out, const char *body_name, const char *body,
				 size_t len, const char *template_name, const char *template_text,
				 size_t template_len, bool is_form);

#ifdef __cplusplus
}
#endif

#endif
