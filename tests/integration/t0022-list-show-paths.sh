#!/bin/sh
# Logs where real projects keep them (docs/madr/decisions, every package of a
# log4brains multi-package project), and list and show on the paths a user
# names, like check.
. "$(dirname "$0")/../test-lib.sh"

# madr DIR FILE TITLE STATUS: a MADR 4 record.
madr() {
	mkdir -p "$1"
	cat >"$1/$2" <<MD
---
status: $4
date: 2026-02-02
---

# $3

## Context and Problem Statement

c

## Considered Options

* a
* b

## Decision Outcome

Chosen option: "a", because it fits.
MD
}

repo=$(new_repo madr)
madr "$repo/docs/madr/decisions" 0001-use-madr.md "Use MADR" accepted
run_govlog "$repo" list --format csv
expect_status 0 "list in a repository whose log is docs/madr/decisions"
expect_line "$out" ",docs/madr/decisions/0001-use-madr.md" "docs/madr/decisions is found"
for folder in docs/architecture-decisions architecture-decision-records; do
	repo=$(new_repo "found-$(basename "$folder")")
	madr "$repo/$folder" 0002-use-kafka.md "Use Kafka" proposed
	run_govlog "$repo" list --format csv
	expect_line "$out" ",$folder/0002-use-kafka.md" "$folder is found without a configuration"
done

repo=$(new_repo log4brains)
cat >"$repo/.log4brains.yml" <<'YML'
---
project:
  name: platform
  tz: Europe/Copenhagen
  adrFolder: ./docs/adr

  packages:
    - name: booking
      path: ./packages/booking
      adrFolder: ./packages/booking/docs/adr
    - name: payments
      path: ./packages/payments
      adrFolder: ./packages/payments/adr
YML
madr "$repo/docs/adr" 20260101-use-a-monorepo.md "Use a monorepo" accepted
madr "$repo/packages/booking/docs/adr" 20260115-use-postgresql.md "Use PostgreSQL" accepted
madr "$repo/packages/payments/adr" 20260201-use-nets-easy.md "Use Nets Easy" proposed
run_govlog "$repo" list --format csv
expect_status 0 "list in a log4brains multi-package project"
expect_line "$out" ",docs/adr/20260101-use-a-monorepo.md" "the project's adrFolder is read"
expect_line "$out" ",packages/booking/docs/adr/20260115-use-postgresql.md" "a package's adrFolder is read"
expect_line "$out" ",packages/payments/adr/20260201-use-nets-easy.md" "every package's adrFolder is read"

run_govlog "$repo" list packages/payments/adr --format csv
expect_status 0 "list PATH"
expect_line "$out" ",packages/payments/adr/20260201-use-nets-easy.md" "list PATH lists the folder's records"
expect_no_line "$out" "booking" "and no other folder's"

run_govlog "$repo" show 20260115-use-postgresql packages/booking/docs/adr --meta
expect_status 0 "show ID PATH"
expect_line "$out" "title:       Use PostgreSQL" "show ID PATH finds the record in the folder named"
run_govlog "$repo" show 20260201-use-nets-easy docs/adr
expect_status 2 "show ID PATH of a record outside PATH"
run_govlog "$repo/packages/booking" show docs/adr/20260115-use-postgresql.md --meta
expect_status 0 "show FILE, relative to the current folder"
expect_line "$out" "status:      accepted" "show FILE gives the record's metadata"
expect_line "$out" "path:        docs/adr/20260115-use-postgresql.md" "as the path was given"
run_govlog "$repo" show packages/payments/adr/20260201-use-nets-easy.md
expect_line "$out" "# Use Nets Easy" "show FILE prints the record's text"
finish
