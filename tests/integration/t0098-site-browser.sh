#!/bin/sh
# The site of the bundled example opened in Debian's chromium by
# puppeteer-core (tests/package.json; the system browser, nothing
# downloaded): axe-core finds no WCAG 2.1 A/AA violation on the front page,
# a record's page, the releases page, a release's page (with the steering
# group's view) and the gaps page;
# typing a Danish word with æ/ø/å into the search
# finds the record that holds it and says how many show; without JavaScript
# the front page lists every record. Screenshots of each page type are kept
# in the build folder (site-screenshots/) as the test's artefacts. The views
# too: the timeline, the trace, the relation graph of a log whose records
# name each other, and a record's own relations, each with no violation; the
# front page of a site of two repositories (Danish and English) too, and its
# filter by repository.
. "$(dirname "$0")/../test-lib.sh"
: "${GOVLOG_BUILD_DIR:?set GOVLOG_BUILD_DIR to the build folder}"

modules="$GOVLOG_SOURCE_DIR/tests/node_modules"
if [ ! -d "$modules/puppeteer-core" ] || [ ! -d "$modules/axe-core" ]; then
	fail "puppeteer-core and axe-core are not installed: run sh dev.sh test (npm ci in tests/)"
	finish
fi
command -v chromium >/dev/null || { fail "Debian's chromium is not installed: run sh dev.sh test"; finish; }
command -v node >/dev/null || { fail "node is not installed: run sh dev.sh test"; finish; }

sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$TEST_DIR/demo" >/dev/null
run_govlog "$TEST_DIR/demo" site -o "$TEST_DIR/site"
expect_status 0 "the example's site"
count=$(cd "$TEST_DIR/demo" && "$GOVLOG" list --format csv | tail -n +2 | wc -l)
# The record whose text holds "skærme" (ADR-0011, "Kalenderdata på skærmene").
want=$(cd "$TEST_DIR/demo" && grep -l "skærme" docs/decisions/*.md | head -n 1)
want_id=$(cd "$TEST_DIR/demo" && "$GOVLOG" show "$want" --meta | sed -n 's/^ID: *//p; s/^id: *//p' | head -n 1)
[ -n "$want_id" ] || want_id=$(cd "$TEST_DIR/demo" && "$GOVLOG" list --format csv | grep ",$want\$" | cut -d, -f1)
# The newest release's page, as the releases page links it first.
release=$(grep -o 'href="releases/[^"]*"' "$TEST_DIR/site/releases.html" | head -n 1 | sed 's/href="//; s/"$//')
[ -n "$release" ] && pass "the releases page links $release first" || fail "the releases page links no release"
# The steering group's view is a section of each release's page: axe checks it there.
grep -q 'til styregruppen' "$TEST_DIR/site/$release" && pass "the release page holds the steering group's view" ||
	fail "the release page lacks the steering group's view"
run_govlog "$TEST_DIR/demo" site --single-file "$TEST_DIR/one.html"
expect_status 0 "the example's site as one file"
# A log whose records supersede and amend each other, for the graph.
repo=$(new_repo relations)
mkdir -p "$repo/docs/decisions"
printf 'language: da\n' >"$repo/.govlog.yml"
for n in 1 2 3; do
	{
		printf '# %s. Beslutning nummer %s\n\nDate: 2026-0%s-01\n\n## Status\n\n' "$n" "$n" "$n"
		[ "$n" = 1 ] && printf 'Superseded by [2. B](0002-b.md)\n'
		[ "$n" = 2 ] && printf 'Accepted\n\nSupersedes [1. A](0001-a.md)\n'
		[ "$n" = 3 ] && printf 'Accepted\n\nAmends [2. B](0002-b.md)\n'
		printf '\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n'
	} >"$repo/docs/decisions/000$n-$(printf '%s' "$n" | tr 123 abc).md"
done
commit_all "$repo" "docs: three decisions"
run_govlog "$repo" site -o "$TEST_DIR/relations-site"
expect_status 0 "a site of records that name each other"
# Two repositories as one site: the example (Danish, first) and an English log.
repo=$(new_repo english)
mkdir -p "$repo/docs/decisions"
printf 'language: en\n' >"$repo/.govlog.yml"
printf '# 1. Use it\n\nDate: 2026-05-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n' \
	>"$repo/docs/decisions/0001-use-it.md"
commit_all "$repo" "docs: a decision"
run_govlog "$TEST_DIR" site -o "$TEST_DIR/org-site" demo english
expect_status 0 "a site of two repositories"
shots="$GOVLOG_BUILD_DIR/site-screenshots"
mkdir -p "$shots"
status=0
ORG_SITE="$TEST_DIR/org-site" GRAPH_SITE="$TEST_DIR/relations-site" SINGLE_FILE="$TEST_DIR/one.html" CHROMIUM=$(command -v chromium) timeout 300 node "$GOVLOG_SOURCE_DIR/tests/site/browser.mjs" \
	"$TEST_DIR/site" "$shots" "skærm" "$want_id" "$count" "$release" >"$TEST_DIR/browser.out" 2>&1 || status=$?
sed 's/^/    /' "$TEST_DIR/browser.out"
grep -q '^FAIL' "$TEST_DIR/browser.out" && fail "the browser checks (above)"
expect_status 0 "the browser checks ran to the end"
for page in index record releases release gaps search index-no-js single-file timeline trace graph-none graph record-relations graph-focus org; do
	[ -s "$shots/$page.png" ] && pass "a screenshot of the $page page" || fail "no screenshot $page.png"
done
finish
