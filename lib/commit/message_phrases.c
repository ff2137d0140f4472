/*
 * What the first few words of a subject say together, where the first alone
 * would mislead: housekeeping ("Fix typo", "Bump version to 1.2.3", "Update
 * CHANGELOG.md"), a dependency ("Update dependency x to v2", "Upgrade Go to
 * 1.21"), documentation ("Update README"), performance ("Improve performance").
 */
#include <string.h>

#include "commit/message_internal.h"
#include "util/ascii.h"
#include "util/banned.h"

#define MAX_WORDS 8

/* The first blank-separated words, folded, without the punctuation around them. */
typedef struct words {
	size_t n;
	char w[MAX_WORDS][40]; /* "" for a word too long to be one of ours */
} words;

static bool is_punct(char ch)
{
	return ch && strchr(":,;.!?()\"'`*-", ch);
}

static void split(words *t, const char *s, size_t len)
{
	size_t i = 0;
	t->n = 0;
	while (t->n < MAX_WORDS) {
		while (i < len && gl_isspace(s[i]))
			i++;
		if (i >= len)
			break;
		size_t a = i;
		while (i < len && !gl_isspace(s[i]))
			i++;
		size_t b = i;
		while (a < b && is_punct(s[a]))
			a++;
		while (b > a && is_punct(s[b - 1]))
			b--;
		if (b > a && !gl_msg_fold(t->w[t->n], sizeof(t->w[0]), s + a, b - a))
			t->w[t->n][0] = '\0';
		else if (b == a)
			continue; /* punctuation alone ("-", ":") is no word */
		t->n++;
	}
}

static bool in(const words *t, size_t k, const char *const *list)
{
	return k < t->n && t->w[k][0] && gl_msg_folded_in(t->w[k], list);
}

/* "1.2.3", "v2.0", "10.1.5-rc.1"; without `strict` also "4" and "v5" ("from 3 to 4"). */
static bool is_version(const words *t, size_t k, bool strict)
{
	const char *w = k < t->n ? t->w[k] : "";
	bool v = *w == 'v';
	size_t i = v, groups = 0;
	for (;;) {
		size_t d = gl_msg_digits(w + i, strlen(w + i));
		if (!d)
			return false;
		i += d, groups++;
		if (w[i] != '.' || !gl_isdigit(w[i + 1]))
			break;
		i++;
	}
	if (w[i] && w[i] != '-' && w[i] != '+')
		return false;
	return !strict || v || groups > 1;
}

/* Words that stand between a verb and its object: "Fix a typo", "Små rettelser". */
static const char *const fillers[] = {"a",   "an",     "the",   "some", "minor", "small", "more",
				      "all", "en",     "et",    "den",  "det",   "de",    "nogle",
				      "små", "mindre", "flere", "alle", NULL};

static size_t object_of(const words *t)
{
	size_t o = 1;
	while (o < t->n && o < 3 && in(t, o, fillers))
		o++;
	return o;
}

static bool starts_with(const words *t, size_t k, const char *prefix)
{
	return k < t->n && !strncmp(t->w[k], prefix, strlen(prefix));
}

/* ---- housekeeping ---- */

static const char *const style_words[] = {"typo",
					  "typos",
					  "typo's",
					  "typofix",
					  "stavefejl",
					  "stavefejlen",
					  "slåfejl",
					  "tastefejl",
					  "lint",
					  "linting",
					  "linter",
					  "lints",
					  "eslint",
					  "stylelint",
					  "tslint",
					  "prettier",
					  "phpcs",
					  "phpcbf",
					  "gofmt",
					  "rubocop",
					  "whitespace",
					  "whitespaces",
					  "indentation",
					  "formatting",
					  "formattering",
					  "kodestandard",
					  "kodestandarder",
					  "kodestil",
					  "codestyle",
					  "cs",
					  NULL};

/* Two-word names of the same: "code style", "coding standards". */
static const char *const style_firsts[] = {"code", "coding", NULL};
static const char *const style_seconds[] = {"style", "standard", "standards", NULL};

