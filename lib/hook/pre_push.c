/*
 * The pre-push hook: for each ref Git is about to push, the messages of the
 * commits the remote lacks, and the records as the pushed commit holds them,
 * with their history against what the remote has.
 */
#include "govlog/hook.h"

#include <stdlib.h>
#include <string.h>

#include "commit/commit.h"
#include "config/config.h"
#include "diag/diag.h"
#include "util/error.h"
#include "check/focus.h"
#include "govlog/check.h"
#include "log/log_internal.h"
#include "check/rules/rules.h"
#include "repo/commits.h"
#include "util/buf.h"
#include "util/ascii.h"
#include "util/banned.h"

typedef struct push_ref {
	char local_sha[41], remote_sha[41];
} push_ref;

static bool is_zero(const char *sha)
{
	return strspn(sha, "0") == strlen(sha);
}

static bool is_sha(const char *s, size_t len)
{
	if (len != 40)
		return false;
	for (size_t i = 0; i < len; i++)
		if (!strchr("0123456789abcdef", s[i]))
			return false;
	return true;
}

/* The local side given as a revision (a branch name): its commit's id. */
static bool resolve_local(push_ref *p, const char *root, const char *rev, size_t len)
{
	char name[1024];
	if (!len || len >= sizeof(name) || rev[0] == '-')
		return false;
	memcpy(name, rev, len);
	name[len] = '\0';
	return gl_commits_resolve(root, name, p->local_sha);
}

/*
 * "<local ref> <local sha> <remote ref> <remote sha>"; false when it is not
 * one. The local sha may be a revision: the pre-commit framework names only
 * the branch when a push brings the root commit.
 */
static bool parse_ref_line(push_ref *p, const char *root, const char *s, size_t len)
{
	const char *f[4];
	size_t n[4], k = 0;
	for (size_t i = 0; i < len && k < 4;) {
		while (i < len && s[i] == ' ')
			i++;
		f[k] = s + i;
		while (i < len && s[i] != ' ')
			i++;
		n[k] = (size_t)(s + i - f[k]);
		k += n[k] > 0;
	}
	if (k != 4 || !is_sha(f[3], n[3]))
		return false;
	if (is_sha(f[1], n[1]))
		memcpy(p->local_sha, f[1], 40);
	else if (!resolve_local(p, root, f[1], n[1]))
		return false;
	memcpy(p->remote_sha, f[3], 40);
	p->local_sha[40] = p->remote_sha[40] = '\0';
	return true;
}

/* The records as `sha` holds them: findings about those the range changed. */
static int check_records(govlog_diag_list *out, const char *sha, const char *base)
{
	govlog_log_options opts = GOVLOG_LOG_OPTIONS_INIT;
	opts.revision = sha;
	opts.allow_empty = true;
	govlog_log *log = NULL;
	govlog_diag_list *all = NULL;
	gl_strvec touched = {0};
	gl_buf spec = GL_BUF_INIT;
	int rc = govlog_log_open(&log, &opts);
	if (!rc) {
		govlog_diag_list_new(&all);
		/* The pushed records tell the log's language better than the configuration. */
		gl_diag_list_set_lang(out, govlog_log_language(log));
	}
	if (!rc)
		rc = govlog_check_run(all, log, NULL);
	if (!rc && base) {
		gl_buf_printf(&spec, "%s..%s", base, sha);
		rc = gl_rules_history(all, log, spec.ptr, &touched);
		gl_diag_list_set_severities(all, gl_log_config(log)->severity);
		gl_focus_diags(all, log, &touched);
	}
	if (!rc)
		gl_diag_append_all(out, all);
	gl_buf_release(&spec);
	gl_strvec_free(&touched);
	govlog_diag_list_free(all);
	govlog_log_free(log);
	return rc;
}

/* The remote's default branch, as fetched: what a new branch will be merged into. */
static char *remote_default(const char *root, const char *remote)
{
	static const char *const names[] = {"HEAD", "main", "master"};
	gl_buf ref = GL_BUF_INIT;
	for (size_t i = 0; i < GL_ARRAY_SIZE(names); i++) {
		gl_buf_clear(&ref);
		gl_buf_printf(&ref, "refs/remotes/%s/%s", remote, names[i]);
		if (gl_commits_exists(root, ref.ptr))
			return gl_buf_detach(&ref);
	}
	gl_buf_release(&ref);
	return NULL;
}

static int check_ref(govlog_diag_list *out, const govlog_log *log, const char *remote,
		     const push_ref *p, size_t *checked)
{
	const char *root = govlog_log_root(log);
	bool known = !is_zero(p->remote_sha) && gl_commits_exists(root, p->remote_sha);
	gl_buf spec = GL_BUF_INIT, hide = GL_BUF_INIT;
	if (known)
		gl_buf_printf(&spec, "%s..%s", p->remote_sha, p->local_sha);
	else
		gl_buf_puts(&spec, p->local_sha);
	gl_buf_printf(&hide, "refs/remotes/%s/*", remote);
	gl_commit_range range = {root, spec.ptr, known ? NULL : hide.ptr, true};
	size_t count = 0;
	char *oldest_parent = NULL;
	int rc = gl_commit_check_walk(out, log, &range, &count, &oldest_parent);
	*checked += count;
	/*
	 * The records' history is checked against the remote branch; a new branch
	 * against the remote's default branch, else from where its oldest new
	 * commit forks off (a root commit: everything).
	 */
	char *target = known ? NULL : remote_default(root, remote);
	if (!rc && count)
		rc = check_records(out, p->local_sha,
				   known    ? p->remote_sha
				   : target ? target
					    : oldest_parent);
	free(target);
	free(oldest_parent);
	gl_buf_release(&spec);
	gl_buf_release(&hide);
	return rc;
}

int govlog_hook_pre_push(govlog_diag_list *out, size_t *checked, const char *remote,
			 const char *refs, size_t len)
{
	govlog_log_options opts = GOVLOG_LOG_OPTIONS_INIT;
	opts.config_only = true;
	govlog_log *log = NULL;
	*checked = 0;
	int rc = govlog_log_open(&log, &opts);
	if (!rc) /* the configuration's language until records are read */
		gl_diag_list_set_lang(out, govlog_log_language(log));
	for (size_t i = 0; !rc && i < len;) {
		size_t n = 0;
		while (i + n < len && refs[i + n] != '\n')
			n++;
		push_ref p;
		size_t end = n && refs[i + n - 1] == '\r' ? n - 1 : n;
		if (end && !parse_ref_line(&p, govlog_log_root(log), refs + i, end))
			rc = gl_error_set(GOVLOG_EINVALID, "not a pre-push ref line: '%.*s'",
					  (int)(end > 80 ? 80 : end), refs + i);
		else if (end && !is_zero(p.local_sha))
			rc = check_ref(out, log, remote && *remote ? remote : "origin", &p,
				       checked);
		i += n + 1;
	}
	govlog_log_free(log);
	govlog_diag_list_sort(out);
	return rc;
}
