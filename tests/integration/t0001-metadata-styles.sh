#!/bin/sh
# The four metadata styles side by side in one folder list with their canonical
# status and ISO date; the folder is clean, so check exits 0.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo styles)
mkdir -p "$repo/docs/decisions"
cd "$repo/docs/decisions"

cat >0001-record-architecture-decisions.md <<'MD'
# 1. Record architecture decisions

Date: 2026-01-13

## Status

Accepted

## Context

We need to record the architectural decisions made on this project.

## Decision

We will use Architecture Decision Records, as described by Michael Nygard.

## Consequences

See Michael Nygard's article, linked above.
MD

cat >0002-use-markdown-any-decision-records.md <<'MD'
---
status: proposed
date: 2026-02-17
deciders: Ada Tester, Bo Jensen
---
# Use Markdown Any Decision Records

## Context and Problem Statement

Which format should we use for decision records?

## Considered Options

* MADR 3.0.0
* Michael Nygard's template

## Decision Outcome

Chosen option: "MADR 3.0.0", because it is lean and structured.
MD

cat >0003-skift-til-ny-hosting.md <<'MD'
# [SDR] Skift til ny hostingleverandør

- **Dato**: 4. juni 2026
- **Status**: Godkendt på styregruppemødet den 4. juni 2026.
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Strategisk

## Kontekst / Årsag

Den nuværende aftale udløber.

## Beslutning

Vi skifter leverandør.

## Konsekvenser

Alle kommuner flyttes i løbet af efteråret.
MD

cat >0004-nyt-driftsvindue.md <<'MD'
# [ODR] Nyt driftsvindue

## Status

- [x] Udkast - Dato: 01-09-2026
- [ ] Godkendt af koordinationsgruppen - Dato:
- [ ] Godkendt af styregruppen - Dato:

## Kontekst / Årsag

Driften ønsker et fast vindue.

## Beslutning

Tirsdag aften kl. 20–22.

## Konsekvenser

Opdateringer planlægges efter vinduet.
MD
commit_all "$repo" "docs: four decision records"

# record_line JSON PATH: the list's JSON object of one record (one per line).
record_line() {
	printf '%s\n' "$1" | grep -F "\"path\": \"docs/decisions/$2\""
}

# expect_record PATH ID STATUS DATE
expect_record() {
	line=$(record_line "$out" "$1") || { fail "$1 not listed"; return; }
	expect_line "$line" "\"id\": \"$2\"" "$1 has ID $2"
	expect_line "$line" "\"status\": \"$3\"" "$1 is $3"
	expect_line "$line" "\"date\": \"$4\"" "$1 is dated $4"
}

run_govlog "$repo" list --format json
expect_status 0 "list --format json"
expect_record 0001-record-architecture-decisions.md ADR-0001 accepted 2026-01-13
expect_record 0002-use-markdown-any-decision-records.md ADR-0002 proposed 2026-02-17
expect_record 0003-skift-til-ny-hosting.md ADR-0003 accepted 2026-06-04
expect_record 0004-nyt-driftsvindue.md ADR-0004 proposed 2026-09-01
line=$(record_line "$out" 0003-skift-til-ny-hosting.md)
expect_line "$line" '"status_raw": "Godkendt på styregruppemødet den 4. juni 2026."' \
	"the OS2 status keeps the text as written"
expect_line "$line" '"type": "SDR"' "the OS2 record is strategic"
expect_line "$(record_line "$out" 0002-use-markdown-any-decision-records.md)" \
	'"deciders": ["Ada Tester", "Bo Jensen"]' "MADR deciders are split"

run_govlog "$repo" list
expect_status 0 "list as a table"
expect_line "$out" "ID" "the table has a header"
expect_line "$(printf '%s\n' "$out" | grep 0004-nyt)" "Udkast" "the table shows the raw status"

# From a subfolder the repository's decision folder is still found.
run_govlog "$repo/docs" check
expect_status 0 "check of a folder without errors, from a subfolder"
expect_line "$err" "0 errors, 2 warnings in 4 records" "the summary counts the records"
expect_line "$err" "decisions/0003-skift-til-ny-hosting.md:3:13: warning: date '4. juni 2026' is not in ISO form: write 2026-06-04 [date/format]" \
	"a date read in Danish form is a date/format warning"

run_govlog "$repo" list --format csv
expect_line "$out" "id,title,type,status,status_raw,date,deciders,path" "csv header"
expect_line "$out" '"Ada Tester, Bo Jensen"' "csv quotes a cell with a comma"
finish
