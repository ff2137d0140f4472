#!/bin/sh
# govlog check --range as the target branch sees history: a pull request that
# proposes a record, accepts it and edits it over several review rounds, merged
# with --no-ff, is review, not a change of a frozen decision; a later edit on
# the main line (as the GitHub web editor makes them) is judged by what it
# changed: hours doubled is decision/frozen, its revert is none, a typo fix is
# decision/edited. A
# decision folder deleted at HEAD is still followed, so is a record moved to
# another folder, and an ID taken again for another decision is id/reused.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo review)

# os2 PATH TITLE STATUS DECISION [CONTEXT [CONSEQUENCES]]: a record of the Danish OS2 log.
os2() {
	mkdir -p "$(dirname "$repo/$1")"
	cat >"$repo/$1" <<MD
# [ODR] $2

- **Dato**: 2026-03-04
- **Status**: $3
- **Beslutningstagere**: Koordinationsgruppen
- **Beslutningstype**: Operationel

## Kontekst / Årsag

${5:-Kommunerne sender fejlmeldinger til den leverandør de kender, og sagerne bliver sendt videre uden at nogen tager ejerskab.}

## Beslutning

$4

## Konsekvenser

${6:-Kommunerne får ét sted at henvende sig.}
MD
}

# nygard PATH NUMBER TITLE DECISION: an adr-tools record, accepted.
nygard() {
	mkdir -p "$(dirname "$repo/$1")"
	cat >"$repo/$1" <<MD
# $2. $3

Date: 2025-06-02

## Status

Accepted

## Context

The order service keeps its data in files on one server.

## Decision

$4

## Consequences

Operations runs one more database.
MD
}

# edit PATH FROM TO: replaces the text FROM by TO in a record, as the web editor would.
edit() {
	sed -i "s|$2|$3|" "$repo/$1"
}

support=beslutninger/0002-faelles-support.md
printf 'arkiv/adr\n' >"$repo/.adr-dir"
nygard arkiv/adr/0005-use-postgresql.md 5 "Use PostgreSQL" "We will use PostgreSQL 15 for the order service."
os2 beslutninger/0001-faelles-testmiljoe.md "Fælles testmiljø" Godkendt \
	"Der etableres ét fælles testmiljø med 2 servere, som alle leverandører deployer til før en release."
commit_all "$repo" "docs: the decision log"
root=$(git -C "$repo" rev-parse HEAD)

# A pull request proposes a record, is reviewed in rounds, accepted in the pull
# request, then edited once more after the word "Godkendt" was written.
git -C "$repo" checkout -q -b forslag/faelles-support
os2 "$support" "Fælles support" Forslag \
	"Hver leverandør afsætter 30 timer om måneden til fælles support, og henvendelser modtages i én fælles kø."
commit_all "$repo" "docs: forslag om fælles support"
edit "$support" "30 timer" "40 timer"
commit_all "$repo" "docs: review, flere timer"
edit "$support" "Status\*\*: Forslag" "Status**: Godkendt"
commit_all "$repo" "docs: godkendt i koordinationsgruppen"
edit "$support" "én fælles kø\." "én fælles kø på GitHub. Timerne afregnes kvartalsvis af leverandørne."
commit_all "$repo" "docs: review efter godkendelse"
git -C "$repo" checkout -q main
git -C "$repo" merge -q --no-ff -m "Merge pull request #12 from kommune/forslag/faelles-support" \
	forslag/faelles-support

run_govlog "$repo" check --range main~1..forslag/faelles-support
expect_status 0 "the pull request's own range: its review rounds are no change"
expect_no_line "$err" "[decision/frozen]" "no decision/frozen in the review rounds"
expect_no_line "$err" "[decision/edited]" "no decision/edited in the review rounds"
git -C "$repo" checkout -q forslag/faelles-support
run_govlog "$repo" check --range "$(git -C "$repo" merge-base main~1 HEAD)..HEAD"
expect_status 0 "on the pull request's branch, from its fork commit"
expect_no_line "$err" "[decision/frozen]" "no decision/frozen from the fork commit"
git -C "$repo" checkout -q main
run_govlog "$repo" check --range "$root..main"
expect_status 0 "the whole history with the merged pull request"
expect_no_line "$err" "[decision/frozen]" "no decision/frozen over the whole history"
expect_no_line "$err" "[decision/edited]" "no decision/edited over the whole history"

# After acceptance on the main line, as the web editor commits: 40 timer becomes 80 timer.
edit "$support" "40 timer" "80 timer"
commit_all "$repo" "Update 0002-faelles-support.md"
doubled=$(git -C "$repo" rev-parse --short=7 HEAD)
frozen_line="beslutninger/0002-faelles-support.md:12:1: fejl: afsnittet 'Beslutning' i den vedtagne beslutning ADR-0002 blev ændret i $doubled (Update 0002-faelles-support.md): tallet '40' blev til '80' [decision/frozen]"
run_govlog "$repo" check --range "$root..main"
expect_status 1 "hours doubled on the main line"
expect_line "$err" "$frozen_line" "decision/frozen says the number changed, over the whole history"
run_govlog "$repo" check --range HEAD~1..HEAD
expect_status 1 "hours doubled, the last commit alone"
expect_line "$err" "$frozen_line" "decision/frozen for the last commit"

