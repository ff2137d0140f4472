#!/bin/sh
# Tags as people write them, in a history like the multi-vendor ones users
# brought (116 and 216 tags): "-rc7" without a dot, "rc1" without a dash,
# "2.6" with two numbers, two spellings of one version on one commit, a typo
# tag. Headings show the tag as written, two names on one commit are one
# release, `version --next --pre ID` continues the project's own form and
# never proposes a tag that exists, a tag read by a guess is reported. The
# release each commit lands in is still git rev-list's.
. "$(dirname "$0")/../test-lib.sh"

command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
repo=$(new_repo tags)
cd "$repo"
n=0
# c MESSAGE: one commit touching its own file, a minute after the one before.
c() {
	n=$((n + 1))
	echo "$n" >"f$n"
	git add "f$n"
	export GIT_AUTHOR_DATE="2026-06-01T12:$(printf %02d "$n"):00Z"
	export GIT_COMMITTER_DATE="$GIT_AUTHOR_DATE"
	git commit -q -m "$1"
}
next_pre() { # next_pre ID WANT WHAT
	run_govlog "$repo" version --next --pre "$1"
	expect_status 0 "$3"
	expect_line "$out" "$2" "$3"
	[ "$out" = "$2" ] || fail "$3: printed '$out', want exactly '$2'"
}

c "chore: start"
c "feat: first screen"
git tag 1.0
git tag 1.0.0 # the same release under two names
c "fix: a crash

Refs: #7"
git tag 2.6
c "feat!: new layout"
git tag v3.0.0-rc6
c "fix: layout margins"
git tag v3.0.0-rc7
c "fix: layout colours"
next_pre rc v3.0.0-rc8 "after -rc7 the next candidate is -rc8 (the project's own form)"
run_govlog "$repo" version --next
expect_line "$out" "v3.0.0" "without --pre the release the candidates aim at"

# Tags that exist elsewhere (another branch) are never proposed again.
git checkout -q -b elsewhere v3.0.0-rc7
c "fix: on another branch"
git tag v3.0.0-rc8
git checkout -q main
next_pre rc v3.0.0-rc9 "an existing v3.0.0-rc8 is stepped over"

git tag v3.0.0
c "feat: export"
git tag 4.2.0rc
git tag 4.2.0-rc # two spellings of one candidate on one commit
c "fix: export encoding"
next_pre rc 4.2.0-rc.1 "the candidate named as SemVer writes it is continued"
# A release tagged on a commit HEAD does not reach is not proposed again either.
git tag 4.2.0 "$(git commit-tree -p HEAD -m "chore: released elsewhere" "HEAD^{tree}")"
run_govlog "$repo" version --next
expect_line "$out" "4.2.1" "an existing 4.2.0 is stepped over to 4.2.1"
git tag 4.2.0rc1
c "fix: export again"
next_pre rc 4.2.0rc2 "a dash-less rc1 continues as rc2"
git tag v4.3.0-beta.3
c "fix: beta polish"
next_pre beta v4.3.0-beta.4 "-beta.3 continues as -beta.4"
git tag 5.0.0-rc.2
c "fix: rc polish"
next_pre rc 5.0.0-rc.3 "-rc.2 continues as -rc.3"
git tag 5.0.0-rc9
c "fix: more polish"
next_pre rc 5.0.0-rc10 "-rc9 continues as -rc10"
git tag 5.0.0-rc10
run_govlog "$repo" version
expect_line "$out" "5.0.0-rc10" "rc10 sorts after rc9, as the project means it"
c "feat: five"
git tag 5.20-0-rc2 # a typo for 5.20.0-rc2
c "chore: after the typo"

run_govlog "$repo" version
expect_status 0 "version after a typo tag"
expect_line "$out" "5.20-0-rc2" "the current version is shown as its tag was written"
expect_line "$err" "'5.20-0-rc2'" "a tag read by a guess is named on stderr"
expect_line "$err" "5.20.0-rc2" "with how it was read"

