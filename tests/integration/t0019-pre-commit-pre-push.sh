#!/bin/sh
# The pre-commit and pre-push hooks, installed with govlog init --hooks and
# fired by real git commit and git push (to a local bare repository): staged
# content is judged (not the work tree, which is never touched), git commit -a,
# the first commit, duplicate IDs and links against the index, frozen decisions
# against HEAD, a linked worktree, and pushes checked against the remote branch.
# Then: what --no-verify let through, govlog check --commits finds in CI.
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

# record FILE STATUS TITLE [SECTION-TEXT]: a MADR record.
record() {
	mkdir -p "$(dirname "$1")"
	printf -- '---\nstatus: %s\ndate: 2026-05-01\ndeciders: Ada Tester\n---\n# %s\n\n## Context and Problem Statement\n\n%s\n\n## Considered Options\n\n* one\n* two\n\n## Decision Outcome\n\nChosen option: "one", because it is simple.\n' \
		"$2" "$3" "${4:-The reason we decide.}" >"$1"
}

# try DIR ARGS...: git commit, with $status and $err set.
try() {
	dir=$1
	shift
	status=0
	git -C "$dir" commit -q "$@" 2>"$TEST_DIR/commit.err" || status=$?
	err=$(cat "$TEST_DIR/commit.err")
}

refused() {
	if [ "$status" -ne 0 ]; then pass "$1"; else fail "$1: the commit was made"; fi
}

repo=$(new_repo work)
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks"
d="$repo/docs/decisions"

# The first commit (unborn HEAD): a bad record is refused, a good one passes.
record "$d/0001-use-postgresql.md" Acepted "Use PostgreSQL"
git -C "$repo" add -A
try "$repo" -m "docs: first decision"
refused "a bad record in the first commit is refused"
expect_line "$err" "docs/decisions/0001-use-postgresql.md:2:9: error: unknown status 'Acepted'" \
	"the diagnostic names the staged record"
record "$d/0001-use-postgresql.md" accepted "Use PostgreSQL"
git -C "$repo" add -A
try "$repo" -m "docs: first decision"
expect_status 0 "the corrected first commit passes"

# A partially staged file is judged by its staged content; the work tree is not touched.
record "$d/0002-cache.md" proposed "Add a cache"
git -C "$repo" add "$d/0002-cache.md"
record "$d/0002-cache.md" Acceptted "Add a cache"
before=$(cksum <"$d/0002-cache.md")
try "$repo" -m "docs: propose a cache"
expect_status 0 "a good staged version passes though the work tree's is bad"
after=$(cksum <"$d/0002-cache.md")
if [ "$before" = "$after" ]; then pass "the unstaged work is untouched"; else fail "the work tree changed"; fi
if git -C "$repo" diff --quiet; then fail "the unstaged change is gone"; else pass "the unstaged change is still unstaged"; fi

record "$d/0003-queue.md" Acceptted "Add a queue"
git -C "$repo" add "$d/0003-queue.md"
record "$d/0003-queue.md" proposed "Add a queue"
try "$repo" -m "docs: propose a queue"
refused "a bad staged version is refused though the work tree's is good"
expect_line "$err" "unknown status 'Acceptted'" "the staged text is what was checked"
git -C "$repo" add "$d/0003-queue.md"
try "$repo" -m "docs: propose a queue"
expect_status 0 "once staged, the good version passes"
git -C "$repo" checkout -q -- "$d/0002-cache.md"

# git commit -a: Git hands the hook a temporary index (GIT_INDEX_FILE).
record "$d/0002-cache.md" Aproved "Add a cache"
try "$repo" -a -m "docs: update the cache proposal"
refused "git commit -a checks what -a stages"
expect_line "$err" "unknown status 'Aproved'" "read from Git's temporary index"
git -C "$repo" checkout -q -- "$d/0002-cache.md"

# Duplicate IDs and links are checked against the index, with the rest of the log as context.
record "$d/0003-another-queue.md" proposed "Another queue"
git -C "$repo" add "$d/0003-another-queue.md"
try "$repo" -m "docs: another queue"
refused "a number the log already has is refused"
expect_line "$err" "duplicate ID 'ADR-0003'" "id/duplicate against the committed record"
git -C "$repo" rm -q --cached "$d/0003-another-queue.md"
rm "$d/0003-another-queue.md"

