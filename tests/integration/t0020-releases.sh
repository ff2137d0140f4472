#!/bin/sh
# Releases over a messy history: tags on merge commits, release candidates with
# and without a dash, 4-part and prefixed versions, a maintenance branch, two
# tags on one commit, equal commit times, pull requests from vendors' forks,
# ticket keys instead of Conventional Commits, one person under two addresses,
# a revert. The release each commit lands in is checked against git rev-list
# computed independently, and each release's notes list each of its commits
# exactly once.
. "$(dirname "$0")/../test-lib.sh"

command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
repo=$(new_repo rel)
cd "$repo"
printf 'commits:\n  references: ["\\\\bDISPLAY-\\\\d+"]\nvendors:\n  Magenta: ["@magenta.dk"]\n  ITK: ["@aarhus.dk"]\n' >.govlog.yml
printf 'Jens Hansen <jens@aarhus.dk> <jens.hansen@gmail.com>\n' >.mailmap
n=0
# c MESSAGE [AUTHOR EMAIL]: one commit touching its own file (all at the same time).
c() {
	n=$((n + 1))
	echo "$n" >"f$n"
	git add "f$n"
	GIT_AUTHOR_NAME=${2:-Ada Tester} GIT_AUTHOR_EMAIL=${3:-ada@magenta.dk} \
		git commit -q -m "$1"
}
git add .govlog.yml .mailmap
git commit -q -m "chore: set up"
c "feat: first screen"
git tag v0.1.0
c "fix: a crash" "Jens Hansen" "jens.hansen@gmail.com"
c "DISPLAY-1080: ny slidetype" "Jens Hansen" "jens@aarhus.dk"
git tag 0.2.0-rc.1
git tag -a 0.2.0 -m "0.2.0" # two tags on one commit: the commit is the candidate's
git checkout -q -b feature
c "feat(api): versioned endpoints"
c "fix(api): status codes"
git checkout -q main
c "docs: readme"
git merge -q --no-ff feature -m "Merge pull request #31 from magenta/feature" -m "API versions"
git tag v1.0.0rc1 # a candidate written without a dash, on the merge commit
c "Ret stavefejl"
c "feat: export"
c "Revert \"feat: export\"" && git commit -q --amend -m "Revert \"feat: export\"" -m "This reverts commit $(git rev-parse HEAD~1)."
git tag -a v1.0.0 -m "1.0.0"
git checkout -q -b maint-1.0
c "fix: backport a crash fix"
git tag v1.0.1
git checkout -q main
c "feat!: new layout engine"
git tag version1.1.0
c "perf: faster start"
git tag 1.1.0.1
c "chore: tidy"
git tag latest
c "feat: not released yet"

# The releases in SemVer precedence, written down here rather than computed by govlog.
releases="v0.1.0 0.2.0-rc.1 0.2.0 v1.0.0rc1 v1.0.0 v1.0.1 version1.1.0 1.1.0.1"

# Expected: commits of each tag not reachable from any tag before it.
lower=""
for t in $releases; do
	# shellcheck disable=SC2086 # the lower tags are words
	git rev-list "$t" --not $lower -- >"$TEST_DIR/want-$t"
	lower="$lower $t"
	run_govlog "$repo" release-notes "$t" --format json
	expect_status 0 "release-notes $t"
	# Every commit once: an entry, a commit folded under one, or a release PR / merge-back.
	all='(.groups[][] | .id, .commits[].id), .merges[].id'
	printf '%s\n' "$out" | jq -r "$all" | sort >"$TEST_DIR/got-$t"
	sort "$TEST_DIR/want-$t" >"$TEST_DIR/want-sorted"
	if cmp -s "$TEST_DIR/want-sorted" "$TEST_DIR/got-$t"; then
		pass "$t holds exactly the commits git rev-list gives ($(wc -l <"$TEST_DIR/want-sorted"))"
	else
		fail "$t: commits differ from git rev-list"
		diff "$TEST_DIR/want-sorted" "$TEST_DIR/got-$t" | sed 's/^/    /' >&2
	fi
	dups=$(printf '%s\n' "$out" | jq -r "$all" | sort | uniq -d)
	if [ -z "$dups" ]; then pass "$t lists no commit twice"; else fail "$t doubles $dups"; fi
