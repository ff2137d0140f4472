/* The forms Git and the platforms write in place of a header: one table for hooks and notes. */
#include "commit/forms.h"

#include <string.h>

#include "commit/footers.h"
#include "util/ascii.h"
#include "util/banned.h"

/* The first byte decides most lines: no strlen before it matches (this runs on every line). */
static bool starts(const char *s, size_t len, const char *prefix)
{
	if (!len || s[0] != prefix[0])
		return false;
	size_t n = strlen(prefix);
	return len >= n && !memcmp(s, prefix, n);
}

/* How many digits s starts with (at most 11: longer is no number worth reading). */
static size_t digits(const char *s, size_t len)
{
	size_t n = 0;
	while (n < len && n < 11 && gl_isdigit(s[n]))
		n++;
	return n;
}

/* A request's number at s[at]: 1 to 10 digits, no leading zero. */
static bool number_at(gl_form_match *m, const char *s, size_t len, size_t at)
{
	size_t d = digits(s + at, len - at);
	if (!d || d > 10 || s[at] == '0')
		return false;
	m->pr = at;
	m->pr_len = d;
	return true;
}

/* ---- what must follow a form's prefix ---- */

/* GitHub: "Merge pull request #42 from vendor-a/feature-x". */
static bool github_request(gl_form_match *m, const char *s, size_t len)
{
	if (!number_at(m, s, len, m->len))
		return false;
	size_t after = m->pr + m->pr_len;
	if (starts(s + after, len - after, " from ")) {
		m->from = after + 6;
		m->from_len = len - m->from;
	}
	return true;
}

/* Bitbucket: "Merged in feature/AR-519 (pull request #12)". */
static bool bitbucket_request(gl_form_match *m, const char *s, size_t len)
{
	static const char request[] = " (pull request #";
	size_t n = strlen(request), p = m->len;
	while (p + n <= len && !starts(s + p, len - p, request))
		p++;
	if (p + n > len || !number_at(m, s, len, p + n))
		return false;
	m->from = m->len;
	m->from_len = p - m->len;
	return true;
}

/* Git: "Merge branch 'x' into develop", "Merge remote-tracking branch …", "Merge a into b". */
static bool git_merge(gl_form_match *m, const char *s, size_t len)
{
	static const char *const what[] = {"branch ",       "branches ", "remote-tracking branch ",
					   "tag ",          "tags ",     "commit ",
					   "pull request ", "'",         "\""};
	for (size_t i = 0; i < GL_ARRAY_SIZE(what); i++)
		if (starts(s + m->len, len - m->len, what[i]))
			return true;
	for (size_t i = m->len; i + 6 <= len; i++)
		if (!memcmp(s + i, " into ", 6))
			return true;
	return false;
}

static size_t word_len(const char *s, size_t len)
{
	size_t n = 0;
	while (n < len && !gl_isspace(s[n]))
		n++;
	return n;
}

/*
 * A name as a web editor writes it: a file's or a folder's name, or a path.
 * It may hold blanks ("Referat 2024-03-01.md") when it ends in an extension
 * with a letter, so "Update the docs" stays a sentence.
 */
static bool is_name(const char *s, size_t len)
{
	if (!len || gl_isspace(s[0]) || gl_isspace(s[len - 1]))
		return false;
	if (word_len(s, len) == len)
		return true;
	size_t ext = 0;
	bool letter = false;
	while (ext < len && ext <= 10 && (gl_isalnum(s[len - 1 - ext]))) {
		letter |= gl_isalpha(s[len - 1 - ext]);
		ext++;
	}
	return letter && ext && ext <= 10 && ext < len && s[len - 1 - ext] == '.';
}

/* "Update README.md", "Create Referat 2024-03-01.md", "Delete docs/old.md". */
static bool one_name(gl_form_match *m, const char *s, size_t len)
{
	return is_name(s + m->len, len - m->len);
}

/*
 * GitHub's "Delete docs directory", besides "Delete README.md": a folder's
 * name has no extension, so "directory" alone says it is one.
 */
static bool deleted(gl_form_match *m, const char *s, size_t len)
{
	static const char dir[] = " directory";
	size_t n = sizeof(dir) - 1;
	if (one_name(m, s, len))
		return true;
	return len > m->len + n && !memcmp(s + len - n, dir, n) && !gl_isspace(s[m->len]) &&
	       !gl_isspace(s[len - n - 1]);
}

