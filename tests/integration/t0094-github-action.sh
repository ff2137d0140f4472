#!/bin/sh
# govlog's GitHub Action (action.yml), its steps run with bash as a runner
# runs them (tests/ci/run_action.py: the environment GitHub sets, step
# outputs, GITHUB_PATH, if: conditions) on scratch repositories:
# - a pull request: one check of its commits prints annotations and writes a
#   SARIF file that validates against the SARIF 2.1.0 schema and names the
#   same findings; the description is checked against the PR template; the
#   verdict fails the job after the upload step has had its turn;
# - a push to the default branch: the pushed range is checked;
# - a clean pull request passes.
# The build step finds govlog in its cache folder (a cache hit), so the test
# runs the binary under test. And `govlog init --ci github` writes a workflow
# that parses, runs on pull_request and push, and uses this action.
. "$(dirname "$0")/../test-lib.sh"

schema="$GOVLOG_SOURCE_DIR/tests/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"
[ -f "$schema" ] || { fail "the SARIF schema is not installed: run sh dev.sh test (npm ci in tests/)"; finish; }
py=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import jsonschema, yaml' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || { fail "python3 with jsonschema and yaml is missing: run sh dev.sh test"; finish; }

temp="$TEST_DIR/runner-temp"
mkdir -p "$temp/govlog-build"
ln -s "$GOVLOG" "$temp/govlog-build/govlog" # what the cache restores

repo=$(new_repo product)
run_govlog "$repo" init --profile madr --templates github
run_govlog "$repo" new decision "Use PostgreSQL"
run_govlog "$repo" status 1 accepted
commit_all "$repo" "docs: start the decision log"
base=$(git -C "$repo" rev-parse HEAD)
git -C "$repo" checkout -q -b feature
printf '# Broken\n\n## Status\n\nAcepteret\n' >"$repo/docs/decisions/0002-broken.md"
git -C "$repo" add -A
git -C "$repo" commit -q -m "$(printf 'feat: add the broken record\n\nDecision: ADR-0099')"
head=$(git -C "$repo" rev-parse HEAD)

# run_action EVENT CONTEXT_EXTRA: runs the action; sets $status and $out.
run_action() {
	cat >"$TEST_DIR/context.json" <<EOF
{"github": {"event_name": "$1", "sha": "$head", "workspace": "$repo", "event": $2},
 "runner": {"temp": "$temp", "os": "Linux"}}
EOF
	status=0
	"$py" "$GOVLOG_SOURCE_DIR/tests/ci/run_action.py" "$GOVLOG_SOURCE_DIR" "$TEST_DIR/context.json" \
		>"$TEST_DIR/action.out" 2>&1 || status=$?
	out=$(cat "$TEST_DIR/action.out")
}

body=$(printf 'Some text, but none of the template.' | "$py" -c 'import json,sys; print(json.dumps(sys.stdin.read()))')
run_action pull_request "{\"pull_request\": {\"base\": {\"sha\": \"$base\"}, \"head\": {\"sha\": \"$head\"}, \"body\": $body}}"
expect_status 1 "a pull request with findings fails the job"
expect_line "$out" "::error file=docs/decisions/0002-broken.md,line=5,col=1,title=status/unknown::unknown status 'Acepteret' (did you mean 'Accepteret'?)%0Aknown statuses: Proposed, Draft, Accepted, Approved, Decided, Rejected, Declined, Deprecated, Obsolete, Superseded, Replaced" \
	"the record's finding is an annotation"
case "$out" in
*"::error title=commit/decision in commit ${head%"${head#???????}"}::Decision: 'ADR-0099' is no record of the decision log"*)
	pass "the commit message's finding is an annotation naming the commit" ;;
*) fail "no annotation for the commit message: $out" ;;
esac
expect_line "$out" 'uses: github/codeql-action/upload-sarif@v3 (not run) {"category": "govlog", "sarif_file": "'"$temp"'/govlog.sarif"}' \
	"the upload step gets the SARIF file, after the check"
case "$out" in
*"::error file=.github/pull_request_template.md"*) pass "the description is checked against the PR template" ;;
*) fail "no finding about the description: $out" ;;
esac
expect_line "$out" "step 'Verdict' exited 1" "the verdict step fails, last"

