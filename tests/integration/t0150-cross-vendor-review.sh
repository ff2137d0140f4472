#!/bin/sh
# Cross-vendor review: two vendors (ITK through .mailmap and an address, Magenta
# by domain) merge each other's pull requests, their own, and GitHub merges in
# the browser. Release notes and trace count the pull requests merged by
# another vendor than their authors' ("3 of 5"), name who merged across, and
# --pr-data's mergedBy and approving reviews count instead of the committer.
. "$(dirname "$0")/../test-lib.sh"

command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
repo=$(new_repo review)
cd "$repo"
cat >.govlog.yml <<'YML'
vendors:
  Magenta: ["@magenta.dk", "ada-magenta"]
  ITK: ["@aarhus.dk", "jens-itk"]
YML
printf 'Jens Hansen <jens@aarhus.dk> <jens.hansen@gmail.com>\n' >.mailmap
mkdir -p docs/decisions
printf '# 1. Record decisions\n\nDate: 2026-06-01\n\n## Status\n\nAccepted\n\n## Context\n\nWe forget.\n\n## Decision\n\nWe write them down.\n\n## Consequences\n\nWe remember.\n' \
	>docs/decisions/0001-record-decisions.md
git add .govlog.yml .mailmap docs
git commit -q -m "chore: set up"
n=0
# work BRANCH MESSAGE NAME EMAIL: a branch with one commit of that author.
work() {
	git checkout -q -b "$1" main
	n=$((n + 1))
	echo "$n" >"f$n"
	git add "f$n"
	GIT_AUTHOR_NAME=$3 GIT_AUTHOR_EMAIL=$4 git commit -q -m "$2"
	git checkout -q main
}
# merge BRANCH N TITLE COMMITTER EMAIL [AUTHOR EMAIL]: a merge commit as GitHub writes it.
merge() {
	GIT_COMMITTER_NAME=$4 GIT_COMMITTER_EMAIL=$5 GIT_AUTHOR_NAME=${6:-$4} \
		GIT_AUTHOR_EMAIL=${7:-$5} git merge -q --no-ff "$1" \
		-m "Merge pull request #$2 from org/$1" -m "$3"
}
# squash MESSAGE AUTHOR EMAIL COMMITTER EMAIL: a squash commit on main.
squash() {
	n=$((n + 1))
	echo "$n" >"f$n"
	git add "f$n"
	GIT_AUTHOR_NAME=$2 GIT_AUTHOR_EMAIL=$3 GIT_COMMITTER_NAME=$4 GIT_COMMITTER_EMAIL=$5 \
		git commit -q -m "$1"
}
work lists "feat: lists" "Ada Tester" ada@magenta.dk
merge lists 1 "feat: lists" "Jens Hansen" jens.hansen@gmail.com # ITK merges Magenta's
work search "feat: search" "Ada Tester" ada@magenta.dk
merge search 2 "feat: search" "Bo Berg" bo@magenta.dk # Magenta merges its own
squash "fix: crash on empty list (#3)" "Jens Hansen" jens@aarhus.dk "Ada Tester" ada@magenta.dk
squash "fix: wrong date (#4)" "Jens Hansen" jens@aarhus.dk GitHub noreply@github.com
work export "feat: export" "Jens Hansen" jens@aarhus.dk
# merged in the browser: GitHub commits, the person who merged is the author
merge export 5 "feat: export" GitHub noreply@github.com "Bo Berg" bo@magenta.dk
git tag v1.0.0

run_govlog "$repo" release-notes v1.0.0
expect_status 0 "release notes"
expect_line "$out" "Reviewed across vendors: 3 of 5." "three of five pull requests merged by another vendor"
expect_line "$out" "- lists (#1) — Magenta; merged by Jens Hansen (ITK) (" \
	"a merge commit's committer merged it, mapped through .mailmap"
expect_line "$out" "- crash on empty list (#3) — ITK; merged by Ada Tester (Magenta) (" \
	"a squash commit's committer merged it"
expect_line "$out" "- export (#5) — ITK; merged by Bo Berg (Magenta) (" \
	"a browser merge: its author merged it, not GitHub"
expect_line "$out" "- search (#2) — Magenta (" "merged within one vendor: nobody named"
expect_line "$out" "- wrong date (#4) — ITK (" "a squash GitHub committed: its merger is unknown"

