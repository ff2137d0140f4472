#!/bin/sh
# Nygard logs written by hand drift from adr-tools' own output: the date in a
# "## Date" section of its own, titles that name their ID ("ADR-0012: …",
# "ADR 0008 — …") and hold inline code. check reads the date from its section;
# fmt adds no second number to such a title and keeps its Markdown when it
# writes the title anew (an [ADR] code added in the os2 form).
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo nygard-varianter)
d="$repo/docs/adr"
mkdir -p "$d"
cat >"$d/0012-deprecate-the-global-type.md" <<'MD'
# ADR-0012: Deprecate the global `type` field

## Status

Superseded by [ADR-0014](./0014-type-as-taxonomy.md)

## Date

2026-04-11

## Context

The top-level `type` field misleads the adapters.

## Decision

Each adapter decides its own format.

## Consequences

The field goes.
MD
cat >"$d/0014-type-as-taxonomy.md" <<'MD'
# ADR-0014: Use `type` as an asset taxonomy

## Status

Accepted

Supersedes [ADR-0012](./0012-deprecate-the-global-type.md)

## Date

2026-13-02

## Context

The field is free again.

## Decision

It names the kind of asset.

## Consequences

Adapters ignore it.
MD
cat >"$d/0015-run-make-check.md" <<'MD'
# Run `make check` in *every* pipeline

Date: 2026-05-20

## Status

Accepted

## Context

Pipelines differ.

## Decision

Every pipeline runs the same target.

## Consequences

One place to change.
MD
commit_all "$repo" "docs: three decisions"

run_govlog "$repo" check
expect_status 1 "check (one impossible date)"
expect_no_line "$err" "missing required field 'Date'" "a date in its own section is the record's date"
expect_line "$err" "docs/adr/0014-type-as-taxonomy.md:11:1:" "an impossible one there is named at its line"
run_govlog "$repo" list --format csv
expect_line "$out" "ADR-0012,ADR-0012: Deprecate the global type field,,superseded,Superseded by [ADR-0014](./0014-type-as-taxonomy.md),2026-04-11" \
	"list shows the date from the section"

run_govlog "$repo" fmt --profile nygard docs/adr/0012-deprecate-the-global-type.md \
	docs/adr/0014-type-as-taxonomy.md
expect_no_line "$out" "# 12. ADR-0012" "a title that names its ID gets no number before it"
[ -z "$out" ] && pass "nothing else to change in adr-tools' form" || fail "fmt would change: $out"

run_govlog "$repo" fmt --profile nygard docs/adr/0015-run-make-check.md
expect_line "$out" "+# 15. Run \`make check\` in *every* pipeline" \
	"a title written anew with its number keeps its code and emphasis"

finish
