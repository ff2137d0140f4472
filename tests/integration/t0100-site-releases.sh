#!/bin/sh
# govlog site in a repository with release tags: a releases page (newest
# first) in every page's navigation, a page per release with its release
# notes, the gaps page (a count per kind, then each gap with its release and
# pull request), and on a record's page its status history from Git (date,
# author after .mailmap, short id, old -> new), the commits whose Decision:
# trailers name it with their releases, and the requests it answers. A commit
# subject "><img src=x onerror=alert(1)> is text everywhere. Without tags the
# release pages and their navigation entry are absent; outside a repository
# the gaps page is too. The one-file and Jekyll variants carry the new pages.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo product)
mkdir -p "$repo/docs/decisions"
record() { # STATUS
	cat >"$repo/docs/decisions/0001-use-postgres.md" <<MD
---
status: $1
date: 2026-01-10
requests: "#12"
---
# Use PostgreSQL

## Context

c
MD
}
at() { export GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z"; }
record proposed
printf 'repository: owner/product\n' >"$repo/.govlog.yml"
printf 'Bo Coordinator <bo@example.org> <bo.old@example.org>\n' >"$repo/.mailmap"
at 2026-01-10
commit_all "$repo" "docs(decisions): propose PostgreSQL"
record accepted
at 2026-01-20
git -C "$repo" add -A
git -C "$repo" -c user.name="bo old" -c user.email=bo.old@example.org \
	commit -q -m "docs(decisions): accept PostgreSQL" --author="bo old <bo.old@example.org>"
accept=$(git -C "$repo" rev-parse --short=7 HEAD)
printf 'x\n' >"$repo/schema.sql"
at 2026-02-01
commit_all "$repo" 'feat: store "><img src=x onerror=alert(1)> in PostgreSQL

Decision: ADR-0001'
named=$(git -C "$repo" rev-parse --short=7 HEAD)
git -C "$repo" tag v1.0.0
cat >"$repo/docs/decisions/0002-faster-search.md" <<'MD'
---
id: FR-12
status: accepted
date: 2026-02-10
---
# Faster search

A request of the users.
MD
printf 'y\n' >>"$repo/schema.sql"
at 2026-03-01
commit_all "$repo" "fix: index the table

Refs: FR-12"
refs=$(git -C "$repo" rev-parse --short=7 HEAD)
git -C "$repo" tag v1.1.0+build.5

run_govlog "$repo" site -o "$TEST_DIR/site"
expect_status 0 "govlog site in a repository with two release tags"
site=$TEST_DIR/site

# The releases list: newest first, each tag as written, its page safely named.
releases=$(cat "$site/releases.html")
expect_line "$releases" '<h1>Releases</h1>' "a releases page, in the log's language (English)"
order=$(grep -o 'href="releases/[^"]*"' "$site/releases.html" | tr '\n' ' ')
[ "$order" = 'href="releases/v1.1.0-build.5.html" href="releases/v1.0.0.html" ' ] &&
	pass "the releases list the newest first, the tag's '+' left out of its file name" ||
	fail "releases listed as: $order"
expect_line "$releases" '>v1.1.0+build.5</a>' "the tag is shown as written"
for page in index.html releases.html gaps.html records/ADR-0001.html releases/v1.0.0.html; do
	case "$page" in */*) up=../ ;; *) up= ;; esac
	expect_line "$(cat "$site/$page")" "<li><a href=\"${up}releases.html\">Releases</a></li><li><a href=\"${up}gaps.html\">Gaps</a></li>" \
		"$page links the releases and the gaps in its navigation"
done

# A release's page: its notes as release-notes writes them, hostile subject as text.
v1=$(cat "$site/releases/v1.0.0.html")
expect_line "$v1" '<h1>Release notes: v1.0.0 (2026-02-01)</h1>' "the release page is titled as its notes"
expect_line "$v1" '<h2>Features</h2>' "its changes are grouped as release-notes groups them"
expect_line "$v1" 'store &quot;&gt;&lt;img src=x onerror=alert(1)&gt; in PostgreSQL' \
	"a commit subject with markup is text on the release page"
expect_line "$v1" '<a href="../records/ADR-0001.html">Use PostgreSQL</a>' \
	"the decision the release accepted leads to its record's page"
expect_no_line "$v1" '<img src=x' "no markup of a subject reaches the release page"
run_govlog "$repo" release-notes v1.0.0
expect_line "$out" 'store "\>\<img src=x onerror=alert(1)\> in PostgreSQL' "(release-notes names the same change)"

# The gaps page: counts per kind, then each gap with its release and pull request.
gaps=$(cat "$site/gaps.html")
run_govlog "$repo" trace --format json
want=$(printf '%s' "$out" | jq -r '.gap_counts["commit-without-request"]')
expect_line "$gaps" "<tr data-kind=\"commit-without-request\"><th scope=\"row\">Feature and fix commits with no request</th><td>$want</td></tr>" \
	"the gaps page counts the features and fixes without a request as trace does ($want)"
expect_line "$gaps" "<th scope=\"row\">$named</th>" "each gap names what it is about"
expect_line "$gaps" '<td><a href="releases/v1.0.0.html">v1.0.0</a></td><td>no pull request</td>' \
	"a commit's gap names its release (a link) and its pull request"
expect_line "$gaps" '<caption>Gaps by kind</caption>' "the counts are a table with a caption"

# A record's page: status history, the commits that name it, the requests it answers.
adr=$(cat "$site/records/ADR-0001.html")
expect_line "$adr" "<tr><td>2026-01-20</td><td><code><a href=\"https://github.com/owner/product/commit/" \
	"the status history dates the change and links its commit"
expect_line "$adr" ">$accept</a></code></td><td>Bo Coordinator</td><td><span class=\"status status-proposed\"><span aria-hidden=\"true\">◌</span> Proposed</span> → <span class=\"status status-accepted\"><span aria-hidden=\"true\">✔</span> Accepted</span></td></tr>" \
	"the change names its author through .mailmap and the old and new status"
expect_line "$adr" '<td>store &quot;&gt;&lt;img src=x onerror=alert(1)&gt; in PostgreSQL</td><td><a href="../releases/v1.0.0.html">v1.0.0</a></td>' \
	"the commit that names the record, its subject as text, and the release that holds it"
expect_no_line "$adr" '<img src=x' "no markup of a subject reaches the record's page"
expect_line "$adr" '<li><a href="https://github.com/owner/product/issues/12">#12</a></li>' \
	"the request the record answers"
fr=$(cat "$site/records/FR-12.html")
expect_line "$fr" ">$refs</a></code></td><td>index the table</td><td><a href=\"../releases/v1.1.0-build.5.html\">v1.1.0+build.5</a></td>" \
	"a request record's page lists the commit whose Refs: name it, and its release"
first=$(grep -o '<tr><td>2026-01-[0-9]*</td>' "$site/records/ADR-0001.html" | head -1)
[ "$first" = '<tr><td>2026-01-10</td>' ] && pass "the history starts with the oldest change" ||
	fail "the history starts with $first"

# One file and Jekyll carry the same pages.
run_govlog "$repo" site --single-file "$TEST_DIR/one.html"
expect_status 0 "one file"
one=$(cat "$TEST_DIR/one.html")
for id in releases rel-v1.0.0 rel-v1.1.0-build.5 gaps; do
	case "$one" in *"id=\"$id\""*) pass "one file has the section #$id" ;; *) fail "one file lacks #$id" ;; esac
done
expect_line "$one" '<li><a href="#releases">Releases</a></li><li><a href="#gaps">Gaps</a></li>' \
	"one file's navigation leads to its sections"
run_govlog "$repo" site --format jekyll -o "$TEST_DIR/jekyll"
expect_status 0 "Jekyll pages"
expect_line "$(cat "$TEST_DIR/jekyll/releases/v1.0.0.html")" 'parent: "Releases"' \
	"a release page is a child of the releases page in just-the-docs' navigation"
expect_line "$(cat "$TEST_DIR/jekyll/releases.html")" 'has_children: true' "the releases page has children"
expect_line "$(cat "$TEST_DIR/jekyll/gaps.html")" 'title: "Gaps"' "the gaps page is a Jekyll page"

# A shallow clone (as CI checks out): the history as far as it reaches.
git clone -q --depth 1 "file://$repo" "$TEST_DIR/shallow"
run_govlog "$TEST_DIR/shallow" site -o "$TEST_DIR/shallow-site"
expect_status 0 "a shallow clone without its tags"
expect_line "$(cat "$TEST_DIR/shallow-site/records/ADR-0001.html")" '<h2>Status history</h2>' \
	"its record pages have what the clone holds"

# Without tags: no releases; outside a repository: no gaps either.
plain=$(new_repo plain)
mkdir -p "$plain/docs/decisions"
cp "$repo/docs/decisions/0001-use-postgres.md" "$plain/docs/decisions/"
commit_all "$plain" "docs: a record"
run_govlog "$plain" site -o "$TEST_DIR/plain-site"
expect_status 0 "a repository without tags"
[ ! -e "$TEST_DIR/plain-site/releases.html" ] && [ ! -e "$TEST_DIR/plain-site/releases" ] &&
	pass "without tags there are no release pages" || fail "release pages without tags"
expect_no_line "$(cat "$TEST_DIR/plain-site/index.html")" 'releases.html' "and no releases in the navigation"
expect_line "$(cat "$TEST_DIR/plain-site/index.html")" '<li><a href="gaps.html">Gaps</a></li>' "the gaps are there"
mkdir -p "$TEST_DIR/folder/docs/decisions"
cp "$repo/docs/decisions/0001-use-postgres.md" "$TEST_DIR/folder/docs/decisions/"
run_govlog "$TEST_DIR/folder" site -o "$TEST_DIR/folder-site"
expect_status 0 "a folder outside any repository"
[ ! -e "$TEST_DIR/folder-site/gaps.html" ] && pass "outside a repository there is no gaps page" ||
	fail "a gaps page without a repository"
expect_no_line "$(cat "$TEST_DIR/folder-site/records/ADR-0001.html")" 'Status history' \
	"and no history on a record's page"
finish
