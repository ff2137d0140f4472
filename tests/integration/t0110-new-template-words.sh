#!/bin/sh
# govlog new fills a folder's own template as its tool would: adr-tools'
# `adr new` replaces the four words NUMBER, TITLE, DATE and STATUS and no
# other capitalised word; a just-the-docs page template keeps its Jekyll
# front matter, and the request goes under the metadata lines of the body.
. "$(dirname "$0")/../test-lib.sh"
# SOURCE_DATE_EPOCH makes today 2026-09-21.

# adr-tools: a six-letter capital word that is not STATUS stays as written.
adrt=$(new_repo adr-tools)
mkdir -p "$adrt/doc/adr/templates"
printf 'doc/adr\n' >"$adrt/.adr-dir"
printf '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nACTION: say what the team will do.\n\n## Decision\n\nOur own words.\n' \
	>"$adrt/doc/adr/templates/template.md"
run_govlog "$adrt" new decision "Use Redis"
expect_status 0 "new from an adr-tools template"
text=$(cat "$adrt/doc/adr/0001-use-redis.md" 2>/dev/null || true)
expect_line "$text" "Proposed" "STATUS becomes the status"
expect_line "$text" "ACTION: say what the team will do." "another capital word is the team's own text"
expect_no_line "$text" "Proposed: say" "only STATUS is the status word"

# A Danish log published with Jekyll: the template's front matter is the page's,
# its metadata are the bold lines under the title.
da=$(new_repo jekyll)
mkdir -p "$da/beslutninger"
printf -- '---\nlayout: default\nparent: Beslutninger\nnav_order: 99\n---\n# [Titel]\n\n- **Dato**: [ÅÅÅÅ-MM-DD]\n- **Status**: [Udkast]\n\n## Kontekst / Årsag\n\n[Beskriv her]\n' \
	>"$da/beslutninger/skabelon.md"
printf -- '---\nlayout: default\nparent: Beslutninger\n---\n# [SDR] Første\n\n- **Dato**: 2026-01-02\n- **Status**: Godkendt\n- **Beslutningstagere**: Styregruppen\n\n## Kontekst / Årsag\n\nTekst.\n' \
	>"$da/beslutninger/0001-foerste.md"
run_govlog "$da" new decision "Anden" --request "#12"
expect_status 0 "new from a template with Jekyll front matter"
text=$(cat "$da/beslutninger/0002-anden.md" 2>/dev/null || true)
expect_line "$(head -5 "$da/beslutninger/0002-anden.md" 2>/dev/null)" "nav_order: 99" \
	"the page's front matter is kept"
expect_line "$text" "- **Status**: Forslag" "the status bullet is filled in"
expect_line "$(sed -n '/Status/{n;p;}' "$da/beslutninger/0002-anden.md" 2>/dev/null)" "- **Ønske**: #12" \
	"the request is the next bullet, after the template's last metadata line"
finish
