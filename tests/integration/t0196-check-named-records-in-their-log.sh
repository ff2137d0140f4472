#!/bin/sh
# `govlog check FILE` judges the named record as `govlog check` does, within
# its log: a link or ID naming another record resolves against every record,
# and the folder's own template (also one under a name of its own, as
# Backstage's "adr000-template.md") says what it requires. Only the named
# records are reported on and counted. From inside the decision folder the
# records are "0002-x.md", and their links resolve. The pre-commit hook,
# fired by a real `git commit`, finds the own-named template as well.
. "$(dirname "$0")/../test-lib.sh"
PATH="$(dirname "$GOVLOG"):$PATH"

# nygard FILE NUMBER TITLE STATUS-LINES: an adr-tools record.
nygard() {
	printf '# %s. %s\n\nDate: 2026-03-0%s\n\n## Status\n\n%b\n\n## Context\n\nThe context.\n\n## Decision\n\nWe do it.\n\n## Consequences\n\nSome.\n' \
		"$2" "$3" "$2" "$4" >"$1"
}
repo=$(new_repo adr-tools)
d="$repo/doc/adr"
mkdir -p "$d" "$repo/notes"
nygard "$d/0001-use-mysql.md" 1 "Use MySQL" "Superseded by [2. Use PostgreSQL](0002-use-postgresql.md)"
nygard "$d/0002-use-postgresql.md" 2 "Use PostgreSQL" "Accepted\n\nSupersedes [1. Use MySQL](0001-use-mysql.md)"
nygard "$d/0003-cache-in-redis.md" 3 "Cache in Redis" "Acepted"
nygard "$d/0004-queue-in-redis.md" 4 "Queue in Redis" "Accepted\n\nAmends [9. Use Kafka](0009-use-kafka.md)"
commit_all "$repo" "docs: four decisions"

run_govlog "$repo" check doc/adr/0001-use-mysql.md
expect_status 0 "a record superseded by another passes when named alone"
expect_no_line "$err" "[link/unknown-record]" "its successor is a record of the log"
expect_line "$err" "1 record checked, no problems found" "one record is counted"

run_govlog "$repo" check doc/adr/0003-cache-in-redis.md
expect_status 1 "a misspelt status fails the named record"
expect_line "$err" "doc/adr/0003-cache-in-redis.md:7:1: error: unknown status 'Acepted'" "the finding names the record"
expect_line "$err" "1 error, 0 warnings in 1 record" "and counts it alone"

run_govlog "$repo" check doc/adr/0002-use-postgresql.md doc/adr/0004-queue-in-redis.md
expect_status 1 "a link to a record that does not exist still fails"
expect_line "$err" "doc/adr/0004-queue-in-redis.md:9:8: error: link to '0009-use-kafka.md' leads to no file" \
	"the missing record is named"
expect_no_line "$err" "0003-cache-in-redis.md" "a record not named is not reported on"
expect_line "$err" "in 2 records" "the two named records are counted"

# From inside the decision folder: paths as the user sees them, links resolved.
run_govlog "$d" check
expect_no_line "$err" "[link/unknown-record]" "links resolve from inside the folder"
expect_no_line "$err" "./0003" "paths have no './'"
expect_line "$err" "0003-cache-in-redis.md:7:1: error: unknown status 'Acepted'" "findings still come"
run_govlog "$d" check 0001-use-mysql.md
expect_status 0 "a record named from inside the folder passes"
run_govlog "$d" check ./0003-cache-in-redis.md
expect_status 1 "and the misspelt one fails"

# The repository named as ".": the same paths, the same links resolved.
run_govlog "$repo" check .
expect_no_line "$err" "[link/unknown-record]" "links resolve when the log is read as '.'"
expect_line "$err" "doc/adr/0003-cache-in-redis.md:7:1: error: unknown status 'Acepted'" "and paths have no './' there either"

# A configured folder that does not exist yet holds no record: the named one is still judged.
printf 'decisions:\n  folders: [doc/adr, doc/strategy]\n' >"$repo/.govlog.yml"
run_govlog "$repo" check doc/adr/0001-use-mysql.md
expect_status 0 "a folder of the configuration still to be made is no error"
expect_no_line "$err" "[link/unknown-record]" "and the successor is still found"
rm "$repo/.govlog.yml"

# A Markdown file outside the log is still checked on its own.
cp "$d/0003-cache-in-redis.md" "$repo/notes/0001-draft.md"
run_govlog "$repo" check notes/0001-draft.md
expect_line "$err" "notes/0001-draft.md:7:1: error: unknown status 'Acepted'" "a file outside the log is checked alone"

# An OS2 log in Danish: "Erstattet af" names the successor by its file.
os2() {
	printf -- '# %s\n\n- **Dato**: 2026-02-10\n- **Status**: %s\n- **Beslutningstagere**: Koordinationsgruppen\n\n## Kontekst\n\nDer skal besluttes.\n\n## Beslutning\n\nVi gør det.\n\n## Konsekvenser\n\nIngen.\n' \
		"$2" "$3" >"$1"
}
da=$(new_repo os2)
mkdir -p "$da/beslutninger"
os2 "$da/beslutninger/0001-drift-hos-leverandoer.md" "Drift hos én leverandør" "Erstattet af [0002](0002-drift-i-faelles-platform.md)"
os2 "$da/beslutninger/0002-drift-i-faelles-platform.md" "Drift i fælles platform" "Godkendt"
commit_all "$da" "docs: to beslutninger"
run_govlog "$da" check beslutninger/0001-drift-hos-leverandoer.md
expect_no_line "$err" "[link/unknown-record]" "Danish: the successor is found"
expect_line "$err" "1 beslutning" "Danish: one record is counted, in Danish"

# Backstage's template under a name of its own writes a Status heading and no Date.
bs=$(new_repo backstage)
b="$bs/docs/adr"
mkdir -p "$b"
cat >"$b/adr000-template.md" <<'MD'
---
id: adrs-adr000
title: 'ADR000: [TITLE]'
description: Architecture Decision Record (ADR) for [TITLE]
---

## Status

Proposed

## Context

What is the issue that we're seeing?

## Decision

What is the change that we're proposing?

## Consequences

What becomes easier or more difficult?
MD
for n in 1 2; do
	cat >"$b/adr00$n-decision-$n.md" <<MD
---
id: adrs-adr00$n
title: 'ADR00$n: Decision $n'
description: Architecture Decision Record (ADR) log on decision $n
---

## Status

Accepted

## Context

The context of decision $n.

## Decision

We decide $n.

## Consequences

Easier.
MD
done
commit_all "$bs" "docs: two decisions"
run_govlog "$bs" check docs/adr/adr002-decision-2.md
expect_status 0 "one record of a log whose template writes no Date passes"
expect_no_line "$err" "missing required field 'Date'" "the template, not the profile, asks for fields"

run_govlog "$bs" init --hooks
sed -i '/^## Consequences/,$d' "$b/adr002-decision-2.md"
git -C "$bs" add -A
run_git "$bs" commit -q -m "docs: shorten decision 2"
expect_status 1 "git commit refuses the record without its Consequences"
expect_line "$err" "hint: the log's template 'docs/adr/adr000-template.md' requires the sections 'Context', 'Decision', 'Consequences'" \
	"the hook names the log's own template"
expect_no_line "$err" "missing required field 'Date'" "the hook asks for no Date"
finish
