/*
 * link/unknown-record and link/supersede-reciprocal: the records a record
 * says it supersedes or is superseded by must exist, and each side must name
 * the other as its format asks. The links are read from the fields
 * (Supersedes / Erstatter, Superseded by / Erstattet af), the status text
 * ("accepted; supersedes ADR-0045", a "Superseded …" status's note) and the
 * lines of the text that open with the words (log4brains' "## Links" list).
 * A record is named by a relative link, a link to the repository's own file
 * on GitHub, its ID, or the log's own prefix ("MADR-077", "MADR 099").
 * adr-tools and MADR keep the link on the old record: there a successor need
 * not name what it supersedes.
 */
#include "check/rules/rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check/rules/own.h"
#include "check/rules/record_index.h"
#include "config/config.h"
#include "config/profile.h"
#include "log/log_internal.h"
#include "record/vocab.h"
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
	gl_own_repo *own;
	gl_buf ref, path;
	gl_strvec id_letters; /* letters of the records' IDs ("ADR", "SDR"), upper case */
	gl_strvec aliases;    /* other letters the log names its records by ("MADR") */
	gl_record_index *index;
} relations;

/* A record's number: from its file name, else its title ("ADR 001 -"), else its ID. */
static unsigned long record_number(const govlog_record *r)
{
	char letters[9];
	unsigned long n = 0;
	if (r->file_number || r->title_id_number)
		return r->file_number ? r->file_number : r->title_id_number;
	return gl_record_id_split(r->id, strlen(r->id), letters, &n) ? n : 0;
}

static void add_letters(gl_strvec *set, const char *letters, size_t len)
{
	char up[9];
	if (len < 2 || len > 8)
		return;
	for (size_t i = 0; i < len; i++) {
		if (!gl_isalpha(letters[i]))
			return;
		up[i] = gl_toupper(letters[i]);
	}
	up[len] = '\0';
	if (!gl_strvec_contains(set, up))
		gl_vec_push(set, gl_xstrdup(up));
}

static size_t token_length(const char *v);

/* Whether a record of the log has number n. */
static bool has_number(const relations *rel, unsigned long n)
{
	size_t count;
	return gl_record_index_number(rel->index, n, &count) != NULL;
}

/* Counts the letters of the IDs in a supersede text whose number a record has. */
static void count_prefixes(const relations *rel, const char *v, gl_strvec *seen, gl_strvec *twice)
{
	char letters[9];
	unsigned long n;
	for (size_t i = 0; v[i];) {
		size_t len = token_length(v + i);
		if (len && (!i || !gl_isalpha(v[i - 1])) &&
		    gl_record_id_split(v + i, len, letters, &n) &&
		    !gl_strvec_contains(&rel->id_letters, letters) && has_number(rel, n)) {
			if (gl_strvec_contains(seen, letters))
				add_letters(twice, letters, strlen(letters));
			add_letters(seen, letters, strlen(letters));
		}
		i += len ? len : 1;
	}
}

/*
 * Letters the log's supersede links use twice or more for numbers its
 * records have ("superseded by MADR-077" … "supersedes MADR 099"): the log
 * names its records that way.
 */
static void prefixes_in_references(const relations *rel, gl_strvec *out)
{
	gl_strvec seen = {0};
	for (size_t i = 0; i < govlog_log_count(rel->log); i++) {
		const govlog_record *r = govlog_log_record_at(rel->log, i);
		for (size_t k = 0; k < r->fields.len; k++) {
			const govlog_field *f = &r->fields.items[k];
			if (!strcmp(f->name, "supersedes") || !strcmp(f->name, "superseded-by") ||
			    (!strcmp(f->name, "status") && r->status == GOVLOG_STATUS_SUPERSEDED))
				count_prefixes(rel, f->value, &seen, out);
		}
		for (size_t k = 0; k < r->relations.len; k++)
			count_prefixes(rel, r->relations.items[k].text, &seen, out);
	}
	gl_strvec_free(&seen);
}

/*
 * The letters the log names records by: its IDs' ("ADR"), and as aliases the
 * prefix of the configuration, of titles ("MADR-077: …"), of the folders
 * ("docs/madr/decisions" → "MADR") and of its supersede links.
 */
