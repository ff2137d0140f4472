#!/bin/sh
# govlog index --format jekyll --write gives pages Jekyll (kramdown) really
# renders: the index table as an HTML table (kramdown needs a blank line
# between the marker comment and the table), records with `title:` so
# just-the-docs lists them in its navigation (its nav shows only titled
# pages whose `parent` is the index's title), other front matter kept, a
# Danish log's headers and status words in Danish, and the "Superseded by"
# cell a link to the successor. Built with Debian's jekyll.
. "$(dirname "$0")/../test-lib.sh"
command -v jekyll >/dev/null || { echo "jekyll is needed (Debian package jekyll)" >&2; exit 1; }

repo=$(new_repo site)
d="$repo/docs/decisions"
mkdir -p "$d"
cat >"$d/0001-faelles-styringsmodel.md" <<'MD'
# [SDR] Fælles styringsmodel

- **Dato**: 2026-01-20
- **Status**: Erstattet af ADR-0002
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Strategisk

## Kontekst / Årsag

Flere leverandører arbejder på produktet.

## Beslutning

Styregruppen træffer beslutningerne.

## Konsekvenser

Ingen.
MD
cat >"$d/0002-ny-styringsmodel.md" <<'MD'
---
layout: default
status: Godkendt
date: 2026-03-02
deciders: [Styregruppen]
supersedes: ADR-0001
description: >
  Den nye model for styring
  af produktet
tags:
  - styring
  - leverandører
---
# [SDR] Ny styringsmodel

## Kontekst / Årsag

Den gamle model holdt ikke.

## Beslutning

Koordinationsgruppen forbereder, styregruppen beslutter.

## Konsekvenser

Ingen.
MD
commit_all "$repo" "docs: two decisions"

run_govlog "$repo" index --write --format jekyll
expect_status 0 "index --write --format jekyll"
page=$(cat "$d/index.md")
expect_line "$page" "| ID | Titel | Status | Dato | Type | Beslutningstagere | Erstattet af |" \
	"a Danish log's index has Danish headers"
expect_line "$page" "| Erstattet | 2026-01-20 |" "and the log's own word for a superseded record"
expect_line "$page" "| Godkendt | 2026-03-02 |" "and for an accepted one"
expect_line "$page" "| [ADR-0002](0002-ny-styringsmodel.md) |" \
	"the Superseded by cell links to the successor"
if printf '%s\n' "$page" | grep -A1 -F '<!-- govlog:index -->' | sed -n 2p | grep -q '^$'; then
	pass "a blank line follows the start marker"
else
	fail "no blank line after the start marker"
fi
if printf '%s\n' "$page" | grep -B1 -F '<!-- /govlog:index -->' | sed -n 1p | grep -q '^$'; then
	pass "a blank line precedes the end marker"
else
	fail "no blank line before the end marker"
fi

one=$(cat "$d/0001-faelles-styringsmodel.md")
two=$(cat "$d/0002-ny-styringsmodel.md")
expect_line "$one" "title: '[SDR] Fælles styringsmodel'" "a record without front matter gets its title"
expect_line "$two" "title: '[SDR] Ny styringsmodel'" "a front matter record gets its title added"
for kept in "layout: default" "status: Godkendt" "deciders: [Styregruppen]" "description: >" \
	"  Den nye model for styring" "  af produktet" "tags:" "  - styring" "  - leverandører"; do
	expect_line "$two" "$kept" "other front matter is kept: '$kept'"
done
cp "$d/0002-ny-styringsmodel.md" "$TEST_DIR/once"
run_govlog "$repo" index --write --format jekyll
if cmp -s "$d/0002-ny-styringsmodel.md" "$TEST_DIR/once"; then pass "writing twice changes nothing"; else fail "the record changed on the second run"; diff "$TEST_DIR/once" "$d/0002-ny-styringsmodel.md" >&2; fi
n=$(grep -c '^title:' "$d/0002-ny-styringsmodel.md" || true)
[ "$n" -eq 1 ] && pass "one title key" || fail "$n title keys"

# A site as just-the-docs builds it: its navigation lists the pages whose
# parent is the index's title, by their `title`, ordered by nav_order.
site="$TEST_DIR/jekyll"
mkdir -p "$site/_layouts"
cp "$d"/*.md "$site/"
printf 'markdown: kramdown\nkramdown:\n  input: GFM\n' >"$site/_config.yml"
cat >"$site/_layouts/default.html" <<'HTML'
<!DOCTYPE html>
<html><head><title>{{ page.title }}</title></head><body>
<nav>{% assign kids = site.pages | where: "parent", "Beslutningslog" | sort: "nav_order" %}{% for p in kids %}{% if p.title %}<a class="nav" href="{{ p.url }}">{{ p.title }}</a>
{% endif %}{% endfor %}</nav>
<main>{{ content }}</main>
<footer>{{ page.description }}</footer>
</body></html>
HTML
if (cd "$site" && jekyll build --safe -s . -d _site) >"$TEST_DIR/jekyll.log" 2>&1; then
	pass "jekyll builds the site"
else
	fail "jekyll build failed"
	sed 's/^/    /' "$TEST_DIR/jekyll.log" >&2
fi
html=$(cat "$site/_site/index.html" 2>/dev/null)
expect_line "$html" "<table>" "the index is an HTML table"
for th in ID Titel Status Dato Type Beslutningstagere "Erstattet af"; do
	expect_line "$html" "<th>$th</th>" "with the header cell '$th'"
done
expect_no_line "$html" "| ID |" "no raw table text"
expect_no_line "$html" "<p>|" "no paragraph of raw table text"
expect_line "$html" '<a class="nav" href="/0001-faelles-styringsmodel.html">[SDR] Fælles styringsmodel</a>' \
	"the navigation lists the first record by its title"
expect_line "$html" '<a class="nav" href="/0002-ny-styringsmodel.html">[SDR] Ny styringsmodel</a>' \
	"and the second"
expect_line "$html" '<td><a href="0002-ny-styringsmodel.md">ADR-0002</a></td>' \
	"the Superseded by cell is a link in the page"
rec=$(cat "$site/_site/0002-ny-styringsmodel.html" 2>/dev/null)
expect_line "$rec" "<title>[SDR] Ny styringsmodel</title>" "a record page has its title"
expect_line "$rec" "<footer>Den nye model for styring af produktet" "and keeps its own front matter"
finish
