#!/bin/sh
# The GitLab job `govlog init --ci gitlab` writes, its script run as a
# runner runs it (one shell, the variables GitLab sets) on scratch
# repositories: a merge request's range and description are checked and a
# Code Climate report lands where the job's artifacts: reports: codequality:
# names it, with every finding from the repository root and a fingerprint of
# its own; a push to the default branch checks the pushed range.
. "$(dirname "$0")/../test-lib.sh"
PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

repo=$(new_repo product)
run_govlog "$repo" init --profile madr --templates gitlab --ci gitlab
run_govlog "$repo" new decision "Use PostgreSQL"
commit_all "$repo" "docs: start the decision log"
base=$(git -C "$repo" rev-parse HEAD)
printf '# Broken\n\n## Status\n\nAcepteret\n' >"$repo/docs/decisions/0002-broken.md"
git -C "$repo" add -A
git -C "$repo" commit -q -m "$(printf 'feat: a broken record\n\nDecision: ADR-0099')"
head=$(git -C "$repo" rev-parse HEAD)
job="$repo/.gitlab/govlog.gitlab-ci.yml"

# run_job VAR=VALUE...: the job's script in one sh, as the runner runs it.
run_job() {
	python3 - "$job" >"$TEST_DIR/script.sh" <<'PY'
import sys, yaml
job = yaml.safe_load(open(sys.argv[1]))["govlog"]
assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
print("set -e")
print("\n".join(job["script"]))
PY
	status=0
	(cd "$repo" && env "$@" sh "$TEST_DIR/script.sh") >"$TEST_DIR/job.out" 2>&1 || status=$?
	out=$(cat "$TEST_DIR/job.out")
}

run_job CI_PIPELINE_SOURCE=merge_request_event CI_MERGE_REQUEST_IID=7 \
	CI_MERGE_REQUEST_DIFF_BASE_SHA="$base" CI_COMMIT_SHA="$head" \
	CI_MERGE_REQUEST_DESCRIPTION="Just a line, none of the template."
expect_status 1 "a merge request with findings fails the job"
case "$out" in
*"docs/decisions/0002-broken.md:5:1: error: unknown status 'Acepteret'"*) pass "the job log shows the record's finding" ;;
*) fail "no finding in the job log: $out" ;;
esac
case "$out" in
*"merge_request_templates/Default.md"*) pass "the description is checked against the MR template" ;;
*) fail "no description finding: $out" ;;
esac
if python3 - "$repo/gl-code-quality-report.json" "$head" >"$TEST_DIR/report.out" 2>&1 <<'PY'; then
import json, sys
report = json.load(open(sys.argv[1]))
assert isinstance(report, list) and report, report
for issue in report:
    assert issue["type"] == "issue" and issue["severity"] in ("info", "minor", "major", "critical", "blocker"), issue
    assert isinstance(issue["location"]["lines"]["begin"], int) and issue["location"]["path"], issue
    assert issue["description"] and issue["check_name"], issue
fingerprints = [i["fingerprint"] for i in report]
assert len(set(fingerprints)) == len(fingerprints), "two findings share a fingerprint"
got = {(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"], i["severity"]) for i in report}
assert ("status/unknown", "docs/decisions/0002-broken.md", 5, "major") in got, got
commit = [i for i in report if i["check_name"] == "commit/decision"]
assert commit and commit[0]["description"].startswith("commit " + sys.argv[2][:7]), commit
PY
	pass "the Code Climate report holds each finding, from the root, each its own fingerprint"
else
	fail "the report: $(cat "$TEST_DIR/report.out")"
fi
cp "$repo/gl-code-quality-report.json" "$TEST_DIR/first.json"
run_job CI_PIPELINE_SOURCE=merge_request_event CI_MERGE_REQUEST_IID=7 \
	CI_MERGE_REQUEST_DIFF_BASE_SHA="$base" CI_COMMIT_SHA="$head" CI_MERGE_REQUEST_DESCRIPTION=x
if cmp -s "$TEST_DIR/first.json" "$repo/gl-code-quality-report.json"; then
	pass "the same findings get the same fingerprints in the next pipeline"
else
	fail "the report changed between two runs on the same commits"
fi

run_job CI_PIPELINE_SOURCE=push CI_COMMIT_BEFORE_SHA="$base" CI_COMMIT_SHA="$head"
expect_status 1 "a push with findings fails the job"
case "$out" in
*"commit ${head%"${head#???????}"}"*"Decision: 'ADR-0099' is no record"*) pass "the pushed range's commit is checked" ;;
*) fail "the pushed commit was not checked: $out" ;;
esac
expect_no_line "$out" "Default.md" "a push has no description to check"
finish
