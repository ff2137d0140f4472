/* review/same-vendor: a pull request merged in the range by its authors' own vendor, approved by no
 * other. */
#include "check/rules/rules.h"

#include <stdio.h>

#include "config/config.h"
#include "diag/diag.h"
#include "diag/texts.h"
#include "log/log_internal.h"
#include "trace/release_internal.h"
#include "trace/review.h"
#include "util/banned.h"

int gl_rules_review(govlog_diag_list *out, const govlog_log *log, const char *spec,
		    const char *pr_data)
{
	/* Off by default: the whole history is read only for teams that asked for the rule. */
	if (gl_log_config(log)->severity[GL_RULE_REVIEW_SAME_VENDOR] == GOVLOG_SEVERITY_OFF)
		return 0;
	gl_selection sel;
	int rc = gl_selection_load_all(&sel, log, spec, pr_data);
	for (size_t i = 0; !rc && i < sel.changes.len; i++) {
		const gl_change *c = &sel.h->changes.items[sel.changes.items[i]];
		if (c->review != GL_REVIEW_WITHIN)
			continue;
		char where[48];
		snprintf(where, sizeof(where), "commit %.7s", GL_CHANGE_HEX(c));
		gl_diag_addt(out, GL_RULE_REVIEW_SAME_VENDOR, where, (govlog_pos){1, 1},
			     gl_lang_text(gl_diag_list_lang(out), GL_T_REVIEW_SAME_VENDOR_HINT),
			     GL_T_REVIEW_SAME_VENDOR, c->pr, c->more->merger,
			     c->more->merger_vendor);
	}
	gl_selection_release(&sel);
	return rc;
}
