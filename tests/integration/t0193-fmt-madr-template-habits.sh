#!/bin/sh
# Records written from MADR 4's own template are in madr's form already:
# a blank line between the front matter and the title, `decision-makers:`,
# a YAML comment after a value, quoted scalars. fmt has nothing to change in
# them, and check finds nothing in them either. A record written with MADR
# 4's bullets keeps the key "decision-makers" when fmt moves it into front matter.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo madr4-template)
d="$repo/docs/decisions"
mkdir -p "$d"
cat >"$d/0001-store-settings-as-strings.md" <<'MD'
---
status: "accepted"
date: 2026-09-14
decision-makers: Platform team
consulted: Product owner
informed: Support
---

# Store settings as strings with a declared type

## Context and Problem Statement

The settings API must hold values whose shape we do not know yet.

## Considered Options

* Strings with a type field
* JSON values

## Decision Outcome

Chosen option: "Strings with a type field", because every client can read them.

### Consequences

* Good, because any value fits.
* Bad, because each value is parsed when it is read.
MD
cat >"$d/0002-keep-invoices-apart.md" <<'MD'
---
status: "accepted"
date: 2026-10-06  # agreed in the weekly call
decision-makers: [mkowalik, aholm]
---

# Keep invoices the accountant has not seen apart

## Context and Problem Statement

Some invoices never reach the accountant ([0001](0001-store-settings-as-strings.md) does not say how to mark them).

## Considered Options

* A separate switch
* A status value

## Decision Outcome

Chosen option: "A separate switch", because the reports stay honest.
MD
commit_all "$repo" "docs: two decisions"

run_govlog "$repo" check
expect_status 0 "check"
run_govlog "$repo" fmt
expect_status 0 "fmt"
[ -z "$out" ] && pass "fmt has nothing to change in MADR 4's own form" || fail "fmt would change: $out"
run_govlog "$repo" fmt --write
git -C "$repo" diff --quiet && pass "fmt --write keeps every byte" || fail "changed: $(git -C "$repo" diff)"
run_govlog "$repo" show 2 --meta
expect_line "$out" "aholm" "the decision-makers of a flow list read back"

# A MADR 4 record written with bullets keeps MADR 4's word in front matter.
cat >"$d/0003-one-chart.md" <<'MD'
# Ship the console in the one Helm chart

- Status: accepted
- Date: 2024-02-19
- Decision-makers: Platform team

## Context and Problem Statement

The console lacked probes and metrics.

## Considered Options

- In the chart
- On its own

## Decision Outcome

Chosen option: "In the chart", because operators expect one chart.
MD
run_govlog "$repo" fmt --write docs/decisions/0003-one-chart.md
expect_status 0 "fmt --write of a bullet record"
expect_line "$(sed -n '2,/^---$/p' "$d/0003-one-chart.md")" "decision-makers: Platform team" \
	"its decision-makers keep MADR 4's key"

# Comments between the front matter and the title stay above it: MADR's own
# records disable a markdownlint rule for the title there.
cat >"$d/0004-confirmation-heading.md" <<'MD'
---
parent: Decisions
nav_order: 4
status: accepted
date: 2024-03-02
---
<!-- the site's home page has its own level-1 heading -->
<!-- markdownlint-disable-next-line MD025 -->
# Use "Confirmation" as heading

## Context and Problem Statement

How do we name the check that a decision was carried out?

## Considered Options

- Confirmation
- Validation

## Decision Outcome

Chosen option: "Confirmation", because it says what happens.
MD
git -C "$repo" add -A >/dev/null
run_govlog "$repo" fmt docs/decisions/0004-confirmation-heading.md
expect_status 0 "fmt of a record with comments over its title"
[ -z "$out" ] && pass "nothing to change: the comments stay over the title" || fail "fmt would change: $out"
expect_no_line "$err" "left as it is" "and the record is not refused"

finish
