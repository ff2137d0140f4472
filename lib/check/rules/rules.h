/* The rule families. Each appends diagnostics; none fails. */
#ifndef GOVLOG_RULES_H
#define GOVLOG_RULES_H

#include "diag/diag.h"
#include "config/profile.h"
#include "record/record_internal.h"
#include "govlog/log.h"
#include "util/fs.h"
#include "check/rules/minutes.h"

typedef struct gl_rule_ctx {
	govlog_diag_list *out;
	const govlog_record *r;
	const gl_profile *profile;
	const struct gl_match *placeholder; /* what a left-in placeholder looks like */
	const char *today;                  /* "YYYY-MM-DD", for date/future */
	const struct gl_config *config;
} gl_rule_ctx;

/* encoding/bom, encoding/invalid-utf8 */
void gl_rules_encoding(const gl_rule_ctx *ctx);
/* frontmatter/syntax, meta/template-braces */
void gl_rules_frontmatter(const gl_rule_ctx *ctx);
/* A record's front-matter error (it must have one), in `lang`, appended to out. */
void gl_frontmatter_error_say(gl_buf *out, govlog_lang lang, const govlog_record *r);
/* meta/missing, meta/empty, status/unknown, date/invalid, date/format, date/future */
void gl_rules_meta(const gl_rule_ctx *ctx);
/* title/missing, title/type-mismatch, id/filename-mismatch, file/name-pattern,
 * section/missing, section/empty */
void gl_rules_structure(const gl_rule_ctx *ctx);
/*
 * status/transition, decision/frozen, decision/edited, id/reused and
 * id/duplicate across branches, over the range "BASE..HEAD" as its target
 * branch sees it (gl_history_walk). When `touched` is not NULL, the repository
 * paths of the records the range changed are added to it (heap strings).
 * Returns 0 or a GOVLOG_E* code.
 */
int gl_rules_history(govlog_diag_list *out, const govlog_log *log, const char *spec,
		     gl_strvec *touched);
/*
 * review/same-vendor (off unless configured) for the pull requests merged in
 * the range "BASE..HEAD" (trace/review.h). Reads the history only when the
 * rule is on; `pr_data` (or NULL), the pull requests as gh wrote them, gives
 * their approvals. Returns 0 or a GOVLOG_E* code.
 */
int gl_rules_review(govlog_diag_list *out, const govlog_log *log, const char *spec,
		    const char *pr_data);
/*
 * status/transition, decision/frozen, decision/edited and id/reused for the
 * staged version of each record against HEAD, when the log was read from the index; `touched` as
 * above, for the staged records. Returns 0 or a GOVLOG_E* code.
 */
int gl_rules_staged_history(govlog_diag_list *out, const govlog_log *log, gl_strvec *touched);
/* SPEC §2.2's lifecycle: proposed → accepted | rejected; accepted → deprecated |
 * superseded; deprecated → superseded. Unknown or no status on either side passes. */
bool gl_status_allowed(govlog_status from, govlog_status to);
/* section/placeholder */
void gl_rules_placeholder(const gl_rule_ctx *ctx);
/* The pattern gl_rules_placeholder looks for; 0 or a GOVLOG_E* code. */
int gl_placeholder_compile(struct gl_match **out);
/*
 * The first placeholder of a line outside code spans and HTML comments (one
 * is open at the line's start when `in_comment`), at line[*at..*end); false
 * when none.
 */
bool gl_placeholder_in_line(const struct gl_match *m, const char *line, size_t len, bool in_comment,
			    size_t *at, size_t *end);
/* link/broken, across the whole log (links may name any file of the tree) and the
 * minutes (gl_minutes_load, read once by the check) */
void gl_rules_links(govlog_diag_list *out, const govlog_log *log, const gl_record_vec *minutes);
/* link/unknown-record, link/supersede-reciprocal, across the whole log */
void gl_rules_relations(govlog_diag_list *out, const govlog_log *log);
/* file/possible-duplicate, across the whole log */
void gl_rules_similar(govlog_diag_list *out, const govlog_log *log);
/* Whether file/possible-duplicate reports the pair (near names or the same title). */
bool gl_similar_names(const govlog_record *a, const govlog_record *b);
/* file/name-title and file/name-date, across the whole log */
void gl_rules_identity(govlog_diag_list *out, const govlog_log *log);
/* decision/duplicate: near-identical titles or text, across the whole log; lines holding a
 * template's placeholder (`placeholder`, gl_placeholder_compile) are no one's text */
void gl_rules_duplicates(govlog_diag_list *out, const govlog_log *log,
			 const struct gl_match *placeholder);
/* date/swapped and date/text-mismatch: dates in the record's text */
void gl_rules_dates(const gl_rule_ctx *ctx);
/* decider/unknown, against decisions.deciders or the names the log's records use */
void gl_rules_deciders(govlog_diag_list *out, const govlog_log *log);
/* governance/placeholder, governance/liquid: templates and governance files */
void gl_rules_governance(govlog_diag_list *out, const govlog_log *log);
/* template/missing-key, template/form, template/location: the repository's templates */
void gl_rules_templates(govlog_diag_list *out, const govlog_log *log);
/* The issue templates the user named (.github/ISSUE_TEMPLATE/ or a file in it). */
void gl_rules_templates_named(govlog_diag_list *out, const govlog_log *log);

/* approval/missing, approval/mismatch, approval/no-backlink: accepted decisions and the
 * minutes or pull requests that approved them, when decisions.approval asks for evidence */
void gl_rules_approval(govlog_diag_list *out, const govlog_log *log, gl_record_vec *minutes);
/* id/duplicate, across the whole log */
void gl_rules_ids(govlog_diag_list *out, const govlog_log *log);

#endif
