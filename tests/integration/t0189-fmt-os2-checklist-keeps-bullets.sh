#!/bin/sh
# OS2's template keeps the approvals as a "## Status" checklist and the other
# metadata as bold-key bullets. fmt keeps such a record in that form, with or
# without an "[ODR]" code in its title: the bullets stay bullets (the date made
# ISO), the title gets no adr-tools number, the checklist stays as ticked.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo os2-tjekliste)
d="$repo/docs/beslutninger"
mkdir -p "$d"
cat >"$d/0004-faelles-driftsvindue.md" <<'MD'
# Fælles driftsvindue

* **Dato**: 01-09-2026
* **Beslutningstagere**: Koordinationsgruppen

## Status

- [x] Udkast - Dato: 2026-09-01
- [ ] Godkendt af koordinationsgruppen - Dato:
- [ ] Godkendt af styregruppen - Dato:

## Kontekst / Årsag

Opdateringer sker på skiftende tidspunkter.

## Beslutning

Opdateringer sker tirsdag aften.

## Konsekvenser

Skærmene er slukket i vinduet.
MD
cat >"$d/0005-kun-https.md" <<'MD'
# [ODR] Kun HTTPS

- **Beslutningstagere**: Styregruppen

## Status

- [x] Udkast - Dato: 2026-09-02
- [x] Godkendt af styregruppen - Dato: 2026-09-20

## Kontekst / Årsag

Skærmene henter indhold over nettet.

## Beslutning

Al trafik går over HTTPS.

## Konsekvenser

Gamle skærme skiftes.
MD
commit_all "$repo" "docs: to beslutninger"

run_govlog "$repo" fmt --write
expect_status 0 "fmt --write"
f="$d/0004-faelles-driftsvindue.md"
expect_line "$(sed -n 1p "$f")" "# Fælles driftsvindue" "the title gets no adr-tools number"
expect_line "$(cat "$f")" "- **Dato**: 2026-09-01" "the date stays a bold-key bullet, made ISO"
expect_line "$(cat "$f")" "- **Beslutningstagere**: Koordinationsgruppen" "the deciders stay a bullet"
grep -q '^\(Dato\|Date\|Beslutningstagere\): ' "$f" && fail "adr-tools key lines: $(cat "$f")" ||
	pass "no adr-tools key lines"
expect_line "$(cat "$f")" "- [ ] Godkendt af koordinationsgruppen - Dato:" "the checklist stays as it was"
expect_line "$(sed -n 1p "$d/0005-kun-https.md")" "# [ODR] Kun HTTPS" "an [ODR] title stays as it was"
expect_line "$(cat "$d/0005-kun-https.md")" "- **Beslutningstagere**: Styregruppen" "and its bullets stay bullets"

run_govlog "$repo" fmt
[ -z "$out" ] && pass "a second fmt finds nothing to change" || fail "a second fmt would change: $out"
run_govlog "$repo" show 4 --meta
expect_line "$out" "Koordinationsgruppen" "the deciders read back"

# A status checklist inside the metadata list: rewriting the list would split
# it around the boxes, so the record is left as it is, and fmt says why.
repo=$(new_repo os2-tjekliste-i-listen)
d="$repo/docs/beslutninger"
mkdir -p "$d"
cat >"$d/0006-faelles-test.md" <<'MD'
# Fælles testmiljø

- **Status**:
  - [x] Udkast - Dato: 2026-09-03
  - [ ] Godkendt af styregruppen - Dato:
- **Dato**: 03-09-2026
- **Beslutningstagere**: Styregruppen

## Kontekst / Årsag

Hver leverandør tester for sig.

## Beslutning

Et fælles testmiljø.

## Konsekvenser

Driften betaler.
MD
commit_all "$repo" "docs: en beslutning"
run_govlog "$repo" fmt --write
expect_status 1 "fmt --write leaves the record"
git -C "$repo" diff --quiet && pass "the status checklist in the bullets is left alone" ||
	fail "it changed: $(git -C "$repo" diff)"
expect_line "$err" "0006-faelles-test.md: efterladt som den er: dens 'Status' er en tjekliste i metadatalisten, som en omskrivning ville dele" \
	"and fmt says why, in the log's language"

finish
