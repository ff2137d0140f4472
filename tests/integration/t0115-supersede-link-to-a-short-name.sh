#!/bin/sh
# A supersede field linking to a file of the repository that is no record
# names no record (link/unknown-record), whatever the file is called: also a
# one-letter name with a fragment ("B#baggrund"), which is a file, not a
# fragment of the page itself ("#baggrund" is one, and names nothing).
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo short)
d="$repo/beslutninger"
mkdir -p "$d"
printf 'Baggrund for beslutningen.\n' >"$d/B"
# os2 FILE REPLACES: an OS2 record whose Erstatter field is REPLACES.
os2() {
	printf -- '# [ODR] Ny\n\n- **Dato**: 2026-03-04\n- **Status**: Godkendt\n- **Beslutningstagere**: Koordinationsgruppen\n- **Beslutningstype**: Operationel\n- **Erstatter**: %s\n\n## Kontekst / Årsag\n\nTekst.\n\n## Beslutning\n\nVi gør det.\n\n## Konsekvenser\n\nIngen.\n' \
		"$2" >"$1"
}
os2 "$d/0001-ny.md" '[den gamle](B#baggrund)'
commit_all "$repo" "docs: en beslutning"
run_govlog "$repo" check
expect_status 1 "a supersede link to a file that is no record is an error"
expect_line "$err" "beslutninger/0001-ny.md:7:18: fejl: 'B#baggrund' svarer ikke til nogen post i loggen [link/unknown-record]" \
	"the one-letter file is named as no record of the log"
os2 "$d/0001-ny.md" '[den gamle](#baggrund)'
commit_all "$repo" "docs: et anker"
run_govlog "$repo" check
expect_no_line "$err" "[link/unknown-record]" "a fragment of the page itself names no file"

finish
