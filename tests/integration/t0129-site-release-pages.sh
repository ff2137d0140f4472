#!/bin/sh
# The site's release pages and Jekyll pages as a reader and GitHub Pages need
# them, on the bundled example:
# - every Jekyll page govlog writes for a record or a release opens with front
#   matter naming `layout: default`, the just-the-docs layout that gives the
#   page the site's navigation (without it Jekyll shows bare HTML);
# - a release page has exactly one top-level heading (<h1>), the notes' title,
#   in the folder site and in the Jekyll pages;
# - links the notes make to GitHub (pull requests, commits) stay absolute on a
#   release page: they lead out of the site, not to a page of it;
# - a record page's drawing of its relations holds the record's own box (its
#   ID and title, not a link: it is the page itself) beside the box of the
#   record it supersedes.
. "$(dirname "$0")/../test-lib.sh"

repo="$TEST_DIR/example"
sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$repo" >/dev/null
run_govlog "$repo" site -o "$TEST_DIR/site"
expect_status 0 "site"
run_govlog "$repo" site -o "$TEST_DIR/jekyll" --format jekyll
expect_status 0 "site --format jekyll"

pages=0 bad=0
for f in "$TEST_DIR"/jekyll/ADR-*.html "$TEST_DIR"/jekyll/releases/*.html; do
	pages=$((pages + 1))
	if [ "$(sed -n 1p "$f")" != "---" ] || ! sed -n '2,/^---$/p' "$f" | grep -qx 'layout: default'; then
		bad=$((bad + 1))
		fail "$(basename "$f"): its front matter names no 'layout: default'"
	fi
done
[ "$pages" -ge 15 ] || fail "expected the 12 record pages and 3 release pages, found $pages"
[ "$bad" -eq 0 ] && pass "all $pages Jekyll record and release pages name layout: default"

for f in "$TEST_DIR/site/releases/v1.1.0.html" "$TEST_DIR/jekyll/releases/v1.1.0.html"; do
	h1=$(grep -o '<h1[ >]' "$f" | wc -l)
	if [ "$h1" -eq 1 ]; then
		pass "$(basename "$(dirname "$(dirname "$f")")") release page: one <h1>"
	else
		fail "$f: $h1 <h1> headings, expected 1"
	fi
	expect_line "$(grep -o '<h1[^>]*>[^<]*' "$f")" "v1.1.0" "the <h1> names the release"
done

page=$(cat "$TEST_DIR/site/releases/v1.1.0.html")
expect_line "$page" 'href="https://github.com/os2display/governance/pull/35"' \
	"the notes' link to pull request #35 stays absolute"
expect_line "$page" 'href="https://github.com/os2display/governance/commit/' \
	"the notes' links to commits stay absolute"

log=$(new_repo supersede)
mkdir -p "$log/docs/decisions"
printf -- '---\nstatus: superseded by ADR-0002\ndate: 2026-01-05\n---\n# Use MySQL\n\n## Context and Problem Statement\n\nWe need a database.\n\n## Considered Options\n\n* MySQL\n\n## Decision Outcome\n\nChosen option: "MySQL".\n' \
	>"$log/docs/decisions/0001-use-mysql.md"
printf -- '---\nstatus: accepted\ndate: 2026-02-05\n---\n# Use Postgres\n\nSupersedes [ADR-0001](0001-use-mysql.md)\n\n## Context and Problem Statement\n\nWe need a database.\n\n## Considered Options\n\n* Postgres\n\n## Decision Outcome\n\nChosen option: "Postgres".\n' \
	>"$log/docs/decisions/0002-use-postgres.md"
commit_all "$log" "docs: Postgres supersedes MySQL"
run_govlog "$log" site -o "$TEST_DIR/drawn"
expect_status 0 "site of two records, one superseding the other"
svg=$(tr '\n' ' ' <"$TEST_DIR/drawn/records/ADR-0002.html" | grep -o '<svg.*</svg>' || true)
expect_line "$svg" '<g class="box"><rect' "the drawing has boxes"
own=$(printf '%s\n' "$svg" | grep -o '<g class="box"><rect [^>]*/><text [^>]*class="id">ADR-0002</text><text [^>]*>Use Postgres</text></g>' || true)
expect_line "$own" "Use Postgres" "the record's own box holds its ID and title"
expect_no_line "$svg" 'href="../records/ADR-0002.html"' "the record's own box links nowhere"
expect_line "$svg" '<a href="../records/ADR-0001.html"><g class="box">' "the superseded record's box links to its page"
finish
