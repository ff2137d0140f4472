#!/bin/sh
# govlog site -o DIR on the bundled example (Danish) and on a log written to
# attack it: one page per record and an index of them all, newest first;
# every internal link and asset of every page resolves inside the folder and
# nothing outside it is named but the repository's files on GitHub; the
# pages say their language; a record titled <script>alert(1)</script> and
# text with "><img onerror=…> are text on every page; links between records
# lead to their pages; a second run gives the same bytes. The release pages,
# the releases list and the gaps page join the crawl, and a commit subject
# "><img src=x onerror=alert(1)> is text on the release and record pages. The
# timeline, the relation graph and the trace (SVG and the lists after it) show
# a title <script>alert(1)</script> and a commit subject "><img …> as text too.
. "$(dirname "$0")/../test-lib.sh"

sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$TEST_DIR/demo" >/dev/null
run_govlog "$TEST_DIR/demo" site -o "$TEST_DIR/site"
expect_status 0 "govlog site -o DIR"
records=$(cd "$TEST_DIR/demo" && "$GOVLOG" list --format csv | tail -n +2 | wc -l)
releases=$(cd "$TEST_DIR/demo" && "$GOVLOG" changelog --format json | jq '.releases | length')
# the index, the search index, the style, the script; the releases, their list, the
# gaps; the timeline, the graph, the trace
expect_line "$out" "$((records + 4 + releases + 2 + 3)) filer skrevet; åbn $TEST_DIR/site/index.html" \
	"it says how many files and which page to open, in the log's language"

# check_site DIR REPOSITORY [PREFIX...]: the crawler (tests/site/crawl.py); prints
# what is wrong, one a line. Outside the folder only the repository on GitHub
# is named, and the PREFIXes the configuration's links name (a ticket system).
check_site() {
	python3 "$GOVLOG_SOURCE_DIR/tests/site/crawl.py" "$@"
}
bad=$(check_site "$TEST_DIR/site" os2display/governance https://os2web.atlassian.net/browse/ 2>"$TEST_DIR/crawl.err")
if [ -z "$bad" ]; then pass "every link and asset of the example's site resolves inside it ($(cat "$TEST_DIR/crawl.err"))"
else fail "the example's site: $bad"; fi
for page in releases.html gaps.html; do
	[ -f "$TEST_DIR/site/$page" ] && pass "the example's site has $page" || fail "no $page"
done
pages=$(find "$TEST_DIR/site/releases" -name '*.html' | wc -l)
[ "$pages" -eq "$releases" ] && pass "a page for each of the $releases releases" || fail "$pages pages for $releases releases"
pages=$(find "$TEST_DIR/site/records" -name '*.html' | wc -l)
[ "$pages" -eq "$records" ] && pass "a page for each of the $records records" || fail "$pages pages for $records records"
first=$(sed -n 's/.*<tr data-entry="0"[^>]*><td><a href="records\/\([^"]*\)\.html">.*/\1/p' "$TEST_DIR/site/index.html")
newest=$(cd "$TEST_DIR/demo" && "$GOVLOG" list --format csv | tail -n +2 | awk -F, '$6 != "" { print $6, $1 }' | sort -r | head -n 1 | cut -d' ' -f2)
[ "$first" = "$newest" ] && pass "the newest record ($newest) comes first" || fail "first row $first, newest $newest"

# A log written to attack the pages.
repo=$(new_repo hostile)
mkdir -p "$repo/docs/decisions"
cat >"$repo/docs/decisions/0001-script.md" <<'MD'
# 1. <script>alert(1)</script>

Date: 2026-01-13

## Status

Superseded by [ADR-0002](0002-next.md)

## Context

A link "><img src=x onerror=alert(2)> and <b onmouseover="alert(3)">bold</b>,
[a script link](javascript:alert(4)), [the next one](0002-next.md#decision),
[a file of the repository](../../README.md) and ![a diagram](diagram.png).

## Decision

Do it.

## Consequences

None.
MD
cat >"$repo/docs/decisions/0002-next.md" <<'MD'
# 2. Next "><img src=x onerror=alert(5)>

Date: 2026-02-01

## Status

Accepted

Supersedes [ADR-0001](0001-script.md)

## Context

c

## Decision

d

## Consequences

e
MD
cat >"$repo/docs/decisions/0003-front.md" <<'MD'
---
title: "<script>alert(1)</script>"
status: proposed
date: 2026-03-01
supersedes: ADR-0002
---

## Context and Problem Statement

x

## Considered Options

y

## Decision Outcome

z
MD
printf 'repository: owner/product\nlanguage: da\n' >"$repo/.govlog.yml"
printf '# Product\n' >"$repo/README.md"
commit_all "$repo" "docs: the records"
printf 'x\n' >"$repo/x.txt"
git -C "$repo" add -A
git -C "$repo" commit -q -m 'feat: "><img src=x onerror=alert(1)>' -m 'Decision: ADR-0003'
run_govlog "$repo" site -o "$TEST_DIR/hostile-site"
expect_status 0 "a site of hostile records"
for page in index.html records/ADR-0001.html records/ADR-0002.html records/ADR-0003.html \
	timeline.html graph.html trace.html; do
	body=$(cat "$TEST_DIR/hostile-site/$page")
	case "$body" in
	*"<script>alert"* | *"<img src=x"* | *"<b onmouseover"* | *"javascript:"*)
		fail "$page lets the record's markup through" ;;
	*) pass "$page shows the hostile text as text" ;;
	esac
done
expect_line "$(cat "$TEST_DIR/hostile-site/records/ADR-0003.html")" '<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>' \
	"a title <script>alert(1)</script> is text in the page's heading"