sarif="$temp/govlog.sarif"
if "$py" - "$sarif" "$schema" "$head" >"$TEST_DIR/sarif.out" 2>&1 <<'PY'; then
import json, sys, jsonschema
log = json.load(open(sys.argv[1]))
jsonschema.validate(log, json.load(open(sys.argv[2])))
results = log["runs"][0]["results"]
def loc(r):
    l = r["locations"][0]
    if "physicalLocation" in l:
        a = l["physicalLocation"]["artifactLocation"]
        return (a["uriBaseId"], a["uri"], l["physicalLocation"]["region"]["startLine"])
    return ("commit", l["logicalLocations"][0]["name"])
got = {(r["ruleId"], r["level"]) + loc(r) for r in results}
want = {("status/unknown", "error", "%SRCROOT%", "docs/decisions/0002-broken.md", 5),
        ("commit/decision", "error", "commit", sys.argv[3][:7])}
missing = want - got
assert not missing, f"missing {missing} in {got}"
PY
	pass "the SARIF file validates against SARIF 2.1.0 and holds both findings"
else
	fail "SARIF: $(cat "$TEST_DIR/sarif.out")"
fi

# A push to the default branch: the pushed range, and no description check.
git -C "$repo" checkout -q main
git -C "$repo" merge -q --ff-only feature
run_action push "{\"before\": \"$base\"}"
expect_status 1 "a push with findings fails the job"
case "$out" in
*"commit/decision in commit ${head%"${head#???????}"}"*) pass "the pushed range's commit is checked" ;;
*) fail "the pushed commit was not checked: $out" ;;
esac
expect_line "$out" "::group::Check the pull request's description (skipped)" "a push has no description to check"

# A clean pull request passes, the description filled from the template.
git -C "$repo" reset -q --hard "$base"
git -C "$repo" checkout -q -b clean
git -C "$repo" commit -q --allow-empty -m "docs: nothing wrong"
head=$(git -C "$repo" rev-parse HEAD)
body=$("$py" -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()))' "$repo/.github/pull_request_template.md")
run_action pull_request "{\"pull_request\": {\"base\": {\"sha\": \"$base\"}, \"head\": {\"sha\": \"$head\"}, \"body\": $body}}"
expect_no_line "$out" "::error file=docs" "a clean pull request has no annotation on the log"
expect_no_line "$out" "step 'Check the decision log and the commit messages' exited" "its check step succeeds"

# The workflow init writes: valid YAML, both triggers, this action.
wfrepo=$(new_repo workflow)
run_govlog "$wfrepo" init --ci github
wf="$wfrepo/.github/workflows/govlog.yml"
if "$py" - "$wf" "$GOVLOG_SOURCE_DIR/action.yml" >"$TEST_DIR/wf.out" 2>&1 <<'PY'; then
import sys, yaml
wf = yaml.safe_load(open(sys.argv[1]))
on = wf.get("on", wf.get(True))  # YAML 1.1 reads the key on as true
assert "pull_request" in on and "push" in on, on
assert wf["permissions"]["security-events"] == "write", wf["permissions"]
steps = wf["jobs"]["govlog"]["steps"]
assert steps[0]["uses"].startswith("actions/checkout@") and steps[0]["with"]["fetch-depth"] == 0
co = [s for s in steps if s.get("with", {}).get("path") == ".govlog-action"]
assert co and co[0]["with"]["repository"] == "${{ vars.GOVLOG_REPOSITORY }}", co
uses = [s for s in steps if s.get("uses") == "./.govlog-action"]
assert uses, "the workflow does not use the action"
action = yaml.safe_load(open(sys.argv[2]))
assert set(uses[0].get("with", {})) <= set(action["inputs"]), uses
upload = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
assert upload, "the workflow has no upload step"
assert upload[0]["with"]["sarif_file"] == "${{ steps.%s.outputs.sarif-file }}" % uses[0]["id"], upload
assert "always()" in upload[0]["if"], upload
PY
	pass "the workflow parses, runs on pull_request and push, uses the action and uploads its SARIF"
else
	fail "the workflow: $(cat "$TEST_DIR/wf.out")"
fi
finish
