#!/bin/sh
# govlog status keeps the user's words and says what it did: the status word
# written is the one typed when it is a word for that state (Godkendt stays
# Godkendt), else the word the log already uses most for the state; one line
# per changed file goes to stdout, in the log's language, the path as the user
# reaches it, escaped for the terminal. Records are named by number as
# adr-tools users name them (status 4, show 2), whatever the prefix and padding.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo words)
d="$repo/beslutninger"
mkdir -p "$d"
record() { # FILE TITLE STATUS
	printf '# %s\n\n- **Dato**: 2026-05-01\n- **Status**: %s\n- **Beslutningstype**: Arkitektur\n\n## Kontekst / Årsag\n\nTekst.\n\n## Beslutning\n\nTekst.\n\n## Konsekvenser\n\nTekst.\n' \
		"$2" "$3" >"$d/$1"
}
record 0001-hosting.md "Hosting" "Vedtaget"
record 0002-backup.md "Backup" "Vedtaget"
record 0003-logning.md "Logning" "Vedtaget"
record 0004-adgang.md "Adgang" "Forslag"
record 0005-drift.md "Drift" "Forslag"
commit_all "$repo" "docs: fem beslutninger"

run_govlog "$repo" status 4 Godkendt
expect_status 0 "status by number with a Danish word"
expect_line "$(cat "$d/0004-adgang.md")" "- **Status**: Godkendt" \
	"the word typed is the word written (not Accepteret)"
expect_no_line "$(cat "$d/0004-adgang.md")" "Accepteret" "no other word for the state"
expect_line "$out" "beslutninger/0004-adgang.md: status sat til 'Godkendt'" \
	"one line on stdout, in Danish, for the file changed"
n=$(printf "%s\n" "$out" | grep -c . || true)
if [ "$n" -eq 1 ]; then pass "one line for one file"; else fail "$n lines: $out"; fi

run_govlog "$repo" status ADR-0005 accepted
expect_status 0 "status with the canonical state name"
expect_line "$(cat "$d/0005-drift.md")" "- **Status**: Vedtaget" \
	"the log's most frequent word for accepted (Vedtaget, three times; Godkendt once) is written"

run_govlog "$repo/beslutninger" status 3 deprecated
expect_status 0 "status from inside the decision folder"
expect_line "$out" "0003-logning.md: status sat til 'Forældet'" \
	"the path is relative to the current folder"
expect_no_line "$out" "beslutninger/0003" "not relative to the root"

# Numbers: a bare number matches the record whose ID number it is, any padding.
run_govlog "$repo" show 2 --meta
expect_status 0 "show by number"
expect_line "$out" "ADR-0002" "show 2 finds ADR-0002"
run_govlog "$repo" show 0002 --meta
expect_status 0 "show by a padded number"
run_govlog "$repo" show 42
expect_status 2 "no record has the number"

# Two records with the number 1: an error naming both.
printf '# [SDR] Strategi\n\n- **Dato**: 2026-05-01\n- **Status**: Forslag\n- **Beslutningstype**: Strategisk\n\n## Kontekst / Årsag\n\nx\n\n## Beslutning\n\nx\n\n## Konsekvenser\n\nx\n' \
	>"$repo/beslutninger/SDR-001-strategi.md"
run_govlog "$repo" status 1 deprecated
expect_status 2 "an ambiguous number"
expect_line "$err" "ADR-0001" "the candidates are named"
expect_line "$err" "SDR-001" "both of them"
expect_line "$(cat "$d/0001-hosting.md")" "- **Status**: Vedtaget" "nothing written"

# A file name with a control character is shown escaped.
record "0006-$(printf 'x\033[31m')y.md" "Kontrol" "Forslag"
run_govlog "$repo" status 6 Godkendt
expect_status 0 "status of a record whose file name holds ESC"
expect_line "$out" '0006-x\x1b[31my.md: status sat til' "the path is escaped for the terminal"
case "$out" in *"$(printf '\033')"*) fail "a raw ESC reached stdout" ;; *) pass "no raw ESC on stdout" ;; esac

# An English log says it in English.
repo2=$(new_repo english)
mkdir -p "$repo2/doc/adr"
printf '# 1. Use X\n\nDate: 2026-05-01\n\n## Status\n\nProposed\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n' >"$repo2/doc/adr/0001-use-x.md"
printf 'doc/adr\n' >"$repo2/.adr-dir"
run_govlog "$repo2" status 1 accepted
expect_status 0 "status in an English log"
expect_line "$out" "doc/adr/0001-use-x.md: status set to 'Accepted'" "the line in English"
finish
