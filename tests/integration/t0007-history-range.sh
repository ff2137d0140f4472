#!/bin/sh
# govlog check --range: the text of an accepted decision is frozen, status
# moves only along the lifecycle, renames are not new records, and a number
# both branches took is a duplicate.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo history)
d="$repo/beslutninger"
mkdir -p "$d"

# os2 FILE TITLE STATUS [DECISION-TEXT]: an OS2 record.
os2() {
	cat >"$d/$1" <<MD
# [SDR] $2

- **Dato**: 2026-03-04
- **Status**: $3
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Strategisk

## Kontekst / Årsag

Der er behov for en beslutning om $2.

## Beslutning

${4:-Vi gør det.}

## Konsekvenser

Alle følger beslutningen.
MD
}

os2 0001-hosting.md "hosting" Godkendt
os2 0002-support.md "support" Forslag
commit_all "$repo" "docs(decisions): hosting and support"
git -C "$repo" branch -q base

# Editing the decision text of an accepted record is refused, with the commit.
os2 0001-hosting.md "hosting" Godkendt "Vi gør det alligevel ikke."
commit_all "$repo" "docs: rethink hosting"
frozen=$(git -C "$repo" rev-parse --short=7 HEAD)
run_govlog "$repo" check --range base..HEAD
expect_status 1 "an edited accepted decision"
expect_line "$err" "beslutninger/0001-hosting.md:12:1: fejl: afsnittet 'Beslutning' i den vedtagne beslutning ADR-0001 blev ændret i $frozen (docs: rethink hosting): nægtelsen 'ikke' blev tilføjet [decision/frozen]" \
	"decision/frozen names the section, the commit and the path"
run_govlog "$repo" check
expect_status 0 "without --range the same tree is clean"
git -C "$repo" reset -q --hard base

# Superseding it, with a reciprocal successor, touches only status and links: clean.
os2 0001-hosting.md "hosting" "Erstattet af ADR-0003"
sed -i 's/^- \*\*Beslutningstype\*\*: Strategisk$/&\n- **Erstattet af**: ADR-0003/' "$d/0001-hosting.md"
os2 0003-ny-hosting.md "ny hosting" Godkendt
sed -i 's/^- \*\*Beslutningstype\*\*: Strategisk$/&\n- **Erstatter**: ADR-0001/' "$d/0003-ny-hosting.md"
commit_all "$repo" "docs(decisions): new hosting supersedes the old"
run_govlog "$repo" check --range base..HEAD
expect_status 0 "accepted → superseded with a successor is clean"

# proposed → superseded skips a step; accepted → proposed goes backwards.
os2 0002-support.md "support" Erstattet
commit_all "$repo" "docs: drop support"
run_govlog "$repo" check --range base..HEAD
expect_status 1 "proposed → superseded"
expect_line "$err" "beslutninger/0002-support.md:4:15: fejl: status blev ændret fra forslag til erstattet i" \
	"status/transition at the status value"
expect_line "$err" "[status/transition]" "status/transition has its rule id"
git -C "$repo" reset -q --hard HEAD~1

# A rename is not a new record, and not a change of its text.
git -C "$repo" mv beslutninger/0002-support.md beslutninger/0002-support-til-kommuner.md
commit_all "$repo" "docs: clearer name"
run_govlog "$repo" check --range base..HEAD
expect_status 0 "a renamed record is the same record"

# Two branches that each add number 0004: the second is told when checked against main.
git -C "$repo" checkout -q -b feature
os2 0004-feature.md "en ny funktion" Forslag
commit_all "$repo" "docs(decisions): a feature decision"
git -C "$repo" checkout -q main
os2 0004-drift.md "drift" Forslag
commit_all "$repo" "docs(decisions): an operations decision"
git -C "$repo" checkout -q feature
run_govlog "$repo" check --range main..HEAD
expect_status 1 "the same number on both branches"
expect_line "$err" "beslutninger/0004-feature.md:1:3: fejl: ID'et 'ADR-0004' er brugt to gange: målgrenen har tilføjet beslutninger/0004-drift.md med samme ID, siden denne gren blev oprettet [id/duplicate]" \
	"id/duplicate against the target branch"
run_govlog "$repo" check
expect_status 0 "the branch alone has no duplicate"

run_govlog "$repo" check --range no-such-branch..HEAD
expect_status 2 "a range that does not resolve is a usage error"
expect_line "$err" "kan ikke læse intervallet: dets start 'no-such-branch' peger ikke på noget commit her" \
	"the bad range is explained, in the log's Danish"

git clone -q --depth 1 "file://$repo" "$TEST_DIR/shallow"
run_govlog "$TEST_DIR/shallow" check --range HEAD~3..HEAD
expect_status 3 "a shallow clone lacks the history"
expect_line "$err" "shallow clone" "the message says the clone is shallow"
finish
