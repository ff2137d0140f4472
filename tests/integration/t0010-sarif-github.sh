#!/bin/sh
# sarif output has the properties SARIF 2.1.0 requires, and rule indexes that
# point at the right rules; github output is one workflow command per finding.
. "$(dirname "$0")/../test-lib.sh"

sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$TEST_DIR/demo" >/dev/null
repo="$TEST_DIR/demo"

run_govlog "$repo" check --format sarif
expect_status 1 "sarif keeps the exit status"
printf '%s\n' "$out" >"$TEST_DIR/out.sarif"

# jq_true FILTER WHAT: the filter yields true on the sarif document.
jq_true() {
	if [ "$(jq -r "$1" "$TEST_DIR/out.sarif" 2>&1)" = "true" ]; then
		pass "$2"
	else
		fail "$2 ($1)"
	fi
}

jq_true '.version == "2.1.0"' "version 2.1.0"
jq_true '(."$schema" | type) == "string"' "a schema URI"
jq_true '(.runs | type) == "array" and (.runs | length) == 1' "one run"
jq_true '.runs[0].tool.driver.name == "govlog"' "the tool's driver has a name"
jq_true '(.runs[0].tool.driver.rules | length) > 10' "the rules are described"
jq_true '[.runs[0].tool.driver.rules[] | (.id | type) == "string"] | all' "every rule has an id"
jq_true '(.runs[0].results | length) >= 5' "the example's findings are results"
jq_true '[.runs[0].results[] | (.message.text | type) == "string" and (.message.text | length) > 0] | all' \
	"every result has a message text"
jq_true '[.runs[0].results[] | .level as $l | ["none","note","warning","error"] | index($l) != null] | all' \
	"every level is a SARIF level"
jq_true '.runs[0].tool.driver.rules as $r | [.runs[0].results[] | $r[.ruleIndex].id == .ruleId] | all' \
	"every ruleIndex points at its rule"
jq_true '[.runs[0].results[].locations[].physicalLocation.artifactLocation.uri | type == "string"] | all' \
	"every location has an artifact URI"
jq_true '[.runs[0].results[].locations[].physicalLocation.region | select(. != null) | .startLine >= 1 and .startColumn >= 1] | all' \
	"regions are 1-based"
jq_true '[.runs[0].results[] | select(.ruleId == "status/unknown") | .locations[0].physicalLocation.region.startLine] == [4]' \
	"the misspelt status is on line 4"

# An artifact's URI is a URI reference (RFC 3986): a blank and the UTF-8 bytes of 'ø' are
# percent-encoded, the unreserved characters and '/' stay.
named=$(new_repo named)
mkdir -p "$named/docs/decisions"
printf -- '---\nstatus: acepted\ndate: 2026-03-04\n---\n# Referat af mødet\n' \
	>"$named/docs/decisions/0009 møde_referat~1.md"
run_govlog "$named" check --format sarif
printf '%s\n' "$out" >"$TEST_DIR/out.sarif"
jq_true '[.runs[0].results[].locations[0].physicalLocation.artifactLocation.uri] | unique == ["docs/decisions/0009%20m%C3%B8de_referat~1.md"]' \
	"a file name's blank and non-ASCII bytes are percent-encoded"

run_govlog "$repo" check --format github
expect_status 1 "github annotations keep the exit status"
bad=$(printf '%s\n' "$out" | grep -Ev '^::(error|warning) file=[^,:]+(,line=[0-9]+,col=[0-9]+)?,title=[a-z-]+/[a-z0-9-]+::.+$' || true)
if [ -z "$bad" ]; then pass "every line is a workflow command"; else fail "not workflow commands: $bad"; fi
expect_line "$out" "::error file=docs/decisions/0003-api-versionering.md,line=4,col=15,title=status/unknown::" \
	"the misspelt status as an annotation"
finish