static void collect_letters(relations *rel)
{
	const gl_config *config = gl_log_config(rel->log);
	gl_strvec others = {0};
	char letters[9];
	unsigned long n;
	for (size_t i = 0; i < govlog_log_count(rel->log); i++) {
		const govlog_record *r = govlog_log_record_at(rel->log, i);
		if (gl_record_id_split(r->id, strlen(r->id), letters, &n))
			add_letters(&rel->id_letters, letters, strlen(letters));
		if (r->title_id_letters)
			add_letters(&others, r->title_id_letters, strlen(r->title_id_letters));
		for (const char *p = r->path; *p;) {
			size_t len = strcspn(p, "/");
			if (p[len]) /* a folder, not the file name */
				add_letters(&others, p, len);
			p += len + (p[len] == '/');
		}
	}
	add_letters(&rel->id_letters, "ADR", 3); /* the default prefix: IDs of numbered files */
	if (config->id_prefix)
		add_letters(&others, config->id_prefix, strlen(config->id_prefix));
	prefixes_in_references(rel, &others);
	for (size_t i = 0; i < others.len; i++)
		if (!gl_strvec_contains(&rel->id_letters, others.items[i]))
			gl_vec_push(&rel->aliases, gl_xstrdup(others.items[i]));
	gl_strvec_free(&others);
}

typedef enum token_kind {
	TOKEN_NOT_ID,  /* no ID of this log ("RFC-2119", "JIRA-12", a word) */
	TOKEN_FOUND,   /* *found is the record */
	TOKEN_UNKNOWN, /* an ID of this log that no record has */
} token_kind;

static token_kind find_by_token(const relations *rel, const char *tok, size_t len,
				const govlog_record **found)
{
	char want[9];
	unsigned long n;
	if (!gl_record_id_split(tok, len, want, &n))
		return TOKEN_NOT_ID;
	bool own_letters = gl_strvec_contains(&rel->id_letters, want);
	if (!own_letters && !gl_strvec_contains(&rel->aliases, want))
		return TOKEN_NOT_ID;
	size_t matches = 0;
	const govlog_record *first = own_letters ? gl_record_index_id(rel->index, want, n, &matches)
						 : gl_record_index_number(rel->index, n, &matches);
	if (first)
		*found = first;
	/* An alias names a record by its number alone: two records of that number are no answer. */
	if (matches == 1 || (matches && own_letters))
		return TOKEN_FOUND;
	return matches ? TOKEN_NOT_ID : TOKEN_UNKNOWN;
}

/* The record at a path relative to the root, as the log shows paths. */
static const govlog_record *find_by_path(relations *rel, const char *repo_path)
{
	gl_buf_clear(&rel->path);
	gl_log_display_path(&rel->path, rel->log, repo_path);
	return gl_record_index_path(rel->index, rel->path.ptr);
}

/*
 * The record a link names: a relative link, or one to the repository's own
 * file on GitHub. *exists says whether the file is there at all; false for
 * links that name no file of the repository (another site).
 */
