#!/bin/sh
# --pr-data FILE: the pull requests `gh pr list --state merged --json
# number,title,labels,body,author,mergedBy,baseRefName,headRefName` wrote
# (labels as {"name": …} objects, people as {"login": …}, Go's \u0026 escapes),
# read offline: entries get the real titles, `release-notes.labels` maps
# labels to groups, a PR from main is a merge-back, and a fork's PR number
# never takes this repository's PR of that number. A file that is no such
# JSON is named with its line (exit 2).
. "$(dirname "$0")/../test-lib.sh"

command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
repo=$(new_repo prdata)
cd "$repo"
cat >.govlog.yml <<'YML'
repository: acme/app
release-notes:
  labels:
    bug: fixes
    enhancement: features
YML
n=0
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
m() { # m BRANCH SUBJECT [-m BODY]
	n=$((n + 1))
	tick
	branch=$1 subject=$2
	shift 2
	git merge -q --no-ff --no-edit -m "$subject" "$@" "$branch"
}

c "chore: start"
git tag v1.0.0
git checkout -q -b login-fix
c "check the length"
git checkout -q main
m login-fix "Merge pull request #7 from acme/login-fix" -m "Ret login"
# #8 carries vendor B's own PR #2, merged in their fork.
git checkout -q -b export
git checkout -q -b vendor-x
c "csv writer"
git checkout -q export
m vendor-x "Merge pull request #2 from vendorb/x" -m "Writer"
git checkout -q main
m export "Merge pull request #8 from acme/export" -m "Update things"
c "Make search quicker (#10)"
c "Tidy the search code (#11)"
git checkout -q -b sync
c "sync main"
git checkout -q main
m sync "Merge pull request #9 from acme/sync"
git tag v1.1.0

cat >"$TEST_DIR/prs.json" <<'JSON'
[
  {"author":{"id":"U_1","is_bot":false,"login":"ada","name":"Ada"},"baseRefName":"main","body":"Fixes the login.","headRefName":"login-fix","labels":[{"color":"d73a4a","description":"Something isn't working","id":"LA_1","name":"bug"}],"mergedBy":{"id":"U_2","is_bot":false,"login":"bo","name":"Bo"},"number":7,"title":"Login works again with long passwords"},
  {"author":{"login":"ada"},"baseRefName":"main","body":"","headRefName":"export","labels":[{"name":"enhancement"}],"mergedBy":{"login":"bo"},"number":8,"title":"Export to CSV \u0026 PDF"},
  {"author":{"login":"ada"},"baseRefName":"main","body":"","headRefName":"main","labels":[],"mergedBy":{"login":"bo"},"number":9,"title":"Sync with main"},
  {"author":{"login":"ada"},"baseRefName":"main","body":"","headRefName":"search","labels":[],"mergedBy":null,"number":10,"title":"perf: faster search"},
  {"author":{"login":"ada"},"baseRefName":"main","body":"","headRefName":"tidy","labels":[],"mergedBy":{"login":"bo"},"number":11,"title":"fix: search crashed on an empty query"},
  {"author":{"login":"eve"},"baseRefName":"main","body":"","headRefName":"other","labels":[{"name":"bug"}],"mergedBy":{"login":"bo"},"number":2,"title":"An unrelated pull request two"}
]
JSON

run_govlog "$repo" release-notes v1.1.0 --pr-data "$TEST_DIR/prs.json"
expect_status 0 "release notes with --pr-data"
md=$out
fixes=$(printf '%s\n' "$md" | sed -n '/^## Bug fixes/,/^## /p')
expect_line "$fixes" "- Login works again with long passwords ([#7](" \
	"#7 is titled by its real title and grouped by its label 'bug'"
