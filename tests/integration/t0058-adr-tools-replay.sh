#!/bin/sh
# adr-tools habits replayed with the real `adr` (Debian adr-tools): a log
# made by adr init / adr new / adr new -s / adr new -l / adr link reads clean;
# govlog supersedes (new --supersedes N), links (link), shows by number; and
# `govlog graph` draws the same labelled edges as `adr generate graph`, before
# and after govlog wrote into the log (so adr-tools reads govlog's lines too).
# Edge sets are compared, not text. Titles are escaped in DOT and Mermaid.
. "$(dirname "$0")/../test-lib.sh"

command -v adr >/dev/null || { fail "adr (Debian package adr-tools) is not installed"; finish; }
export ADR_DATE=2026-05-01 EDITOR=true VISUAL=true
repo=$(new_repo replay)
(
	cd "$repo"
	adr init doc/adr >/dev/null
	adr new Use Postgres >/dev/null
	adr new Use Redis >/dev/null
	adr new -s 2 Use MySQL >/dev/null
	adr link 4 Amends 1 "Amended by" >/dev/null
	adr new -l "3:Clarifies:Clarified by" Cache policy >/dev/null
)
commit_all "$repo" "docs: a log made by adr-tools"
d="$repo/doc/adr"

# "N LABEL M" per labelled edge, sorted: adr's _N nodes, govlog's "ADR-000N" nodes.
adr_edges() {
	(cd "$repo" && adr generate graph) |
		sed -n 's/^ *_\([0-9]*\) -> _\([0-9]*\) \[label="\([^"]*\)".*/\1 \3 \2/p' | sort
}
govlog_edges() {
	run_govlog "$repo" graph
	printf '%s\n' "$out" |
		sed -n 's/^ *"ADR-0*\([0-9]*\)" -> "ADR-0*\([0-9]*\)" \[label="\([^"]*\)"\];/\1 \3 \2/p' | sort
}
same_edges() { # WHAT
	a=$(adr_edges)
	g=$(govlog_edges)
	if [ -n "$a" ] && [ "$a" = "$g" ]; then pass "$1"; else fail "$1: adr: [$a] govlog: [$g]"; fi
}

run_govlog "$repo" check
expect_status 0 "a log adr-tools wrote checks clean"
expect_no_line "$err" "error:" "no error finding"
same_edges "graph draws adr generate graph's edges"
if [ "$(adr_edges | wc -l)" -eq 3 ]; then pass "three labelled edges (Supersedes, Amends, Clarifies)"; else fail "$(adr_edges)"; fi

run_govlog "$repo" show 4 --meta
expect_status 0 "show by number"
expect_line "$out" "ADR-0004" "show 4 is ADR-0004"

run_govlog "$repo" new decision Use CockroachDB --supersedes 4
expect_status 0 "govlog new --supersedes a number"
expect_line "$(sed -n '/^## Status/,/^## Context/p' "$d/0004-use-mysql.md")" \
	"Superseded by [6. Use CockroachDB](0006-use-cockroachdb.md)" "the old record names its successor, as adr new -s writes it"
expect_no_line "$(sed -n '/^## Status/,/^## Context/p' "$d/0004-use-mysql.md")" "Accepted" "its Accepted is gone, as adr new -s removes it"
expect_line "$(sed -n '/^## Status/,/^## Context/p' "$d/0004-use-mysql.md")" "Amends [1. Record architecture decisions]" "its other links stay"
run_govlog "$repo" link 6 Amends 3 "Amended by"
expect_status 0 "govlog link by numbers"
run_govlog "$repo" check
expect_status 0 "check is clean after govlog superseded and linked"
same_edges "adr generate graph reads govlog's lines: the same edges"
expect_line "$(adr_edges)" "6 Supersedes 4" "adr sees govlog's supersede"
expect_line "$(adr_edges)" "6 Amends 3" "adr sees govlog's link"

# adr reads govlog's record too: adr new -s of it once it is accepted.
run_govlog "$repo" status 6 accepted
(cd "$repo" && adr new -s 6 Use Spanner >/dev/null)
expect_no_line "$(sed -n '/^## Status/,/^## Context/p' "$d/0006-use-cockroachdb.md")" "Accepted" \
	"adr removes the Accepted govlog wrote"
