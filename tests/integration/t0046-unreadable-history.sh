#!/bin/sh
# History govlog cannot read is an error, never silence: a commit object with a
# malformed header (made with git hash-object --literally, as a broken tool or
# an old import leaves it), reached from HEAD or only through a tag, stops
# changelog, trace, version and release-notes with exit 3 naming the commit or
# the tag and libgit2's reason; a header libgit2 can read past (an unknown
# line) is read as usual; a range that does not resolve says which end and why.
. "$(dirname "$0")/../test-lib.sh"

# Under LeakSanitizer: libgit2 1.5 leaks a few bytes inside its revwalk when
# it meets a commit it cannot parse (its own error path, tests/lsan.supp);
# full stacks let the suppression see those libgit2 frames and nothing else.
export LSAN_OPTIONS="suppressions=$GOVLOG_SOURCE_DIR/tests/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"

# bad_commit PARENT MESSAGE: writes a commit whose author line has no closing '>'.
bad_commit() {
	printf 'tree %s\nparent %s\nauthor Ada Tester <ada@example.org 1780000000 +0000\ncommitter Ada Tester <ada@example.org> 1780000000 +0000\n\n%s\n' \
		"$(git rev-parse "$1^{tree}")" "$(git rev-parse "$1")" "$2" |
		git hash-object -t commit -w --literally --stdin
}

# --- A malformed commit between two releases, on HEAD's history. ---
repo=$(new_repo onhead)
cd "$repo"
echo a >a && git add a && git commit -q -m "feat: first screen" && git tag v1.0.0
echo b >b && git add b && git commit -q -m "fix: a crash"
bad=$(bad_commit HEAD "feat: imported")
git update-ref refs/heads/main "$bad"
git reset -q --hard
git tag v1.1.0
echo c >c && git add c && git commit -q -m "fix: after the import"
if git log --format=%H | grep -q "$bad"; then pass "git itself lists the commit"; else fail "git cannot list it"; fi

for verb in changelog trace version release-notes "changelog --write"; do
	# shellcheck disable=SC2086 # the verb's words
	run_govlog "$repo" $verb
	expect_status 3 "$verb over an unreadable commit"
	expect_line "$err" "$bad" "$verb names the commit or the tag"
	expect_line "$err" "malformed e-mail" "$verb gives libgit2's reason"
done
expect_no_line "$err" "no release tag reaches HEAD" "version does not pretend there is no release"
if [ -e "$repo/CHANGELOG.md" ]; then fail "changelog --write wrote a changelog without a release"; else pass "changelog --write wrote nothing"; fi

# Tagged, so the tag is read first: the tag is named.
run_govlog "$repo" changelog
expect_line "$err" "cannot read the commit of tag 'v1.1.0' ($bad)" "the release whose commit is unreadable is named"

# Untagged: the walk reaches it and names it.
git -C "$repo" tag -d v1.1.0 >/dev/null
run_govlog "$repo" changelog
expect_status 3 "changelog with the commit untagged"
expect_line "$err" "cannot read commit $bad" "the commit is named by its id"
run_govlog "$repo" version
expect_status 3 "version with the commit untagged"
expect_line "$err" "cannot read commit $bad" "version names it too"

# --- Only a tag reaches it: the release must not vanish from the changelog. ---
repo=$(new_repo ontag)
cd "$repo"
echo a >a && git add a && git commit -q -m "feat: first screen" && git tag v1.0.0
git tag v2.0.0 "$(bad_commit HEAD "feat: side release")"
echo b >b && git add b && git commit -q -m "fix: a crash"
run_govlog "$repo" changelog
expect_status 3 "changelog with a tag on an unreadable commit"
expect_line "$err" "cannot read the commit of tag 'v2.0.0'" "the tag is named"
run_govlog "$repo" trace
expect_status 3 "trace with a tag on an unreadable commit"

# A tag of a blob is no release: passed over as before.
git -C "$repo" tag -d v2.0.0 >/dev/null
git -C "$repo" tag v3.0.0 "$(git -C "$repo" rev-parse HEAD:b)"
run_govlog "$repo" changelog
expect_status 0 "a tag of a blob is passed over"
expect_line "$out" "## [v1.0.0]" "the readable release is there"

# --- A header libgit2 reads past is read as usual. ---
repo=$(new_repo oddheader)
cd "$repo"
echo a >a && git add a && git commit -q -m "feat: first screen"
odd=$(printf 'tree %s\nparent %s\nauthor Ada Tester <ada@example.org> 1780000000 +0000\ncommitter Ada Tester <ada@example.org> 1780000000 +0000\nx-tool imported\n\nfeat: odd header\n' \
	"$(git rev-parse 'HEAD^{tree}')" "$(git rev-parse HEAD)" | git hash-object -t commit -w --literally --stdin)
git update-ref refs/heads/main "$odd"
git tag v1.0.0
run_govlog "$repo" changelog
expect_status 0 "a commit with an unknown header line"
expect_line "$out" "odd header" "is in the changelog"

# --- A range that does not resolve says which end, and why. ---
mkdir -p "$repo/docs/decisions"
run_govlog "$repo" check --commits nosuch..HEAD
expect_line "$err" "cannot resolve the range: its start 'nosuch' names no commit here" "the start is named, and what is wrong with it"
run_govlog "$repo" check --commits HEAD..nosuch
expect_line "$err" "cannot resolve the range: its end 'nosuch'" "the end is named"
run_govlog "$repo" release-notes --range v1.0.0..nosuch
expect_line "$err" "its end 'nosuch'" "release-notes --range names the end too"
if printf '%s\n' "$err" | grep -q ': $'; then fail "an empty reason: $err"; else pass "never an empty reason"; fi
# A Danish log's range errors are Danish, as its other messages are.
printf 'language: da\n' >"$repo/.govlog.yml"
run_govlog "$repo" check --commits nosuch..HEAD
expect_status 2 "a range that does not resolve is a usage error"
expect_line "$err" "kan ikke læse intervallet: dets start 'nosuch' peger ikke på noget commit her" "in Danish"
run_govlog "$repo" check --range HEAD..nosuch
expect_line "$err" "dets slutning 'nosuch' peger ikke på noget commit her" "the end, in Danish"
run_govlog "$repo" check docs/nosuch.md
expect_line "$err" "ingen fil eller mappe hedder 'docs/nosuch.md'" "a path that is not there, in Danish"
rm "$repo/.govlog.yml"
finish