static bool style_at(const words *t, size_t k)
{
	return in(t, k, style_words) || (in(t, k, style_firsts) && in(t, k + 1, style_seconds));
}

/* "Merge conflicts", "Resolve conflicts", "Løs konflikter": not "Add conflict detection". */
static bool is_conflict(const words *t)
{
	static const char *const conflicts[] = {"conflict", "conflicts", "konflikt", "konflikter",
						NULL};
	static const char *const resolves[] = {"merge", "merged", "resolve", "resolved", "resolves",
					       "fix",   "fixed",  "fixes",   "løs",      "løst",
					       "ret",   "rettet", NULL};
	if (in(t, 0, conflicts))
		return true;
	size_t k = in(t, 1, resolves) || in(t, 1, fillers) ? 2 : 1; /* "Resolve merge conflicts" */
	return in(t, 0, resolves) && in(t, k, conflicts);
}

/* Verbs that, before a version number or the word "version", make a release. */
static const char *const release_verbs[] = {
	"release",   "released",  "releasing", "version",   "bump",     "bumped",
	"bumps",     "bumping",   "prepare",   "prepared",  "prepares", "preparing",
	"klargør",   "klargjort", "forbered",  "forberedt", "udgiv",    "udgivet",
	"udgivelse", "tag",       "tagged",    NULL};
/* Verbs that make one only before the word "version": "Update the version to 1.2.3". */
static const char *const version_verbs[] = {"update",    "updated", "updates", "opdater",
					    "opdateret", "set",     "sæt",     "increase",
					    "increment", "change",  "øg",      NULL};
static const char *const version_nouns[] = {"version", "versions",  "versionen", "versionsnummer",
					    "release", "udgivelse", NULL};
static const char *const to[] = {"to", "til", NULL};

static bool is_release(const words *t)
{
	size_t o = object_of(t);
	if (is_version(t, 0, true))
		return true;
	if (in(t, 0, version_verbs) && in(t, o, version_nouns))
		return true;
	return in(t, 0, release_verbs) && (is_version(t, o, false) || in(t, o, version_nouns) ||
					   (in(t, o, to) && is_version(t, o + 1, false)));
}

static bool is_merge_or_start(const words *t)
{
	static const char *const merges[] = {"merge", "merged", "merging", NULL};
	static const char *const merged[] = {
		"branch", "branches", "remote-tracking", "tag",    "upstream",
		"master", "main",     "develop",         "origin", NULL};
	static const char *const into[] = {"into", NULL};
	static const char *const starts[] = {"initial", "first", "første", NULL};
	static const char *const started[] = {"commit", "import", "upload", NULL};
	static const char *const wip[] = {"wip", "init", NULL};
	bool merge_into = false;
	for (size_t k = 2; k < t->n; k++)
		merge_into = merge_into || in(t, k, into);
	if (in(t, 0, merges) && (in(t, 1, merged) || merge_into))
		return true;
	return in(t, 0, wip) || (in(t, 0, starts) && in(t, 1, started));
}

static bool is_housekeeping(const words *t)
{
	if (!t->n)
		return false;
	if (is_release(t) || is_merge_or_start(t) || is_conflict(t))
		return true;
	for (size_t k = 0; k < 3; k++)
		if (starts_with(t, k, "changelog"))
			return true;
	size_t o = object_of(t);
	return style_at(t, 0) || style_at(t, 1) || (o > 1 && style_at(t, o));
}

bool gl_msg_is_housekeeping(const char *s, size_t len)
{
	words t;
	split(&t, s, len);
	return is_housekeeping(&t);
}

/* ---- dependencies, documentation, performance ---- */

static const char *const update_verbs[] = {
	"bump",        "bumped",     "bumps",      "bumping",    "update",   "updated",
	"updates",     "updating",   "upgrade",    "upgraded",   "upgrades", "upgrading",
	"downgrade",   "downgraded", "pin",        "pinned",     "pins",     "opdater",
	"opdateret",   "opdaterer",  "opdaterede", "opdatering", "opgrader", "opgraderet",
	"opgradering", "nedgrader",  NULL};