run_govlog "$repo" check
expect_status 0 "adr new -s of a govlog record checks clean"
same_edges "the edges still agree"

run_govlog "$repo" graph --format mermaid
expect_status 0 "graph --format mermaid"
expect_line "$out" "flowchart LR" "a Mermaid flowchart"
n=$(printf '%s\n' "$out" | grep -c -- '-->|' || true)
if [ "$n" -eq "$(adr_edges | wc -l)" ]; then pass "as many Mermaid edges as adr's"; else fail "$n Mermaid edges: $out"; fi

# Titles that would break out of the languages' strings are escaped.
run_govlog "$repo" new decision 'Use "quoted" <b>tags</b> & #1 \ back'
expect_status 0 "a title with the languages' special characters"
run_govlog "$repo" graph
expect_line "$out" 'label="8. Use \"quoted\" <b>tags</b> & #1 \\ back"' "a DOT string escapes quote and backslash"
run_govlog "$repo" graph --format mermaid
expect_line "$out" '["ADR-0008: 8. Use #34;quoted#34; #60;b#62;tags#60;/b#62; #38; #35;1 \ back"]' \
	"Mermaid text uses entity codes for quote, #, <, > and &"
run_govlog "$repo" graph --format svg
expect_status 2 "an unknown format is a usage error"

# A log written by hand keeps the link on the old record only ("Superseded
# by", as MADR's status does): the graph has the edge all the same, the one
# the successor's "Supersedes" line would draw.
hand=$(new_repo by-hand)
mkdir -p "$hand/doc/adr"
printf '# 1. Nightly exports\n\nDate: 2025-02-03\n\n## Status\n\nSuperseded by [2. Hourly exports](0002-hourly-exports.md)\n\n## Context\n\nThe warehouse reads once a day.\n\n## Decision\n\nExport at night.\n\n## Consequences\n\nData is a day old.\n' \
	>"$hand/doc/adr/0001-nightly-exports.md"
printf '# 2. Hourly exports\n\nDate: 2025-06-11\n\n## Status\n\nAccepted\n\n## Context\n\nSales wants fresher numbers.\n\n## Decision\n\nExport every hour.\n\n## Consequences\n\nThe export job runs 24 times a day.\n' \
	>"$hand/doc/adr/0002-hourly-exports.md"
commit_all "$hand" "docs: two records, the link on the old one"
run_govlog "$hand" graph
expect_line "$out" '"ADR-0002" -> "ADR-0001" [label="Supersedes"];' "a 'Superseded by' line alone draws the supersede edge"
run_govlog "$hand" graph --format mermaid
expect_line "$out" 'n1 -->|"Supersedes"| n0' "in Mermaid too"

# A log in a folder govlog does not look in: graph says so, as list and index
# do, instead of drawing an empty graph, and takes the folder by name.
odd=$(new_repo odd-folder)
mkdir -p "$odd/architecture/records"
cp "$hand/doc/adr/"*.md "$odd/architecture/records/"
commit_all "$odd" "docs: records in a folder of their own"
run_govlog "$odd" graph
expect_status 2 "graph without a decision folder is an error"
expect_line "$err" "no decision folder found" "it says why"
# Every folder govlog looks in is named (the list is the detection's own),
# and both ways to name another: the configuration, or PATH.
expect_line "$err" "docs/architecture-decisions, architecture-decision-records" "the folders it looked in"
expect_line "$err" "strategisk-beslutningslog" "the Danish logs' folders too"
expect_line "$err" "name yours in .govlog.yml (decisions: folders: [PATH]), or give it to check, list, fmt or graph as PATH" "how to name the folder"
# A configuration in Danish has the message in Danish, before any record is read.
printf 'language: da\n' >"$odd/.govlog.yml"
run_govlog "$odd" list
expect_status 2 "list without a decision folder is an error"
expect_line "$err" "ingen beslutningsmappe fundet i" "in the configuration's language"
expect_line "$err" "angiv jeres i .govlog.yml (decisions: folders: [STI])" "with the ways to name it in Danish"
rm "$odd/.govlog.yml"
run_govlog "$odd" graph architecture/records
expect_status 0 "graph of a named folder"
expect_line "$out" '"ADR-0002" -> "ADR-0001" [label="Supersedes"];' "the named folder's edges"
finish
