#!/bin/sh
# JSON output gives a program every value exactly as the record holds it:
# a value with a quote, a backslash, a carriage return, a tab, a line break or
# another control character (YAML's double-quoted escapes put them there) is
# one JSON string that a JSON reader (jq) turns back into the same bytes.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo json)
d="$repo/docs/decisions"
mkdir -p "$d"
cat >"$d/0001-use-postgresql.md" <<'MD'
---
status: accepted
date: 2026-03-04
deciders: "Ada\rTester, Bo\tLund, Cy\u0001Holm, \"Di\" Back\\slash, Ed\nNewline"
---
# Use PostgreSQL

## Context and Problem Statement

We need one database.

## Considered Options

* PostgreSQL
* MariaDB

## Decision Outcome

Chosen option: "PostgreSQL", because the team knows it.
MD
commit_all "$repo" "docs: a decision"

run_govlog "$repo" list --format json
expect_status 0 "list --format json"
printf '%s\n' "$out" >"$TEST_DIR/list.json"
if jq -e . "$TEST_DIR/list.json" >/dev/null 2>&1; then pass "the output is JSON"; else fail "the output is no JSON: $out"; fi

# same JQ-FILTER EXPECTED-BYTES WHAT: jq's raw value is exactly the bytes given (printf form).
same() {
	jq -j "$1" "$TEST_DIR/list.json" >"$TEST_DIR/got" 2>/dev/null || true
	printf "$2" >"$TEST_DIR/want"
	if cmp -s "$TEST_DIR/got" "$TEST_DIR/want"; then
		pass "$3"
	else
		fail "$3: got $(od -c "$TEST_DIR/got" | head -2)"
	fi
}
same '.records[0].deciders | length' '5' "five deciders, split at the commas"
same '.records[0].deciders[0]' 'Ada\rTester' "a carriage return comes back"
same '.records[0].deciders[1]' 'Bo\tLund' "a tab comes back"
same '.records[0].deciders[2]' 'Cy\001Holm' "another control character comes back"
same '.records[0].deciders[3]' '"Di" Back\\slash' "a quote and a backslash come back"
same '.records[0].deciders[4]' 'Ed\nNewline' "a line break comes back"
same '.records[0].title' 'Use PostgreSQL' "the title as written"

finish
