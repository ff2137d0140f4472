/* Commit messages of a range of history, checked as the commit-msg hook checks them. */
#include "commit/commit.h"

#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "diag/diag.h"
#include "log/log_internal.h"
#include "util/buf.h"
#include "util/banned.h"

void gl_commit_options_from_config(govlog_commit_options *o, const gl_config *c)
{
	o->types = c->commit_types;
	o->type_count = c->commit_type_count;
	o->require_refs = c->require_refs;
	o->require_refs_count = c->require_refs_count;
	o->scopes = c->commit_scopes;
	o->scope_count = c->commit_scope_count;
	o->references = c->references;
	o->reference_count = c->reference_count;
	o->conventional = c->conventional != GOVLOG_SEVERITY_OFF;
}

typedef struct range_check {
	govlog_diag_list *out;
	const govlog_log *log;
	govlog_commit_options opts;
	size_t count;
	char *oldest_parent;
	gl_buf name;
} range_check;

static int check_one(const gl_commit_info *c, void *payload)
{
	range_check *rc = payload;
	gl_buf_clear(&rc->name);
	gl_buf_printf(&rc->name, "commit %s", c->short_id);
	rc->count++;
	if (rc->count == 1) /* oldest first: the first commit's parent is where the range starts */
		rc->oldest_parent = c->first_parent ? gl_xstrdup(c->first_parent) : NULL;
	const gl_config *cfg = gl_log_config(rc->log);
	gl_commit_check(rc->out, rc->name.ptr, c->message, strlen(c->message), rc->log, &rc->opts,
			(const gl_match *const *)cfg->reference_matches.items,
			cfg->reference_matches.len);
	return 0;
}

int gl_commit_check_walk(govlog_diag_list *out, const govlog_log *log, const gl_commit_range *range,
			 size_t *count, char **oldest_parent)
{
	range_check rc = {out, log, GOVLOG_COMMIT_OPTIONS_INIT, 0, NULL, GL_BUF_INIT};
	const gl_config *c = gl_log_config(log);
	gl_commit_options_from_config(&rc.opts, c);
	gl_commit_fit_range(&rc.opts, c, range->root, range->spec);
	rc.opts.comments = false; /* in history a line starting with '#' is text */
	gl_commit_range oldest_first = *range;
	oldest_first.oldest_first = true;
	int err = gl_commits_walk(&oldest_first, check_one, &rc);
	gl_diag_list_set_severities(out, c->severity);
	govlog_diag_list_sort(out);
	*count = rc.count;
	if (oldest_parent)
		*oldest_parent = rc.oldest_parent;
	else
		free(rc.oldest_parent);
	gl_buf_release(&rc.name);
	return err;
}

int govlog_commit_check_range(govlog_diag_list *out, size_t *count, const govlog_log *log,
			      const char *range)
{
	gl_commit_range r = {govlog_log_root(log), range, NULL, true};
	return gl_commit_check_walk(out, log, &r, count, NULL);
}