printf 'notes\n' >"$repo/docs/notes.md"
record "$d/0004-notes.md" proposed "Keep notes" "See [the notes](../notes.md)."
git -C "$repo" add "$d/0004-notes.md"
try "$repo" -m "docs: keep notes"
refused "a link to a file that is not staged is refused"
expect_line "$err" "[link/broken]" "link/broken against the index"
git -C "$repo" add "$repo/docs/notes.md"
try "$repo" -m "docs: keep notes"
expect_status 0 "staging the linked file too passes"

# Frozen text and status transitions against HEAD.
record "$d/0001-use-postgresql.md" accepted "Use PostgreSQL" "A different reason."
git -C "$repo" add -A
try "$repo" -m "docs: reword"
refused "changing an accepted decision's text is refused"
expect_line "$err" "[decision/frozen]" "decision/frozen against HEAD"
expect_line "$err" "in the staged version" "and says it is the staged version"
record "$d/0001-use-postgresql.md" proposed "Use PostgreSQL"
git -C "$repo" add -A
try "$repo" -m "docs: reopen"
refused "accepted back to proposed is refused"
expect_line "$err" "status changed from accepted to proposed" "status/transition against HEAD"
git -C "$repo" checkout -q HEAD -- "$d/0001-use-postgresql.md"

# A change outside the log costs nothing and passes.
printf 'code\n' >"$repo/main.c"
git -C "$repo" add main.c
try "$repo" -m "feat: some code"
expect_status 0 "a commit without records passes"

# A linked worktree has its own index.
git -C "$repo" worktree add -q "$TEST_DIR/wt" -b side
record "$TEST_DIR/wt/docs/decisions/0005-side.md" Rejectd "On the side"
git -C "$TEST_DIR/wt" add -A
try "$TEST_DIR/wt" -m "docs: on the side"
refused "the hook checks a linked worktree's index"
expect_line "$err" "unknown status 'Rejectd'" "with the worktree's staged record"

# pre-push, to a bare repository.
remote="$TEST_DIR/remote.git"
git -c init.defaultBranch=main init -q --bare "$remote"
git -C "$repo" remote add origin "$remote"
status=0
git -C "$repo" push -q origin main 2>"$TEST_DIR/push.err" || status=$?
expect_status 0 "a clean history pushes"

git -C "$repo" commit -q --allow-empty --no-verify -m "Added stuff"
status=0
git -C "$repo" push -q origin main 2>"$TEST_DIR/push.err" || status=$?
refused "pre-push refuses a commit that skipped commit-msg"
expect_line "$(cat "$TEST_DIR/push.err")" "the subject is not 'type(scope): description' [commit/format]" \
	"with the commit's diagnostic"
git -C "$repo" reset -q --hard HEAD~1

# Another clone adds record 0006 to main; this clone's branch adds its own 0006.
other="$TEST_DIR/other"
git clone -q "$remote" "$other"
record "$other/docs/decisions/0006-search.md" proposed "Search"
git -C "$other" add -A
git -C "$other" commit -q --no-verify -m "docs: propose search"
git -C "$other" push -q --no-verify origin main
git -C "$repo" fetch -q origin
git -C "$repo" checkout -q -b feature
record "$d/0006-export.md" proposed "Export"
git -C "$repo" add -A
git -C "$repo" commit -q -m "docs: propose export"
status=0
git -C "$repo" push -q origin feature 2>"$TEST_DIR/push.err" || status=$?
refused "a new branch whose record number main took meanwhile is refused"
expect_line "$(cat "$TEST_DIR/push.err")" "the target branch added docs/decisions/0006-search.md" \
	"id/duplicate against the remote's branch"

# What --no-verify let through, CI finds with check --commits.
ci=$(new_repo ci)
git -C "$ci" commit -q --allow-empty -m "chore: start"
git -C "$ci" tag base
record "$ci/docs/decisions/0001-x.md" Acepted "X"
git -C "$ci" add -A
git -C "$ci" commit -q --no-verify -m "add decision X"
run_govlog "$ci" check --commits base..HEAD
expect_status 1 "check --commits fails the range"
expect_line "$err" "unknown status 'Acepted'" "it finds the bad record pre-commit would have refused"
expect_line "$err" "[commit/format]" "and the message commit-msg would have refused"
expect_line "$err" "commit $(git -C "$ci" rev-parse --short=7 HEAD):1:4:" "named by its commit"
run_govlog "$ci" check --commits base..HEAD --format github
expect_line "$out" "::error title=commit/format in commit " "annotations name the commit"
finish
