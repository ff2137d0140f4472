/* Telling from subtree ids alone that a commit changes no Markdown file. */
#include "repo/tree_touch.h"

#include <string.h>

#include "util/fs.h"
#include "util/banned.h"

/* Deeper than any real repository; a deeper change is taken as a possible one. */
enum { GL_TOUCH_MAX_DEPTH = 64 };

typedef struct touch {
	git_repository *repo;
	const char *const *markers;
	size_t marker_count;
} touch;

/* A file the range's diff could report: Markdown in any case, or a marker. */
static bool reported(const touch *t, const git_tree_entry *e)
{
	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB)
		return false;
	const char *name = git_tree_entry_name(e);
	if (gl_path_is_markdown(name))
		return true;
	for (size_t i = 0; i < t->marker_count; i++)
		if (!strcmp(name, t->markers[i]))
			return true;
	return false;
}

/* An entry on one side only: a reported file, or a folder (added or removed: diffed). */
static bool one_sided(const touch *t, const git_tree_entry *e)
{
	return git_tree_entry_type(e) == GIT_OBJECT_TREE || reported(t, e);
}

static bool differ(const touch *t, const git_tree *a, const git_tree *b, int depth);

/* Two entries of one name whose ids differ. */
static bool changed(const touch *t, const git_tree_entry *x, const git_tree_entry *y, int depth)
{
	git_object_t tx = git_tree_entry_type(x), ty = git_tree_entry_type(y);
	if (tx != ty)
		return tx == GIT_OBJECT_TREE || ty == GIT_OBJECT_TREE || reported(t, x) ||
		       reported(t, y);
	if (tx != GIT_OBJECT_TREE)
		return reported(t, x) || reported(t, y);
	git_tree *sa = NULL, *sb = NULL;
	bool may = git_tree_lookup(&sa, t->repo, git_tree_entry_id(x)) < 0 ||
		   git_tree_lookup(&sb, t->repo, git_tree_entry_id(y)) < 0 ||
		   differ(t, sa, sb, depth + 1);
	git_tree_free(sa);
	git_tree_free(sb);
	return may;
}

/* Both trees' entries in Git's order, side by side. */
static bool differ(const touch *t, const git_tree *a, const git_tree *b, int depth)
{
	if (depth > GL_TOUCH_MAX_DEPTH || !a || !b)
		return true;
	size_t na = git_tree_entrycount(a), nb = git_tree_entrycount(b), i = 0, k = 0;
	while (i < na || k < nb) {
		const git_tree_entry *x = i < na ? git_tree_entry_byindex(a, i) : NULL;
		const git_tree_entry *y = k < nb ? git_tree_entry_byindex(b, k) : NULL;
		int c = !x ? 1 : !y ? -1 : git_tree_entry_cmp(x, y);
		if (c < 0 ? one_sided(t, x) : c > 0 ? one_sided(t, y) : false)
			return true;
		if (c == 0 && git_oid_cmp(git_tree_entry_id(x), git_tree_entry_id(y)) &&
		    changed(t, x, y, depth))
			return true;
		i += c <= 0;
		k += c >= 0;
	}
	return false;
}

bool gl_tree_may_touch(git_repository *repo, const git_tree *a, const git_tree *b,
		       const char *const *markers, size_t marker_count)
{
	touch t = {repo, markers, marker_count};
	return differ(&t, a, b, 0);
}