static const char *const dependency_nouns[] = {
	"dependency", "dependencies", "dependancy",    "dependancies",
	"deps",       "afhængighed",  "afhængigheder", "afhængighederne",
	"packages",   "pakker",       "libraries",     "biblioteker",
	NULL};
static const char *const lock_files[] = {"composer.lock",    "package-lock.json",   "yarn.lock",
					 "pnpm-lock.yaml",   "gemfile.lock",        "go.sum",
					 "cargo.lock",       "poetry.lock",         "pipfile.lock",
					 "requirements.txt", "npm-shrinkwrap.json", NULL};

/* An update verb, then a dependency's noun, "from <version>" or "x to <version>". */
static bool is_dependency(const words *t)
{
	static const char *const from[] = {"from", "fra", NULL};
	if (!in(t, 0, update_verbs))
		return false;
	for (size_t k = 1; k < t->n && k < 6; k++)
		if (in(t, k, dependency_nouns) || in(t, k, lock_files))
			return true;
	for (size_t k = 1; k + 1 < t->n; k++)
		if ((in(t, k, from) || (k > 1 && in(t, k, to))) && is_version(t, k + 1, true))
			return true;
	return false;
}

static const char *const docs_nouns[] = {
	"readme",   "readme.md", "readme.txt", "docs",  "doc",   "documentation", "dokumentation",
	"docblock", "docblocks", "phpdoc",     "jsdoc", "godoc", "vejledning",    NULL};
/* Verbs that, before "performance", make a change of performance. */
static const char *const improves[] = {"improve",      "improved",  "improves",  "improving",
				       "forbedr",      "forbedret", "forbedrer", "forbedring",
				       "forbedringer", "boost",     "increase",  NULL};
static const char *const perf_nouns[] = {"performance", "ydeevne", "ydelse",
					 "hastighed",   "speed",   NULL};

/* The kind of the first words together, or UNCLASSIFIED; `first` is what the first says. */
static gl_change_kind kind_of_object(const words *t, gl_change_kind first)
{
	size_t o = object_of(t);
	if (first != GL_CHANGE_UNCLASSIFIED && (in(t, o, docs_nouns) || in(t, o + 1, docs_nouns)))
		return GL_CHANGE_DOCS;
	if (is_dependency(t))
		return GL_CHANGE_DEPS;
	if (in(t, 0, improves) && (in(t, o, perf_nouns) || in(t, o + 1, perf_nouns)))
		return GL_CHANGE_PERF;
	return GL_CHANGE_UNCLASSIFIED;
}

/* "Minor fixes", "Diverse rettelser", "Translation fixes": a first word that says nothing. */
static gl_change_kind kind_of_second(const words *t)
{
	static const char *const quantifiers[] = {
		"minor",   "small", "some",   "various", "more",  "misc", "several",
		"diverse", "små",   "mindre", "flere",   "nogle", NULL};
	static const char *const fixes[] = {"fix",      "fixes",    "fixed",     "bugfix",
					    "bugfixes", "rettelse", "rettelser", NULL};
	if (in(t, 0, quantifiers) && t->n > 1 && t->w[1][0])
		return gl_msg_kind_of_word(t->w[1], strlen(t->w[1]));
	return in(t, 1, fixes) ? GL_CHANGE_FIX : GL_CHANGE_UNCLASSIFIED;
}

gl_change_kind gl_msg_kind_of_phrase(gl_msg_ctx *c, const char *s, size_t len, gl_change_kind first)
{
	words t;
	split(&t, s, len);
	if (is_housekeeping(&t)) {
		c->m->housekeeping = true;
		return GL_CHANGE_OTHER;
	}
	if (first == GL_CHANGE_UNCLASSIFIED)
		first = kind_of_second(&t);
	gl_change_kind k = kind_of_object(&t, first);
	return k != GL_CHANGE_UNCLASSIFIED ? k : first;
}
