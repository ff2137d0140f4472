#!/bin/sh
# The commit-msg hook, installed in real repositories and fired by git commit:
# a message without a required Refs: is refused with its diagnostic, a good one
# passes, Git's own forms pass, core.hooksPath and linked worktrees work.
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

repo=$(new_repo hooked)
printf 'commits:\n  require-refs: [feat, fix]\n' >"$repo/.govlog.yml"
commit_all "$repo" "chore: configure govlog"
cp "$GOVLOG_SOURCE_DIR/hooks/commit-msg" "$repo/.git/hooks/commit-msg"

# try REPO ARGS...: git commit, recording its status and stderr.
try() {
	dir=$1
	shift
	status=0
	git -C "$dir" commit --allow-empty -q "$@" 2>"$TEST_DIR/commit.err" || status=$?
	err=$(cat "$TEST_DIR/commit.err")
}

count=$(git -C "$repo" rev-list --count HEAD)
try "$repo" -m "feat(index): add the jekyll format"
if [ "$status" -ne 0 ]; then pass "a feat without Refs: is refused"; else fail "it was committed"; fi
expect_line "$err" "a feat commit needs a Refs:, Fixes: or Closes: trailer [commit/refs]" \
	"the refusal names the rule"
if [ "$(git -C "$repo" rev-list --count HEAD)" -eq "$count" ]; then pass "no commit was made"; else fail "a commit was made"; fi

try "$repo" -m "add the jekyll format"
if [ "$status" -ne 0 ]; then pass "a message that is not Conventional Commits is refused"; else fail "committed"; fi
expect_line "$err" "^" "the offending line is shown with a caret"

try "$repo" -m "feat(index): add the jekyll format" -m "Refs: #12"
expect_status 0 "a good message passes"
try "$repo" --fixup HEAD
expect_status 0 "a fixup! commit passes"
try "$repo" -m "docs: a note"
expect_status 0 "a type that needs no reference passes"
try "$repo" --no-verify -m "feat: sneaked in"
expect_status 0 "--no-verify skips the hook"

git -C "$repo" worktree add -q "$TEST_DIR/wt" -b side
try "$TEST_DIR/wt" -m "fix: in a worktree"
if [ "$status" -ne 0 ]; then pass "the hook runs in a linked worktree"; else fail "not run in the worktree"; fi

# Teams without Conventional Commits: ticket keys by the config's patterns.
repo=$(new_repo tickets)
printf 'commits:\n  conventional: off\n  require-refs: ["*"]\n  references: ["\\\\bAR-\\\\d+", "\\\\[#\\\\d+\\\\]"]\n' >"$repo/.govlog.yml"
commit_all "$repo" "AR-1: configure govlog"
cp "$GOVLOG_SOURCE_DIR/hooks/commit-msg" "$repo/.git/hooks/commit-msg"
try "$repo" -m "AR-519: new slide type"
expect_status 0 "a ticket key the config names is a reference"
try "$repo" -m "[#55444] ret fejl i visning"
expect_status 0 "so is a Redmine reference"
try "$repo" -m "Ret fejl i visning"
if [ "$status" -ne 0 ]; then pass "a commit naming no ticket is refused"; else fail "committed"; fi
expect_line "$err" "[commit/refs]" "with commit/refs"
expect_no_line "$err" "[commit/format]" "conventional: off asks for no Conventional header"
try "$repo" -m "Ret fejl" -m "Refs: soon"
expect_line "$err" "'soon' names no issue or ticket" "a reference trailer must name something"

repo=$(new_repo warn)
printf 'commits:\n  conventional: warning\n' >"$repo/.govlog.yml"
commit_all "$repo" "chore: configure govlog"
cp "$GOVLOG_SOURCE_DIR/hooks/commit-msg" "$repo/.git/hooks/commit-msg"
try "$repo" -m "Update the readme"
expect_status 0 "conventional: warning lets the commit through"
expect_line "$err" "warning: the subject is not 'type(scope): description'" "with a warning"

repo=$(new_repo hooks-path)
mkdir -p "$repo/.githooks"
cp "$GOVLOG_SOURCE_DIR/hooks/commit-msg" "$repo/.githooks/"
git -C "$repo" config core.hooksPath .githooks
try "$repo" -m "no type here"
if [ "$status" -ne 0 ]; then pass "core.hooksPath is honoured"; else fail "hook not run"; fi

status=0
PATH=/usr/bin:/bin git -C "$repo" commit --allow-empty -q -m "x" 2>"$TEST_DIR/nogov.err" || status=$?
# A hook copied by hand remembers no govlog: it warns and lets the commit through.
expect_status 0 "without govlog the hook lets the commit through"
expect_line "$(cat "$TEST_DIR/nogov.err")" "govlog: warning: govlog is not on PATH; not checked" "and says why"
finish