run_govlog "$repo" release-notes v1.0.0 --format json
expect_line "$(printf '%s\n' "$out" | jq -r '"\(.review.across) of \(.review.merged)"')" "3 of 5" "JSON counts"
expect_line "$(printf '%s\n' "$out" | jq -r '.review.not_across[] | "\(.pr):\(.review)"' | sort | tr '\n' ' ')" \
	"2:within 4:unknown " "JSON names the pull requests not reviewed across, and why"
expect_line "$(printf '%s\n' "$out" | jq -r '.groups[][] | select(.pr == "1") | "\(.merged_by.name):\(.merged_by.vendor):\(.review)"')" \
	"Jens Hansen:ITK:across" "JSON names the merger"

run_govlog "$repo" release-notes v1.0.0 --format html
expect_line "$out" "Reviewed across vendors: 3 of 5." "HTML counts"

run_govlog "$repo" trace
expect_status 0 "trace"
expect_line "$out" "Reviewed across vendors: 3 of 5." "trace counts"
run_govlog "$repo" trace --format json
expect_line "$(printf '%s\n' "$out" | jq -r '"\(.review.across) of \(.review.merged)"')" "3 of 5" "trace JSON counts"

# gh pr list --json number,title,mergedBy,reviews,latestReviews: GitHub's word wins
cat >"$TEST_DIR/prs.json" <<'JSON'
[{"number": 2, "title": "feat: search", "mergedBy": {"login": "bo"},
  "reviews": [{"author": {"login": "jens-itk"}, "state": "APPROVED"}], "latestReviews": []},
 {"number": 4, "title": "fix: wrong date", "mergedBy": {"login": "ada-magenta"},
  "reviews": [{"author": {"login": "jens-itk"}, "state": "COMMENTED"}]},
 {"number": 1, "title": "feat: lists", "mergedBy": {"login": "ada-magenta"}, "reviews": []}]
JSON
run_govlog "$repo" release-notes v1.0.0 --pr-data "$TEST_DIR/prs.json"
expect_status 0 "release notes with --pr-data"
expect_line "$out" "Reviewed across vendors: 4 of 5." \
	"an approval from ITK counts, mergedBy counts, Magenta's merge of Magenta's own does not"
expect_line "$out" "- wrong date (#4) — ITK; merged by ada-magenta (Magenta) (" "mergedBy names the merger"
expect_no_line "$out" "Jens Hansen (ITK)" "mergedBy replaces the committer"

# review/same-vendor: off by default; for CI over the merges of a push
setup=$(git rev-list --max-parents=0 HEAD)
search=$(git log --format=%h -1 --grep "pull request #2 ")
run_govlog "$repo" check --range "$setup..HEAD"
expect_status 0 "check --range with the rule off"
expect_no_line "$err$out" "review/same-vendor" "off by default"
printf 'rules:\n  review/same-vendor: error\n' >>.govlog.yml
run_govlog "$repo" check --range "$setup..HEAD"
expect_status 1 "check --range with the rule on"
expect_line "$out$err" "commit $search:1:1: error: pull request #2 was merged by 'Bo Berg' of Magenta, the vendor of all its authors, and approved by no other vendor [review/same-vendor]" \
	"a pull request merged within its authors' vendor is named"
expect_line "$(printf '%s\n' "$out$err" | grep -c 'review/same-vendor')" "1" \
	"only that one: across-vendor merges and an unknown merger (a squash GitHub committed) are not"
run_govlog "$repo" check --commits "$search..HEAD"
expect_no_line "$out$err" "review/same-vendor" "a range without that merge is clean"
# With the pull requests' data, GitHub's word counts, as in the notes: ITK
# approved #2, and #1 was merged by Magenta's ada, of its authors' vendor.
run_govlog "$repo" check --range "$setup..HEAD" --pr-data "$TEST_DIR/prs.json"
expect_status 1 "check --range --pr-data"
expect_no_line "$out$err" "pull request #2" "#2, approved by another vendor, is not named"
expect_line "$out$err" "error: pull request #1 was merged by 'ada-magenta' of Magenta, the vendor of all its authors, and approved by no other vendor [review/same-vendor]" \
	"#1, merged by its authors' vendor by GitHub's word, is"

printf 'language: da\n' >>.govlog.yml
run_govlog "$repo" release-notes v1.0.0
expect_line "$out" "Gennemset på tværs af leverandører: 3 af 5." "Danish count"
expect_line "$out" "— Magenta; flettet af Jens Hansen (ITK) (" "Danish: who merged"
finish
