#!/bin/sh
# govlog site's views (issue 18): a timeline under year and month headings,
# the undated records apart; the relation graph as inline SVG in columns by
# generation of the supersede chain, each box a link to the record's page,
# and each record's own relations on its page; the trace as SVG in four
# columns with gaps as dashed boxes carrying the word, the newest six
# releases only, with a sentence saying so. Every drawing is named by its
# <title> and <desc> and followed by the same content as a list; every page
# links the views; one file and Jekyll carry them; two runs give the same
# bytes.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo views)
d="$repo/docs/decisions"
mkdir -p "$d"
printf 'repository: owner/product\nlanguage: en\n' >"$repo/.govlog.yml"
cat >"$d/0001-old-store.md" <<'MD'
# 1. Keep files on disk

Date: 2025-11-03

## Status

Superseded by [2. Use a database](0002-database.md)

## Context

c

## Decision

d

## Consequences

e
MD
cat >"$d/0002-database.md" <<'MD'
# 2. Use a database

Date: 2026-01-13

## Status

Accepted

Supersedes [1. Keep files on disk](0001-old-store.md)

## Context

c

## Decision

d

## Consequences

e
MD
cat >"$d/0003-backups.md" <<'MD'
# 3. Back up the database nightly

Date: 2026-01-20

## Status

Proposed

Amends [2. Use a database](0002-database.md)

## Context

c

## Decision

d

## Consequences

e
MD
cat >"$d/0004-undated.md" <<'MD'
---
title: "<script>alert(1)</script>"
status: proposed
---

## Context and Problem Statement

x

## Considered Options

y

## Decision Outcome

z
MD
commit_all "$repo" "docs: the decision log"
for v in 0.1.0 0.2.0 0.3.0 0.4.0 0.5.0 0.6.0 0.7.0; do
	printf '%s\n' "$v" >"$repo/VERSION"
	commit_all "$repo" "chore: version $v"
	git -C "$repo" tag "v$v"
done
printf 'db\n' >"$repo/db.txt"
git -C "$repo" add -A
git -C "$repo" commit -q -m 'feat: "><img src=x onerror=alert(1)>' -m 'Decision: ADR-0002'
git -C "$repo" tag v1.0.0
printf 'fix\n' >>"$repo/db.txt"
commit_all "$repo" "fix: close the connection"
printf 'more\n' >>"$repo/db.txt"
git -C "$repo" add -A
git -C "$repo" commit -q -m "feat: nightly backup" -m "Refs: #12"

run_govlog "$repo" site -o "$TEST_DIR/site"
expect_status 0 "govlog site -o DIR"
expect_line "$out" "21 files written; open $TEST_DIR/site/index.html" \
	"four record pages, the index, three views, three assets, eight release pages, the releases and the gaps"
for view in timeline graph trace; do
	[ -s "$TEST_DIR/site/$view.html" ] && pass "$view.html is written" || fail "no $view.html"
done
nav='<li><a href="timeline.html">Timeline</a></li>'
for page in index.html timeline.html graph.html trace.html; do
	grep -qF "$nav" "$TEST_DIR/site/$page" && grep -qF '<li><a href="trace.html">Traceability</a></li>' "$TEST_DIR/site/$page" &&
		pass "$page links the views in its navigation" || fail "$page has no link to the views"
done
grep -qF '<li><a href="../graph.html">Relations</a></li>' "$TEST_DIR/site/records/ADR-0001.html" &&
	pass "a record's page links them from its folder" || fail "a record's page does not link ../graph.html"

# The timeline: years and months, newest first, the undated apart, status in words.
t=$(sed -n '/<main/,/<\/main>/p' "$TEST_DIR/site/timeline.html" | grep -o '<h[23]>[^<]*</h[23]>\|records/ADR-[0-9]*' | tr '\n' ' ')
want='<h2>2026</h2> <h3>January</h3> records/ADR-0003 records/ADR-0002 <h2>2025</h2> <h3>November</h3> records/ADR-0001 <h2>Without a date</h2> records/ADR-0004 '
[ "$t" = "$want" ] && pass "the timeline: years, months, newest first, the undated apart" ||
	fail "the timeline reads '$t'"
expect_line "$(cat "$TEST_DIR/site/timeline.html")" '<li><time datetime="2026-01-13">2026-01-13</time> <a href="records/ADR-0002.html">ADR-0002</a> 2. Use a database <span class="status status-accepted"><span aria-hidden="true">✔</span> Accepted</span></li>' \
	"each record with its date, a link to its page, its title and its status in words with a symbol"

# The relation graph.
g=$(cat "$TEST_DIR/site/graph.html")
expect_line "$g" '<svg xmlns="http://www.w3.org/2000/svg" role="graphics-document" width="628" height="172" viewBox="0 0 628 172" aria-labelledby="relations-svg-title" aria-describedby="relations-svg-desc">' \
	"the graph is one inline SVG, named by its title and described by its desc"