done

run_govlog "$repo" release-notes v1.0.0 --format json
expect_line "$(printf '%s\n' "$out" | jq -r '.groups.reverted[] | .subject')" 'feat: export' \
	"a commit and its revert in one release cancel out"
run_govlog "$repo" release-notes v1.0.0rc1 --format json
expect_line "$(printf '%s\n' "$out" | jq -r '.groups[][] | select(.pr == "31") | .commits[].subject')" \
	"versioned endpoints" "a side-branch commit is folded under its pull request"
expect_line "$(printf '%s\n' "$out" | jq -r '.groups.features[] | select(.pr == "31") | .subject')" \
	"API versions" "the pull request is one entry, titled by its title, a feature by its commits"
run_govlog "$repo" release-notes 0.2.0-rc.1 --format json
vendors=$(printf '%s\n' "$out" | jq -r '.contributors[] | "\(.vendor):\(.author):\(.commits)"')
expect_line "$vendors" "ITK:Jens Hansen:2" "one person under two addresses is one contributor of one vendor"
expect_line "$(printf '%s\n' "$out" | jq -r '.groups.fixes[] | .subject')" "a crash" "classified by type"
expect_line "$(printf '%s\n' "$out" | jq -r '.groups.features[].refs[].id')" "DISPLAY-1080" \
	"a ticket key is a reference"
expect_line "$(printf '%s\n' "$out" | jq -r '.tags_not_versions[]')" "latest" "a tag that is no version is reported"

run_govlog "$repo" release-notes v1.0.0 --fold-prereleases --format json
count=$(printf '%s\n' "$out" | jq '[(.groups[][] | .id, .commits[].id), .merges[].id] | length')
want=$(git rev-list v1.0.0 --not 0.2.0 | wc -l)
if [ "$count" -eq "$want" ]; then pass "folded, v1.0.0 takes its candidate's commits ($count)"; else fail "folded: $count commits, want $want"; fi

run_govlog "$repo" version
expect_line "$out" "1.1.0.1" "the current version is the newest release HEAD reaches"
run_govlog "$repo" version --next
expect_line "$out" "1.2.0" "a feature since 1.1.0.1 makes the next version 1.2.0"
run_govlog "$repo" version --next --pre beta
expect_line "$out" "1.2.0-beta.1" "as a pre-release"
git checkout -q maint-1.0
run_govlog "$repo" version
expect_line "$out" "v1.0.1" "on the maintenance branch the current version is its own"
git checkout -q main

run_govlog "$repo" changelog
expect_status 0 "changelog"
expect_line "$out" "## [Unreleased]" "the changelog starts with [Unreleased]"
first=$(printf '%s\n' "$out" | grep -n '^## \[1.1.0.1\]' | cut -d: -f1)
second=$(printf '%s\n' "$out" | grep -n '^## \[version1.1.0\]' | cut -d: -f1)
if [ -n "$first" ] && [ -n "$second" ] && [ "$first" -lt "$second" ]; then pass "newest release first"; else fail "release order"; fi
printf '# Our changelog\n\nHand-written intro.\n' >CHANGELOG.md
run_govlog "$repo" changelog --write
expect_line "$out" "updated CHANGELOG.md" "changelog --write"
expect_line "$(cat CHANGELOG.md)" "Hand-written intro." "hand-written text is kept"
cp CHANGELOG.md "$TEST_DIR/first"
printf '\nA footer we wrote.\n' >>CHANGELOG.md
run_govlog "$repo" changelog --write
expect_line "$(cat CHANGELOG.md)" "A footer we wrote." "text after the markers is kept"
run_govlog "$repo" changelog --write
expect_line "$out" "unchanged CHANGELOG.md" "a second --write changes nothing"
finish
