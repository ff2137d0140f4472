#!/bin/sh
# govlog init --ci github-org writes .github/workflows/govlog-site.yml: a
# reusable workflow (workflow_call, and by hand) with a `repositories` input,
# whose matrix checks out each repository with its whole history, builds
# govlog, writes one site of them all in the input's order and publishes it
# with actions/upload-pages-artifact and actions/deploy-pages; no expression
# is pasted into a script. A second run keeps it; --ci github is unchanged.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo org-site)
run_govlog "$repo" init --ci github-org
expect_status 0 "init --ci github-org"
expect_line "$out" "created  .github/workflows/govlog-site.yml" "the workflow is written"
[ ! -e "$repo/.govlog.yml" ] && pass "--ci alone writes no configuration" || fail ".govlog.yml written"
[ ! -e "$repo/.github/workflows/govlog.yml" ] && pass "nor the pull-request workflow" || fail "govlog.yml written"
wf="$repo/.github/workflows/govlog-site.yml"
cmp -s "$wf" "$GOVLOG_SOURCE_DIR/templates/ci/github-org.yml" &&
	pass "from templates/ci/github-org.yml" || fail "the workflow differs from its template"
run_govlog "$repo" init --ci github-org
expect_line "$out" "kept     .github/workflows/govlog-site.yml" "a second run keeps it"

status=0
python3 - "$wf" >"$TEST_DIR/yaml.out" 2>&1 <<'PY' || status=$?
import sys, yaml
wf = yaml.safe_load(open(sys.argv[1]))
on = wf.get("on", wf.get(True))  # YAML 1.1 reads the key on as true
call = on["workflow_call"]
assert call["inputs"]["repositories"]["required"] is True, call
assert call["inputs"]["repositories"]["type"] == "string", call
assert "repositories" in on["workflow_dispatch"]["inputs"], on
jobs = wf["jobs"]
co = jobs["checkout"]
assert co["strategy"]["matrix"]["repository"] == "${{ fromJSON(inputs.repositories) }}", co
first = co["steps"][0]
assert first["uses"] == "actions/checkout@v4", first
assert first["with"]["repository"] == "${{ matrix.repository }}", first
assert first["with"]["fetch-depth"] == 0, first
site = jobs["site"]
assert site["needs"] == "checkout", site
runs = "\n".join(s.get("run", "") for s in site["steps"])
assert "govlog\" site -o _site \"$@\"" in runs, runs
uses = [s.get("uses") for s in site["steps"]]
assert "actions/upload-pages-artifact@v3" in uses, uses
deploy = jobs["deploy"]
assert deploy["needs"] == "site", deploy
assert deploy["permissions"] == {"pages": "write", "id-token": "write"}, deploy
assert deploy["environment"]["name"] == "github-pages", deploy
assert deploy["steps"][-1]["uses"] == "actions/deploy-pages@v4", deploy
assert wf["permissions"] == {"contents": "read"}, wf["permissions"]
for job in jobs.values():
    for s in job["steps"]:
        assert "${{" not in s.get("run", ""), "an expression in a script: " + s["run"]
PY
[ "$status" -eq 0 ] && pass "the workflow is valid YAML: a repositories input, a checkout matrix, a site job, Pages deployment" ||
	{ fail "the workflow's shape"; sed 's/^/    /' "$TEST_DIR/yaml.out" >&2; }

run_govlog "$repo" init --ci github-orgs
expect_status 2 "an unknown CI"
expect_line "$err" "github-org" "the choices name github-org"
finish
