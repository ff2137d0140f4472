#!/bin/sh
# govlog trace's gap list as a steering group reads it (SPEC §6: feat/fix
# commits with no request): by default only the releases of the year before
# the newest commit (and what is unreleased), --since TAG|DATE and --all move
# the start, and the list says which window it covers; housekeeping ("Fixed
# typo", version and dependency bumps) is never a feature without a request;
# each gap names its release and pull request, and the list opens with a count
# per kind — in Markdown, JSON, CSV and HTML.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo window)
cd "$repo"
printf 'repository: acme/shop\n' >.govlog.yml
mkdir -p docs/decisions
# c DATE MESSAGE: one commit touching its own file at DATE (noon, UTC).
n=0
c() {
	n=$((n + 1))
	echo "$n" >"f$n"
	git add -A
	export GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z"
	git commit -q -m "$2"
}
short() { git log --format=%h --abbrev=7 --grep="$1" -1; }

c 2024-01-10 "chore: start"
c 2024-02-01 "feat: old export"
git tag v1.0.0
c 2025-03-01 "feat: csv import"
git tag v2.0.0
git checkout -q -b dark-mode
c 2025-05-30 "feat: dark mode"
git checkout -q main
export GIT_AUTHOR_DATE="2025-06-01T12:00:00Z" GIT_COMMITTER_DATE="2025-06-01T12:00:00Z"
git merge -q --no-ff dark-mode -m "Merge pull request #12 from acme/dark-mode"
git tag v2.1.0
c 2025-07-01 "feat: search

Refs: #9"
c 2025-07-02 "Fixed typo"
c 2025-07-03 "fix(deps): bump lodash from 4.17.20 to 4.17.21"
c 2025-07-03 "Rettet slåfejl i teksten"
c 2025-07-03 "Update CHANGELOG"
c 2025-07-04 "Bump version to 2.2.0"
git tag v2.2.0
c 2025-09-01 "fix: crash on empty list (#15)"

csv=$(short 'csv import') dark=$(short 'dark mode') crash=$(short 'crash on empty')
old=$(short 'old export')
url=https://github.com/acme/shop/pull

run_govlog "$repo" trace
expect_status 0 "trace"
expect_line "$out" "## Gaps (3)" "three gaps in the default window"
expect_line "$out" "Gaps since 2024-09-01 (3 releases): the year before the newest commit." \
	"the default window is the year before the newest commit, and says so"
expect_line "$out" "3 features and fixes without a request." "the list opens with a count per kind"
expect_line "$out" "- feature commit $csv 'csv import' (example.org) names no request — v2.0.0, no pull request" \
	"a gap names its release, and that it came in without a pull request"
expect_line "$out" "- feature commit $dark 'dark mode' (example.org) names no request — v2.1.0, [#12]($url/12)" \
	"a gap names the pull request it came in with, linked"
expect_line "$out" "- fix commit $crash 'crash on empty list' (example.org) names no request — (unreleased), [#15]($url/15)" \
	"an unreleased squash-merged fix names its pull request"
expect_no_line "$out" "$old" "a feature released more than a year before the newest commit is outside the window"
expect_no_line "$out" "typo" "'Fixed typo' is housekeeping, no fix without a request"
expect_no_line "$out" "lodash" "a dependency bump is housekeeping"
expect_no_line "$out" "slåfejl" "a Danish typo fix ('Rettet slåfejl') is housekeeping"
expect_no_line "$out" "CHANGELOG" "a changelog edit is no gap"
expect_no_line "$out" "Bump version" "a version bump is housekeeping"
expect_no_line "$out" "'search'" "a feature that names its request is no gap"
expect_line "$err" "3 gaps in the trace" "stderr counts the gaps of the window"

run_govlog "$repo" trace --all
expect_line "$out" "Gaps in the whole history (4 releases)." "--all covers every release"
expect_line "$out" "- feature commit $old 'old export' (example.org) names no request — v1.0.0, no pull request" \
	"and lists the old gap"
expect_line "$out" "4 features and fixes without a request." "and counts it"
expect_no_line "$out" "typo" "housekeeping stays out with --all too"

run_govlog "$repo" trace --since v2.0.0
expect_line "$out" "Gaps since v2.0.0 (2 releases)." "--since TAG: the releases after it"
expect_no_line "$out" "'csv import'" "the tag's own release is not after it"
expect_line "$out" "'dark mode'" "a later release's gap is in"
expect_line "$out" "'crash on empty list'" "unreleased gaps are always in"

