/*
 * Whether two trees differ in a file a range's diff could report (a Markdown
 * file or a marker), found by comparing subtree ids: most commits of a
 * product's history change code only, and their trees need no full diff.
 */
#ifndef GOVLOG_REPO_TREE_TOUCH_H
#define GOVLOG_REPO_TREE_TOUCH_H

#include <stdbool.h>

#include "repo/git.h"

/*
 * False only when no file whose name ends in ".md" or ".markdown" (any case)
 * or is one of `markers` differs between `a` and `b` (either may be NULL: an
 * empty tree). True when they may: on any doubt (a tree that cannot be read, a
 * file that became a folder) it says true, and the caller diffs.
 */
bool gl_tree_may_touch(git_repository *repo, const git_tree *a, const git_tree *b,
		       const char *const *markers, size_t marker_count);

#endif
