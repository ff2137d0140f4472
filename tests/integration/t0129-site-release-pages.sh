#!/bin/sh
# The site's release pages and Jekyll pages as a reader and GitHub Pages need
# them, on the bundled example:
# - every Jekyll page govlog writes for a record or a release opens with front
#   matter naming `layout: default`, the just-the-docs layout that gives the
#   page the site's navigation (without it Jekyll shows bare HTML);
# - a release page has exactly one top-level heading (<h1>), the notes' title,
#   in the folder site and in the Jekyll pages;
# - links the notes make to GitHub (pull requests, commits) stay absolute on a
#   release page: they lead out of the site, not to a page of it.
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
finish
