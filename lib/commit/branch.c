/* What a branch's name, a merge's subject and a bot's name say of the changes they bring. */
#include <string.h>
#include <strings.h>

#include "commit/message_internal.h"
#include "util/banned.h"

/* Branch prefixes as Git Flow, GitHub and the bots name them. */
static const struct {
	const char *prefix;
	gl_change_kind kind;
} prefixes[] = {
	{"feature", GL_CHANGE_FEATURE}, {"feat", GL_CHANGE_FEATURE},
	{"bugfix", GL_CHANGE_FIX},      {"hotfix", GL_CHANGE_FIX},
	{"fix", GL_CHANGE_FIX},         {"security", GL_CHANGE_SECURITY},
	{"perf", GL_CHANGE_PERF},       {"docs", GL_CHANGE_DOCS},
	{"doc", GL_CHANGE_DOCS},        {"dependabot", GL_CHANGE_DEPS},
	{"renovate", GL_CHANGE_DEPS},   {"chore", GL_CHANGE_OTHER},
	{"refactor", GL_CHANGE_OTHER},
};

static gl_change_kind kind_of_segment(const char *s, size_t len)
{
	for (size_t i = 0; i < GL_ARRAY_SIZE(prefixes); i++)
		if (strlen(prefixes[i].prefix) == len && !strncasecmp(prefixes[i].prefix, s, len))
			return prefixes[i].kind;
	return GL_CHANGE_UNCLASSIFIED;
}

/* Each segment followed by '/' and more, left to right: a vendor or remote comes first. */
static gl_change_kind kind_of_branch(const char *s, size_t len)
{
	size_t start = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '/')
			continue;
		gl_change_kind k = kind_of_segment(s + start, i - start);
		if (k != GL_CHANGE_UNCLASSIFIED && i + 1 < len)
			return k;
		start = i + 1;
	}
	return GL_CHANGE_UNCLASSIFIED;
}

gl_change_kind gl_change_kind_of_branch(const char *name)
{
	return name ? kind_of_branch(name, strlen(name)) : GL_CHANGE_UNCLASSIFIED;
}

/*
 * Git's "Merge branch 'x' into y", "Merge remote-tracking branch 'origin/x'",
 * "Merge 'x' into y", "Merge x into y": the branch merged in (the first of an
 * octopus), or false for a tag or commit.
 */
static bool merged_branch(const char *s, size_t len, size_t *at, size_t *n)
{
	static const char *const quoted[] = {"Merge branch '", "Merge branches '",
					     "Merge remote-tracking branch '", "Merge '"};
	for (size_t i = 0; i < GL_ARRAY_SIZE(quoted); i++) {
		if (!gl_msg_starts(s, len, quoted[i]))
			continue;
		*at = strlen(quoted[i]);
		const char *end = memchr(s + *at, '\'', len - *at);
		*n = end ? (size_t)(end - s) - *at : 0;
		return *n > 0;
	}
	static const char plain[] = "Merge ";
	if (!gl_msg_starts(s, len, plain))
		return false;
	*at = strlen(plain);
	for (*n = 0; *at + *n < len && !gl_isspace(s[*at + *n]);)
		++*n;
	return *at + *n + 6 <= len && !memcmp(s + *at + *n, " into ", 6);
}

gl_change_kind gl_msg_kind_of_merge(const char *s, size_t len)
{
	size_t at, n;
	return merged_branch(s, len, &at, &n) ? kind_of_branch(s + at, n) : GL_CHANGE_UNCLASSIFIED;
}

gl_change_kind gl_change_kind_of_author(gl_change_kind kind, const char *author)
{
	if (!author || kind == GL_CHANGE_SECURITY)
		return kind;
	if (!strncasecmp(author, "dependabot", 10) || !strncasecmp(author, "renovate", 8))
		return GL_CHANGE_DEPS;
	return kind;
}

bool gl_branch_long_lived(const char *branch)
{
	static const char *const names[] = {"develop", "development", "dev", "main", "master"};
	static const char *const lines[] = {"release/", "releases/", "release-"};
	if (!branch)
		return false;
	for (size_t i = 0; i < GL_ARRAY_SIZE(names); i++)
		if (!strcmp(branch, names[i]))
			return true;
	for (size_t i = 0; i < GL_ARRAY_SIZE(lines); i++)
		if (!strncmp(branch, lines[i], strlen(lines[i])))
			return true;
	return false;
}
