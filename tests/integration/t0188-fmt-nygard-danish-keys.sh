#!/bin/sh
# adr-tools records written in Danish keep their Danish keys through fmt: the
# date line stays "Dato:" (its value made ISO), a supersede line written into
# the Status section as "Erstatter …" stays as written, and an English record
# beside them keeps "Date:". A Danish log whose adr-tools records were
# rewritten to English keys would get a diff no reviewer accepts.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo dansk-adr)
d="$repo/doc/adr"
mkdir -p "$d"
cat >"$d/0001-record-architecture-decisions.md" <<'MD'
# 1. Record architecture decisions

Date: 12-01-2026

## Status

Accepted

## Context

We need to record the architectural decisions made on this project.

## Decision

We will use Architecture Decision Records.

## Consequences

See Michael Nygard's article.
MD
cat >"$d/0002-brug-postgresql.md" <<'MD'
# 2. Brug PostgreSQL

Dato: 04-02-2026

## Status

Accepteret

## Kontekst

Leverandørerne skal bruge samme database.

## Beslutning

Vi bruger PostgreSQL 16.

## Konsekvenser

Driften lærer PostgreSQL.
MD
cat >"$d/0003-brug-mariadb.md" <<'MD'
# 3. Brug MariaDB

Dato: 5. marts 2026

## Status

Accepteret

Erstatter [2. Brug PostgreSQL](0002-brug-postgresql.md)

## Kontekst

Driften kender MariaDB bedre.

## Beslutning

Vi bruger MariaDB.

## Konsekvenser

Data flyttes.
MD
commit_all "$repo" "docs: tre beslutninger"

run_govlog "$repo" fmt --write
expect_status 0 "fmt --write"
expect_line "$(sed -n 3p "$d/0002-brug-postgresql.md")" "Dato: 2026-02-04" \
	"a Danish record keeps 'Dato:', its date made ISO"
expect_no_line "$(cat "$d/0002-brug-postgresql.md")" "Date:" "no English key in the Danish record"
expect_line "$(sed -n 3p "$d/0003-brug-mariadb.md")" "Dato: 2026-03-05" \
	"a date in words ('5. marts 2026') made ISO under 'Dato:'"
expect_line "$(cat "$d/0003-brug-mariadb.md")" "Erstatter [2. Brug PostgreSQL](0002-brug-postgresql.md)" \
	"the supersede line stays in Danish"
expect_no_line "$(cat "$d/0003-brug-mariadb.md")" "Supersedes" "and is not turned into English"
expect_line "$(sed -n 3p "$d/0001-record-architecture-decisions.md")" "Date: 2026-01-12" \
	"the English record keeps 'Date:'"

run_govlog "$repo" fmt
[ -z "$out" ] && pass "a second fmt finds nothing to change" || fail "a second fmt would change: $out"
run_govlog "$repo" fmt --canonical-words
expect_no_line "$out" "+Accepted" "canonical words in a Danish record are Danish words"
expect_no_line "$out" "+Date:" "and its keys stay Danish"
run_govlog "$repo" show 3
expect_line "$out" "2026-03-05" "the date reads back"

finish
