#!/bin/sh
# The date rules (date/swapped, date/text-mismatch) read the record's prose,
# never its code, as the Markdown parser (CommonMark: "Indented code blocks",
# "Fenced code blocks", "List items") sees the blocks: an indented code
# block, and a fenced block nested in a list item four or more spaces deep,
# are code; a list item's paragraph indented four spaces is prose, and a
# swapped date there is still found. Guards against commands and logs in
# code being read as the decision's text.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo dates)
mkdir -p "$repo/beslutninger"
cat >"$repo/beslutninger/0001-brug-docker.md" <<'MD'
# [ADR] Brug Docker

- **Dato**: 2026-03-04
- **Status**: Accepteret
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Arkitektur

## Kontekst / Årsag

Loggen fra serveren:

    2026-04-03 03-04-2026 besluttet 2025-01-01 kl. 12

Sådan kører man den:

1. Hent billedet:

    ```sh
    docker pull os2/app:03-04-2026 # vedtaget 2025-01-01
    ```

2. Start den.

        03-04-2026 besluttet 2025-02-02

- Punkt med tekst

    Leverandøren skrev 03-04-2026 i sin mail.

## Beslutning

Vi bruger Docker.

## Konsekvenser

Alle skal kunne Docker.
MD
commit_all "$repo" "decision"

run_govlog "$repo" check
expect_line "$err" "beslutninger/0001-brug-docker.md:28:24: advarsel: datoen '03-04-2026'" \
	"a swapped date in a list item's paragraph (prose) is found"
expect_no_line "$err" "0001-brug-docker.md:12:" "an indented code block is not read"
expect_no_line "$err" "0001-brug-docker.md:19:" "a fenced block four spaces deep in a list item is not read"
expect_no_line "$err" "0001-brug-docker.md:24:" "an indented code block in a list item is not read"
expect_no_line "$err" "[date/text-mismatch]" "no 'besluttet' in code is read as the decision's day"

finish
