/*
 * The pre-commit hook: the staged records, read from the index, checked with
 * just the part of the log they touch — the records their supersede fields
 * name or their links lead to, those that share their number, and those
 * whose names carry no number — so the hook stays fast in a log of thousands
 * of records.
 */
#include "govlog/hook.h"

#include <stdlib.h>
#include <string.h>

#include "diag/diag.h"
#include "hook/focus.h"
#include "govlog/check.h"
#include "log/log_internal.h"
#include "record/record_internal.h"
#include "record/parse.h"
#include "check/rules/rules.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/vec.h"
#include "util/ascii.h"
#include "util/banned.h"

typedef struct staged {
	gl_strvec paths;               /* repository paths of the staged Markdown files */
	size_t records;                /* how many of them are records */
	GL_VEC(unsigned long) numbers; /* numbers the staged records carry or name */
	const govlog_log *log;
} staged;

/* The number a file name gives its record's ID, as the record itself reads it. */
static gl_stem_kind name_number(const char *name, unsigned long *n)
{
	size_t letters, len;
	return gl_record_stem_number(name, n, &letters, &len);
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

static bool has_number(const staged *s, unsigned long n)
{
	for (size_t i = 0; i < s->numbers.len; i++)
		if (s->numbers.items[i] == n)
			return true;
	return false;
}

static bool mentioned(const staged *s, const char *stem, size_t len)
{
	for (size_t i = 0; i < govlog_log_count(s->log); i++) {
		const govlog_record *r = govlog_log_record_at(s->log, i);
		const char *t = r->text.data, *end = t + r->text.len;
		for (const char *p = t; (p = memchr(p, stem[0], (size_t)(end - p))); p++)
			if ((size_t)(end - p) >= len && !memcmp(p, stem, len))
				return true;
	}
	return false;
}

/* The records worth reading beside the staged ones; a name without a number always is. */
static bool is_context(const char *path, void *payload)
{
	staged *s = payload;
	unsigned long n;
	const char *name = base_name(path);
	if (gl_strvec_contains(&s->paths, path))
		return false;
	switch (name_number(name, &n)) {
	case GL_STEM_NUMBERED:
		return has_number(s, n);
	case GL_STEM_DATED:
		return mentioned(s, name, strcspn(name, "."));
	default:
		return true;
	}
}

/* Numbers written as IDs in a value: "ADR-0003", "SDR 2", "BS1". */
static void numbers_in_text(staged *s, const char *t, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (!gl_isalpha(t[i]) || (i && (gl_isalpha(t[i - 1]) || gl_isdigit(t[i - 1]))))
			continue;
		size_t k = i;
		while (k < len && k - i < 9 && gl_isalpha(t[k]))
			k++;
		if (k - i < 2 || k >= len)
			continue;
		k += (t[k] == '-' || t[k] == '_' || t[k] == ' ') && k + 1 < len;
		unsigned long n = 0;
		size_t digits = 0;
		while (k + digits < len && gl_isdigit(t[k + digits]) && digits < 9)
			n = n * 10 + (unsigned long)(t[k + digits++] - '0');
		if (digits)
			gl_vec_push(&s->numbers, n);
	}
}

static void collect(staged *s, const govlog_log *log)
{
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		const govlog_record *r = govlog_log_record_at(log, i);
		unsigned long n;
		s->records++;
		if (name_number(base_name(r->path), &n) == GL_STEM_NUMBERED)
			gl_vec_push(&s->numbers, n);
		/* Other records matter through the supersede fields (and a "Superseded by" status).
		 */
		for (size_t k = 0; k < r->fields.len; k++) {
			const govlog_field *f = &r->fields.items[k];
			if (!strcmp(f->name, "supersedes") || !strcmp(f->name, "superseded-by") ||
			    !strcmp(f->name, "status"))
				numbers_in_text(s, f->value, strlen(f->value));
		}
		for (size_t k = 0; k < r->relations.len; k++) /* "Supersedes ADR-0003" lines */
			numbers_in_text(s, r->relations.items[k].text,
					strlen(r->relations.items[k].text));
		for (size_t k = 0; k < r->links.len; k++)
			if (name_number(base_name(r->links.items[k].url), &n) == GL_STEM_NUMBERED)
				gl_vec_push(&s->numbers, n);
	}
}

static int check_staged(govlog_diag_list *all, govlog_log *log, staged *s)
{
	gl_log_add_paths(log, &s->paths);
	collect(s, log);
	s->log = log;
	gl_log_add_files(log, is_context, s);
	return govlog_check_run(all, log, NULL);
}

static void staged_release(staged *s)
{
	gl_strvec_free(&s->paths);
	gl_vec_free(&s->numbers);
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
