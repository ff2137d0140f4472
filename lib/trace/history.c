/* Loading releases and their commits, each message parsed once, into one arena. */
#include "trace/history.h"

#include <stdlib.h>
#include <string.h>

#include "diag/texts.h"

#include "config/config.h"
#include "util/ascii.h"
#include "util/error.h"
#include "log/log_internal.h"
#include "util/match.h"
#include "util/strmap.h"
#include "trace/entry.h"
#include "trace/backport.h"
#include "trace/change_index.h"
#include "trace/pr_data.h"
#include "trace/review.h"
#include "trace/vendor.h"
#include "util/banned.h"

typedef struct loader {
	gl_history *h;
	gl_str_map *interned; /* authors, e-mail addresses, vendors: a few, repeated often */
	GL_VEC(const char *) strings;
	gl_str_map *persons; /* "length:name" and e-mail → index into people */
	gl_buf person_key;   /* that key, written for each commit */
	GL_VEC(const gl_person *) people;
	const gl_config *config;
	gl_message msg;
	gl_pr_data *prs; /* --pr-data, or NULL */
} loader;

const gl_change_more gl_change_none = {.origin = GL_NO_HEAD, .origin_release = GL_UNRELEASED};

gl_change_more *gl_change_edit(gl_history *h, gl_change *c)
{
	if (c->more == &gl_change_none) {
		gl_change_more *m = gl_arena_alloc(&h->arena, sizeof(*m));
		*m = gl_change_none;
		c->more = m;
	}
	return (gl_change_more *)c->more; /* not the shared one: made in the arena */
}

const char **gl_history_hex_ids(const gl_history *h, const size_t *at, size_t n)
{
	const char **ids = gl_xmalloc((n + 1) * (sizeof(*ids) + GL_OID_HEX));
	char(*hex)[GL_OID_HEX] = (char(*)[GL_OID_HEX])(ids + n + 1);
	for (size_t i = 0; i < n; i++)
		ids[i] = gl_change_hex(hex[i], &h->changes.items[at[i]]);
	ids[n] = NULL;
	return ids;
}

static const char *keep(gl_history *h, const char *s)
{
	return s ? gl_arena_strdup(&h->arena, s) : NULL;
}

/* One copy of a string that many commits share. */
static const char *intern(loader *ld, const char *s)
{
	size_t at;
	if (!s)
		return NULL;
	if (gl_str_map_get(ld->interned, s, &at))
		return ld->strings.items[at];
	gl_str_map_put(ld->interned, s, ld->strings.len);
	gl_vec_push(&ld->strings, keep(ld->h, s));
	return ld->strings.items[ld->strings.len - 1];
}

/* One record for each author (name and e-mail, as .mailmap left them). */
static const gl_person *person(loader *ld, const char *name, const char *email)
{
	/* "length:name" then the e-mail: written by hand, as a printf per commit took 4 % of a
	 * changelog's time */
	gl_buf *key = &ld->person_key;
	char length[24];
	size_t at, n = strlen(name), digits = gl_digit_count(n);
	gl_put_digits(length, n, digits);
	gl_buf_truncate(key, 0);
	gl_buf_put(key, length, digits);
	gl_buf_putc(key, ':');
	gl_buf_put(key, name, n);
	gl_buf_puts(key, email);
	if (!gl_str_map_get(ld->persons, key->ptr, &at)) {
		gl_person *p = gl_arena_alloc(&ld->h->arena, sizeof(*p));
		p->author = intern(ld, name);
		p->email = intern(ld, email);
		p->vendor = intern(ld, gl_vendor_of(ld->config, name, email));
		at = ld->people.len;
		gl_str_map_put(ld->persons, key->ptr, at);
		gl_vec_push(&ld->people, p);
	}
	return ld->people.items[at];
}

/* ---- releases ---- */

static void on_tag(const char *name, const char *commit, int64_t time, void *payload)
{
	loader *ld = payload;
	gl_history *h = ld->h;
	size_t a, b;
	if (ld->config->tag_match &&
	    !gl_match_find(ld->config->tag_match, name, strlen(name), 0, &a, &b))
		return;
	gl_release r = {keep(h, name), NULL, keep(h, commit), time, GL_SEMVER_INIT};
	if (gl_semver_parse(&r.version, name) != GL_SEMVER_OK) {
		gl_vec_push(&h->unparsed, gl_xstrdup(name));
		return;
	}
	if (r.version.guessed) {
		gl_buf as = GL_BUF_INIT;
		gl_semver_format(&as, &r.version, GL_SEMVER_FORMAT_PREFIX | GL_SEMVER_FORMAT_BUILD);
		gl_tag_guessed_note(name, as.ptr);
		gl_vec_push(&h->guessed, gl_xstrdup(name));
		gl_vec_push(&h->read_as, gl_buf_detach(&as));
	}
	if (r.version.pre && ld->config->fold_prereleases) {
		gl_semver_release(&r.version);
		return;
	}
	gl_vec_push(&h->releases, r);
}

