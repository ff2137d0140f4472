#!/bin/sh
# govlog fmt --profile os2-da / os2-en moves only the decision's metadata
# (status, date, deciders…) into the bold-key list: the keys Jekyll and the
# just-the-docs theme read from front matter (layout, title, parent,
# grand_parent, nav_order, has_children, permalink…) stay in front matter,
# where GitHub Pages needs them to place the page (Jekyll's "Front Matter",
# just-the-docs' "Navigation Structure"). Guards against a reformatted record
# falling out of the site's navigation.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo jekyll)
mkdir -p "$repo/docs/beslutninger"
rec="$repo/docs/beslutninger/0001-brug-docker.md"
cat >"$rec" <<'MD'
---
layout: default
title: Brug Docker
parent: Beslutninger
grand_parent: Governance
nav_order: 1
has_children: false
permalink: /beslutninger/0001/
status: Accepteret
date: 2026-01-05
deciders: Styregruppen
---

# Brug Docker

## Kontekst og problemformulering

Vi skal køre tjenesten.

## Beslutning

Vi bruger Docker.

## Konsekvenser

Alle skal kunne Docker.
MD
commit_all "$repo" "decision"

run_govlog "$repo" fmt --profile os2-da --write docs/beslutninger/0001-brug-docker.md
expect_status 0 "fmt --profile os2-da --write"
cat >"$TEST_DIR/want" <<'MD'
---
layout: default
title: Brug Docker
parent: Beslutninger
grand_parent: Governance
nav_order: 1
has_children: false
permalink: /beslutninger/0001/
---

# Brug Docker

- **Dato**: 2026-01-05
- **Status**: Accepteret
- **Beslutningstagere**: Styregruppen

## Kontekst og problemformulering
MD
head -n 17 "$rec" >"$TEST_DIR/got"
if cmp -s "$TEST_DIR/got" "$TEST_DIR/want"; then
	pass "Jekyll keys stay in front matter, decision metadata becomes the bold-key list"
else
	fail "the rewritten head differs"
	diff "$TEST_DIR/want" "$TEST_DIR/got" | sed 's/^/    /' >&2
fi
expect_no_line "$(cat "$rec")" "- **layout**" "no Jekyll key becomes a bullet"
expect_no_line "$(cat "$rec")" "- **nav_order**" "nav_order is not a bullet"
run_govlog "$repo" check docs/beslutninger
for key in Status Dato Beslutningstagere; do
	expect_no_line "$err" "'$key' mangler" "the reformatted record reads back its $key"
done
run_govlog "$repo" fmt --profile os2-da docs/beslutninger/0001-brug-docker.md
expect_status 0 "a second fmt changes nothing"
[ -z "$out" ] && pass "no diff the second time" || fail "a second diff: $out"

git -C "$repo" checkout -q -- .
run_govlog "$repo" fmt --profile os2-en docs/beslutninger/0001-brug-docker.md
expect_line "$out" "-status: Accepteret" "os2-en moves the status out of front matter"
expect_line "$out" "+- **Status**: Accepteret" "into the bold-key list"
expect_no_line "$out" "-layout: default" "os2-en keeps layout in front matter"
expect_no_line "$out" "-permalink:" "os2-en keeps permalink"
expect_no_line "$out" "+- **parent**" "parent is not a bullet"

finish