feat=$(printf '%s\n' "$md" | sed -n '/^## Features/,/^## /p')
expect_line "$feat" "- Export to CSV " "#8's label 'enhancement' makes it a feature"
expect_line "$feat" "PDF ([#8](" "#8's title is read with its \\u0026 escape"
perf=$(printf '%s\n' "$md" | sed -n '/^## Performance/,/^## /p')
expect_line "$perf" "- faster search ([#10](" "a squash merge's real title 'perf: …' is read as a header"
expect_line "$md" "Merges: [#9](" "a PR whose head is main is a merge-back, named in the merges line"
expect_no_line "$md" "Sync with main" "the merge-back is no entry"
expect_no_line "$md" "unrelated" "the fork's #2 never takes this repository's #2"
expect_no_line "$md" "Update things" "the merge message's title gives way to the real one"

run_govlog "$repo" release-notes v1.1.0 --pr-data "$TEST_DIR/prs.json" --format json
expect_status 0 "JSON release notes with --pr-data"
[ "$(printf '%s' "$out" | jq -r '.groups.features[0].subject')" = "Export to CSV & PDF" ] ||
	fail "JSON has the decoded title: $(printf '%s' "$out" | jq -c '.groups.features')"
[ "$(printf '%s' "$out" | jq -r '.groups.fixes[] | select(.pr == "7") | .branch')" = "login-fix" ] ||
	fail "JSON names the PR's branch"
pass "JSON entries carry the real titles"

run_govlog "$repo" changelog --pr-data "$TEST_DIR/prs.json"
expect_status 0 "changelog with --pr-data"
expect_line "$out" "- Login works again with long passwords ([#7](" "the changelog reads --pr-data too"

# trace reads the file too: the squash merge #11 is a fix by its real title, and a
# fix that names no request is a gap.
tidy=$(git log --format=%h --abbrev=7 --grep='Tidy the search' -1)
run_govlog "$repo" trace --format json
expect_status 0 "trace without --pr-data"
expect_no_line "$(printf '%s' "$out" | jq -r '.gaps[] | .subject')" "$tidy" \
	"without the file the squash commit's words make it no fix"
run_govlog "$repo" trace --format json --pr-data "$TEST_DIR/prs.json"
expect_status 0 "trace with --pr-data"
expect_line "$(printf '%s' "$out" | jq -r '.gaps[] | "\(.kind) \(.subject)"')" \
	"commit-without-request $tidy" "with it the real title 'fix: …' makes it a fix with no request"

# Without the file, the merge messages' own titles are used.
run_govlog "$repo" release-notes v1.1.0
expect_line "$out" "- Ret login ([#7](" "without --pr-data the merge body's title is the entry's"

# A file that is no such JSON: named, with its line, exit 2.
printf '[\n  {"number": 7,\n   "title": "x",}\n]\n' >"$TEST_DIR/bad.json"
run_govlog "$repo" release-notes v1.1.0 --pr-data "$TEST_DIR/bad.json"
expect_status 2 "a trailing comma is no JSON"
expect_line "$err" "'$TEST_DIR/bad.json': line 3, column 17: expected a member's name" \
	"the error names the file, the line and what was expected"
printf '{"number": 7}\n' >"$TEST_DIR/object.json"
run_govlog "$repo" release-notes v1.1.0 --pr-data "$TEST_DIR/object.json"
expect_status 2 "an object is no list of pull requests"
expect_line "$err" "'$TEST_DIR/object.json' is no JSON array of pull requests" "said so, named"
run_govlog "$repo" release-notes v1.1.0 --pr-data "$TEST_DIR/missing.json"
expect_status 2 "a missing file"
expect_line "$err" "cannot read '$TEST_DIR/missing.json'" "a missing file is named"
run_govlog "$repo" trace --pr-data "$TEST_DIR/bad.json"
expect_status 2 "trace refuses a file that is no JSON"
expect_line "$err" "'$TEST_DIR/bad.json': line 3" "trace names the file and the line"

# A label that names no group is a configuration error naming the line.
cat >.govlog.yml <<'YML'
repository: acme/app
release-notes:
  labels:
    bug: bugs
YML
run_govlog "$repo" release-notes v1.1.0 --pr-data "$TEST_DIR/prs.json"
expect_status 2 "a label mapped to no group"
expect_line "$err" ".govlog.yml:4:" "the configuration error names the line"
expect_line "$err" "label 'bug' names no group 'bugs'" "and the label and the group"

finish