/* "Rename docs/a.md to docs/b.md", "Update and rename a.md to Referat 1.md". */
static bool renamed(gl_form_match *m, const char *s, size_t len)
{
	for (size_t a = m->len; a + 4 < len; a++)
		if (!memcmp(s + a, " to ", 4) && is_name(s + m->len, a - m->len) &&
		    is_name(s + a + 4, len - a - 4))
			return true;
	return false;
}

static bool nothing_more(gl_form_match *m, const char *s, size_t len)
{
	(void)s;
	return len == m->len;
}

/* GitHub's "Apply suggestion from @octocat" (a reviewer's suggestion, accepted). */
static bool a_user(gl_form_match *m, const char *s, size_t len)
{
	size_t n = m->len;
	while (n < len && (gl_isalnum(s[n]) || s[n] == '-' || s[n] == '[' || s[n] == ']'))
		n++;
	return n > m->len && n == len;
}

/* Bitbucket's "README.md edited online with Bitbucket" (also created, deleted). */
static bool bitbucket_online(const char *s, size_t len)
{
	static const char *const verbs[] = {" edited", " created", " deleted"};
	static const char tail[] = " online with Bitbucket";
	size_t n = sizeof(tail) - 1;
	if (len <= n || memcmp(s + len - n, tail, n))
		return false;
	for (size_t i = 0; i < GL_ARRAY_SIZE(verbs); i++) {
		size_t v = strlen(verbs[i]);
		if (len > n + v && !memcmp(s + len - n - v, verbs[i], v) && is_name(s, len - n - v))
			return true;
	}
	return false;
}

/*
 * The forms, looked for in this order. A merge is a message's subject as
 * written: what follows fixup! and a request's title are never merges.
 */
static const struct form {
	const char *prefix;
	size_t len;
	gl_form form;
	bool subject_only;
	bool (*rest)(gl_form_match *m, const char *s, size_t len); /* NULL: anything */
} forms[] = {
#define FORM(prefix, form, subject_only, rest)                                                     \
	{                                                                                          \
		prefix, sizeof(prefix) - 1, form, subject_only, rest                               \
	}
	FORM("Merge pull request #", GL_FORM_REQUEST, true, github_request),
	FORM("Merged in ", GL_FORM_REQUEST, true, bitbucket_request),
	FORM("Merge ", GL_FORM_MERGE, true, git_merge),
	FORM("fixup! ", GL_FORM_AUTOSQUASH, false, NULL),
	FORM("squash! ", GL_FORM_AUTOSQUASH, false, NULL),
	FORM("amend! ", GL_FORM_AUTOSQUASH, false, NULL),
	FORM("Revert \"", GL_FORM_REVERT, false, NULL),
	FORM("Reapply \"", GL_FORM_REVERT, false, NULL),
	/* GitHub's web editor, its pull request suggestions and a new repository's first commit */
	FORM("Update and rename ", GL_FORM_WEB_EDITOR, false, renamed),
	FORM("Update ", GL_FORM_WEB_EDITOR, false, one_name),
	FORM("Create ", GL_FORM_WEB_EDITOR, false, one_name),
	FORM("Delete ", GL_FORM_WEB_EDITOR, false, deleted),
	FORM("Rename ", GL_FORM_WEB_EDITOR, false, renamed),
	FORM("Add files via upload", GL_FORM_WEB_EDITOR, false, nothing_more),
	FORM("Apply suggestions from code review", GL_FORM_WEB_EDITOR, false, nothing_more),
	FORM("Apply suggestion from @", GL_FORM_WEB_EDITOR, false, a_user),
	FORM("Initial commit", GL_FORM_WEB_EDITOR, false, nothing_more),
	/* GitLab's web editor */
	FORM("Add new file", GL_FORM_WEB_EDITOR, false, nothing_more),
	FORM("Add new directory", GL_FORM_WEB_EDITOR, false, nothing_more),
	FORM("Upload New File", GL_FORM_WEB_EDITOR, false, nothing_more),
	FORM("Replace ", GL_FORM_WEB_EDITOR, false, one_name),
#undef FORM
};

