#!/bin/sh
# A change over several files that a crash interrupted is completed by
# running the same command again: `init` stopped after writing .govlog.yml
# (its folder not made yet) writes the rest, and `status … superseded
# --successor` stopped after the successor was written (it writes the
# successor first) edits the predecessor on the second run, and `init
# --hooks` stopped while moving another tool's hook aside (both names on one
# file) finishes the move and chains it.
. "$(dirname "$0")/../test-lib.sh"

# init: run it whole in one repository, and in another only its first file.
whole=$(new_repo whole)
run_govlog "$whole" init
expect_status 0 "init"
repo=$(new_repo interrupted)
cp "$whole/.govlog.yml" "$repo/.govlog.yml"
run_govlog "$repo" init
expect_status 0 "init again after a crash left only .govlog.yml"
(cd "$whole" && find . -path ./.git -prune -o -type f -print | sort) >"$TEST_DIR/whole.files"
(cd "$repo" && find . -path ./.git -prune -o -type f -print | sort) >"$TEST_DIR/repo.files"
if cmp -s "$TEST_DIR/whole.files" "$TEST_DIR/repo.files"; then
	pass "the rerun completes init: the same files as one whole run"
else
	fail "the rerun left a different set of files"
	diff "$TEST_DIR/whole.files" "$TEST_DIR/repo.files" | sed 's/^/    /' >&2
fi
while read -r f; do
	cmp -s "$whole/$f" "$repo/$f" || fail "init: $f differs from a whole run"
done <"$TEST_DIR/whole.files"
run_govlog "$repo" new decision "First after init"
expect_status 0 "new works in the completed log"

# status: the successor names the predecessor, the predecessor is still accepted.
record() { # record FILE STATUS TITLE [EXTRA-LINE]
	printf -- '---\nstatus: %s\ndate: 2026-05-01\ndeciders: Ada\n%s---\n# %s\n\n## Context and Problem Statement\n\nx\n\n## Considered Options\n\n* A\n\n## Decision Outcome\n\nA.\n' "$2" "${4:-}" "$3" >"$1"
}
repo=$(new_repo status)
d="$repo/docs/decisions"
mkdir -p "$d"
record "$d/0001-old.md" accepted "Old"
record "$d/0002-new.md" accepted "New"
commit_all "$repo" "docs: two records"
run_govlog "$repo" status ADR-0001 superseded --successor ADR-0002
expect_status 0 "status superseded, whole"
cp "$d/0001-old.md" "$TEST_DIR/old.whole"
cp "$d/0002-new.md" "$TEST_DIR/new.whole"
git -C "$repo" checkout -q -- .
cp "$TEST_DIR/new.whole" "$d/0002-new.md" # the crash came after the successor was written
run_govlog "$repo" status ADR-0001 superseded --successor ADR-0002
expect_status 0 "status again after a crash between the two files"
cmp -s "$d/0001-old.md" "$TEST_DIR/old.whole" && pass "the predecessor is completed" ||
	fail "the predecessor differs from a whole run"
cmp -s "$d/0002-new.md" "$TEST_DIR/new.whole" && pass "the successor names it once" ||
	fail "the successor differs from a whole run"

# init --hooks: the hard link to the aside name made, the old name not yet removed.
repo=$(new_repo hooks)
h="$repo/.git/hooks"
printf '#!/bin/sh\necho another tool\n' >"$h/pre-commit"
chmod 755 "$h/pre-commit"
ln "$h/pre-commit" "$h/pre-commit.pre-govlog"
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks again after a crash while moving a hook aside"
expect_line "$(cat "$h/pre-commit")" "# installed by govlog init --hooks" "govlog's hook is in place"
expect_line "$(cat "$h/pre-commit.pre-govlog")" "echo another tool" "the other tool's hook is chained"

finish
