/* govlog_check_run: every record rule over every record, then the log-wide rules. */
#include "govlog/check.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diag/diag.h"
#include "util/error.h"
#include "config/config.h"
#include "record/date.h"
#include "log/log_internal.h"
#include "util/match.h"
#include "config/profile.h"
#include "record/vocab.h"
#include "check/focus.h"
#include "check/rules/rules.h"
#include "util/banned.h"

const char *govlog_check_profile_name_at(size_t i)
{
	const gl_profile *p = gl_profile_at(i);
	return p ? p->name : NULL;
}

enum { GL_REQUIRED_FIELDS_MAX = 16 };

/* Whether the template writes the field: as a key, or as a heading left for it ("## Status"). */
static bool template_writes(const govlog_record *tpl, const char *name)
{
	if (govlog_record_field(tpl, name))
		return true;
	for (size_t i = 0; i < tpl->sections.len; i++) {
		const char *field = gl_vocab_heading_field(tpl->sections.items[i].heading);
		if (field && !strcmp(field, name))
			return true;
	}
	return false;
}

/*
 * The profile's required fields that the log's own template writes, into
 * kept (NULL-terminated): a field its template leaves out (Backstage's
 * writes no Status and no Date; MADR 4's comments them out as optional) is
 * asked of no record written from it.
 */
static const char *const *template_fields(const char *kept[GL_REQUIRED_FIELDS_MAX],
					  const char *const *required, const govlog_record *tpl)
{
	size_t n = 0;
	for (const char *const *name = required; name && *name; name++)
		if (n + 1 < GL_REQUIRED_FIELDS_MAX && template_writes(tpl, *name))
			kept[n++] = *name;
	kept[n] = NULL;
	return kept;
}

/* Every per-record rule, each record judged by the chosen, chosen or its own profile. */
static void check_records(govlog_diag_list *out, const govlog_log *log, const gl_profile *chosen,
			  const gl_match *placeholder)
{
	const gl_config *config = gl_log_config(log);
	char today[11];
	gl_date_today(today);
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		const govlog_record *r = govlog_log_record_at(log, i);
		const gl_profile *base = chosen ? chosen : config->profile;
		gl_profile own = *gl_config_profile(config, base ? base : gl_profile_detect(r));
		/* The log's own template says which sections it requires, unless the
		 * configuration does. */
		const gl_log_template *t = gl_log_template_for(log, r);
		if (t && t->sections && !config->required_sections) {
			own.sections = t->sections;
			own.template_path = t->path;
		}
		const char *kept[GL_REQUIRED_FIELDS_MAX];
		if (t && t->record && !config->required_fields)
			own.required_fields = template_fields(kept, own.required_fields, t->record);
		gl_rule_ctx ctx = {out, r, &own, placeholder, today, config};
		gl_rules_encoding(&ctx);
		gl_rules_frontmatter(&ctx);
		gl_rules_meta(&ctx);
		gl_rules_structure(&ctx);
		gl_rules_placeholder(&ctx);
		gl_rules_dates(&ctx);
	}
}

static int check_all(govlog_diag_list *out, const govlog_log *log, const govlog_check_options *opts)
{
	govlog_check_options defaults = GOVLOG_CHECK_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (opts->version != 1 && opts->version != GOVLOG_CHECK_OPTIONS_VERSION)
		return gl_error_set(GOVLOG_EINVALID, "unsupported check options version %u",
				    opts->version);
	/* a version 1 caller's struct ends before pr_data */
	const char *pr_data = opts->version >= 2 ? opts->pr_data : NULL;
	const gl_profile *chosen = NULL;
	if (opts->profile && !(chosen = gl_profile_find(opts->profile)))
		return gl_error_set(GOVLOG_EINVALID,
				    "unknown profile '%s' (known: nygard, madr, os2-da, os2-en)",
				    opts->profile);
	/* Once, before anything is added: every message below is in the log's language. */
	gl_diag_list_set_lang(out, govlog_log_language(log));
	gl_log_load_diags(out, log);
	gl_match *placeholder = NULL;
	int rc = gl_placeholder_compile(&placeholder);
	gl_record_vec minutes = {0};
	if (!rc) {
		/* read once: the link rules check the minutes' links, the approval rules read them
		 */
		gl_minutes_load(log, &minutes);
		check_records(out, log, chosen, placeholder);
		gl_rules_ids(out, log);
		gl_rules_links(out, log, &minutes);
		gl_rules_relations(out, log);
		gl_rules_similar(out, log);
		gl_rules_identity(out, log);
		gl_rules_duplicates(out, log, placeholder);
		gl_rules_deciders(out, log);
		if (gl_log_whole_repository(log)) {
			gl_rules_templates(out, log);
			gl_rules_governance(out, log);
			gl_rules_approval(out, log, &minutes);
		} else {
			gl_rules_templates_named(out, log);
		}
	}
	for (size_t i = 0; i < minutes.len; i++) /* those the approval rules did not take */
		govlog_record_free(minutes.items[i]);
	gl_vec_free(&minutes);
	gl_match_free(placeholder);
	if (!rc && opts->range)
		rc = gl_rules_history(out, log, opts->range, NULL);
	if (!rc && opts->range)
		rc = gl_rules_review(out, log, opts->range, pr_data);
	gl_diag_list_set_severities(out, gl_log_config(log)->severity);
	govlog_diag_list_sort(out);
	return rc;
}

int govlog_check_run(govlog_diag_list *out, const govlog_log *log, const govlog_check_options *opts)
{
	const gl_strvec *named = gl_log_named_records(log);
	if (!named)
		return check_all(out, log, opts);
	/* Named records read with their log: the findings about them, and about what names them. */
	govlog_diag_list *all = NULL;
	govlog_diag_list_new(&all);
	int rc = check_all(all, log, opts);
	if (!rc) {
		gl_focus_diags(all, log, named);
		gl_diag_list_set_lang(out, gl_diag_list_lang(all));
		gl_diag_append_all(out, all);
		govlog_diag_list_sort(out);
	}
	govlog_diag_list_free(all);
	return rc;
}