static const govlog_record *find_by_link(relations *rel, const govlog_record *from, const char *url,
					 bool *exists)
{
	const char *own = NULL;
	gl_buf path = GL_BUF_INIT;
	*exists = false;
	gl_own_kind kind =
		strstr(url, "://") ? gl_own_repo_match(rel->own, url, &own, &rel->ref) : GL_OWN_NOT;
	if (kind == GL_OWN_FILE) {
		gl_link_path(&path, own, strlen(own));
	} else if (kind == GL_OWN_NOT && !strstr(url, "://") && url[0] != '#') {
		const char *slash = strrchr(from->path, '/');
		gl_buf_put(&path, from->path, slash ? (size_t)(slash - from->path + 1) : 0);
		gl_link_path(&path, url, strlen(url));
	} else {
		return NULL;
	}
	if (path.len > 5 && !strcmp(path.ptr + path.len - 5, ".html")) {
		gl_buf_truncate(&path, path.len - 5);
		gl_buf_puts(&path, ".md");
	}
	gl_path_normalise(&path);
	const govlog_record *found = NULL;
	if (kind == GL_OWN_FILE) {
		found = find_by_path(rel, path.ptr);
		gl_buf_clear(&rel->path);
		gl_path_join(&rel->path, govlog_log_root(rel->log), path.ptr);
		*exists = gl_log_file_exists(rel->log, rel->path.ptr, false);
	} else {
		*exists = gl_log_file_exists(rel->log, path.ptr, false);
		found = gl_record_index_path(rel->index, path.ptr);
	}
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

/* A hint in the language of the diagnostics. */
static const char *hint_of(const relations *rel, gl_text_id id)
{
	return gl_lang_text(gl_diag_list_lang(rel->out), id);
}

/* "accepted" / "accepteret": a state in the language of the diagnostics, lower case. */
static void status_word(char out[32], govlog_status s, govlog_lang lang)
{
	snprintf(out, 32, "%s",
		 lang == GOVLOG_LANG_EN ? govlog_status_name(s) : gl_vocab_status_word(s, lang));
	out[0] = gl_tolower(out[0]);
}

static void unknown(const relations *rel, const govlog_record *r, govlog_pos pos, const char *what,
		    size_t len)
{
	if (rel->report_unknown)
		gl_diag_addt(rel->out, GL_RULE_LINK_UNKNOWN_RECORD, r->path, pos,
			     hint_of(rel, GL_T_UNKNOWN_RECORD_HINT), GL_T_UNKNOWN_RECORD, (int)len,
			     what);
}

/* Where a reference is written: a line, and the columns [col, end_col) on it. */
typedef struct ref_span {
	govlog_pos at;
	unsigned end_col;
} ref_span;

/*
 * Records linked from the span. A link to a missing file is link/broken's to
 * report, one to another site names something outside the log. Returns the
 * links seen.
 */
static size_t refs_from_links(relations *rel, const govlog_record *r, ref_span sp, record_set *out)
{
	size_t seen = 0;
	for (size_t i = 0; i < r->links.len; i++) {
		const gl_link *l = &r->links.items[i];
		if (l->pos.line != sp.at.line || l->pos.col < sp.at.col || l->pos.col >= sp.end_col)
			continue;
		bool exists;
		const govlog_record *target = find_by_link(rel, r, l->url, &exists), *named = NULL;
		seen++; /* a link names a successor, if maybe one outside the log */
		if (target)
			add_unique(out, target);
		else if (exists &&
			 find_by_token(rel, l->text, strlen(l->text), &named) != TOKEN_FOUND)
			unknown(rel, r, l->pos, l->url, strlen(l->url));
	}
	return seen;
}

/* A link's target in text that is not Markdown (front matter): "[ADR-0005](0005-x.md)". */
static size_t skip_target(relations *rel, const govlog_record *r, const char *v, size_t i,
			  record_set *out)
{
	size_t n = strcspn(v + i + 1, ")");
	gl_buf url = GL_BUF_INIT;
	bool exists;
	gl_buf_put(&url, v + i + 1, n);
	const govlog_record *target = find_by_link(rel, r, url.ptr, &exists);
	if (target)
		add_unique(out, target);
	gl_buf_release(&url);
	return i + 1 + n;
}

/* The length of an ID at v: "ADR-0003", "BS2", also "MADR 099" with a space. */
static size_t token_length(const char *v)
{
	size_t n = 0, letters = 0;
	while (gl_isalpha(v[n]) || gl_isdigit(v[n]) || v[n] == '-' || v[n] == '_')
		letters += gl_isalpha(v[n]), n++;
	if (n && letters == n && v[n] == ' ' && gl_isdigit(v[n + 1]))
		for (n++; gl_isdigit(v[n]);)
			n++;
	return n;
}

/* IDs written in the text (outside link targets). Returns the IDs of the log seen. */
static size_t refs_from_ids(relations *rel, const govlog_record *r, const char *v, govlog_pos at,
			    record_set *out)
{
	size_t seen = 0;
	for (size_t i = 0; v[i];) {
		if (v[i] == '(' && i && v[i - 1] == ']') {
			i = skip_target(rel, r, v, i, out);
			continue;
		}
		size_t n = token_length(v + i);
		const govlog_record *target = NULL;
		token_kind kind = n && (!i || !gl_isalpha(v[i - 1]))
					  ? find_by_token(rel, v + i, n, &target)
					  : TOKEN_NOT_ID;
		seen += kind != TOKEN_NOT_ID;
		if (kind == TOKEN_FOUND)
			add_unique(out, target);
		else if (kind == TOKEN_UNKNOWN)
			unknown(rel, r, at, v + i, n);
		i += n ? n : 1;
	}
	return seen;
}

static size_t refs_in(relations *rel, const govlog_record *r, const char *text, ref_span sp,
		      record_set *out)
{
	return refs_from_links(rel, r, sp, out) + refs_from_ids(rel, r, text, sp.at, out);
}

/*
 * The records r names as its successors (`successors`) or predecessors: in
 * its fields, its status text and its lines of links; a "Superseded …"
 * status's note counts when nothing else names a successor. Returns how many
 * references were written.
 */
static size_t refs_of(relations *rel, const govlog_record *r, bool successors, record_set *out)
{
	const char *field_name = successors ? "superseded-by" : "supersedes";
	size_t seen = 0, written = 0;
	for (size_t i = 0; i < r->fields.len; i++) {
		const govlog_field *f = &r->fields.items[i];
		if (strcmp(f->name, field_name))
			continue;
		written++;
		seen += refs_in(rel, r, f->value, (ref_span){f->value_pos, ~0u}, out);
	}
	for (size_t i = 0; i < r->relations.len; i++) {
		const gl_relation *l = &r->relations.items[i];
		if (l->successor != successors)
			continue;
		written++;
		seen += refs_in(rel, r, l->text, (ref_span){l->pos, l->end_col}, out);
	}
	const govlog_field *status = govlog_record_field(r, "status");
	if (successors && !written && status && r->status == GOVLOG_STATUS_SUPERSEDED &&
	    r->status_note)
		seen += refs_in(rel, r, r->status_note, (ref_span){status->value_pos, ~0u}, out);
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

/*
 * Whether a successor must name what it supersedes. adr-tools writes the
 * link into both records, but its convention (like MADR's "superseded by"
 * status) keeps it on the old one; the OS2 logs name both sides.
 */
static bool names_predecessors(const relations *rel, const govlog_record *s)
{
	const gl_config *config = gl_log_config(rel->log);
	const gl_profile *p = config->profile ? config->profile : gl_profile_detect(s);
	return strcmp(p->name, "nygard") && strcmp(p->name, "madr");
}

/* A successor S of r must name r among what it supersedes. */
static void check_successor(relations *rel, const govlog_record *r, const govlog_record *s)
{
	record_set back = {0};
	if (!names_predecessors(rel, s))
		return;
	rel->report_unknown = false;
	refs_of(rel, s, false, &back);
	if (!contains(&back, r))
		gl_diag_addt(rel->out, GL_RULE_LINK_SUPERSEDE_RECIPROCAL, s->path,
			     govlog_record_title_pos(s), hint_of(rel, GL_T_SUCCESSOR_SILENT_HINT),
			     GL_T_SUCCESSOR_SILENT, govlog_record_id(s), govlog_record_id(r));
	gl_vec_free(&back);
}

/* A predecessor P of r must be superseded and name r as its successor. */
static void check_predecessor(relations *rel, const govlog_record *r, const govlog_record *p)
{
	govlog_status status = govlog_record_status(p);
	if (status == GOVLOG_STATUS_NONE) {
		gl_diag_addt(rel->out, GL_RULE_LINK_SUPERSEDE_RECIPROCAL, p->path, status_pos(p),
			     hint_of(rel, GL_T_PREDECESSOR_STATUS_HINT), GL_T_PREDECESSOR_NO_STATUS,
			     govlog_record_id(r), govlog_record_id(p), govlog_record_id(p));
		return;
	}
	if (status != GOVLOG_STATUS_SUPERSEDED) {
		char state[32];
		status_word(state, status, gl_diag_list_lang(rel->out));
		gl_diag_addt(rel->out, GL_RULE_LINK_SUPERSEDE_RECIPROCAL, p->path, status_pos(p),
			     hint_of(rel, GL_T_PREDECESSOR_STATUS_HINT), GL_T_PREDECESSOR_STATUS,
			     govlog_record_id(r), govlog_record_id(p), govlog_record_id(p), state);
		return;
	}
	record_set forward = {0};
	rel->report_unknown = false;
	refs_of(rel, p, true, &forward);
	if (!contains(&forward, r))
		gl_diag_addt(rel->out, GL_RULE_LINK_SUPERSEDE_RECIPROCAL, p->path, status_pos(p),
			     hint_of(rel, GL_T_PREDECESSOR_SILENT_HINT), GL_T_PREDECESSOR_SILENT,
			     govlog_record_id(r), govlog_record_id(p), govlog_record_id(p));
	gl_vec_free(&forward);
}

static void check_record(relations *rel, const govlog_record *r)
{
	record_set successors = {0}, predecessors = {0};
	rel->report_unknown = true;
	size_t named = refs_of(rel, r, true, &successors);
	refs_of(rel, r, false, &predecessors);
	for (size_t i = 0; i < successors.len; i++)
		check_successor(rel, r, successors.items[i]);
	for (size_t i = 0; i < predecessors.len; i++)
		check_predecessor(rel, r, predecessors.items[i]);
	if (govlog_record_status(r) == GOVLOG_STATUS_SUPERSEDED && !named)
		gl_diag_addt(rel->out, GL_RULE_LINK_SUPERSEDE_RECIPROCAL, r->path, status_pos(r),
			     hint_of(rel, GL_T_SUPERSEDED_NO_SUCCESSOR_HINT),
			     GL_T_SUPERSEDED_NO_SUCCESSOR, govlog_record_id(r));
	gl_vec_free(&successors);
	gl_vec_free(&predecessors);
}

void gl_rules_relations(govlog_diag_list *out, const govlog_log *log)
{
	relations rel = {out, log, true, gl_own_repo_new(log), GL_BUF_INIT, GL_BUF_INIT,
			 {0}, {0}, NULL};
	rel.index = gl_record_index_new(log, record_number);
	collect_letters(&rel);
	for (size_t i = 0; i < govlog_log_count(log); i++)
		check_record(&rel, govlog_log_record_at(log, i));
	gl_own_repo_free(rel.own);
	gl_buf_release(&rel.ref);
	gl_buf_release(&rel.path);
	gl_strvec_free(&rel.id_letters);
	gl_strvec_free(&rel.aliases);
	gl_record_index_free(rel.index);
}
