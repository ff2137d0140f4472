#!/bin/sh
# A record page's status row shows the log's own words "as written" beside
# the status. When those words hold a Markdown link (an OS2 status
# "Erstattet af [ADR-0002](0002-brug-y.md)"), the page shows the link's text
# as a link to that record's page, as GitHub renders the line, never the raw
# Markdown; other characters are escaped. Guards against "[ADR-0002](…)"
# showing on the page.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo status-link)
mkdir -p "$repo/beslutninger"
cat >"$repo/beslutninger/0001-brug-x.md" <<'MD'
# [ADR] Brug X

- **Dato**: 2026-01-05
- **Status**: Erstattet af [ADR-0002](0002-brug-y.md) & 5 > 3
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Arkitektur

## Kontekst / Årsag

Vi skal vælge.

## Beslutning

Vi bruger X.

## Konsekvenser

Ingen.
MD
cat >"$repo/beslutninger/0002-brug-y.md" <<'MD'
# [ADR] Brug Y

- **Dato**: 2026-02-05
- **Status**: Accepteret
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Arkitektur
- **Erstatter**: [ADR-0001](0001-brug-x.md)

## Kontekst / Årsag

Vi skal vælge igen.

## Beslutning

Vi bruger Y.

## Konsekvenser

Ingen.
MD
commit_all "$repo" "decisions"

run_govlog "$repo" site -o "$TEST_DIR/site"
expect_status 0 "govlog site"
row=$(grep 'class="as-written"' "$TEST_DIR/site/records/ADR-0001.html" || true)
expect_line "$row" '<span class="as-written">(Erstattet af <a href="../records/ADR-0002.html">ADR-0002</a> &amp; 5 &gt; 3)</span>' \
	"the status as written shows the link's text, linked to the record's page, escaped"
expect_no_line "$row" "](0002-brug-y.md)" "no raw Markdown link"
expect_no_line "$row" "<p>" "the words stay inline"

finish
