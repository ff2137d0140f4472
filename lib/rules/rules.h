/* The rule families. Each appends diagnostics; none fails. */
#ifndef GOVLOG_RULES_H
#define GOVLOG_RULES_H

#include "../diag_internal.h"
#include "../profile.h"
#include "../record_internal.h"
#include "govlog/log.h"

typedef struct gl_rule_ctx {
	govlog_diag_list *out;
	const govlog_record *r;
	const gl_profile *profile;
} gl_rule_ctx;

/* encoding/bom, encoding/invalid-utf8 */
void gl_rules_encoding(const gl_rule_ctx *ctx);
/* frontmatter/syntax */
void gl_rules_frontmatter(const gl_rule_ctx *ctx);
/* meta/missing, meta/empty, status/unknown, date/invalid */
void gl_rules_meta(const gl_rule_ctx *ctx);
/* title/missing, title/type-mismatch, id/filename-mismatch, section/missing */
void gl_rules_structure(const gl_rule_ctx *ctx);
/* id/duplicate, across the whole log */
void gl_rules_ids(govlog_diag_list *out, const govlog_log *log);

#endif
