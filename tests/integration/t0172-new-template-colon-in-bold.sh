#!/bin/sh
# `govlog new` from a log's own template reads its metadata lines however the
# key is set in bold: "- **Date**: …" and "- **Date:** …" (the colon inside
# the bold, as many Markdown templates write it) are both the date's line,
# filled with today's date; the status line gets the new record's status.
. "$(dirname "$0")/../test-lib.sh"
today=2026-09-21 # SOURCE_DATE_EPOCH in test-lib.sh

repo=$(new_repo bold-colon)
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
try "# Title\n\n- **Status:** [proposed | accepted]\n- **Date:** YYYY-MM-DD\n\n" \
	"- **Date:** $today" "a bullet '**Date:** YYYY-MM-DD'"
try "# Title\n\n- **Status:** [proposed | accepted]\n- **Date:** YYYY-MM-DD\n\n" \
	"- **Status:** proposed" "a bullet '**Status:** [proposed | accepted]'"
try "# Title\n\n**Date:** YYYY-MM-DD\n\n## Status\n\nProposed\n\n" \
	"**Date:** $today" "a plain line '**Date:** YYYY-MM-DD'"
try "# Title\n\n- **Date**: YYYY-MM-DD\n\n" "- **Date**: $today" "a bullet '**Date**: YYYY-MM-DD'"

finish
