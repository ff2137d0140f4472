#!/bin/sh
# Code scanning resolves a SARIF artifactLocation with uriBaseId %SRCROOT%
# from the repository root, and a workflow annotation's file= from the
# checkout's root. So wherever govlog runs (a subfolder, -C, a path given
# with ..), those two formats name the file from the root; the text format
# keeps the path as the user gave or sees it from the current folder.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo located)
mkdir -p "$repo/docs/decisions" "$repo/tools"
printf '# 1. Use X\n\nDate: 2026-01-13\n\n## Status\n\nAcepteret\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n' \
	>"$repo/docs/decisions/0001-use-x.md"
want=docs/decisions/0001-use-x.md

# sarif_uris DIR ARGS...: the artifact URIs of a SARIF run, one a line.
sarif_uris() {
	dir=$1
	shift
	run_govlog "$dir" check --format sarif "$@"
	printf '%s' "$out" | python3 -c '
import json, sys
run = json.load(sys.stdin)["runs"][0]
for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
    print(loc["uriBaseId"], loc["uri"])'
}

for where in "$repo" "$repo/docs" "$repo/docs/decisions" "$repo/tools"; do
	shown=${where#"$repo"}
	expect_line "$(sarif_uris "$where")" "%SRCROOT% $want" "SARIF from '${shown:-/}' names the file from the root"
	run_govlog "$where" check --format github
	expect_line "$out" "::error file=$want,line=7,col=1,title=status/unknown::unknown status 'Acepteret' (did you mean 'Accepteret'?)%0Aknown statuses: Proposed, Draft, Accepted, Approved, Decided, Rejected, Declined, Deprecated, Obsolete, Superseded, Replaced" \
		"the annotation from '${shown:-/}' too"
done
expect_line "$(sarif_uris "$repo/tools" ../docs/decisions/0001-use-x.md)" "%SRCROOT% $want" \
	"a path given with .. from a sibling folder"
status=0
(cd "$repo/tools" && "$GOVLOG" -C ../docs check --format github) >"$TEST_DIR/c.out" 2>&1 || status=$?
expect_line "$(cat "$TEST_DIR/c.out")" "::error file=$want,line=7,col=1,title=status/unknown::unknown status 'Acepteret' (did you mean 'Accepteret'?)%0Aknown statuses: Proposed, Draft, Accepted, Approved, Decided, Rejected, Declined, Deprecated, Obsolete, Superseded, Replaced" \
	"and with -C"

run_govlog "$repo/docs" check
expect_line "$err" "decisions/0001-use-x.md:7:1: error: unknown status 'Acepteret' (did you mean 'Accepteret'?) [status/unknown]" \
	"the text format keeps the path from the current folder"
finish
