#!/bin/sh
# govlog new follows the folder it writes into: the file-name form most of
# its records use (log4brains' YYYYMMDD-slug, adr-tools' and MADR's
# NNNN-slug, YYYY-MM-DD-slug), and the folder's own record template
# (log4brains' template.md in its adrFolder, MADR's adr-template.md beside
# the records, adr-tools' templates/template.md) with the title, date,
# status and deciders filled in and everything else as the template has it.
. "$(dirname "$0")/../test-lib.sh"
# SOURCE_DATE_EPOCH makes today 2026-09-21.

# log4brains: .log4brains.yml names the folder; template.md sits in it.
l4b=$(new_repo log4brains)
mkdir -p "$l4b/docs/adr"
printf 'project:\n  name: Demo\n  tz: Europe/Copenhagen\n  adrFolder: ./docs/adr\n' >"$l4b/.log4brains.yml"
cat >"$l4b/docs/adr/template.md" <<'MD'
# [short title of solved problem and solution]

- Status: [draft | proposed | rejected | accepted | deprecated | … | superseded by [ADR-0005](0005-example.md)] <!-- optional -->
- Deciders: [list everyone involved in the decision] <!-- optional -->
- Date: [YYYY-MM-DD when the decision was last updated] <!-- optional -->

Technical Story: [description | ticket/issue URL] <!-- optional -->

## Context and Problem Statement

[Describe the context and problem statement.]

## Considered Options

- [option 1]

## Decision Outcome

Chosen option: "[option 1]", because [justification].
MD
for f in 20240101-use-markdown-adrs 20240315-use-postgresql; do
	printf '# %s\n\n- Status: accepted\n- Date: 2024-03-15\n\n## Context and Problem Statement\n\nText.\n\n## Decision Outcome\n\nChosen option: "A", because it fits.\n' "$f" >"$l4b/docs/adr/$f.md"
done
run_govlog "$l4b" new decision "Use Redis for caching"
expect_status 0 "new in a log4brains folder"
expect_line "$out" "docs/adr/20260921-use-redis-for-caching.md" "names the file YYYYMMDD-slug as the folder does"
new="$l4b/docs/adr/20260921-use-redis-for-caching.md"
text=$(cat "$new" 2>/dev/null || true)
expect_line "$(head -1 "$new" 2>/dev/null)" "# Use Redis for caching" "the folder's template gets the title"
expect_line "$text" "- Status: proposed <!-- optional -->" "its status line says proposed"
expect_line "$text" "- Deciders: Ada Tester <!-- optional -->" "its deciders line names the author"
expect_line "$text" "- Date: 2026-09-21 <!-- optional -->" "its date line has today's date"
expect_line "$text" "## Context and Problem Statement" "the template's sections are kept"
expect_line "$text" "Technical Story: [description | ticket/issue URL] <!-- optional -->" \
	"and its other lines as written"
run_govlog "$l4b" check docs/adr/20260921-use-redis-for-caching.md
expect_no_line "$err" "status/" "the status it wrote is read"
expect_no_line "$err" "date/" "and the date"
expect_line "$err" "section/placeholder" "the template's guidance left to fill in is reported as such"

# YYYY-MM-DD-slug stays that form.
dashed=$(new_repo dashed)
mkdir -p "$dashed/docs/decisions"
for f in 2025-01-10-first 2025-02-11-second 0001-odd-one; do
	printf -- '---\nstatus: accepted\ndate: 2025-01-10\n---\n# %s\n\n## Context and Problem Statement\n\nText.\n\n## Decision Outcome\n\nChosen.\n' "$f" >"$dashed/docs/decisions/$f.md"
done
run_govlog "$dashed" new decision "Third one" --profile madr
expect_line "$out" "docs/decisions/2026-09-21-third-one.md" "a folder named YYYY-MM-DD-slug keeps that form"

# NNNN-slug beside a stray dated file; MADR's adr-template.md beside the records.
madr=$(new_repo madr)
mkdir -p "$madr/docs/decisions"
cat >"$madr/docs/decisions/adr-template.md" <<'MD'
---
status: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}"
date: "{YYYY-MM-DD when the decision was last updated}"
deciders: "{list everyone involved in the decision}"
consulted: "{list everyone whose opinions are sought}"
---
# {short title, representative of solved problem and found solution}

