#!/bin/sh
# The example governance repository with two vendors and a maintenance line
# (governance-repo.sh: governance_repo_vendors): the counts of cross-vendor
# review, the releases a backported fix landed in, and the steering group's
# view of both, in Danish and in English. Expectations from the generator's
# header: PR #21 (Magenta's, merged by ITK Aarhus) is reviewed across vendors,
# PR #22 (ITK Aarhus's, merged by ITK Aarhus) is not; the fix of #23 landed
# on main in v1.1.0 and was picked with -x onto release-1.0 as v1.0.1.
. "$(dirname "$0")/../test-lib.sh"
. "$(dirname "$0")/governance-repo.sh"

repo="$TEST_DIR/repo"
governance_repo "$repo"
governance_repo_vendors "$repo"
fix=$(git -C "$repo" rev-parse --short v1.1.0)
pick=$(git -C "$repo" rev-parse --short v1.0.1)
git -C "$repo" log -1 --format=%B v1.0.1 | grep -q "cherry picked from commit $(git -C "$repo" rev-parse v1.1.0)" ||
	fail "the generator's pick should carry git's -x line"

run_govlog "$repo" release-notes --audience steering v1.0.0
expect_status 0 "steering view of v1.0.0 (Danish)"
expect_line "$out" "Gennemset på tværs af leverandører: 1 af 2." "one of two pull requests reviewed across vendors"
expect_line "$out" "#22 Fast driftsvindue — flettet inden for ITK Aarhus" "#22 is named: merged within its vendor"
expect_no_line "$out" "#21 Fælles kalender — flettet inden for" "#21 is not: another vendor merged it"
expect_line "$out" "- Magenta: 1 ændring" "Magenta's change"
expect_line "$out" "- ITK Aarhus: 1 ændring" "ITK Aarhus's change"
expect_line "$out" "- ADR-0001:" "ADR-0001, implemented by #21, is among the decisions"
expect_line "$out" "  - godkendelse: referat 'dagsordner-og-referater/styregruppe/20260604\_referat.md'" \
	"with its approval evidence"

run_govlog "$repo" release-notes v1.0.1
expect_status 0 "release notes of the maintenance release v1.0.1"
expect_line "$out" "tidszonen er Europe/Copenhagen" "the fix is in v1.0.1"
expect_line "$out" "backport af $fix fra v1.1.0" "marked as the backport of the fix on main"
run_govlog "$repo" release-notes v1.1.0
expect_no_line "$out" "backport af" "v1.1.0 holds the original, not a backport"

run_govlog "$repo" trace
expect_status 0 "trace"
expect_line "$out" "$fix tidszonen er Europe/Copenhagen: landede i v1.1.0 (1.1), v1.0.1 (1.0) [$pick]" \
	"the trace says in which release of each line the fix landed"

# review/same-vendor, for CI: off by default; on, it names #22 and not #21.
run_govlog "$repo" check --range v0.9.0..v1.0.0
expect_no_line "$out$err" "review/same-vendor" "review/same-vendor is off by default"
cp "$repo/.govlog.yml" "$TEST_DIR/da.yml"
printf 'rules:\n  review/same-vendor: error\n' >>"$repo/.govlog.yml"
run_govlog "$repo" check --range v0.9.0..v1.0.0
expect_line "$out$err" "pull request #22" "review/same-vendor names #22, merged within ITK Aarhus"
expect_no_line "$out$err" "pull request #21" "and not #21, merged by another vendor"
expect_line "$(printf '%s\n' "$out$err" | grep -c 'review/same-vendor')" "1" "once"
cp "$TEST_DIR/da.yml" "$repo/.govlog.yml"

# The same in English: the log's language decides.
sed 's/^language: da$/language: en/' "$repo/.govlog.yml" >"$TEST_DIR/cfg"
cp "$TEST_DIR/cfg" "$repo/.govlog.yml"
run_govlog "$repo" release-notes --audience steering v1.0.0
expect_status 0 "steering view of v1.0.0 (English)"
expect_line "$out" "Reviewed across vendors: 1 of 2." "English: one of two reviewed across vendors"
expect_line "$out" "- Magenta: 1 change" "English: Magenta's change"
run_govlog "$repo" release-notes v1.0.1
expect_line "$out" "backport of $fix from v1.1.0" "English: the backport"
run_govlog "$repo" trace
expect_line "$out" "landed in v1.1.0 (1.1), v1.0.1 (1.0) [$pick]" "English: the releases of each line"
finish
