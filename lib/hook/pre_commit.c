/*
 * The pre-commit hook: the staged records, read from the index, checked with
 * just the part of the log they touch (log/neighbours.h), so the hook stays
 * fast in a log of thousands of records.
 */
#include "govlog/hook.h"

#include <stdlib.h>
#include <string.h>

#include "diag/diag.h"
#include "check/focus.h"
#include "govlog/check.h"
#include "log/log_internal.h"
#include "log/neighbours.h"
#include "check/rules/rules.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/vec.h"
#include "util/banned.h"

typedef struct staged {
	gl_strvec paths; /* repository paths of the staged Markdown files */
	size_t records;  /* how many of them are records */
	gl_neighbours neighbours;
} staged;

static int check_staged(govlog_diag_list *all, govlog_log *log, staged *s)
{
	gl_log_add_paths(log, &s->paths);
	s->records = govlog_log_count(log);
	gl_neighbours_collect(&s->neighbours, log, &s->paths);
	gl_log_add_files(log, gl_neighbours_want, &s->neighbours);
	return govlog_check_run(all, log, NULL);
}

static void staged_release(staged *s)
{
	gl_strvec_free(&s->paths);
	gl_neighbours_release(&s->neighbours);
}

int govlog_hook_pre_commit(govlog_diag_list *out, size_t *checked)
{
	govlog_log_options opts = GOVLOG_LOG_OPTIONS_INIT;
	opts.staged = true;
	opts.allow_empty = true;
	govlog_log *log = NULL;
	govlog_diag_list *all = NULL;
	staged s = {0};
	*checked = 0;
	const gl_log_filter none = {gl_log_want_none, NULL, NULL};
	int rc = gl_log_open_filtered(&log, &opts, &none);
	if (!rc) {
		govlog_diag_list_new(&all);
		/* The configuration's language for the history; the check sets the records'. */
		gl_diag_list_set_lang(all, govlog_log_language(log));
	}
	if (!rc)
		rc = gl_rules_staged_history(all, log, &s.paths);
	if (!rc && s.paths.len)
		rc = check_staged(all, log, &s);
	if (!rc) {
		*checked = s.records;
		gl_focus_diags(all, log, &s.paths);
		gl_diag_list_set_lang(out, gl_diag_list_lang(all));
		gl_diag_append_all(out, all);
		govlog_diag_list_sort(out);
	}
	staged_release(&s);
	govlog_diag_list_free(all);
	govlog_log_free(log);
	return rc;
}
