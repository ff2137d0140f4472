#!/bin/sh
# Release notes as a release manager would publish them from a multi-vendor
# history: one entry per merged pull request (merge, squash "(#N)", GitLab
# "!N"), titled by the request's title even when that looks like a trailer
# ("feat: add search", "358: Ret fejl i login"), its branch commits folded
# under it; a pull request merged inside a vendor's fork is no pull request
# of this repository; release pull requests (develop → main) and merge-backs
# are no changes. Every commit of the release is still reachable from the
# notes: the JSON's entries and their folded commits are git rev-list's.
. "$(dirname "$0")/../test-lib.sh"

command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
repo=$(new_repo entries)
cd "$repo"
cat >.govlog.yml <<'YML'
repository: acme/app
YML
n=0
# c MESSAGE: one commit touching its own file, a minute after the one before.
c() {
	n=$((n + 1))
	echo "$n" >"f$n"
	git add "f$n"
	tick
	git commit -q -m "$1"
}
tick() {
	export GIT_AUTHOR_DATE="2026-06-01T12:$(printf %02d "$n"):00Z"
	export GIT_COMMITTER_DATE="$GIT_AUTHOR_DATE"
}
# m BRANCH SUBJECT [TITLE [MORE]]: a merge commit (never fast-forward) with a body.
m() {
	n=$((n + 1))
	tick
	branch=$1 subject=$2
	shift 2
	set -- -m "$subject" "$@"
	git merge -q --no-ff --no-edit "$@" "$branch"
}

c "chore: start"
c "feat: first page"
git tag v1.0.0

git checkout -q -b develop
# PR #40: a title that looks like a trailer.
git checkout -q -b feature/search develop
c "add search index"
c "wire the search box"
git checkout -q develop
m feature/search "Merge pull request #40 from acme/feature/search" -m "feat: add search"

# Vendor B's fork: its own PR #2, merged there, then the branch comes in as #41.
git checkout -q -b vendorb-login develop
git checkout -q -b vendorb-x
GIT_AUTHOR_NAME="Bo Vendor" GIT_AUTHOR_EMAIL="bo@vendorb.dk" c "login: check the password length"
git checkout -q vendorb-login
m vendorb-x "Merge pull request #2 from vendorb/x" -m "Tjek adgangskodens længde"
GIT_AUTHOR_NAME="Bo Vendor" GIT_AUTHOR_EMAIL="bo@vendorb.dk" c "login: clearer error text"
git checkout -q develop
m vendorb-login "Merge pull request #41 from vendorb/login" -m "358: Ret fejl i login"

# A squash merge, a plain commit, a GitLab merge request.
c "Add export to CSV (#57)"
c "docs: explain the export"
git checkout -q -b feature/pdf develop
c "pdf renderer"
git checkout -q develop
m feature/pdf "Merge branch 'feature/pdf' into 'develop'" -m "feat: export to PDF" \
	-m "See merge request acme/app!12"

# A hotfix PR on main, merged back into develop, then the release PR.
git checkout -q main
git checkout -q -b hotfix/crash
c "guard the empty query"
git checkout -q main
m hotfix/crash "Merge pull request #44 from acme/hotfix/crash" -m "fix: crash on empty search"
git checkout -q develop
m main "Merge branch 'main' into develop"
git checkout -q main
m develop "Merge pull request #45 from acme/develop" -m "Release 1.1.0"
git tag v1.1.0

id() { git rev-parse "$1"; }
short() { git rev-parse --short=7 "$1"; }

run_govlog "$repo" release-notes v1.1.0
expect_status 0 "release notes of a release built from pull requests"
md=$out

# 1. One entry per change, titled by the request's title.
expect_line "$md" "- add search ([#40](https://github.com/acme/app/pull/40))" \
	"a PR whose title is 'feat: add search' is one feature entry titled 'add search'"
expect_line "$md" "- 358: Ret fejl i login ([#41](https://github.com/acme/app/pull/41))" \
	"a PR titled '358: Ret fejl i login' is titled so, not read as a trailer"
expect_line "$md" "- Add export to CSV ([#57](https://github.com/acme/app/pull/57))" \
	"a squash merge is one entry titled without its (#57)"
expect_line "$md" "- export to PDF (!12) — " "a GitLab merge request is one entry"
expect_line "$md" "- crash on empty search ([#44](https://github.com/acme/app/pull/44))" \
	"a hotfix PR on main is one entry"
expect_line "$md" "- explain the export — " "a commit outside any PR stands alone"
expect_no_line "$md" "add search index" "a PR's branch commits are not repeated"
expect_no_line "$md" "wire the search box" "a PR's branch commits are not repeated (2)"
expect_no_line "$md" "pdf renderer" "a merge request's branch commits are not repeated"
expect_no_line "$md" "guard the empty query" "a hotfix's commits are not repeated"
expect_no_line "$md" "Merge pull request" "no merge shows as its raw subject"
expect_no_line "$md" "Merge branch" "no merge-back shows as a change"
entries=$(printf '%s\n' "$md" | sed '/^## Contributors/,$d' | grep '^- ')
[ "$(printf '%s\n' "$entries" | wc -l)" -eq 6 ] ||
	fail "six entries (#40, #41, #57, !12, #44, the docs commit) and nothing else: $entries"
