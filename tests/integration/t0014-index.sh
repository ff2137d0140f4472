#!/bin/sh
# govlog index: the table, written between its markers with the rest of the
# page kept byte for byte; appended to a page without markers; a new page
# (with just-the-docs front matter for --format jekyll) when there is none.
. "$(dirname "$0")/../test-lib.sh"

sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$TEST_DIR/demo" >/dev/null
repo="$TEST_DIR/demo"
d="$repo/docs/decisions"

run_govlog "$repo" index
expect_status 0 "index prints the table"
expect_line "$out" "| ID | Titel | Status | Dato | Type | Beslutningstagere | Erstattet af |" \
	"the header, in the Danish log's language"
expect_line "$out" '| ADR-0001 | [\[SDR\] Fælles styringsmodel for OS2display](0001-faelles-styringsmodel.md) | Godkendt | 2026-01-20 | SDR | Styregruppen |  |' \
	"a row links to its record and says its status in the log's own word"
rows=$(printf '%s\n' "$out" | grep -c '^| ADR-')
records=$(find "$d" -name '0*.md' | wc -l)
if [ "$rows" -eq "$records" ]; then pass "one row per record ($rows)"; else fail "$rows rows for $records records"; fi

printf '# Beslutninger\r\n\r\nIntro.\r\n\r\n<!-- govlog:index -->\r\nold table\r\n<!-- /govlog:index -->\r\n\r\nEfterskrift.\r\n' >"$d/README.md"
head -c 38 "$d/README.md" >"$TEST_DIR/head"
tail -c 16 "$d/README.md" >"$TEST_DIR/tail"
run_govlog "$repo" index --write
expect_status 0 "index --write"
expect_line "$out" "docs/decisions/README.md" "the page written is named"
if head -c 38 "$d/README.md" | cmp -s - "$TEST_DIR/head" && tail -c 16 "$d/README.md" | cmp -s - "$TEST_DIR/tail"; then
	pass "the text around the markers is kept byte for byte"
else
	fail "the page around the markers changed"
fi
expect_no_line "$(cat "$d/README.md")" "old table" "the old table is replaced"
expect_line "$(cat "$d/README.md")" "| ADR-0009 |" "the new table is in place"
run_govlog "$repo" index --write
cp "$d/README.md" "$TEST_DIR/once"
run_govlog "$repo" index --write
if cmp -s "$d/README.md" "$TEST_DIR/once"; then pass "writing twice changes nothing"; else fail "not idempotent"; fi

printf '# Notes\n\nSome text.\n' >"$d/README.md"
run_govlog "$repo" index --write
expect_line "$(cat "$d/README.md")" "Some text." "a page without markers keeps its text"
expect_line "$(cat "$d/README.md")" "<!-- govlog:index -->" "and gets the table after it"

run_govlog "$repo" index --write --format jekyll
expect_line "$out" "docs/decisions/index.md" "jekyll writes index.md"
expect_line "$(cat "$d/index.md")" "has_children: true" "with just-the-docs navigation"
expect_line "$(cat "$d/index.md")" "# Beslutningslog" "titled in the log's language"
expect_line "$(head -4 "$d/0001-faelles-styringsmodel.md")" "parent: Beslutningslog" \
	"a bullet record gets front matter naming its parent"
expect_line "$(head -4 "$d/0001-faelles-styringsmodel.md")" "nav_order: 1" "and its place"
expect_line "$(head -6 "$d/0008-screen-client-framework.md")" "parent: Beslutningslog" \
	"a front matter record gets the keys added"
expect_line "$(cat "$d/0008-screen-client-framework.md")" "status: proposed" "and keeps its own"
cp "$d/0008-screen-client-framework.md" "$TEST_DIR/jekyll-once"
run_govlog "$repo" index --write --format jekyll
if cmp -s "$d/0008-screen-client-framework.md" "$TEST_DIR/jekyll-once"; then pass "jekyll navigation is idempotent"; else fail "changed on the second run"; fi
english=$(new_repo index-en)
run_govlog "$english" new decision "Use PostgreSQL" --profile madr
run_govlog "$english" new decision "Use Redis" --profile madr
run_govlog "$english" index --write
expect_line "$(cat "$english/docs/decisions/README.md")" "# Decision log" "an English log gets an English page"
expect_line "$(cat "$english/docs/decisions/README.md")" "| ID | Title | Status | Date | Type | Deciders | Superseded by |" \
	"with English headers"
expect_line "$(cat "$english/docs/decisions/README.md")" "| ADR-0002 | [Use Redis](0002-use-redis.md) | proposed |" \
	"with its records"

run_govlog "$repo" list --format csv
expect_line "$out" "ADR-0001,[SDR] Fælles styringsmodel for OS2display,SDR,accepted," \
	"records read the same with their navigation front matter"
run_govlog "$repo" check
expect_no_line "$err" "README.md" "the index page is not taken for a record"
expect_no_line "$err" "index.md" "nor is the jekyll page"
finish