static int by_precedence(const void *a, const void *b)
{
	return gl_semver_order(&((const gl_release *)a)->version,
			       &((const gl_release *)b)->version);
}

/*
 * How far a tag's spelling is from SemVer's: a guess, then a number count
 * other than three, a dash-less pre-release, a prefix other than 'v'.
 */
static unsigned distance_from_semver(const gl_semver *v)
{
	bool v_only = !v->prefix || !strcmp(v->prefix, "v") || !strcmp(v->prefix, "V");
	return (v->guessed ? 8u : 0u) + (v->parts != 3 ? 4u : 0u) + (v->pre_dashless ? 2u : 0u) +
	       (v_only ? 0u : 1u);
}

/* Adds `name` to the names r is also tagged. */
static void add_also(gl_history *h, gl_release *r, const char *name)
{
	gl_buf b = GL_BUF_INIT;
	gl_buf_printf(&b, "%s%s%s", r->also ? r->also : "", r->also ? ", " : "", name);
	r->also = keep(h, b.ptr);
	gl_buf_release(&b);
}

/* Folds `from` into `into`, the one of them closest to SemVer naming the release. */
static void merge_release(gl_history *h, gl_release *into, gl_release *from)
{
	if (distance_from_semver(&from->version) < distance_from_semver(&into->version)) {
		gl_release t = *into;
		*into = *from;
		*from = t;
		into->also = from->also;
		from->also = NULL;
	}
	add_also(h, into, from->tag);
	if (from->also)
		add_also(h, into, from->also);
	gl_semver_release(&from->version);
}

/*
 * Two tags of one version on one commit ("1.0" and "1.0.0", "4.2.0rc" and
 * "4.2.0-rc") are one release under two names, not two releases of which one
 * is empty. The releases are sorted, so equal versions are neighbours.
 */
static void merge_same_releases(gl_history *h)
{
	size_t kept = 0, n = h->releases.len;
	gl_release *r = h->releases.items;
	for (size_t i = 0; i < n; i++) {
		size_t same = GL_UNRELEASED;
		for (size_t j = kept; same == GL_UNRELEASED && j-- > 0 &&
				      !gl_semver_compare(&r[j].version, &r[i].version);)
			if (!strcmp(r[j].commit, r[i].commit))
				same = j;
		if (same != GL_UNRELEASED)
			merge_release(h, &r[same], &r[i]);
		else
			r[kept++] = r[i];
	}
	h->releases.len = kept;
}

/* ---- changes ---- */

static const gl_ref *keep_refs(gl_history *h, const gl_message *m)
{
	if (!m->refs.len)
		return NULL;
	gl_ref *refs =
		gl_arena_alloc(&h->arena, m->refs.len * sizeof(*refs)); /* read by ref_count */
	for (size_t i = 0; i < m->refs.len; i++) {
		refs[i] = m->refs.items[i];
		refs[i].repo = keep(h, refs[i].repo);
		refs[i].id = keep(h, refs[i].id);
	}
	return refs;
}

static const char *const *keep_decisions(gl_history *h, const gl_message *m)
{
	if (!m->decisions.len)
		return NULL;
	const char **ids = gl_arena_alloc(&h->arena, (m->decisions.len + 1) * sizeof(*ids));
	for (size_t i = 0; i < m->decisions.len; i++)
		ids[i] = keep(h, m->decisions.items[i]);
	ids[m->decisions.len] = NULL;
	return ids;
}