feat=$(printf '%s\n' "$md" | sed -n '/^## Features/,/^## /p')
expect_line "$feat" "- add search" "the PR titled 'feat: …' is a feature"
fixes=$(printf '%s\n' "$md" | sed -n '/^## Bug fixes/,/^## /p')
expect_line "$fixes" "- 358: Ret fejl i login" "'Ret fejl' is a fix"
expect_line "$md" "- 358: Ret fejl i login ([#41](https://github.com/acme/app/pull/41)) — vendorb.dk (" \
	"#41 is credited to the vendor whose commits it brought, not to whoever merged it"

# 2. Release and merge-back PRs are no changes: one short line names them.
expect_line "$md" "Merges: [#45](https://github.com/acme/app/pull/45)" \
	"the release PR from develop is listed once as a merge"
expect_no_line "$md" "Release 1.1.0" "the release PR is no entry"

# 3. A PR merged inside vendor B's fork is no PR of this repository.
expect_no_line "$md" "#2" "the fork's #2 is not linked to this repository's #2"
expect_no_line "$md" "Tjek adgangskodens" "the fork's PR folds into #41"

# JSON: the same entries, each with its folded commits.
run_govlog "$repo" release-notes v1.1.0 --format json
expect_status 0 "JSON release notes"
json=$out
entry() { printf '%s' "$json" | jq -c --arg pr "$1" '[.groups[][] | select(.pr == $pr)]'; }
folded() { entry "$1" | jq -r '.[0].commits[].id' | sort | tr '\n' ' '; }
[ "$(entry 41 | jq length)" = 1 ] || fail "#41 is one entry: $(entry 41)"
want=$(printf '%s\n' "$(id vendorb-x)" "$(id vendorb-login)" "$(id vendorb-login^)" | sort | tr '\n' ' ')
[ "$(folded 41)" = "$want" ] ||
	fail "#41 folds the fork's merge and both vendor commits: got '$(folded 41)', want '$want'"
[ "$(entry 41 | jq -r '.[0].commits[] | select(.id == "'"$(id vendorb-x)"'") | .author')" = "Bo Vendor" ] ||
	fail "a folded commit names its author"
[ "$(entry 2 | jq length)" = 0 ] || fail "no entry is the fork's #2"
[ "$(entry 41 | jq -c '.[0].credits')" = '["vendorb.dk"]' ] || fail "JSON credits #41 to vendorb.dk"
want=$(printf '%s\n' "$(id feature/search)" "$(id feature/search^)" | sort | tr '\n' ' ')
[ "$(folded 40)" = "$want" ] || fail "#40 folds its two commits: '$(folded 40)'"
[ "$(entry 40 | jq -r '.[0].group')" = features ] || fail "#40 is a feature"
[ "$(entry 12 | jq -r '.[0].subject')" = "export to PDF" ] || fail "!12 is titled by its title"
[ "$(printf '%s' "$json" | jq -r '[.merges[].pr | select(.)] | join(",")')" = 45 ] ||
	fail "the JSON merges name the release PR: $(printf '%s' "$json" | jq -c .merges)"
pass "JSON entries carry their folded commits"

# 6. Every commit of the release is reachable from its notes, exactly once.
listed=$(printf '%s' "$json" |
	jq -r '(.groups[][] | .id, .commits[].id), .merges[].id' | sort)
want=$(git rev-list v1.0.0..v1.1.0 | sort)
if [ "$listed" = "$want" ]; then
	pass "entries + folded commits + merges = git rev-list v1.0.0..v1.1.0"
else
	fail "the notes' commits differ from git rev-list:
$(printf '%s\n' "$listed" >"$TEST_DIR/l"; printf '%s\n' "$want" >"$TEST_DIR/w"; diff "$TEST_DIR/l" "$TEST_DIR/w")"
fi

# --commits lists the folded commits under their entry.
run_govlog "$repo" release-notes v1.1.0 --commits
expect_status 0 "release notes with --commits"
expect_line "$out" "  - add search index ([$(short feature/search^)](" \
	"--commits lists a PR's commits indented under it"
expect_line "$out" "  - Tjek adgangskodens længde ([$(short vendorb-login^)](" \
	"--commits shows the fork's PR as a commit of #41, by its title"
expect_no_line "$out" "#2" "--commits links no #2 either"

# A merge without a pull request ("Merge branch 'x'", into main) folds its
# side's commits likewise and is named by its branch.
git checkout -q -b tidy-css main
c "tidy the stylesheet"
c "drop unused rules"
git checkout -q main
m tidy-css "Merge branch 'tidy-css'"
run_govlog "$repo" release-notes --range v1.1.0..main --format json
expect_status 0 "notes of a range with a plain branch merge"
[ "$(printf '%s' "$out" | jq -r '[.groups[][] | .subject] | join(",")')" = tidy-css ] ||
	fail "one entry, named by its branch: $(printf '%s' "$out" | jq -c '[.groups[][] | .subject]')"
[ "$(printf '%s' "$out" | jq '[.groups[][] | .commits[]] | length')" = 2 ] ||
	fail "its two commits are folded under it"
pass "a branch merge without a pull request is one entry"

finish
