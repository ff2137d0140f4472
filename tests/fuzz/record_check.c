/* The oracles of one parsed record: positions, determinism, dates, the per-record rules. */
#include "record_check.h"

#include <stdlib.h>
#include <string.h>

#include "check/rules/rules.h"
#include "config/config.h"
#include "oracle.h"
#include "record/date.h"
#include "util/match.h"

static bool field_same(const govlog_field *a, const govlog_field *b)
{
	return fz_str_same(a->name, b->name) && fz_str_same(a->key, b->key) &&
	       fz_str_same(a->value, b->value) && a->key_pos.line == b->key_pos.line &&
	       a->key_pos.col == b->key_pos.col && a->value_pos.line == b->value_pos.line &&
	       a->value_pos.col == b->value_pos.col && a->style == b->style;
}

static bool section_same(const govlog_section *a, const govlog_section *b)
{
	return fz_str_same(a->heading, b->heading) && a->level == b->level &&
	       a->pos.line == b->pos.line && a->pos.col == b->pos.col && a->empty == b->empty;
}

static bool record_same(const govlog_record *a, const govlog_record *b)
{
	if (!fz_str_same(govlog_record_id(a), govlog_record_id(b)) ||
	    !fz_str_same(govlog_record_title(a), govlog_record_title(b)) ||
	    !fz_str_same(govlog_record_status_raw(a), govlog_record_status_raw(b)) ||
	    !fz_str_same(govlog_record_date(a), govlog_record_date(b)) ||
	    govlog_record_status(a) != govlog_record_status(b) ||
	    govlog_record_type(a) != govlog_record_type(b) ||
	    govlog_record_field_count(a) != govlog_record_field_count(b) ||
	    govlog_record_section_count(a) != govlog_record_section_count(b) ||
	    govlog_record_decider_count(a) != govlog_record_decider_count(b))
		return false;
	for (size_t i = 0; i < govlog_record_field_count(a); i++)
		if (!field_same(govlog_record_field_at(a, i), govlog_record_field_at(b, i)))
			return false;
	for (size_t i = 0; i < govlog_record_section_count(a); i++)
		if (!section_same(govlog_record_section_at(a, i), govlog_record_section_at(b, i)))
			return false;
	for (size_t i = 0; i < govlog_record_decider_count(a); i++)
		if (!fz_str_same(govlog_record_decider_at(a, i), govlog_record_decider_at(b, i)))
			return false;
	return true;
}

static void positions(const govlog_record *r, const char *text, size_t len)
{
	for (size_t i = 0; i < govlog_record_field_count(r); i++) {
		const govlog_field *f = govlog_record_field_at(r, i);
		fz_require(f->name && f->key && f->value, "a field has a name, a key and a value");
		fz_require(fz_pos_inside(text, len, f->key_pos) &&
				   fz_pos_inside(text, len, f->value_pos),
			   "a field's position lies inside the input");
	}
	for (size_t i = 0; i < govlog_record_section_count(r); i++)
		fz_require(fz_pos_inside(text, len, govlog_record_section_at(r, i)->pos),
			   "a section's position lies inside the input");
	if (govlog_record_title(r))
		fz_require(fz_pos_inside(text, len, govlog_record_title_pos(r)),
			   "the title's position lies inside the input");
}

/* A date the record reports is a real ISO date that reads back as itself. */
static void date(const govlog_record *r)
{
	const char *iso = govlog_record_date(r);
	if (!iso)
		return;
	gl_date d;
	char back[11];
	fz_require(gl_date_parse(iso, strlen(iso), &d) == GL_DATE_OK && d.form == GL_DATE_ISO,
		   "a record's date is an ISO date");
	gl_date_iso(&d, back);
	fz_require(!strcmp(back, iso), "a record's date reads back as itself");
}

/* The per-record rules of `check`, with the default configuration. */
static govlog_diag_list *rules(const govlog_record *r)
{
	static gl_config *config;
	static gl_match *placeholder;
	if (!config && (gl_config_parse(&config, "", 0, ".govlog.yml") != 0 ||
			gl_placeholder_compile(&placeholder) != 0))
		abort();
	govlog_diag_list *out = NULL;
	if (govlog_diag_list_new(&out) != 0)
		abort();
	gl_profile own = *gl_config_profile(config, gl_profile_detect(r));
	gl_rule_ctx ctx = {out, r, &own, placeholder, "2026-06-30", config};
	gl_rules_encoding(&ctx);
	gl_rules_frontmatter(&ctx);
	gl_rules_meta(&ctx);
	gl_rules_structure(&ctx);
	gl_rules_placeholder(&ctx);
	gl_rules_dates(&ctx);
	return out;
}

void fz_record_check(const char *path, const char *text, size_t len)
{
	govlog_record_options opts = GOVLOG_RECORD_OPTIONS_INIT;
	govlog_record *a = NULL, *b = NULL;
	int ra = govlog_record_parse(&a, path, text, len, &opts);
	int rb = govlog_record_parse(&b, path, text, len, &opts);
	fz_require(ra == rb, "parsing twice fails alike");
	if (ra == 0) {
		fz_require(record_same(a, b), "parsing twice reads the same record");
		positions(a, text, len);
		date(a);
		govlog_diag_list *da = rules(a), *db = rules(b);
		fz_require(fz_diags_same(da, db), "checking twice finds the same");
		fz_input in = {path, text, len};
		fz_diags_check(da, &in, 1);
		govlog_diag_list_free(da);
		govlog_diag_list_free(db);
	}
	govlog_record_free(a);
	govlog_record_free(b);
}
