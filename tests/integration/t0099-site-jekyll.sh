#!/bin/sh
# govlog site --format jekyll writes pages into a folder of an existing Jekyll
# site, and Debian's jekyll builds them: a page per record whose front matter
# gives just-the-docs what its navigation needs (title, parent = the index's
# title, nav_order newest first; the index has_children), the site's own
# layout framing them; hostile titles show as text in the layout's
# navigation, and a record's "{{ }}" and "{% %}" are shown, never run. In a
# repository the gaps page is one of them (t0100 has the release pages). The
# views (timeline, relations, trace) are pages of their own beside the index,
# after it in the navigation, and Jekyll builds them too.
. "$(dirname "$0")/../test-lib.sh"
command -v jekyll >/dev/null || { fail "jekyll is needed (Debian package jekyll): run sh dev.sh test"; finish; }

repo=$(new_repo log)
d="$repo/docs/decisions"
mkdir -p "$d"
for n in 1 2 3; do
	title="Beslutning nummer $n"
	[ "$n" = 2 ] && title='<script>alert(1)</script> {{ site.title }}'
	cat >"$d/000$n-b.md" <<MD
# $title

- **Status**: Godkendt
- **Dato**: 2026-0$n-10
- **Beslutningstagere**: Styregruppen

## Kontekst / Årsag

Tekst med {% raw %} og {{ site.time }}.

## Beslutning

Ja.

## Konsekvenser

Ingen.
MD
done
site="$TEST_DIR/jekyll"
mkdir -p "$site/_layouts"
printf 'title: Kommunernes site\n' >"$site/_config.yml"
# A layout as a theme writes one: titles of the navigation put in as they are.
cat >"$site/_layouts/default.html" <<'HTML'
<!DOCTYPE html><html><head><title>{{ page.title }}</title></head><body>
<nav>{% assign kids = site.pages | where: "parent", "Beslutninger" | sort: "nav_order" %}{% for p in kids %}<a class="nav" href="{{ p.url | relative_url }}">{{ p.title }}</a>
{% endfor %}</nav>
<main>{{ content }}</main></body></html>
HTML
run_govlog "$repo" site --format jekyll -o "$site/beslutninger"
expect_status 0 "site --format jekyll"
expect_line "$out" "8 filer skrevet; åbn $site/beslutninger/index.html" "three pages, the index, the gaps and three views"
expect_line "$(head -n 5 "$site/beslutninger/timeline.html")" 'title: "Tidslinje"' "the timeline has its title"
expect_line "$(head -n 5 "$site/beslutninger/timeline.html")" 'nav_order: 2' "and comes after the decisions"
head -n 7 "$site/beslutninger/ADR-0003.html" >"$TEST_DIR/front"
expect_line "$(cat "$TEST_DIR/front")" 'parent: "Beslutninger"' "a record's parent is the index's title"
expect_line "$(cat "$TEST_DIR/front")" 'nav_order: 1' "the newest record comes first"
expect_line "$(head -n 5 "$site/beslutninger/index.html")" 'has_children: true' "the index has children"
expect_line "$(head -n 5 "$site/beslutninger/index.html")" 'title: "Beslutninger"' "and the title its children name"

status=0
(cd "$site" && jekyll build -q) >"$TEST_DIR/jekyll.out" 2>&1 || status=$?
expect_status 0 "jekyll builds the site"
built="$site/_site/beslutninger"
nav=$(grep -o '<a class="nav"[^>]*>[^<]*' "$built/index.html" | sed 's/.*>//')
# The heading's <script> element is left out as GitHub leaves it out; the braces stay text.
expected=$(printf '%s\n' "Beslutning nummer 3" 'alert(1) &#123;&#123; site.title &#125;&#125;' "Beslutning nummer 1")
[ "$nav" = "$expected" ] && pass "the navigation lists the records newest first, titles as text" ||
	fail "the navigation: $nav"
if grep -rq '<script>alert' "$site/_site"; then fail "a title's <script> reached a built page"; else pass "no title's <script> reaches a built page"; fi
expect_line "$(cat "$built/gaps.html")" '<caption>Huller efter slags</caption>' "jekyll builds the gaps page"
for view in timeline graph trace; do
	[ -s "$built/$view.html" ] && pass "jekyll builds $view.html" || fail "jekyll built no $view.html"
done
expect_line "$(cat "$built/timeline.html")" '<a href="ADR-0002.html">ADR-0002</a> alert(1) &#123;&#123; site.title &#125;&#125; <span class="status status-accepted"><span aria-hidden="true">✔</span> Accepteret</span></li>' \
	"the timeline shows the title as the other pages do (its <script> left out), braces not run"
page=$(cat "$built/ADR-0001.html")
expect_line "$page" 'Tekst med &#123;% raw %&#125; og &#123;&#123; site.time &#125;&#125;.' "Liquid in a record is shown, not run"
expect_no_line "$page" "Kommunernes site" "site.title was not put in by Liquid"
finish