static void fill_from_message(loader *ld, gl_change *ch, const gl_message *m)
{
	gl_history *h = ld->h;
	ch->kind = gl_change_kind_of_author(m->kind, ch->who->author);
	ch->housekeeping = m->housekeeping && ch->kind == GL_CHANGE_OTHER;
	ch->breaking = m->breaking;
	ch->conventional = m->conventional;
	ch->merge = m->merge;
	ch->fixup = m->fixup;
	ch->type = intern(ld, m->type); /* a few types and scopes, each on thousands of commits */
	ch->scope = intern(ld, m->scope);
	ch->subject = keep(h, m->subject ? m->subject : "");
	ch->pr = keep(h, m->pr);
	ch->pr_gitlab = m->pr_repo != NULL;
	ch->refs = keep_refs(h, m);
	ch->ref_count = (uint16_t)(m->refs.len < UINT16_MAX ? m->refs.len : UINT16_MAX);
	if (!m->breaking_note && !m->reverts && !m->decisions.len)
		return;
	gl_change_more *more = gl_change_edit(h, ch);
	more->breaking_note = keep(h, m->breaking_note);
	more->reverts = keep(h, m->reverts);
	more->decisions = keep_decisions(h, m);
	more->decision_count = m->decisions.len;
}

/*
 * The entry the commit belongs to (SPEC §7) and the pull request it came
 * with: its own, else its entry's. Through a release PR or a merge-back a
 * commit came with no pull request of its own.
 */
static void place(loader *ld, gl_change *ch, const gl_graph_commit *c)
{
	gl_history *h = ld->h;
	/* Every commit handed on is one change: the merge's place is its index. */
	gl_entry_place(h, ch, c->via == GL_NOT_VIA ? GL_NO_HEAD : c->via, ld->msg.merge_back);
	/* A number of its own inside a pull request is a fork's ("Merge pull request #2"
	 * on a vendor's branch): another repository's, so the entry's is the one it has. */
	if (ch->head != GL_NO_HEAD) {
		ch->pr = h->changes.items[ch->head].pr;
		ch->pr_gitlab = h->changes.items[ch->head].pr_gitlab;
	}
}

/* The pull request's real title, read as a commit's first line would be. */
static void retitle(loader *ld, gl_change *ch, const char *title)
{
	gl_history *h = ld->h;
	gl_message m;
	gl_message_parse(&m, title, strlen(title), NULL, 0);
	ch->conventional = m.conventional;
	ch->type = intern(ld, m.type);
	ch->scope = intern(ld, m.scope);
	ch->subject = keep(h, m.subject);
	ch->kind = m.kind;
	if (m.breaking) {
		ch->breaking = true;
		if (m.breaking_note || ch->more->breaking_note)
			gl_change_edit(h, ch)->breaking_note = keep(h, m.breaking_note);
	}
	gl_message_release(&m);
}

/* The first of the configured labels (release-notes.labels, in its order) the PR has. */
static void group_by_label(loader *ld, gl_change *ch, const gl_pr_info *pr)
{
	static const struct {
		const char *group;
		gl_change_kind kind;
	} kinds[] = {{"features", GL_CHANGE_FEATURE},   {"fixes", GL_CHANGE_FIX},
		     {"security", GL_CHANGE_SECURITY},  {"performance", GL_CHANGE_PERF},
		     {"documentation", GL_CHANGE_DOCS}, {"dependencies", GL_CHANGE_DEPS},
		     {"other", GL_CHANGE_OTHER}};
	const gl_config *cfg = ld->config;
	for (size_t r = 0; r < cfg->label_groups.len; r++) {
		const gl_label_group *g = &cfg->label_groups.items[r];
		size_t l = 0;
		while (pr->labels[l] && strcmp(pr->labels[l], g->label))
			l++;
		if (!pr->labels[l])
			continue;
		if (!strcmp(g->group, "breaking"))
			ch->breaking = true;
		for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
			if (!strcmp(g->group, kinds[k].group))
				ch->kind = kinds[k].kind;
		return;
	}
}

/* A GitHub login's vendor: a `vendors:` line naming the person (their login). */
static const char *vendor_of_login(loader *ld, const char *login)
{
	return intern(ld, gl_vendor_of(ld->config, login, ""));
}

/* mergedBy and the approving reviews, instead of the committer. */
static void reviewers_from_pr_data(loader *ld, gl_change *ch, const gl_pr_info *pr)
{
	if (pr->merged_by) {
		gl_change_more *more = gl_change_edit(ld->h, ch);
		more->merger = intern(ld, pr->merged_by);
		more->merger_vendor = vendor_of_login(ld, pr->merged_by);
	}
	if (!pr->reviewed)
		return;
	size_t n = 0;
	while (pr->approvers[n])
		n++;
	const char **vendors = gl_arena_alloc(&ld->h->arena, (n + 1) * sizeof(*vendors));
	for (size_t i = 0; i < n; i++) {
		const char *v = vendor_of_login(ld, pr->approvers[i]);
		vendors[i] = v ? v : "";
	}
	vendors[n] = NULL;
	gl_change_edit(ld->h, ch)->approvers = vendors;
}