expect_line "$(cat "$TEST_DIR/hostile-site/index.html")" '<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>' \
	"and in the index"
graph=$(cat "$TEST_DIR/hostile-site/graph.html") trace=$(cat "$TEST_DIR/hostile-site/trace.html")
case "$graph" in *'<text x="664" y="76">&lt;script&gt;alert(1)&lt;/script&gt;</text>'*) pass "a title <script>alert(1)</script> is text in the graph's SVG, a generation after the record it supersedes" ;;
*) fail "the graph's SVG does not show the title <script> as text" ;; esac
case "$graph" in *'<li><a href="records/ADR-0003.html">ADR-0003</a> (&lt;script&gt;alert(1)&lt;/script&gt;) Erstatter <a href="records/ADR-0002.html">ADR-0002</a> (2. Next &quot;&gt;)</li>'*) pass "and in the list after it" ;;
*) fail "the graph's list does not show the title as text" ;; esac
case "$trace" in *'">&lt;script&gt;alert(1)&lt;/script&gt;</text>'*) pass "a title <script>alert(1)</script> is text in the trace's SVG" ;;
*) fail "the trace's SVG does not show the title <script> as text" ;; esac
case "$trace" in *'<text x="'*'">&quot;&gt;&lt;img src=x onerror=alert(…</text>'*) pass "a commit subject \"><img …> is text in the trace's SVG, shortened" ;;
*) fail "the trace's SVG does not show the hostile subject as text" ;; esac
case "$trace" in *'</a> &lt;script&gt;alert(1)&lt;/script&gt;;'*'</a> &quot;&gt;&lt;img src=x onerror=alert(1)&gt;'*) pass "both are text in the trace's lists" ;;
*) fail "the trace's lists do not show the hostile subject and title as text" ;; esac
expect_line "$(cat "$TEST_DIR/hostile-site/timeline.html")" '<a href="records/ADR-0003.html">ADR-0003</a> &lt;script&gt;alert(1)&lt;/script&gt; <span class="status status-proposed"><span aria-hidden="true">◌</span> Forslag</span></li>' \
	"and in the timeline"
expect_line "$(cat "$TEST_DIR/hostile-site/records/ADR-0001.html")" '<h1>1. alert(1)</h1>' \
	"a <script> element in a Markdown heading is left out, as GitHub leaves it out"
expect_line "$(cat "$TEST_DIR/hostile-site/records/ADR-0001.html")" '<a href="../records/ADR-0002.html#decision">the next one</a>' \
	"a link to another record's file leads to its page"
expect_line "$(cat "$TEST_DIR/hostile-site/records/ADR-0001.html")" '<a href="https://github.com/owner/product/blob/HEAD/README.md">a file of the repository</a>' \
	"a link to another file of the repository leads to it on GitHub"
expect_line "$(cat "$TEST_DIR/hostile-site/records/ADR-0001.html")" '<img src="https://github.com/owner/product/raw/HEAD/docs/decisions/diagram.png" alt="a diagram" />' \
	"an image of the repository is shown from GitHub"
expect_line "$(cat "$TEST_DIR/hostile-site/records/ADR-0002.html")" '<h2 id="decision">Decision</h2>' \
	"headings have GitHub's anchors, so file.md#decision finds them"
bad=$(check_site "$TEST_DIR/hostile-site" "owner/product" 2>/dev/null)
[ -z "$bad" ] && pass "the hostile site's links resolve and name nothing outside" || fail "hostile site: $bad"

# A released commit whose subject attacks the release and record pages.
printf 'x\n' >"$repo/code.c"
git -C "$repo" add code.c
git -C "$repo" commit -q -m 'feat: "><img src=x onerror=alert(1)>

Decision: ADR-0002'
git -C "$repo" tag 'v1.0.0'
run_govlog "$repo" site -o "$TEST_DIR/hostile-site"
expect_status 0 "a site of hostile records and a hostile commit"
for page in releases/v1.0.0.html records/ADR-0002.html; do
	body=$(cat "$TEST_DIR/hostile-site/$page")
	expect_line "$body" '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;' "$page shows the commit subject as text"
	expect_no_line "$body" '<img src=x' "$page lets none of the subject's markup through"
done
bad=$(check_site "$TEST_DIR/hostile-site" "owner/product" 2>/dev/null)
[ -z "$bad" ] && pass "with a release, the hostile site's links resolve and name nothing outside" ||
	fail "hostile site with a release: $bad"

# The same log gives the same site.
run_govlog "$repo" site -o "$TEST_DIR/again"
diff -r "$TEST_DIR/hostile-site" "$TEST_DIR/again" >"$TEST_DIR/diff" 2>&1 && pass "a second run writes the same bytes" ||
	fail "the site differs between two runs: $(head -5 "$TEST_DIR/diff")"
# The same log as one file: the record's "</script>" cannot end the inline search index.
printf '\nA closing tag in the text: </script><script>alert(6)</script>\n' >>"$repo/docs/decisions/0002-next.md"
run_govlog "$repo" site --single-file "$TEST_DIR/one.html"
expect_status 0 "the hostile log as one file"
expect_line "$out" "1 fil skrevet; åbn $TEST_DIR/one.html" "one file is one file, in Danish's singular"
scripts=$(grep -o '<script' "$TEST_DIR/one.html" | wc -l)
[ "$scripts" -eq 2 ] && pass "one file holds only its own two scripts" || fail "one file holds $scripts <script tags"
if grep -q 'alert(6)</script>' "$TEST_DIR/one.html"; then fail "a record's </script> reached the page"; else pass "a record's </script> stays inside the search index"; fi

run_govlog "$repo" site
expect_status 2 "site without -o is a usage error"
finish
