#!/bin/sh
# The hooks beyond commit and push: a merge Git commits by itself (real git
# merge) runs pre-merge-commit with pre-commit's checks; a hook remembers the
# govlog that installed it and runs it when govlog is not on PATH (Git clients
# started from a desktop have a short PATH); with govlog nowhere, the hook
# warns and lets the commit through; a chained earlier hook always runs.
. "$(dirname "$0")/../test-lib.sh"

# The govlog under test, copied where no PATH below looks.
mkdir -p "$TEST_DIR/opt/govlog's bin"
installed="$TEST_DIR/opt/govlog's bin/govlog"
cp "$GOVLOG" "$installed"
short=/usr/bin:/bin # what a desktop Git client gives its hooks
if PATH=$short command -v govlog >/dev/null 2>&1; then
	echo "a govlog on $short would hide what this tests" >&2
	exit 1
fi

# record FILE STATUS TITLE: a MADR record.
record() {
	mkdir -p "$(dirname "$1")"
	printf -- '---\nstatus: %s\ndate: 2026-05-01\ndeciders: Ada Tester\n---\n# %s\n\n## Context and Problem Statement\n\nThe reason we decide.\n\n## Considered Options\n\n* one\n* two\n\n## Decision Outcome\n\nChosen option: "one", because it is simple.\n' \
		"$2" "$3" >"$1"
}

# git_short ARGS...: git in $repo with the short PATH; sets $status and $err.
git_short() {
	status=0
	(cd "$repo" && PATH=$short git "$@") >"$TEST_DIR/git.out" 2>"$TEST_DIR/git.err" || status=$?
	err=$(cat "$TEST_DIR/git.err")
}

repo=$(new_repo merge)
status=0
(cd "$repo" && "$installed" init --hooks) >"$TEST_DIR/init.out" 2>&1 || status=$?
out=$(cat "$TEST_DIR/init.out")
expect_status 0 "init --hooks from a govlog that is not on PATH"
expect_line "$out" "installed .git/hooks/pre-merge-commit" "pre-merge-commit is installed"
if [ -x "$repo/.git/hooks/pre-merge-commit" ]; then pass "and executable"; else fail "pre-merge-commit is not executable"; fi
for h in pre-commit pre-merge-commit commit-msg pre-push; do
	expect_line "$(cat "$repo/.git/hooks/$h")" "govlog_installed='$TEST_DIR/opt/govlog'\\''s bin/govlog'" \
		"$h remembers the installing govlog's absolute path, quoted for sh"
done

d="$repo/docs/decisions"
record "$d/0001-use-postgresql.md" accepted "Use PostgreSQL"
git -C "$repo" add -A
git_short commit -q -m "docs: first decision"
expect_status 0 "with a short PATH the remembered govlog passes a good commit"

# A bad record is refused through the remembered path: govlog really ran.
record "$d/0002-cache.md" Acepted "Add a cache"
git -C "$repo" add -A
git_short commit -q -m "docs: propose a cache"
if [ "$status" -ne 0 ]; then pass "with a short PATH a bad record is refused"; else fail "the bad record was committed"; fi
expect_line "$err" "unknown status 'Acepted'" "by the remembered govlog's check"
git -C "$repo" reset -q --hard

# A conflict-free merge that brings a bad record: pre-merge-commit refuses it.
git -C "$repo" checkout -q -b side
record "$d/0002-cache.md" Acepted "Add a cache"
git -C "$repo" add -A
git -C "$repo" commit -q --no-verify -m "docs: propose a cache"
git -C "$repo" checkout -q main
echo "notes" >"$repo/notes.txt"
git -C "$repo" add notes.txt
git -C "$repo" commit -q --no-verify -m "docs: notes"
git_short merge -q --no-ff --no-edit side
if [ "$status" -ne 0 ]; then pass "git merge with a bad record is refused"; else fail "the merge was committed"; fi
expect_line "$err" "docs/decisions/0002-cache.md:2:9: error: unknown status 'Acepted'" \
	"pre-merge-commit names the merged record"
if [ "$(git -C "$repo" rev-list --count HEAD)" -eq 2 ]; then pass "no merge commit was made"; else fail "a merge commit was made"; fi
git -C "$repo" merge --abort
git -C "$repo" checkout -q side
record "$d/0002-cache.md" proposed "Add a cache"
git -C "$repo" commit -q -a --no-verify -m "docs: fix the status"
git -C "$repo" checkout -q main
git_short merge -q --no-ff --no-edit side
expect_status 0 "a good merge passes pre-merge-commit"
if [ "$(git -C "$repo" rev-list --count --merges HEAD)" -eq 1 ]; then pass "the merge commit was made"; else fail "no merge commit"; fi

# Another tool's hooks, chained by a second init; then govlog is gone everywhere.
repo2=$(new_repo chained)
for h in pre-commit pre-merge-commit commit-msg; do
	printf '#!/bin/sh\necho "tool %s" >>"%s/calls"\n' "$h" "$TEST_DIR" >"$repo2/.git/hooks/$h"
	chmod +x "$repo2/.git/hooks/$h"
done
(cd "$repo2" && "$installed" init --hooks) >/dev/null 2>&1
rm "$installed"
repo=$repo2
: >"$TEST_DIR/calls"
echo one >"$repo/one.txt"
git -C "$repo" add one.txt
git_short commit -q -m "chore: one"
expect_status 0 "with govlog nowhere the commit goes through"
expect_line "$err" "govlog: warning: govlog is not on PATH nor at '$installed'" "the hook says govlog is missing and where it looked"
expect_line "$err" "not checked" "and that nothing was checked"
printf 'tool pre-commit\ntool commit-msg\n' >"$TEST_DIR/want"
if cmp -s "$TEST_DIR/want" "$TEST_DIR/calls"; then pass "the chained hooks still ran"; else fail "chained hooks: $(cat "$TEST_DIR/calls")"; fi
git -C "$repo" checkout -q -b side2
echo two >"$repo/two.txt"
git -C "$repo" add two.txt
git -C "$repo" commit -q --no-verify -m "chore: two"
git -C "$repo" checkout -q main
echo three >"$repo/three.txt"
git -C "$repo" add three.txt
git -C "$repo" commit -q --no-verify -m "chore: three"
: >"$TEST_DIR/calls"
git_short merge -q --no-ff --no-edit side2
expect_status 0 "a merge with govlog nowhere goes through"
expect_line "$(cat "$TEST_DIR/calls")" "tool pre-merge-commit" "the chained pre-merge-commit hook ran"
finish