/* Who merged a pull request's merge or squash commit, and their vendor. */
static void note_merger(loader *ld, gl_change *ch, const gl_graph_commit *c)
{
	if (ch->head != GL_NO_HEAD || !ch->pr)
		return;
	const char *email;
	const char *name = gl_review_merger(c->committer_name, c->committer_email, c->author_name,
					    c->author_email, ch->joins, &email);
	if (!name)
		return;
	gl_change_more *more = gl_change_edit(ld->h, ch);
	more->merger = intern(ld, name);
	more->merger_vendor = intern(ld, gl_vendor_of(ld->config, name, email));
}

/*
 * --pr-data for an entry's own pull request (never a fork's: its number is
 * another repository's): the real title, branch and labels. True when the
 * file knew it.
 */
static bool apply_pr_data(loader *ld, gl_change *ch)
{
	const gl_pr_info *pr = ch->head == GL_NO_HEAD && ch->pr && !ch->pr_gitlab
				       ? gl_pr_data_get(ld->prs, ch->pr)
				       : NULL;
	if (!pr)
		return false;
	if (ch->joins && pr->head)
		gl_change_edit(ld->h, ch)->branch = intern(ld, pr->head);
	reviewers_from_pr_data(ld, ch, pr);
	if (pr->title)
		retitle(ld, ch, pr->title);
	group_by_label(ld, ch, pr);
	return pr->title != NULL;
}

static int on_commit(const gl_graph_commit *c, void *payload)
{
	loader *ld = payload;
	gl_history *h = ld->h;
	const gl_config *cfg = ld->config;
	gl_message_parse(&ld->msg, c->message, strlen(c->message),
			 (const gl_match *const *)cfg->reference_matches.items,
			 cfg->reference_matches.len);
	gl_change ch = {.more = &gl_change_none};
	ch.id = c->id;
	ch.time = c->time;
	ch.who = person(ld, c->author_name, c->author_email);
	ch.release = (uint32_t)c->release;
	fill_from_message(ld, &ch, &ld->msg);
	ch.joins = c->parent_count > 1;
	if (ld->msg.branch)
		gl_change_edit(h, &ch)->branch = intern(ld, ld->msg.branch);
	if (ld->msg.picked)
		gl_change_edit(h, &ch)->picked = keep(h, ld->msg.picked);
	place(ld, &ch, c);
	note_merger(ld, &ch, c);
	bool titled = ld->msg.titled;
	if (ld->prs && apply_pr_data(ld, &ch)) {
		titled = true;
		place(ld, &ch, c); /* its real branch may make it a release PR */
	}
	/* A merge without a title is named by its branch, never "Merge pull request #N …". */
	if (ld->msg.merge && !titled && ch.more->branch && !ch.passing)
		ch.subject = ch.more->branch;
	gl_message_release(&ld->msg);
	gl_vec_push(&h->changes, ch);
	return 0;
}

/* The walk keeps only the places of the commits it walked; their ids are here. */
static const gl_oid *handed_id(size_t handed, void *payload)
{
	return &((const loader *)payload)->h->changes.items[handed].id;
}

/* ---- reverts: a revert and what it reverts, in one release, cancel out ---- */

static void cancel_reverts(gl_history *h, const gl_change_index *ix)
{
	for (size_t i = 0; ix->len && i < h->changes.len; i++) {
		gl_change *r = &h->changes.items[i];
		const char *reverts = r->more->reverts;
		if (!reverts || strlen(reverts) < 7)
			continue;
		size_t at = gl_change_index_find(ix, reverts);
		gl_change *o = at == GL_NO_HEAD ? NULL : &h->changes.items[at];
		if (o && o != r && o->release == r->release && !o->reverted)
			o->reverted = r->reverted = true;
	}
}

/* ---- loading ---- */

static int read_releases(loader *ld)
{
	int rc = gl_graph_tags(govlog_log_root(ld->h->log), on_tag, ld);
	if (ld->h->releases.len > 1)
		qsort(ld->h->releases.items, ld->h->releases.len, sizeof(gl_release),
		      by_precedence);
	merge_same_releases(ld->h);
	return rc;
}