gl_form gl_form_of(gl_form_match *m, const char *s, size_t len, bool subject)
{
	memset(m, 0, sizeof(*m));
	for (size_t i = 0; len && i < GL_ARRAY_SIZE(forms); i++) {
		const struct form *f = &forms[i];
		if (s[0] != f->prefix[0] || len < f->len || memcmp(s, f->prefix, f->len) ||
		    (f->subject_only && !subject))
			continue;
		m->form = f->form;
		m->len = f->len;
		if (!f->rest || f->rest(m, s, len))
			return m->form;
		memset(m, 0, sizeof(*m));
	}
	if (bitbucket_online(s, len)) {
		m->form = GL_FORM_WEB_EDITOR;
		m->len = len;
		return m->form;
	}
	return GL_FORM_NONE;
}

size_t gl_form_squash_suffix(const char *s, size_t len, size_t *pr, size_t *pr_len)
{
	size_t d = 0;
	if (len < 4 || s[len - 1] != ')')
		return len;
	while (d + 2 < len && d < 11 && gl_isdigit(s[len - 2 - d]))
		d++;
	if (!d || d > 10 || len < d + 4) /* "x(#" before the digits */
		return len;
	size_t hash = len - 2 - d;
	if (s[hash] != '#' || s[hash - 1] != '(' || s[hash + 1] == '0')
		return len;
	size_t keep = hash - 1;
	while (keep && gl_isspace(s[keep - 1]))
		keep--;
	if (!keep)
		return len;
	*pr = hash + 1;
	*pr_len = d;
	return keep;
}

bool gl_form_is_title(const char *s, size_t len)
{
	static const char *const not_titles[] = {"See merge request ", "Conflicts:", "# ", "#\t",
						 "This reverts commit "};
	if (!len || (len == 1 && s[0] == '#') || gl_footer_git_made(s, len))
		return false;
	for (size_t i = 0; i < GL_ARRAY_SIZE(not_titles); i++)
		if (starts(s, len, not_titles[i]))
			return false;
	return true;
}

/* "This reverts commit 1a2b3c4." (and the id of "(cherry picked from commit 1a2b3c4)") */
static bool reverts(gl_marker *m, const char *s, size_t len, size_t at)
{
	size_t n = 0;
	while (at + n < len && n <= 64 &&
	       (gl_isdigit(s[at + n]) || (s[at + n] >= 'a' && s[at + n] <= 'f') ||
		(s[at + n] >= 'A' && s[at + n] <= 'F')))
		n++;
	if (n < 4 || n > 64 || (at + n < len && gl_isalnum(s[at + n])))
		return false;
	m->id = at;
	m->id_len = n;
	m->repo = m->repo_len = 0;
	return true;
}

/* "See merge request group/project!580." or GitLab's older "See merge request !7". */
static bool merge_request(gl_marker *m, const char *s, size_t len, size_t at)
{
	size_t n = at, bang = len;
	while (n < len && !gl_isspace(s[n]))
		n++;
	while (n > at && s[n - 1] == '.')
		n--;
	for (size_t i = at; i < n; i++)
		if (s[i] == '!')
			bang = i;
	if (bang >= n)
		return false;
	size_t d = digits(s + bang + 1, n - bang - 1);
	if (!d || d > 10 || bang + 1 + d != n || s[bang + 1] == '0')
		return false;
	for (size_t i = at; i < bang; i++)
		if (!(gl_isalnum(s[i]) || s[i] == '.' || s[i] == '_' || s[i] == '-' || s[i] == '/'))
			return false;
	m->id = bang + 1;
	m->id_len = d;
	m->repo = at;
	m->repo_len = bang - at;
	return true;
}

gl_marker_kind gl_form_marker(gl_marker *m, const char *s, size_t len)
{
	static const char reverts_prefix[] = "This reverts commit ",
			  request_prefix[] = "See merge request ",
			  picked_prefix[] = "(cherry picked from commit ";
	m->kind = GL_MARKER_NONE; /* the rest only for a marker: this runs on every body line */
	if (starts(s, len, reverts_prefix) && reverts(m, s, len, strlen(reverts_prefix)))
		m->kind = GL_MARKER_REVERTS;
	else if (starts(s, len, picked_prefix) && reverts(m, s, len, strlen(picked_prefix)))
		m->kind = GL_MARKER_PICKED; /* the id is read as a revert's is */
	else if (starts(s, len, request_prefix) && merge_request(m, s, len, strlen(request_prefix)))
		m->kind = GL_MARKER_MERGE_REQUEST;
	return m->kind;
}
