#!/bin/sh
# govlog status edits only the status (and supersede links) in each of the
# four metadata styles, in the record's language, keeping every other byte:
# CRLF, a BOM and a Markdown hard break survive.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo status)
d="$repo/beslutninger"
mkdir -p "$d"
printf '\357\273\277# [SDR] Fælles hosting\r\n\r\n- **Dato**: 2026-05-01\r\n- **Status**: Forslag  \r\n- **Beslutningstagere**: Styregruppen\r\n- **Beslutningstype**: Strategisk\r\n\r\n## Kontekst / Årsag\r\n\r\nTekst.\r\n\r\n## Beslutning\r\n\r\nTekst.\r\n\r\n## Konsekvenser\r\n\r\nTekst.\r\n' >"$d/0001-faelles-hosting.md"
cat >"$d/0002-madr.md" <<'MD'
---
status: proposed # still open
date: 2026-05-02
deciders: Ada
---
# Use MADR

## Context and Problem Statement

x

## Considered Options

* A

## Decision Outcome

A.
MD
cat >"$d/0003-nygard.md" <<'MD'
# 3. Use adr-tools

Date: 2026-05-03

## Status

Proposed

## Context

c

## Decision

d

## Consequences

e
MD
cat >"$d/0004-driftsvindue.md" <<'MD'
# [ODR] Driftsvindue

- **Beslutningstagere**: Koordinationsgruppen
- **Beslutningstype**: Operationel

## Status

- [x] Udkast - Dato: 2026-05-04
- [ ] Godkendt af koordinationsgruppen - Dato:
- [ ] Afvist - Dato:

## Kontekst / Årsag

x

## Beslutning

y

## Konsekvenser

z
MD
commit_all "$repo" "docs: four styles"
cp -R "$d" "$TEST_DIR/before"

# changed FILE: the lines that differ from the copy taken before, both sides.
changed() {
	diff "$TEST_DIR/before/$1" "$d/$1" | grep '^[<>]' || true
}

run_govlog "$repo" status ADR-0001 Godkendt --note "på styregruppemødet den 4. juni 2026" --date 2026-06-04
expect_status 0 "status on a bullet record (BOM, CRLF)"
expect_line "$(changed 0001-faelles-hosting.md)" "> - **Status**: Godkendt på styregruppemødet den 4. juni 2026  " \
	"the Danish status word typed (Godkendt), the note, the hard break and CRLF kept"
expect_line "$(changed 0001-faelles-hosting.md)" "> - **Dato**: 2026-06-04" "the date field follows --date"
lines=$(changed 0001-faelles-hosting.md | wc -l)
if [ "$lines" -eq 4 ]; then pass "only the status and date lines changed"; else fail "$lines lines changed"; fi
if head -c 3 "$d/0001-faelles-hosting.md" | od -An -tx1 | grep -q 'ef bb bf'; then pass "the BOM is kept"; else fail "BOM lost"; fi
crlf=$(grep -c "$(printf '\r')$" "$d/0001-faelles-hosting.md")
if [ "$crlf" -eq 18 ]; then pass "every line still ends in CRLF"; else fail "$crlf CRLF lines"; fi

run_govlog "$repo" status ADR-0002 accepted --by "Ada, Bo"
expect_status 0 "status in front matter"
expect_line "$(changed 0002-madr.md)" "> deciders: Ada, Bo" "--by sets the deciders"
expect_line "$(changed 0002-madr.md)" "> status: accepted # still open" \
	"front matter keeps its lower-case English and the comment"
lines=$(changed 0002-madr.md | wc -l)
if [ "$lines" -eq 4 ]; then pass "only the status and deciders lines changed"; else fail "$lines lines changed"; fi

run_govlog "$repo" status ADR-0003 rejected
expect_line "$(changed 0003-nygard.md)" "> Rejected" "the Status paragraph"
lines=$(changed 0003-nygard.md | wc -l)
if [ "$lines" -eq 2 ]; then pass "only the Status paragraph changed"; else fail "$lines lines changed"; fi

run_govlog "$repo" status ADR-0004 accepted --date 2026-06-10
expect_status 0 "status in a checkbox list"
expect_line "$(changed 0004-driftsvindue.md)" "> - [x] Godkendt af koordinationsgruppen - Dato: 2026-06-10" \
	"the matching box is ticked and dated"
lines=$(changed 0004-driftsvindue.md | wc -l)
if [ "$lines" -eq 2 ]; then pass "only that box changed"; else fail "$lines lines changed"; fi

run_govlog "$repo" list --format csv
expect_line "$out" "ADR-0001,[SDR] Fælles hosting,SDR,accepted," "the bullet record reads as accepted"
expect_line "$out" "ADR-0004,[ODR] Driftsvindue,ODR,accepted," "the checkbox record reads as accepted"

cp "$d/0003-nygard.md" "$TEST_DIR/nygard.kept"
run_govlog "$repo" status ADR-0003 accepted
expect_status 2 "rejected → accepted is not in the lifecycle"
if cmp -s "$d/0003-nygard.md" "$TEST_DIR/nygard.kept"; then pass "nothing written"; else fail "file changed"; fi
run_govlog "$repo" status ADR-0099 accepted
expect_status 2 "an unknown ID"
run_govlog "$repo" status ADR-0001 superseded
expect_status 2 "superseded without its successor"

# Superseding updates both records, each in its own language and style.
cat >"$d/0005-ny-hosting.md" <<'MD'
# [SDR] Ny hosting

- **Dato**: 2026-07-01
- **Status**: Godkendt
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Strategisk

## Kontekst / Årsag

x

## Beslutning

y

## Konsekvenser

z
MD
cp "$d/0005-ny-hosting.md" "$TEST_DIR/before/"
cp "$d/0001-faelles-hosting.md" "$TEST_DIR/before/"
run_govlog "$repo" status ADR-0001 superseded --successor ADR-0005
expect_status 0 "superseded with a successor"
expect_line "$(changed 0001-faelles-hosting.md)" "> - **Status**: Erstattet af ADR-0005" "Danish: Erstattet af"
expect_line "$(changed 0005-ny-hosting.md)" "> - **Erstatter**: ADR-0001" "the successor names what it supersedes"
lines=$(changed 0005-ny-hosting.md | wc -l)
if [ "$lines" -eq 1 ]; then pass "one line added to the successor"; else fail "$lines lines changed"; fi
run_govlog "$repo" check
expect_no_line "$err" "[link/" "the two records name each other"
expect_no_line "$err" ": error:" "check is clean after the edits"
finish
