#!/bin/sh
# `govlog site` over several PATHs writes its front page in the first PATH's
# log's language (its --help says so); its usage errors and the error for a
# PATH it cannot read speak that language too, whatever the current folder's
# log speaks. Both languages, both orders. Guards against the messages
# following the folder govlog happens to be run from.
. "$(dirname "$0")/../test-lib.sh"

record() { # DIR FILE TITLE STATUS-LINE
	mkdir -p "$1"
	printf '# %s\n\n%s\n\n## Context\n\nText.\n\n## Decision\n\nText.\n\n## Consequences\n\nText.\n' \
		"$3" "$4" >"$1/$2"
}
da=$(new_repo dansk)
printf 'language: da\n' >"$da/.govlog.yml"
mkdir -p "$da/beslutninger"
cat >"$da/beslutninger/0001-brug-x.md" <<'MD'
# [ADR] Brug X

- **Dato**: 2026-01-05
- **Status**: Accepteret
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Arkitektur

## Kontekst / Årsag

Tekst.

## Beslutning

Tekst.

## Konsekvenser

Tekst.
MD
commit_all "$da" "log"
en=$(new_repo english)
printf 'language: en\n' >"$en/.govlog.yml"
record "$en/docs/adr" 0001-use-x.md "1. Use X" "Date: 2026-01-05"
commit_all "$en" "log"

mkdir "$TEST_DIR/empty" # no decision log there

# From the English repository, the Danish one first: Danish.
run_govlog "$en" site "$da" "$en"
expect_status 2 "no -o, Danish first"
expect_line "$err" "site: angiv hvor, med -o MAPPE" "the usage error in the first PATH's language (Danish)"
run_govlog "$en" site --single-file "$TEST_DIR/one.html" "$da" "$en"
expect_status 2 "--single-file with several PATHs, Danish first"
expect_line "$err" "site: flere repositorier giver en mappe med sider" "that error in Danish"
run_govlog "$en" site -o "$TEST_DIR/out1" "$da" "$TEST_DIR/empty"
expect_line "$err" "site: kan ikke læse loggen i '$TEST_DIR/empty'" "an unreadable PATH said in the first PATH's language"

# From the Danish repository, the English one first: English.
run_govlog "$da" site "$en" "$da"
expect_status 2 "no -o, English first"
expect_line "$err" "site: say where, with -o DIR or --single-file FILE" "the usage error in the first PATH's language (English)"
run_govlog "$da" site --single-file "$TEST_DIR/one.html" "$en" "$da"
expect_line "$err" "site: several repositories make a folder of pages" "that error in English"
run_govlog "$da" site -o "$TEST_DIR/out2" "$en" "$TEST_DIR/empty"
expect_line "$err" "site: cannot read the log in '$TEST_DIR/empty'" "an unreadable PATH said in English"

# No PATH: the current folder's log.
run_govlog "$da" site
expect_line "$err" "site: angiv hvor" "without PATHs, the current log's language"

finish