run_govlog "$repo" changelog
expect_status 0 "changelog"
log=$out
expect_line "$log" "## [2.6] - " "a two-number tag is its heading as written"
expect_no_line "$log" "## [2.6.0]" "not the normalised 2.6.0"
expect_line "$log" "## [v3.0.0-rc7] - " "a prefixed candidate is its heading as written"
ones=$(printf '%s\n' "$log" | grep -c '^## \[1\.0' || true)
[ "$ones" -eq 1 ] && pass "1.0 and 1.0.0 on one commit are one heading" ||
	fail "1.0 and 1.0.0 give $ones headings"
expect_line "$log" "## [1.0.0] - " "the name closest to SemVer heads the release"
expect_line "$log" "1.0" "the other name is noted"
expect_line "$(printf '%s\n' "$log" | sed -n '/^## \[1\.0\.0\]/,/^## /p')" "Also tagged 1.0." \
	"the release notes it was also tagged 1.0"
rcs=$(printf '%s\n' "$log" | grep -c '^## \[4\.2\.0-\{0,1\}rc\]' || true)
[ "$rcs" -eq 1 ] && pass "4.2.0rc and 4.2.0-rc on one commit are one heading" ||
	fail "4.2.0rc and 4.2.0-rc give $rcs headings"
expect_line "$log" "## [4.2.0-rc] - " "the dashed spelling heads it"
expect_line "$log" "Also tagged 4.2.0rc." "the dash-less one is noted"
expect_line "$log" "## [5.20-0-rc2] - " "the typo tag is its heading as written"

run_govlog "$repo" release-notes 1.0 --format json
expect_status 0 "release-notes by the other name"
expect_line "$(printf '%s\n' "$out" | jq -r '.release.tag')" "1.0.0" "the notes name the release 1.0.0"
expect_line "$(printf '%s\n' "$out" | jq -r '.release.also_tagged[]')" "1.0" "and the other name"
run_govlog "$repo" release-notes 5.20-0-rc2 --format json
expect_line "$(printf '%s\n' "$out" | jq -r '.tags_guessed[] | "\(.tag) \(.read_as)"')" \
	"5.20-0-rc2 5.20.0-rc2" "the notes report the guessed tag and how it was read"
run_govlog "$repo" release-notes 5.20-0-rc2
expect_line "$out" "5.20-0-rc2" "the Markdown notes name the guessed tag"
expect_line "$err" "'5.20-0-rc2'" "and warn about it"

# Every commit in exactly one release: each release's commits are git rev-list's.
releases="1.0.0 2.6 v3.0.0-rc6 v3.0.0-rc7 v3.0.0-rc8 v3.0.0 4.2.0-rc 4.2.0rc1 4.2.0 v4.3.0-beta.3
5.0.0-rc.2 5.0.0-rc9 5.0.0-rc10 5.20-0-rc2"
lower=""
for t in $releases; do
	# shellcheck disable=SC2086 # the lower tags are words
	git rev-list "$t" --not $lower -- | sort >"$TEST_DIR/want"
	lower="$lower $t"
	run_govlog "$repo" release-notes "$t" --format json
	printf '%s\n' "$out" | jq -r '.groups[][] | .id' | sort >"$TEST_DIR/got"
	if cmp -s "$TEST_DIR/want" "$TEST_DIR/got"; then
		pass "$t holds exactly the commits git rev-list gives ($(wc -l <"$TEST_DIR/want"))"
	else
		fail "$t: commits differ from git rev-list"
		diff "$TEST_DIR/want" "$TEST_DIR/got" | sed 's/^/    /' >&2
	fi
done

run_govlog "$repo" trace --format json
expect_status 0 "trace"
expect_line "$(printf '%s\n' "$out" | jq -r '.requests[] | select(.key == "#7") | .releases')" "2.6" \
	"the trace names a release by its tag as written"
finish
