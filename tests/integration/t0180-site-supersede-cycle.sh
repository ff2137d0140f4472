#!/bin/sh
# Two records that each say they supersede the other: a mistake people make
# when they copy a record, and one the site must survive. The relation graph
# lays records out in columns by supersede generation; a cycle has no first
# generation, so the walk stops at its cap. The page must still be written,
# both records drawn and listed, and nothing read or written past the
# drawing's columns (the sanitizer build sees it).
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo cycle)
d="$repo/docs/decisions"
mkdir -p "$d"
printf 'repository: owner/product\nlanguage: en\n' >"$repo/.govlog.yml"
# nygard N OTHER-N SLUG OTHER-SLUG: an adr-tools record that supersedes OTHER-N.
nygard() {
	cat >"$d/000$1-$3.md" <<MD
# $1. Record $3

Date: 2026-01-1$1

## Status

Accepted

Supersedes [$2. Record $4](000$2-$4.md)

## Context

c

## Decision

d

## Consequences

e
MD
}
nygard 1 2 first second
nygard 2 1 second first
commit_all "$repo" "docs: two records superseding each other"

run_govlog "$repo" site -o "$TEST_DIR/site"
expect_status 0 "govlog site over a supersede cycle"
expect_no_crash "govlog site over a supersede cycle"
g=$(cat "$TEST_DIR/site/graph.html")
for id in ADR-0001 ADR-0002; do
	expect_line "$g" "<a href=\"records/$id.html\"" "the graph draws $id, one of the cycle"
done
[ "$(grep -c '<svg' "$TEST_DIR/site/graph.html")" -ge 1 ] &&
	pass "the relation graph is drawn" || fail "graph.html has no drawing"

finish
