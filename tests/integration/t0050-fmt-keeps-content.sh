#!/bin/sh
# govlog fmt changes a record's form, never its content (issue 15): on the
# bundled example it once emptied an invalid Dato, turned a checkbox [ODR]
# record into an English Nygard record without its deciders, type and
# approval boxes, and replaced Godkendt and Vedtaget with Accepteret.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo fmt-keeps)
cp -R "$GOVLOG_SOURCE_DIR/examples/os2display-governance/." "$repo/"
d=docs/decisions
commit_all "$repo" "example"

run_govlog "$repo" fmt --write
expect_no_crash "fmt --write on the example"
file() { cat "$repo/$d/$1"; }

expect_line "$(file 0004-skaermlayout-skabeloner.md)" "- **Dato**: 2026-02-30" \
	"an invalid date is kept as written, never emptied"
expect_line "$err" "docs/decisions/0004-skaermlayout-skabeloner.md: beholdt datoen '2026-02-30' som skrevet: den er ikke en gyldig dato" \
	"and fmt says it kept it (in the log's language)"

f=0005-driftsvindue.md
expect_line "$(head -1 "$repo/$d/$f")" "# [ODR] Fast driftsvindue" "the checkbox record keeps its title"
expect_line "$(file $f)" "- **Beslutningstagere**: Koordinationsgruppen" "and its deciders"
expect_line "$(file $f)" "- **Beslutningstype**: Operationel" "and its type"
expect_line "$(file $f)" "- [x] Udkast - Dato: 2026-09-01" "and its ticked box"
expect_line "$(file $f)" "- [ ] Godkendt af koordinationsgruppen - Dato:" "and its approval trail"
expect_line "$(file $f)" "- [ ] Godkendt af styregruppen - Dato:" "to the end"
expect_no_line "$(file $f)" "Proposed" "no English status is made up"

expect_line "$(file 0001-faelles-styringsmodel.md)" \
	"- **Status**: Godkendt på styregruppemødet den 20. januar 2026." "Godkendt stays Godkendt"
expect_line "$(file 0004-tilgaengelighed.md)" "- **Status**: Vedtaget på styregruppemødet" \
	"Vedtaget stays Vedtaget"
expect_line "$(file 0009-logning.md)" "- **Status**: Godkendt" "a bare Godkendt stays"
expect_line "$(file 0002-udgivelsesrytme.md)" "- **Dato**: 2026-03-12" \
	"a valid date in another form becomes ISO (a change of form)"

# --canonical-words asks for the profile's own words.
run_govlog "$repo" fmt --canonical-words $d/0009-logning.md
expect_status 1 "--canonical-words shows a diff"
expect_line "$out" "+- **Status**: Accepteret" "with the canonical word"

# Another form: what Nygard cannot say in its header is kept, not dropped.
run_govlog "$repo" fmt --write --profile nygard $d/$f
expect_no_crash "fmt --profile nygard"
expect_line "$(file $f)" "- [ ] Godkendt af styregruppen - Dato:" "the approval trail survives in Nygard form"
expect_line "$(file $f)" "Koordinationsgruppen" "so do the deciders"
run_govlog "$repo" show --meta $d/$f
expect_line "$out" "beslutningstagere:  Koordinationsgruppen" "and govlog still reads them as deciders"
expect_line "$out" "type:               operationel" "and the type"
expect_line "$out" "som skrevet:        Udkast" "and the status as written"

# Keys govlog does not know survive, in front matter and in bullets.
cat >"$repo/$d/0012-jekyll.md" <<'MD'
---
layout: adr
nav_order: 12
status: accepted
date: 2026-02-02
deciders: [Alice, Bob]
tags:
  - api
  - web
---
# Serve the API over HTTPS only

## Context and Problem Statement

Plain HTTP leaks tokens.

## Decision Outcome

Chosen option: "HTTPS only".
MD
cat >"$repo/$d/0013-kontakt.md" <<'MD'
# [ODR] Fælles supportmail

* **Dato**: 01.02.2026
* **Status**: Godkendt
* **Kontaktperson**: Jens Hansen
* **Beslutningstagere**: Koordinationsgruppen
* **Beslutningstype**: Operationel

## Kontekst / Årsag

Henvendelser går tabt.

## Beslutning

Der oprettes én fælles supportmail.
MD
run_govlog "$repo" fmt --write --profile madr $d/0012-jekyll.md
expect_line "$(file 0012-jekyll.md)" "layout: adr" "an unknown front matter key survives"
expect_line "$(file 0012-jekyll.md)" "nav_order: 12" "and another"
expect_line "$(file 0012-jekyll.md)" "  - web" "and a YAML list under an unknown key"
run_govlog "$repo" fmt --write $d/0013-kontakt.md
expect_line "$(file 0013-kontakt.md)" "- **Kontaktperson**: Jens Hansen" "an unknown bullet key survives"
expect_line "$(file 0013-kontakt.md)" "- **Status**: Godkendt" "with the status as written"

# A record of more keys than fmt compares (256) is never rewritten half-judged.
{
	printf -- '---\nstatus: accepted\ndate: 2026-01-05\n'
	i=0
	while [ $i -lt 260 ]; do
		i=$((i + 1))
		printf 'x-note-%d: value %d\n' $i $i
	done
	printf -- '---\n# Many notes\n\n## Context and Problem Statement\n\nNotes.\n'
} >"$repo/$d/0014-many-notes.md"
before=$(file 0014-many-notes.md)
run_govlog "$repo" fmt --write --profile nygard $d/0014-many-notes.md
expect_status 1 "a record of 260 keys"
expect_line "$err" "0014-many-notes.md: " "is named"
if [ "$(file 0014-many-notes.md)" = "$before" ]; then pass "and left as it is"; else fail "it was rewritten"; fi
finish
