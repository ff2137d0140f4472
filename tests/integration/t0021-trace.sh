#!/bin/sh
# govlog trace and release-notes on the bundled example, whose history has one
# gap of each kind (examples/README.md): every kind is reported, with the
# request, commit or record it is about; every format comes out well formed;
# the notes of a release tagged on a merge commit hold each of its commits once.
. "$(dirname "$0")/../test-lib.sh"

command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$TEST_DIR/demo" >/dev/null
repo="$TEST_DIR/demo"

run_govlog "$repo" trace --format json
expect_status 0 "trace --format json"
expect_line "$err" "6 huller i sporbarheden" "the number of gaps goes to stderr (the log is Danish)"
gaps=$(printf '%s\n' "$out" | jq -r '.gaps[] | "\(.kind) \(.subject)"')
expect_line "$gaps" "request-without-commit #21" "a request no commit refers to"
sha=$(git -C "$repo" log --format=%h --abbrev=7 --grep='mørkt tema' -1)
expect_line "$gaps" "commit-without-request $sha" "a feature commit with no request"
expect_line "$gaps" "decision-not-implemented ADR-0011" "an accepted decision nobody implements"
sha=$(git -C "$repo" log --format=%h --abbrev=7 --grep='Decision: ADR-0008' -1)
expect_line "$gaps" "unaccepted-decision-released $sha" "a released commit implementing a proposed decision"
expect_line "$gaps" "unknown-record ADR-0042" "a reference to a record the log does not have"
expect_no_line "$gaps" "ADR-0005" "an unreleased commit naming a proposed decision is no gap yet"
req=$(printf '%s\n' "$out" | jq -r '.requests[] | select(.key == "#12") | "\(.decisions[0]) \(.commits | length)"')
expect_line "$req" "ADR-0010" "request #12 leads to its decision"

run_govlog "$repo" trace --format csv
expect_line "$(printf '%s\n' "$out" | head -1)" "relation,source,target" "csv has its header"
expect_line "$out" "request-decision,#12,ADR-0010" "csv has the request's edge"
run_govlog "$repo" trace --format dot
expect_line "$out" "digraph trace {" "dot is a graph"
run_govlog "$repo" trace --format html
expect_line "$out" "<!DOCTYPE html>" "html is a page"
expect_no_line "$out" "<script" "and carries no script"
run_govlog "$repo" trace --range v1.0.0..v1.1.0
expect_line "$out" "commits" "trace takes a range"

# The example's v1.0.0 is tagged on a merge commit; its notes hold each commit once.
run_govlog "$repo" release-notes v1.0.0 --format json
expect_status 0 "release-notes v1.0.0"
git -C "$repo" rev-list v1.0.0 --not v1.0.0-rc.1 | sort >"$TEST_DIR/want"
printf '%s\n' "$out" | jq -r '(.groups[][] | .id, .commits[].id), .merges[].id' | sort >"$TEST_DIR/got"
if cmp -s "$TEST_DIR/want" "$TEST_DIR/got"; then
	pass "v1.0.0 holds exactly its $(wc -l <"$TEST_DIR/want") commits"
else
	fail "v1.0.0's commits differ"
	diff "$TEST_DIR/want" "$TEST_DIR/got" | sed 's/^/    /' >&2
fi
run_govlog "$repo" release-notes v1.1.0
expect_line "$out" "# Udgivelsesnoter: v1.1.0" "a Danish log gets Danish notes"
expect_line "$out" "## Bidragydere" "with the contributors"
expect_line "$out" "- ITK Aarhus: Jens Hansen" "by vendor, one person under two addresses once"
expect_line "$out" "## Beslutninger vedtaget i udgivelsen" "and the decisions the release accepted"
run_govlog "$repo" release-notes v1.1.0 --format html
expect_line "$out" "<h1>Udgivelsesnoter: v1.1.0" "html notes"
run_govlog "$repo" release-notes v9.9.9
expect_status 2 "an unknown tag is a usage error"
expect_line "$err" "'v9.9.9' er intet udgivelsestag" "and says so, in the notes' language"
finish
