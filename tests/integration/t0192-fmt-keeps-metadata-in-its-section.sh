#!/bin/sh
# Some OS2 logs put the metadata list inside the first section, under
# "## Beskrivelse af beslutningen", the decision's own heading. Moving the
# list up under the title would leave that heading with nothing below it, so
# fmt rewrites the list where it is. A list after an opening paragraph moves
# under the title, and the blank lines around where it was become one.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo os2-metadata-i-afsnit)
d="$repo/beslutninger"
mkdir -p "$d"
# Hard line breaks ("  ") after each value, as the web editor's users type them.
printf '%s\n' '# [ODR] Opdatering af Wagtail til sikker version' '' \
	'## Beskrivelse af beslutningen' '' \
	'* **Dato**: 25.06.2026  ' '* **Status**: Udkast  ' '* **Beslutningstagere**: Styregruppen  ' \
	'* **Beslutningstype**: Operationel  ' '' \
	'## Kontekst / Årsag' '' 'Den nuværende version har kendte huller.' '' \
	'## Konsekvenser' '' 'Løsningen er sikker igen.' '' \
	'## Effektuering' '' '- Wagtail opdateres' >"$d/ODR-007-wagtail.md"
cat >"$d/ODR-008-logning.md" <<'MD'
# [ODR] Central logning

Denne beslutning samler logningen ét sted.

* **Status**: Godkendt
* **Dato**: 2026-02-01
* **Beslutningstagere**: Koordinationsgruppen
* **Beslutningstype**: Operationel

## Kontekst / Årsag

Fejl skal kunne findes.

## Beslutning

Al logning går til én server.

## Konsekvenser

Mere lager.
MD
commit_all "$repo" "docs: to beslutninger"
run_govlog "$repo" check
before=$out$err

run_govlog "$repo" fmt --write
expect_status 0 "fmt --write"
expected=$(cat <<'MD'
# [ODR] Opdatering af Wagtail til sikker version

## Beskrivelse af beslutningen

- **Dato**: 2026-06-25
- **Status**: Udkast
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Operationel

## Kontekst / Årsag
MD
)
got=$(sed -n 1,10p "$d/ODR-007-wagtail.md")
[ "$got" = "$expected" ] && pass "the list stays under the decision's heading" ||
	fail "ODR-007 reads: $(cat "$d/ODR-007-wagtail.md")"
expected=$(cat <<'MD'
# [ODR] Central logning

- **Dato**: 2026-02-01
- **Status**: Godkendt
- **Beslutningstagere**: Koordinationsgruppen
- **Beslutningstype**: Operationel

Denne beslutning samler logningen ét sted.

## Kontekst / Årsag
MD
)
got=$(sed -n 1,10p "$d/ODR-008-logning.md")
[ "$got" = "$expected" ] && pass "a list after an opening paragraph moves up, one blank line left" ||
	fail "ODR-008 reads: $(cat "$d/ODR-008-logning.md")"

run_govlog "$repo" check
expect_no_line "$out$err" "ODR-00" "no finding in either record after fmt"
expect_line "$before" "ODR-007-wagtail.md:5:" "(before fmt, the dotted date was a finding)"
run_govlog "$repo" fmt
[ -z "$out" ] && pass "a second fmt finds nothing to change" || fail "a second fmt would change: $out"

finish
