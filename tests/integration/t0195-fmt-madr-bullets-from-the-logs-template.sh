#!/bin/sh
# A log whose own template writes MADR 2's metadata list ("- Status: …",
# log4brains' template and many MADR 2 logs') is read by tools that know only
# that list: log4brains shows a record without a "- Status:" line as accepted,
# and without "- Date:" sorts it by its Git date. fmt's madr form keeps the
# list there, in place, with the items it does not know ("- Tags: …"); a
# Status section becomes a "- Status:" line; a package folder without a
# template of its own writes as the project's template does. A log without
# such a template still gets MADR 3's front matter.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo log4brains-like)
mkdir -p "$repo/docs/adr" "$repo/packages/web/docs/adr"
cat >"$repo/.log4brains.yml" <<'YML'
---
project:
  name: shop
  adrFolder: ./docs/adr
  packages:
    - name: web
      path: ./packages/web
      adrFolder: ./packages/web/docs/adr
YML
cat >"$repo/docs/adr/template.md" <<'MD'
# [short title of solved problem and solution]

- Status: [draft | proposed | rejected | accepted | deprecated | … | superseded by [xxx](yyyymmdd-xxx.md)] <!-- optional -->
- Deciders: [list everyone involved in the decision] <!-- optional -->
- Date: [YYYY-MM-DD when the decision was last updated] <!-- optional -->
- Tags: [space and/or comma separated list of tags] <!-- optional -->

## Context and Problem Statement

[Describe the context and problem statement.]

## Considered Options

- [option 1]

## Decision Outcome

Chosen option: "[option 1]", because [justification].
MD
cat >"$repo/docs/adr/20250310-use-postgres-for-orders.md" <<'MD'
# Use Postgres for orders

- Status: Accepted
- Deciders: Mia Berg, Jonas Lund
- Date: 10/03/2025
- Tags: storage, backend

## Context and Problem Statement

Orders live in three spreadsheets today.

## Considered Options

- Postgres
- SQLite

## Decision Outcome

Chosen option: "Postgres", because the hosting has it.
MD
cat >"$repo/packages/web/docs/adr/20250402-render-on-the-server.md" <<'MD'
# Render pages on the server

* Status: proposed
* Date: 2025-04-02
* Tags: frontend

## Context and Problem Statement

The first paint takes four seconds on a phone.

## Considered Options

* Server rendering
* A skeleton screen

## Decision Outcome

Chosen option: "Server rendering", because it paints in one round trip.
MD
cat >"$repo/docs/adr/20250501-keep-a-changelog.md" <<'MD'
# Keep a changelog

## Status

Accepted

## Context and Problem Statement

Nobody knows what changed in a release.

## Considered Options

- A changelog file
- Release notes on the site

## Decision Outcome

Chosen option: "A changelog file", because it travels with the code.
MD
commit_all "$repo" "docs: three decisions from the log's template"

run_govlog "$repo" fmt --write
expect_status 0 "fmt writes the log"
f="$repo/docs/adr/20250310-use-postgres-for-orders.md"
if [ "$(sed -n 1,7p "$f")" = "$(printf '%s\n' '# Use Postgres for orders' '' '- Status: Accepted' '- Deciders: Mia Berg, Jonas Lund' '- Date: 2025-03-10' '- Tags: storage, backend' '')" ]; then
	pass "the list stays a list under the title, its unknown item in it, the date ISO"
else
	fail "the list was rewritten as: $(sed -n 1,8p "$f")"
fi
expect_no_line "$(cat "$f")" "---" "no front matter, which log4brains does not read"
g="$repo/packages/web/docs/adr/20250402-render-on-the-server.md"
if [ "$(sed -n 1,6p "$g")" = "$(printf '%s\n' '# Render pages on the server' '' '* Status: proposed' '* Date: 2025-04-02' '* Tags: frontend' '')" ]; then
	pass "a package folder without a template writes as the project's, with its own '*' marker"
else
	fail "the package's record became: $(sed -n 1,7p "$g")"
fi
h="$repo/docs/adr/20250501-keep-a-changelog.md"
if [ "$(sed -n 1,5p "$h")" = "$(printf '%s\n' '# Keep a changelog' '' '- Status: Accepted' '' '## Context and Problem Statement')" ]; then
	pass "a Status section becomes the template's '- Status:' line"
else
	fail "the Status section became: $(sed -n 1,6p "$h")"
fi
run_govlog "$repo" fmt
expect_status 0 "a second fmt has nothing to change"
expect_no_line "$out" "diff --git" "no diff after the first"
run_govlog "$repo" list --format csv
expect_line "$out" "20250501-keep-a-changelog,Keep a changelog,,accepted" "the rewritten status reads back"

# The same record where the log has no template: MADR 3's front matter.
plain=$(new_repo madr-no-template)
mkdir -p "$plain/docs/decisions"
sed 's/^- Date: 10\/03\/2025$/- Date: 2025-03-10/' \
	"$repo/docs/adr/20250310-use-postgres-for-orders.md" >"$plain/docs/decisions/0001-use-postgres-for-orders.md"
commit_all "$plain" "docs: one decision"
run_govlog "$plain" fmt
expect_line "$out" "+status: Accepted" "without a template of bullets, madr's front matter"
finish
