/*
 * link/unknown-record and link/supersede-reciprocal: the records a record
 * says it supersedes or is superseded by (fields Supersedes / Erstatter,
 * Superseded by / Erstattet af, or the note of a "Superseded by …" status)
 * must exist, and each side must name the other.
 */
#include "check/rules/rules.h"

#include <string.h>
#include <strings.h>

#include "log/log_internal.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/ascii.h"
#include "util/banned.h"

/* The records one record names as its successors or predecessors. */
typedef GL_VEC(const govlog_record *) record_set;

typedef struct relations {
	govlog_diag_list *out;
	const govlog_log *log;
	bool report_unknown; /* only the first pass reports unknown references */
} relations;

/* "ADR-0003", "adr3", "BS1": letters (at most 8) and a number; false for other words. */
static bool split_id(const char *s, size_t len, char letters[9], unsigned long *number)
{
	size_t i = 0;
	while (i < len && i < 8 && gl_isalpha(s[i]))
		letters[i] = s[i], i++;
	letters[i] = '\0';
	if (i < 2 || i == len)
		return false;
	if (s[i] == '-' || s[i] == '_')
		i++;
	*number = 0;
	size_t digits = 0;
	while (i < len && gl_isdigit(s[i]) && digits < 9)
		*number = *number * 10 + (unsigned long)(s[i++] - '0'), digits++;
	return digits && i == len;
}

static const govlog_record *find_by_token(const govlog_log *log, const char *tok, size_t len)
{
	char want[9], have[9];
	unsigned long n, m;
	if (!split_id(tok, len, want, &n))
		return NULL;
	for (size_t i = 0; i < govlog_log_count(log); i++) {
		const govlog_record *r = govlog_log_record_at(log, i);
		const char *id = govlog_record_id(r);
		if (split_id(id, strlen(id), have, &m) && m == n && !strcasecmp(want, have))
			return r;
	}
	return NULL;
}

/* The record a relative link names; *exists says whether the file is there at all. */
static const govlog_record *find_by_link(const govlog_log *log, const govlog_record *from,
					 const char *url, bool *exists)
{
	gl_buf path = GL_BUF_INIT;
	const char *slash = strrchr(from->path, '/');
	gl_buf_put(&path, from->path, slash ? (size_t)(slash - from->path + 1) : 0);
	gl_buf_put(&path, url, strcspn(url, "#?"));
	if (path.len > 5 && !strcmp(path.ptr + path.len - 5, ".html")) {
		gl_buf_truncate(&path, path.len - 5);
		gl_buf_puts(&path, ".md");
	}
	gl_path_normalise(&path);
	*exists = gl_log_file_exists(log, path.ptr, false);
	const govlog_record *found = NULL;
	for (size_t i = 0; !found && i < govlog_log_count(log); i++)
		if (!strcmp(govlog_record_path(govlog_log_record_at(log, i)), path.ptr))
			found = govlog_log_record_at(log, i);
	gl_buf_release(&path);
	return found;
}

static void add_unique(record_set *set, const govlog_record *r)
{
	for (size_t i = 0; i < set->len; i++)
		if (set->items[i] == r)
			return;
	gl_vec_push(set, r);
}

static void unknown(const relations *rel, const govlog_record *r, govlog_pos pos, const char *what,
		    size_t len)
{
	if (rel->report_unknown)
		gl_diag_add(rel->out, GL_RULE_LINK_UNKNOWN_RECORD, r->path, pos,
			    "name a record of the log by its ID (ADR-0007) or link to its file",
			    "'%.*s' names no record of the log", (int)len, what);
}

/*
 * Records linked from the value's line (links at or after the value). A link
 * to a missing file is link/broken's to report. Returns the links seen.
 */
static size_t refs_from_links(const relations *rel, const govlog_record *r, govlog_pos at,
			      record_set *out)
{
	size_t seen = 0;
	for (size_t i = 0; i < r->links.len; i++) {
		const gl_link *l = &r->links.items[i];
		if (l->pos.line != at.line || l->pos.col < at.col || strstr(l->url, "://"))
			continue;
		bool exists;
		const govlog_record *target = find_by_link(rel->log, r, l->url, &exists);
		seen++;
		if (target)
			add_unique(out, target);
		else if (exists && !find_by_token(rel->log, l->text, strlen(l->text)))
			unknown(rel, r, l->pos, l->url, strlen(l->url));
	}
	return seen;
}