## Context and Problem Statement

{Describe the context and problem statement.}

## Decision Outcome

Chosen option: "{title of option 1}", because {justification}.
MD
for f in 0001-use-madr 0002-use-java 20240101-imported; do
	printf -- '---\nstatus: accepted\ndate: 2025-01-10\n---\n# %s\n\n## Context and Problem Statement\n\nText.\n\n## Decision Outcome\n\nChosen.\n' "$f" >"$madr/docs/decisions/$f.md"
done
run_govlog "$madr" new decision "Use Kotlin"
expect_status 0 "new in a MADR folder"
expect_line "$out" "docs/decisions/0003-use-kotlin.md" "numbered as most of the folder's records are"
text=$(cat "$madr/docs/decisions/0003-use-kotlin.md" 2>/dev/null || true)
expect_line "$text" "status: proposed" "MADR's front matter status is filled in"
expect_line "$text" "date: 2026-09-21" "and its date"
expect_line "$text" "deciders: Ada Tester" "and its deciders"
expect_line "$text" 'consulted: "{list everyone whose opinions are sought}"' "the other keys stay as the template has them"
expect_line "$text" "# Use Kotlin" "the title replaces the template's"
expect_no_line "$text" "short title" "no trace of the template's title"

# adr-tools: templates/template.md with its NUMBER, TITLE, DATE and STATUS words.
adrt=$(new_repo adr-tools)
mkdir -p "$adrt/doc/adr/templates"
printf 'doc/adr\n' >"$adrt/.adr-dir"
printf '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nOur own words.\n\n## Decision\n\nOur own words.\n\n## Consequences\n\nOur own words.\n' >"$adrt/doc/adr/templates/template.md"
printf '# 1. Record architecture decisions\n\nDate: 2026-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n' >"$adrt/doc/adr/0001-record-architecture-decisions.md"
run_govlog "$adrt" new decision "Use Redis"
expect_line "$out" "doc/adr/0002-use-redis.md" "adr-tools' numbering"
text=$(cat "$adrt/doc/adr/0002-use-redis.md" 2>/dev/null || true)
expect_line "$text" "# 2. Use Redis" "adr-tools' NUMBER. TITLE"
expect_line "$text" "Date: 2026-09-21" "its DATE"
expect_line "$text" "Proposed" "its STATUS"
expect_line "$text" "Our own words." "the team's own template text"

# An OS2 log's skabelon.md: bold Danish keys, filled in Danish.
da=$(new_repo os2)
mkdir -p "$da/beslutninger"
printf '# [Titel]\n\n- **Dato**: [ÅÅÅÅ-MM-DD]\n- **Status**: [Udkast]\n- **Beslutningstagere**: []\n- **Beslutningstype**: [Strategisk]\n\n## Kontekst / Årsag\n\n[Beskriv her]\n' >"$da/beslutninger/skabelon.md"
printf '# [SDR] Første\n\n- **Dato**: 2026-01-02\n- **Status**: Godkendt\n- **Beslutningstagere**: Styregruppen\n\n## Kontekst / Årsag\n\nTekst.\n' >"$da/beslutninger/0001-foerste.md"
run_govlog "$da" new decision "Fælles testdata" --type operationel --request "#12"
expect_line "$out" "beslutninger/0002-faelles-testdata.md" "the Danish log's next number"
text=$(cat "$da/beslutninger/0002-faelles-testdata.md" 2>/dev/null || true)
expect_line "$text" "- **Dato**: 2026-09-21" "skabelon.md's date"
expect_line "$text" "- **Status**: Forslag" "its status, in Danish"
expect_line "$text" "- **Beslutningstagere**: Ada Tester" "its deciders"
expect_line "$text" "- **Beslutningstype**: Operationel" "its type"
expect_line "$text" "- **Ønske**: #12" "the request in the same style after the metadata"
expect_line "$text" "## Kontekst / Årsag" "the skabelon's own sections"
finish
