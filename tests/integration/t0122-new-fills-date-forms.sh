#!/bin/sh
# `govlog new` from a log's own template fills the date wherever the template
# writes a date's form instead of a date: "YYYY-MM-DD" in front matter (quoted
# or not), the Danish "ÅÅÅÅ-MM-DD" in a bold-key bullet, "dd.mm.yyyy" on a
# plain line.
. "$(dirname "$0")/../test-lib.sh"
# test-lib.sh fixes today: SOURCE_DATE_EPOCH 1790000000 is 2026-09-21.
today=2026-09-21

repo=$(new_repo date-forms)
d="$repo/docs/decisions"
mkdir -p "$d"
body='## Context and Problem Statement\n\nThe portal needs it.\n\n## Decision Outcome\n\nChosen.\n'

# try TEMPLATE-HEAD EXPECTED-LINE WHAT: a template with this head, then `new`.
try() {
	printf -- "$1$body" >"$d/adr-template.md"
	run_govlog "$repo" new decision "Use the portal"
	expect_status 0 "new with $3"
	expect_line "$(cat "$repo/$out")" "$2" "$3"
	rm -f "$repo/$out"
}
try "---\nstatus: proposed\ndate: YYYY-MM-DD\n---\n# Title\n\n" "date: $today" "date: YYYY-MM-DD"
try "---\nstatus: proposed\ndate: \"YYYY-MM-DD\"\n---\n# Title\n\n" "date: $today" "a quoted YYYY-MM-DD"
try "# Titel\n\n- **Status**: Forslag\n- **Dato**: ÅÅÅÅ-MM-DD\n\n" "- **Dato**: $today" "Dato: ÅÅÅÅ-MM-DD"
try "# Title\n\nDate: dd.mm.yyyy\n\n## Status\n\nProposed\n\n" "Date: $today" "Date: dd.mm.yyyy"

finish