/* IDs written in the value (outside link targets): "ADR-0003", "BS2". Returns the IDs seen. */
static size_t refs_from_ids(const relations *rel, const govlog_record *r, const char *v,
			    govlog_pos at, record_set *out)
{
	size_t seen = 0;
	for (size_t i = 0; v[i];) {
		if (v[i] == '(' && i && v[i - 1] == ']') { /* skip a link's target */
			while (v[i] && v[i] != ')')
				i++;
			continue;
		}
		size_t n = 0;
		while (gl_isalpha(v[i + n]) || gl_isdigit(v[i + n]) || v[i + n] == '-' ||
		       v[i + n] == '_')
			n++;
		char letters[9];
		unsigned long number;
		bool token =
			n && (!i || !gl_isalpha(v[i - 1])) && split_id(v + i, n, letters, &number);
		const govlog_record *target = token ? find_by_token(rel->log, v + i, n) : NULL;
		seen += token;
		if (target)
			add_unique(out, target);
		else if (token)
			unknown(rel, r, at, v + i, n);
		i += n ? n : 1;
	}
	return seen;
}

/*
 * The records r names in its `field_name` fields ("supersedes",
 * "superseded-by"); a "Superseded by …" status counts as the latter when
 * there is no such field. Returns how many references were written.
 */
static size_t refs_of(const relations *rel, const govlog_record *r, const char *field_name,
		      record_set *out)
{
	bool successors = !strcmp(field_name, "superseded-by");
	bool note = successors && !govlog_record_field(r, field_name) &&
		    r->status == GOVLOG_STATUS_SUPERSEDED && r->status_note;
	size_t seen = 0;
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		bool is_note = note && !strcmp(f->name, "status");
		if (!is_note && strcmp(f->name, field_name))
			continue;
		seen += refs_from_links(rel, r, f->value_pos, out);
		seen += refs_from_ids(rel, r, is_note ? r->status_note : f->value, f->value_pos,
				      out);
	}
	return seen;
}

static bool contains(const record_set *set, const govlog_record *r)
{
	for (size_t i = 0; i < set->len; i++)
		if (set->items[i] == r)
			return true;
	return false;
}

static govlog_pos status_pos(const govlog_record *r)
{
	const govlog_field *f = govlog_record_field(r, "status");
	return f ? f->value_pos : govlog_record_title_pos(r);
}

/* A successor S of r must name r among what it supersedes. */
static void check_successor(relations *rel, const govlog_record *r, const govlog_record *s)
{
	record_set back = {0};
	rel->report_unknown = false;
	refs_of(rel, s, "supersedes", &back);
	if (!contains(&back, r))
		gl_diag_add(rel->out, GL_RULE_LINK_SUPERSEDE_RECIPROCAL, s->path,
			    govlog_record_title_pos(s),
			    "add a Supersedes (Erstatter) line that names it",
			    "%s does not say it supersedes %s, which names it as its successor",
			    govlog_record_id(s), govlog_record_id(r));
	gl_vec_free(&back);
}

/* A predecessor P of r must be superseded and name r as its successor. */
static void check_predecessor(relations *rel, const govlog_record *r, const govlog_record *p)
{
	if (govlog_record_status(p) != GOVLOG_STATUS_SUPERSEDED) {
		gl_diag_add(rel->out, GL_RULE_LINK_SUPERSEDE_RECIPROCAL, p->path, status_pos(p),
			    "set its status to superseded (Erstattet) and name the successor",
			    "%s supersedes %s, but the status of %s is %s", govlog_record_id(r),
			    govlog_record_id(p), govlog_record_id(p),
			    govlog_status_name(govlog_record_status(p)));
		return;
	}
	record_set forward = {0};
	rel->report_unknown = false;
	refs_of(rel, p, "superseded-by", &forward);
	if (!contains(&forward, r))
		gl_diag_add(rel->out, GL_RULE_LINK_SUPERSEDE_RECIPROCAL, p->path, status_pos(p),
			    "name every successor (Superseded by / Erstattet af)",
			    "%s supersedes %s, but %s does not name it as a successor",
			    govlog_record_id(r), govlog_record_id(p), govlog_record_id(p));
	gl_vec_free(&forward);
}

static void check_record(relations *rel, const govlog_record *r)
{
	record_set successors = {0}, predecessors = {0};
	rel->report_unknown = true;
	size_t named = refs_of(rel, r, "superseded-by", &successors);
	refs_of(rel, r, "supersedes", &predecessors);
	for (size_t i = 0; i < successors.len; i++)
		check_successor(rel, r, successors.items[i]);
	for (size_t i = 0; i < predecessors.len; i++)
		check_predecessor(rel, r, predecessors.items[i]);
	if (govlog_record_status(r) == GOVLOG_STATUS_SUPERSEDED && !named)
		gl_diag_add(rel->out, GL_RULE_LINK_SUPERSEDE_RECIPROCAL, r->path, status_pos(r),
			    "name the record that replaces it: 'Superseded by ADR-0009' or a link",
			    "%s is superseded but names no successor in the log",
			    govlog_record_id(r));
	gl_vec_free(&successors);
	gl_vec_free(&predecessors);
}

void gl_rules_relations(govlog_diag_list *out, const govlog_log *log)
{
	relations rel = {out, log, true};
	for (size_t i = 0; i < govlog_log_count(log); i++)
		check_record(&rel, govlog_log_record_at(log, i));
}