expect_line "$g" '<title id="relations-svg-title">Relations</title>' "its title"
case "$g" in *'<a href="records/ADR-0001.html"><g class="box"><rect x="16" y="98"'*) pass "the superseded record is in the first column, under the newer ADR-0003, a link to its page" ;;
*) fail "ADR-0001 is not the first column's link" ;; esac
case "$g" in *'<a href="records/ADR-0002.html"><g class="box"><rect x="336" y="40"'*) pass "its successor is in the next column" ;;
*) fail "ADR-0002 is not in the second column" ;; esac
case "$g" in *'class="arrow" marker-end="url(#relations-svg-arrow)"'*) pass "relations are arrows with a marker" ;;
*) fail "no arrow with a marker" ;; esac
expect_line "$g" '<text x="292" y="58" class="edge-label" text-anchor="middle">Amends</text>' \
	"a link's words label its arrow"
expect_line "$g" '<li><a href="records/ADR-0002.html">ADR-0002</a> (2. Use a database) Supersedes <a href="records/ADR-0001.html">ADR-0001</a> (1. Keep files on disk)</li>' \
	"the list after the drawing says each relation in words"
expect_line "$g" '<p>1 decisions without relations are not drawn.</p>' "and what is left out"
r=$(cat "$TEST_DIR/site/records/ADR-0002.html")
expect_line "$r" '<h2>Related decisions</h2>' "a record's page shows its own relations"
expect_line "$r" '<li><a href="../records/ADR-0003.html">ADR-0003</a> (3. Back up the database nightly) Amends ADR-0002 (2. Use a database)</li>' \
	"as a list too, the record itself not a link"
case "$(cat "$TEST_DIR/site/records/ADR-0004.html")" in *Related*) fail "a record without relations shows an empty graph" ;;
*) pass "a record without relations shows none" ;; esac

# The trace.
tr=$(cat "$TEST_DIR/site/trace.html")
for col in Requests Decisions "Commits and pull requests" Releases; do
	case "$tr" in *"class=\"heading\">$col</text>"*) pass "the trace has the column $col" ;; *) fail "no column $col" ;; esac
done
fix=$(git -C "$repo" log --format=%h --abbrev=7 -n 1 --grep='^fix: close')
if printf '%s' "$tr" | grep -q "<g class=\"box gap\"><rect [^>]*/><text [^>]*>$fix</text><text [^>]* class=\"gap-word\" text-anchor=\"end\">gap</text>"; then
	pass "a fix that names no request is a dashed box with the word gap"
else fail "the fix $fix is not marked as a gap"; fi
expect_line "$tr" '<a href="https://github.com/owner/product/issues/12"><g class="box"><rect x="16" y="40" width="232" height="44" rx="4"/><text x="24" y="58" class="id">#12</text></g></a>' \
	"a request is a box in the first column, a link to its issue"
case "$tr" in *'&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'*) pass "a hostile commit subject is text" ;; *) fail "the hostile subject is not shown as text" ;; esac
case "$tr" in *'<img src=x'*) fail "the hostile subject became markup" ;; *) pass "and never markup" ;; esac
expect_line "$tr" '<p>The newest 6 of 8 releases are drawn, and the commits not released yet; govlog trace shows the whole history.</p>' \
	"the trace says it draws the newest releases only"
expect_line "$tr" '<h2>The trace as a list</h2>' "the drawing is followed by the same content as lists"
case "$tr" in *"<li><a href=\"https://github.com/owner/product/commit/"*"\">$fix</a> close the connection <strong class=\"gap-word\">gap:</strong> "*"; leads to (unreleased)</li>"*) pass "a gap in words in the list" ;;
*) fail "the list does not name the gap of $fix" ;; esac

# Twice the same bytes; one file and Jekyll carry the views.
run_govlog "$repo" site -o "$TEST_DIR/again"
diff -r "$TEST_DIR/site" "$TEST_DIR/again" >"$TEST_DIR/diff" 2>&1 && pass "a second run draws the same bytes" ||
	fail "the drawings differ between runs: $(head -5 "$TEST_DIR/diff")"
run_govlog "$repo" site --single-file "$TEST_DIR/one.html"
one=$(cat "$TEST_DIR/one.html")
for view in timeline graph trace; do
	case "$one" in *"<li><a href=\"#$view\">"*"<section class=\"view\" id=\"$view\" aria-labelledby=\"$view-title\">"*) pass "one file holds the $view and links it" ;;
	*) fail "one file lacks the $view section or its link" ;; esac
done
dups=$(grep -o ' id="[^"]*"' "$TEST_DIR/one.html" | sort | uniq -d)
[ -z "$dups" ] && pass "one file's ids are unique" || fail "ids twice in one file: $dups"
run_govlog "$repo" site --format jekyll -o "$TEST_DIR/jekyll"
expect_line "$(head -4 "$TEST_DIR/jekyll/graph.html")" 'title: "Relations"' "Jekyll: the graph page has a title in its front matter"
expect_line "$(head -4 "$TEST_DIR/jekyll/graph.html")" 'nav_order: 3' "and a place in just-the-docs' navigation"
finish