static int read_changes(loader *ld, const gl_history_options *o)
{
	gl_history *h = ld->h;
	size_t only = GL_ALL_RELEASES;
	if (o->only && *o->only && (only = gl_history_release_named(h, o->only)) == GL_UNRELEASED)
		return gl_lang_error(GOVLOG_ENOTFOUND, govlog_log_language(h->log),
				     GL_T_NO_SUCH_RELEASE, o->only);
	if (o->only && !*o->only)
		only = GL_UNRELEASED;
	/* The release HEAD is in, found before the walk, so only its commits are read. */
	if (!o->only && o->only_current) {
		int rc = gl_history_current(h, &only);
		if (!rc && only == GL_UNRELEASED)
			rc = gl_lang_error(GOVLOG_ENOTFOUND, govlog_log_language(h->log),
					   GL_T_NO_RELEASE_YET);
		if (rc)
			return rc;
		h->current = only;
	}
	const char **heads = gl_history_release_commits(h, false);
	gl_graph_walk w = {
		govlog_log_root(h->log), heads, h->releases.len, o->tip, only, handed_id};
	int rc = gl_graph_walk_history(&w, on_commit, ld);
	free(heads);
	if (rc)
		return rc;
	gl_change_index ix;
	gl_change_index_build(&ix, h);
	cancel_reverts(h, &ix);
	gl_entry_settle(h);
	gl_review_settle(h);
	rc = gl_backport_settle(h, &ix);
	gl_change_index_release(&ix);
	return rc;
}

int gl_history_load(gl_history **out, const govlog_log *log, const gl_history_options *opts)
{
	gl_history_options none = {0};
	const gl_history_options *o = opts ? opts : &none;
	gl_history *h = gl_xcalloc(1, sizeof(*h));
	gl_config folded = *gl_log_config(log);
	folded.fold_prereleases = folded.fold_prereleases || o->fold_prereleases;
	loader ld = {
		.h = h,
		.config = &folded,
		.interned = gl_str_map_new(),
		.persons = gl_str_map_new(),
		.person_key = GL_BUF_INIT,
	};
	h->log = log;
	h->current = GL_UNRELEASED;
	int rc = o->pr_data ? gl_pr_data_load(&ld.prs, o->pr_data) : 0;
	if (!rc)
		rc = read_releases(&ld);
	if (!rc)
		rc = read_changes(&ld, o);
	gl_str_map_free(ld.interned);
	gl_str_map_free(ld.persons);
	gl_buf_release(&ld.person_key);
	gl_vec_free(&ld.people);
	gl_pr_data_free(ld.prs);
	gl_vec_free(&ld.strings);
	if (rc) {
		gl_history_free(h);
		h = NULL;
	}
	*out = h;
	return rc;
}

void gl_history_free(gl_history *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->releases.len; i++)
		gl_semver_release(&h->releases.items[i].version);
	gl_vec_free(&h->releases);
	gl_vec_free(&h->changes);
	gl_strvec_free(&h->unparsed);
	gl_strvec_free(&h->guessed);
	gl_strvec_free(&h->read_as);
	gl_arena_release(&h->arena);
	free(h);
}

size_t gl_history_release_named(const gl_history *h, const char *tag)
{
	size_t n = strlen(tag);
	for (size_t i = 0; i < h->releases.len; i++) {
		const gl_release *r = &h->releases.items[i];
		if (!strcmp(r->tag, tag))
			return i;
		/* Tag names hold no space, so ", " parts the other names unambiguously. */
		for (const char *a = r->also; a; a = strstr(a, ", "), a = a ? a + 2 : NULL)
			if (!strncmp(a, tag, n) && (a[n] == '\0' || a[n] == ','))
				return i;
	}
	return GL_UNRELEASED;
}

const char **gl_history_release_commits(const gl_history *h, bool newest_first)
{
	size_t n = h->releases.len;
	const char **ids = gl_xcalloc(n + 1, sizeof(*ids));
	for (size_t i = 0; i < n; i++)
		ids[i] = h->releases.items[newest_first ? n - 1 - i : i].commit;
	return ids;
}

int gl_history_current(const gl_history *h, size_t *out)
{
	size_t n = h->releases.len, found = GL_UNRELEASED;
	const char **newest_first = gl_history_release_commits(h, true);
	int rc = gl_graph_first_ancestor(govlog_log_root(h->log), NULL, newest_first, n, &found);
	*out = rc || found == GL_UNRELEASED ? GL_UNRELEASED : n - 1 - found;
	free(newest_first);
	return rc;
}