run_govlog "$repo" trace --since 2024-02-01
expect_line "$out" "Gaps since 2024-02-01 (4 releases)." "--since DATE: releases on or after the day"
expect_line "$out" "'old export'" "a release made that very day is in"
run_govlog "$repo" trace --since 2025-03-02
expect_line "$out" "Gaps since 2025-03-02 (2 releases)." "a day later v2.0.0 is out"
expect_no_line "$out" "'csv import'" "and so is its gap"

run_govlog "$repo" trace --since 2025-13-01
expect_status 2 "a since that is neither tag nor date"
expect_line "$err" "'2025-13-01' is neither a release tag nor a date (YYYY-MM-DD)" "is named"

run_govlog "$repo" trace --since 2025-02-29
expect_status 2 "a day that 2025 does not have"
run_govlog "$repo" trace --since 2024-02-29
expect_line "$out" "Gaps since 2024-02-29 (3 releases)." "a leap day is a date"

run_govlog "$repo" trace --since v2.0.0 --all
expect_status 2 "--since with --all"
expect_line "$err" "trace: --since and --all each set where the gaps start: give one" "is named"

run_govlog "$repo" trace --format json
expect_status 0 "trace --format json"
printf '%s\n' "$out" >"$TEST_DIR/trace.json"
got=$(python3 - "$TEST_DIR/trace.json" "$csv" "$dark" "$crash" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
print("window", t["gap_window"]["kind"], t["gap_window"]["since"], t["gap_window"]["releases"])
print("counts", " ".join(f"{k}={v}" for k, v in sorted(t["gap_counts"].items())))
for g in t["gaps"]:
    print("gap", g["kind"], g["subject"], g["release"], g["pr"], g["pr_url"], g["commit"][:7])
PY
)
expect_line "$got" "window year 2024-09-01 3" "json: the window"
expect_line "$got" "counts commit-without-request=3 decision-not-implemented=0 request-without-commit=0 unaccepted-decision-released=0 unknown-record=0" \
	"json: a count for every kind"
expect_line "$got" "gap commit-without-request $csv v2.0.0 None None $csv" "json: release, no pull request"
expect_line "$got" "gap commit-without-request $dark v2.1.0 #12 $url/12 $dark" "json: release and pull request"
expect_line "$got" "gap commit-without-request $crash None #15 $url/15 $crash" "json: unreleased is null"

run_govlog "$repo" trace --format csv
printf '%s\n' "$out" >"$TEST_DIR/trace.csv"
got=$(python3 - "$TEST_DIR/trace.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
for r in rows:
    if r["relation"].startswith("gap"):
        print("|".join([r["relation"], r["source"], r["target"], r["release"], r["pull_request"]]))
PY
)
expect_line "$got" "gap-window|2024-09-01|3||" "csv: the window"
expect_line "$got" "gap-count|commit-without-request|3||" "csv: the count per kind"
expect_line "$got" "gap:commit-without-request|$dark|feature commit $dark 'dark mode' (example.org) names no request|v2.1.0|#12" \
	"csv: a gap with its release and pull request"
expect_line "$got" "gap:commit-without-request|$crash|fix commit $crash 'crash on empty list' (example.org) names no request|(unreleased)|#15" \
	"csv: an unreleased gap"

run_govlog "$repo" trace --format html
expect_line "$out" "3 features and fixes without a request." "html: the count line"
expect_line "$out" "<a href=\"$url/12\">#12</a>" "html: the pull request is a link"

# A Danish log gets the window, the counts and the release words in Danish.
printf 'profile: os2-da\nrepository: acme/shop\n' >.govlog.yml
run_govlog "$repo" trace
expect_line "$out" "Huller siden 2024-09-01 (3 udgivelser): året før det nyeste commit." "Danish window"
expect_line "$out" "3 funktioner og rettelser uden ønske." "Danish counts"
expect_line "$out" "— v2.0.0, ingen pull request" "Danish: no pull request"
expect_line "$out" "— (ikke udgivet), [#15]($url/15)" "Danish: unreleased"
run_govlog "$repo" trace --since v2.1.0
expect_line "$out" "Huller siden v2.1.0 (1 udgivelse)." "one release, in the singular"
finish
