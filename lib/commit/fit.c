/* Whether a repository without commit rules of its own writes Conventional Commits. */
#include "commit/commit.h"

#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "diag/diag.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "util/text.h"
#include "util/banned.h"

typedef struct tally {
	size_t counted;      /* commits whose subject is the author's own, not a platform's */
	size_t conventional; /* of those, the ones with a Conventional Commits header of a
				default type */
} tally;

static int count_one(const gl_commit_info *c, void *payload)
{
	tally *t = payload;
	gl_text text;
	gl_outline o;
	gl_text_init(&text, c->message, strlen(c->message));
	gl_outline_read(&o, &text, false);
	if (o.subject && o.form == GL_FORM_NONE) {
		t->counted++;
		t->conventional +=
			o.conventional && gl_commit_default_type(o.text, o.header.type_len);
	}
	gl_text_release(&text);
	return 0;
}

bool gl_commit_history_conventional(const char *root, const char *rev)
{
	tally t = {0, 0};
	size_t seen = 0;
	if (gl_commits_recent(root, rev, GL_COMMIT_FIT_SAMPLE, &seen, count_one, &t) < 0)
		return true; /* history that cannot be read says nothing: the default holds */
	if (!seen)
		return true; /* no commits yet: the repository starts with the default */
	return t.counted && t.conventional * 100 >= t.counted * GL_COMMIT_FIT_PERCENT;
}

bool gl_commit_configured(const gl_config *c)
{
	return c->commit_types_origin || c->require_refs_origin || c->commit_scopes_origin ||
	       c->references_origin || c->conventional_origin;
}

void gl_commit_fit(govlog_commit_options *o, const gl_config *c, const char *root, const char *rev)
{
	if (o->conventional && !gl_commit_configured(c))
		o->conventional = gl_commit_history_conventional(root, rev);
}

void gl_commit_fit_range(govlog_commit_options *o, const gl_config *c, const char *root,
			 const char *spec)
{
	const char *dots = strstr(spec, "..");
	if (!dots) {
		gl_commit_fit(o, c, root, spec);
		return;
	}
	char *base = dots == spec ? gl_xstrdup("HEAD") : gl_xstrndup(spec, (size_t)(dots - spec));
	gl_commit_fit(o, c, root, base);
	free(base);
}

/* Whether `list` holds a finding of the rules only a demanded header makes. */
static bool header_findings(const govlog_diag_list *list)
{
	static const gl_rule rules[] = {GL_RULE_COMMIT_FORMAT, GL_RULE_COMMIT_TYPE,
					GL_RULE_COMMIT_SCOPE, GL_RULE_COMMIT_SUBJECT};
	for (size_t i = 0; i < govlog_diag_list_count(list); i++) {
		const govlog_diag *d = govlog_diag_list_get(list, i);
		for (size_t r = 0; d->pos.line && r < GL_ARRAY_SIZE(rules); r++)
			if (!strcmp(d->rule, govlog_rule_at(rules[r])->id))
				return true;
	}
	return false;
}

void gl_commit_check_fitted(govlog_diag_list *out, const char *name, const char *text, size_t len,
			    const govlog_log *log, govlog_commit_options *o, const gl_config *c,
			    const char *root)
{
	bool fit = o->conventional && !gl_commit_configured(c);
	const gl_match *const *refs = (const gl_match *const *)c->reference_matches.items;
	govlog_diag_list *found = NULL;
	if (govlog_diag_list_new(&found) < 0)
		return;
	gl_diag_list_set_lang(found, gl_diag_list_lang(out));
	gl_commit_check(found, name, text, len, log, o, refs, c->reference_matches.len);
	if (fit && header_findings(found) && !gl_commit_history_conventional(root, "HEAD")) {
		govlog_diag_list_free(found);
		if (govlog_diag_list_new(&found) < 0)
			return;
		gl_diag_list_set_lang(found, gl_diag_list_lang(out));
		o->conventional = false;
		gl_commit_check(found, name, text, len, log, o, refs, c->reference_matches.len);
	}
	gl_diag_append_all(out, found);
	govlog_diag_list_sort(out);
	govlog_diag_list_free(found);
}
