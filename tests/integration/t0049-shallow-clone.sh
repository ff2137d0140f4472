#!/bin/sh
# A shallow clone (git clone --depth N, tags fetched, as CI checks out) answers
# from the commits it has: version, changelog and trace work when the history
# they need is there, release-notes for a release whose commits are all there
# too; where a needed commit is beyond the clone's edge, govlog fails with exit
# 3 saying it is a shallow clone and where its history ends, never "no release
# tag reaches HEAD".
. "$(dirname "$0")/../test-lib.sh"

up=$(new_repo upstream)
cd "$up"
for i in 1 2 3; do git commit -q --allow-empty -m "feat: screen $i"; done
git tag v1.0.0
for i in 1 2 3; do git commit -q --allow-empty -m "fix: crash $i"; done
git tag -a v1.1.0 -m "1.1.0"
for i in 1 2; do git commit -q --allow-empty -m "feat: export $i"; done
edge=$(git rev-parse "v1.1.0^{commit}") # "fix: crash 3": depth 3 ends here

# clone DEPTH: a shallow clone with the tags fetched at the same depth.
clone() {
	git clone -q --depth "$1" "file://$up" "$TEST_DIR/depth$1"
	git -C "$TEST_DIR/depth$1" fetch -q --tags --depth "$1"
	printf '%s\n' "$TEST_DIR/depth$1"
}

repo=$(clone 3)
if [ -s "$repo/.git/shallow" ]; then pass "the clone is shallow"; else fail "not shallow"; fi
run_govlog "$repo" version
expect_status 0 "version in a clone of depth 3"
expect_line "$out" "v1.1.0" "is the tag that reaches HEAD"
run_govlog "$repo" changelog
expect_status 0 "changelog from the commits the clone has"
expect_line "$out" "export 2" "with the unreleased commits"
expect_line "$out" "## [v1.1.0]" "and the releases"
expect_line "$out" "screen 1" "down to the first"
run_govlog "$repo" trace
expect_status 0 "trace from the commits the clone has"
run_govlog "$repo" release-notes v1.0.0
expect_status 0 "release-notes of a release whose commits are all there"
expect_line "$out" "3 commits" "lists all of them"
run_govlog "$repo" release-notes
expect_status 3 "release-notes of a release cut by the clone's edge"
expect_line "$err" "shallow clone" "says it is a shallow clone"
expect_line "$err" "$edge" "and names the commit where its history ends"

repo=$(clone 1)
run_govlog "$repo" version
expect_status 3 "version when HEAD's parent is beyond the edge"
expect_line "$err" "shallow clone" "says it is a shallow clone"
expect_no_line "$err" "no release tag reaches HEAD" "not that no release reaches HEAD"

repo=$(clone 6)
run_govlog "$repo" release-notes
expect_status 0 "release-notes when the clone holds the whole release"
expect_line "$out" "crash 1" "with its first commit"
finish
