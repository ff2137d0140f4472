#!/bin/sh
# govlog fmt: canonical records round-trip unchanged in every profile; legacy
# records become the chosen form, keep their canonical fields, and pass check.
. "$(dirname "$0")/../test-lib.sh"

export SOURCE_DATE_EPOCH=1781395200 # 2026-06-14
for profile in nygard madr os2-da os2-en; do
	repo=$(new_repo "fmt-$profile")
	run_govlog "$repo" new decision "Fælles testdata" --profile "$profile"
	path="$repo/$out"
	cp "$path" "$TEST_DIR/kept"
	run_govlog "$repo" fmt --profile "$profile"
	expect_status 0 "$profile: a canonical record has no diff"
	if [ -z "$out" ]; then pass "$profile: fmt prints nothing"; else fail "$profile: $out"; fi
	run_govlog "$repo" fmt --write --profile "$profile"
	if cmp -s "$path" "$TEST_DIR/kept"; then pass "$profile: --write keeps every byte"; else fail "$profile: changed"; fi
done

# fields PATH: the canonical fields govlog reads from a record (id, status, date, deciders).
fields() {
	run_govlog "$1" list --format csv "$2"
	printf '%s\n' "$out" | sed 1d | awk -F, '{ print $1 "," $4 "," $6 "," $7 }'
}

repo=$(new_repo fmt-legacy)
mkdir -p "$repo/docs/decisions"
cat >"$repo/docs/decisions/0001-record-architecture-decisions.md" <<'MD'
# 1. Record architecture decisions

Date: 2026-01-13

## Status

Accepted

## Context

We need to record the architectural decisions made on this project.

## Decision

We will use Architecture Decision Records.

## Consequences

See Michael Nygard's article.
MD
cp "$GOVLOG_SOURCE_DIR/examples/os2display-governance/docs/decisions/0002-udgivelsesrytme.md" \
	"$repo/docs/decisions/"
before1=$(fields "$repo" docs/decisions/0001-record-architecture-decisions.md)
before2=$(fields "$repo" docs/decisions/0002-udgivelsesrytme.md)

run_govlog "$repo" fmt --profile madr docs/decisions/0001-record-architecture-decisions.md
expect_status 1 "fmt shows a diff for a legacy record"
expect_line "$out" "+status: Accepted" "the diff adds front matter, the status word as written"
expect_line "$out" "-Date: 2026-01-13" "and removes the Date line"
run_govlog "$repo" fmt --write --profile madr
expect_status 0 "fmt --write"
expect_line "$(head -1 "$repo/docs/decisions/0001-record-architecture-decisions.md")" "---" \
	"the adr-tools record now has front matter"
expect_line "$(cat "$repo/docs/decisions/0001-record-architecture-decisions.md")" \
	"We will use Architecture Decision Records." "its sections are kept"
if [ "$(fields "$repo" docs/decisions/0001-record-architecture-decisions.md)" = "$before1" ]; then
	pass "the adr-tools record keeps its ID, status, date"
else
	fail "fields changed: $before1 → $(fields "$repo" docs/decisions/0001-record-architecture-decisions.md)"
fi
if [ "$(fields "$repo" docs/decisions/0002-udgivelsesrytme.md)" = "$before2" ]; then
	pass "the bullet record keeps its ID, status, date and deciders"
else
	fail "fields changed: $before2 → $(fields "$repo" docs/decisions/0002-udgivelsesrytme.md)"
fi
run_govlog "$repo" check
expect_status 0 "check accepts both rewritten records"
expect_no_line "$err" ": error:" "no errors after fmt"

# A MADR 2 record's plain bullets and its Technical Story paragraph; a checkbox record.
cat >"$repo/docs/decisions/0003-use-madr.md" <<'MD'
# Use Markdown Architectural Decision Records

* Status: accepted
* Deciders: Alice, Bob
* Date: 2026-01-14

Technical Story: the discussion in issue #12.

## Context and Problem Statement

Which format?

## Considered Options

* MADR

## Decision Outcome

Chosen option: "MADR".
MD
cp "$GOVLOG_SOURCE_DIR/examples/os2display-governance/docs/decisions/0005-driftsvindue.md" \
	"$repo/docs/decisions/0004-driftsvindue.md"
before3=$(fields "$repo" docs/decisions/0003-use-madr.md)
before4=$(fields "$repo" docs/decisions/0004-driftsvindue.md)
run_govlog "$repo" fmt --write --profile madr docs/decisions/0003-use-madr.md docs/decisions/0004-driftsvindue.md
expect_line "$(cat "$repo/docs/decisions/0003-use-madr.md")" "Technical Story: the discussion in issue #12." \
	"text between the metadata and the first section is kept"
if [ "$(fields "$repo" docs/decisions/0003-use-madr.md)" = "$before3" ] &&
	[ "$(fields "$repo" docs/decisions/0004-driftsvindue.md)" = "$before4" ]; then
	pass "bullet and checkbox records keep their canonical fields"
else
	fail "fields changed: $before3 / $before4"
fi
expect_line "$(cat "$repo/docs/decisions/0004-driftsvindue.md")" "- [ ] Godkendt af styregruppen - Dato:" \
	"the checkbox approval trail is kept (front matter cannot hold it)"
run_govlog "$repo" check
expect_no_line "$err" ": error:" "check accepts the rewritten MADR 2 and checkbox records"

run_govlog "$repo" fmt --write --profile os2-da docs/decisions/0002-udgivelsesrytme.md
expect_line "$(head -1 "$repo/docs/decisions/0002-udgivelsesrytme.md")" "# [ODR] Fast udgivelsesrytme" \
	"back to the Danish bullet form"
expect_line "$(cat "$repo/docs/decisions/0002-udgivelsesrytme.md")" "- **Beslutningstype**: Operationel" \
	"with its type"
if [ "$(fields "$repo" docs/decisions/0002-udgivelsesrytme.md)" = "$before2" ]; then
	pass "the round trip keeps the canonical fields"
else
	fail "fields changed: $before2 → $(fields "$repo" docs/decisions/0002-udgivelsesrytme.md)"
fi
run_govlog "$repo" fmt --profile os2-da docs/decisions/0002-udgivelsesrytme.md
expect_status 0 "the rewritten record is canonical"
finish
