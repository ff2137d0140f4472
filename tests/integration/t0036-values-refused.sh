#!/bin/sh
# A line break or another control character in a value govlog would write
# into a record is refused with exit 2 and a message in the log's language,
# and nothing is written; so is a --date that is no real date. A note with
# ': ' (ordinary in minutes) keeps the front matter readable.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo refused)
d="$repo/beslutninger"
mkdir -p "$d"
printf 'language: da\n' >"$repo/.govlog.yml"
cat >"$d/0001-faelles-hosting.md" <<'MD'
---
status: Forslag
date: 2026-05-01
deciders: Styregruppen
type: Strategisk
---
# Fælles hosting

## Kontekst / Årsag

Tekst.

## Beslutning

Tekst.

## Konsekvenser

Tekst.
MD
cat >"$d/0002-driftsvindue.md" <<'MD'
# [ODR] Driftsvindue

- **Dato**: 2026-05-02
- **Status**: Forslag
- **Beslutningstagere**: Koordinationsgruppen
- **Beslutningstype**: Operationel

## Kontekst / Årsag

x

## Beslutning

y

## Konsekvenser

z
MD
commit_all "$repo" "docs: two records"
cp -R "$d" "$TEST_DIR/before"

unchanged() { # unchanged WHAT: no file of the log changed
	if diff -r "$TEST_DIR/before" "$d" >/dev/null; then pass "$1: nothing written"; else fail "$1: a file changed"; fi
}

nl='
'
for id in ADR-0001 ADR-0002; do
	run_govlog "$repo" status "$id" accepted --note "på mødet${nl}status: rejected"
	expect_status 2 "$id: a newline in --note"
	expect_line "$err" "--note skal være én linje uden kontroltegn (U+000A ved byte 11): intet er skrevet" \
		"$id: the refusal is in the log's language"
	unchanged "$id: --note with a newline"
	run_govlog "$repo" status "$id" accepted --by "Ada${nl}---"
	expect_status 2 "$id: a newline in --by"
	unchanged "$id: --by with a newline"
	run_govlog "$repo" status "$id" accepted --by "$(printf 'Ada\033[31m')"
	expect_status 2 "$id: an escape sequence in --by"
	expect_line "$err" "(U+001B ved byte 4)" "$id: the control character is named"
	run_govlog "$repo" status "$id" accepted --note "$(printf 'a\342\200\250b')"
	expect_status 2 "$id: U+2028, a line break for YAML readers"
	run_govlog "$repo" status "$id" accepted --date 2026-02-30
	expect_status 2 "$id: --date 2026-02-30"
	expect_line "$err" "--date '2026-02-30' er ikke en gyldig dato (skriv ÅÅÅÅ-MM-DD): intet er skrevet" \
		"$id: the date is refused like date/invalid"
	unchanged "$id: an impossible --date"
	run_govlog "$repo" status "$id" accepted --date "i morgen"
	expect_status 2 "$id: --date that is no date"
	unchanged "$id: --date 'i morgen'"
done

run_govlog "$repo" new decision "Ny${nl}- **Status**: Accepteret"
expect_status 2 "new: a title with a newline"
expect_line "$err" "titlen skal være én linje" "new: the title is named in Danish"
run_govlog "$repo" new decision "Ny" --request "#1${nl}status: accepted"
expect_status 2 "new: a request with a newline"
GIT_AUTHOR_NAME="Ada${nl}status: accepted"
run_govlog "$repo" new decision "Ny" --profile madr
GIT_AUTHOR_NAME="Ada Tester"
expect_status 2 "new: a Git user name with a newline"
expect_line "$err" "Git-brugernavnet (user.name) skal være én linje" "new: the Git user name is named"
unchanged "new with refused values"

# ': ' in a note is ordinary Danish minutes: quoted, the front matter still reads.
run_govlog "$repo" status ADR-0001 Godkendt --note 'på styregruppemødet: 4. juni' --date 04.06.2026
expect_status 0 "a note with ': '"
expect_line "$(cat "$d/0001-faelles-hosting.md")" "status: 'Godkendt på styregruppemødet: 4. juni'" \
	"the status is a quoted YAML scalar"
expect_line "$(cat "$d/0001-faelles-hosting.md")" "date: 2026-06-04" "the date is written in ISO form"
run_govlog "$repo" check
expect_no_line "$err" "frontmatter/" "the front matter parses"
run_govlog "$repo" list --format json
note=$(printf '%s' "$out" | jq -r '.records[] | select(.id == "ADR-0001") | .status + "|" + .status_note')
[ "$note" = "accepted|på styregruppemødet: 4. juni" ] && pass "read back: $note" || fail "read back: $note"

# A block list of deciders (with a comment after the key) is replaced whole.
cat >"$d/0003-blokliste.md" <<'MD'
---
status: Forslag
date: 2026-05-03
deciders: # hvem
  - Ada
  - Bo
type: Strategisk
---
# Blokliste

## Kontekst / Årsag

x
MD
run_govlog "$repo" status ADR-0003 Godkendt --by 'Cy: formand'
expect_status 0 "--by on a block list"
expect_line "$(cat "$d/0003-blokliste.md")" "deciders: 'Cy: formand'" "the list is replaced by the quoted value"
expect_no_line "$(cat "$d/0003-blokliste.md")" "  - Bo" "no item of the old list is left"
run_govlog "$repo" list --format json
got=$(printf '%s' "$out" | jq -c '.records[] | select(.id == "ADR-0003") | .deciders')
[ "$got" = '["Cy: formand"]' ] && pass "read back: $got" || fail "read back: $got"

# In English too.
printf 'language: en\n' >"$repo/.govlog.yml"
run_govlog "$repo" status ADR-0002 accepted --by "Ada${nl}Bo"
expect_status 2 "an English log"
expect_line "$err" "--by must be one line without control characters (U+000A at byte 4): nothing written" \
	"the refusal in English"

finish