# A revert gives the decision back its text: the change was made, the revert is none.
git -C "$repo" revert --no-edit HEAD >/dev/null
reverted=$(git -C "$repo" rev-parse --short=7 HEAD)
run_govlog "$repo" check --range "$root..main"
expect_line "$err" "$frozen_line" "the doubling is still found over the whole history"
expect_no_line "$err" "i $reverted (" "the revert is no change of the decision"

# A misspelt word spelt right is an editorial edit: a warning, never an error.
edit "$support" "af leverandørne\." "af leverandørerne."
commit_all "$repo" "Update 0002-faelles-support.md"
typo=$(git -C "$repo" rev-parse --short=7 HEAD)
run_govlog "$repo" check --range HEAD~1..HEAD
expect_status 0 "a typo fix is no error"
expect_line "$err" "beslutninger/0002-faelles-support.md:12:1: advarsel: den vedtagne beslutning ADR-0002 blev redigeret i $typo (Update 0002-faelles-support.md): stavningen 'leverandørne' blev rettet til 'leverandørerne' [decision/edited]" \
	"the typo fix is decision/edited"
expect_no_line "$err" "[decision/frozen]" "the typo fix is not decision/frozen"

# The staged version against HEAD follows the same line: a typo passes, a number does not.
edit "$support" "kvartalsvis" "kvartalvis"
git -C "$repo" add -A
run_govlog "$repo" hook pre-commit
expect_status 0 "pre-commit: a staged editorial edit passes"
expect_line "$err" "warning: accepted decision ADR-0002 was edited in the staged version" \
	"pre-commit: decision/edited for the staged version"
edit "$support" "40 timer" "90 timer"
git -C "$repo" add -A
run_govlog "$repo" hook pre-commit
expect_status 1 "pre-commit: a staged change of meaning is refused"
expect_line "$err" "the number '40' became '90' [decision/frozen]" "pre-commit: decision/frozen says what changed"
git -C "$repo" reset -q --hard

# A decision folder deleted at HEAD is still followed over the range.
edit arkiv/adr/0005-use-postgresql.md "PostgreSQL 15" "PostgreSQL 16"
commit_all "$repo" "docs: newer PostgreSQL"
upgraded=$(git -C "$repo" rev-parse --short=7 HEAD)
git -C "$repo" rm -q -r arkiv .adr-dir
commit_all "$repo" "chore: retire the old ADR folder"
run_govlog "$repo" check --range "$root..main"
expect_line "$err" "arkiv/adr/0005-use-postgresql.md:13:1: fejl: afsnittet 'Decision' i den vedtagne beslutning ADR-0005 blev ændret i $upgraded (docs: newer PostgreSQL): tallet '15' blev til '16' [decision/frozen]" \
	"a folder gone at HEAD, named by its .adr-dir, is still checked"

# A record moved to another folder is the same record: its move alone is no
# change, a change made with the move is.
mkdir -p "$repo/docs/beslutninger"
git -C "$repo" mv beslutninger/0001-faelles-testmiljoe.md docs/beslutninger/0001-faelles-testmiljoe.md
commit_all "$repo" "docs: beslutninger under docs"
run_govlog "$repo" check --range HEAD~1..HEAD
expect_status 0 "a moved record is no new record and no change"
expect_no_line "$err" "[decision/" "the move alone says nothing"
git -C "$repo" reset -q --hard HEAD~1
mkdir -p "$repo/docs/beslutninger"
git -C "$repo" mv beslutninger/0001-faelles-testmiljoe.md docs/beslutninger/0001-faelles-testmiljoe.md
edit docs/beslutninger/0001-faelles-testmiljoe.md "2 servere" "3 servere"
commit_all "$repo" "docs: beslutninger under docs"
moved=$(git -C "$repo" rev-parse --short=7 HEAD)
run_govlog "$repo" check --range HEAD~1..HEAD
expect_status 1 "a record moved and changed"
expect_line "$err" "docs/beslutninger/0001-faelles-testmiljoe.md:12:1: fejl: afsnittet 'Beslutning' i den vedtagne beslutning ADR-0001 blev ændret i $moved (docs: beslutninger under docs): tallet '2' blev til '3' [decision/frozen]" \
	"the moved record is followed to its new folder"

# An ID a deleted decision held, taken again for another decision.
git -C "$repo" rm -q docs/beslutninger/0001-faelles-testmiljoe.md
commit_all "$repo" "docs: testmiljøet er nedlagt"
os2 docs/beslutninger/0001-nyt-designsystem.md "Nyt designsystem" Godkendt \
	"Administrationen skrives om til det fælles designsystem, og gamle skærmbilleder udfases i løbet af 2026." \
	"Administrationen bruger tre komponentbiblioteker, og knapper opfører sig forskelligt fra side til side." \
	"Nye skærmbilleder bygges kun med komponenter fra designsystemet."
commit_all "$repo" "docs: nyt designsystem"
reused=$(git -C "$repo" rev-parse --short=7 HEAD)
run_govlog "$repo" check --range HEAD~2..HEAD
expect_status 1 "an ID taken again"
expect_line "$err" "docs/beslutninger/0001-nyt-designsystem.md:1:3: fejl: ADR-0001 var den vedtagne beslutning 'Fælles testmiljø' og er nu 'Nyt designsystem' i $reused (docs: nyt designsystem) [id/reused]" \
	"id/reused names the decision the ID held"
finish
