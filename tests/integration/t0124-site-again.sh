#!/bin/sh
# govlog site written again into the same folder replaces only the pages whose
# content changed: an unchanged page keeps its file (inode and mtime), so a
# web server or rsync sees what changed; a changed record's page is replaced
# whole; a page someone replaced by a symbolic link is replaced, never
# followed; a page whose mode was changed is written again with 0644. A
# supersede written as a Markdown link shows as the record it names.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo again)
d="$repo/docs/decisions"
mkdir -p "$d"
for n in 1 2 3; do
	printf '# %s. Decision %s\n\nDate: 2026-01-0%s\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n' \
		"$n" "$n" "$n" >"$d/000$n-decision-$n.md"
done
commit_all "$repo" "docs: three decisions"
out_dir="$TEST_DIR/site"
run_govlog "$repo" site -o "$out_dir"
expect_status 0 "the first site"

# stamp FILE: its inode and mtime in nanoseconds.
stamp() { stat -c '%i %.9Y' "$1"; }
one=$(stamp "$out_dir/records/ADR-0001.html")
two=$(stamp "$out_dir/records/ADR-0002.html")
touch -d '2001-01-01' "$out_dir/records/ADR-0003.html"
chmod 600 "$out_dir/records/ADR-0003.html"
printf 'x\n' >"$TEST_DIR/elsewhere"
rm "$out_dir/index.html"
ln -s "$TEST_DIR/elsewhere" "$out_dir/index.html"
sed -i 's/^d$/A new decision text./' "$d/0002-decision-2.md"
run_govlog "$repo" site -o "$out_dir"
expect_status 0 "the site again"

[ "$(stamp "$out_dir/records/ADR-0001.html")" = "$one" ] && pass "an unchanged page keeps its file" ||
	fail "an unchanged page was written again"
[ "$(stamp "$out_dir/records/ADR-0002.html")" != "$two" ] && pass "a changed record's page is replaced" ||
	fail "the changed record's page kept its old file"
expect_line "$(cat "$out_dir/records/ADR-0002.html")" "A new decision text." "and holds the new text"
[ "$(stat -c %a "$out_dir/records/ADR-0003.html")" = 644 ] && pass "a page whose mode changed is written with 0644" ||
	fail "mode $(stat -c %a "$out_dir/records/ADR-0003.html")"
[ ! -L "$out_dir/index.html" ] && pass "a link in place of a page is replaced by the page" || fail "index.html is still a link"
[ "$(cat "$TEST_DIR/elsewhere")" = x ] && pass "the link's target is untouched" || fail "the link was followed"

# A supersede written as a Markdown link shows as the record it names, linked.
printf '# 4. Decision 4\n\nDate: 2026-01-04\n\n## Status\n\nAccepted\n\nSupersedes [1. Decision 1](0001-decision-1.md)\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n' \
	>"$d/0004-decision-4.md"
sed -i 's/^Accepted$/Superseded by [4. Decision 4](0004-decision-4.md)/' "$d/0001-decision-1.md"
commit_all "$repo" "docs: four supersedes one"
run_govlog "$repo" site -o "$out_dir"
expect_status 0 "the site with a supersede"
page=$(cat "$out_dir/records/ADR-0001.html")
expect_line "$page" '<a href="../records/ADR-0004.html">ADR-0004</a> (4. Decision 4)</dd>' \
	"the superseded record's page links its successor by ID and title"
expect_no_line "$page" '<dd>[4. Decision 4](0004-decision-4.md)</dd>' "the field's Markdown is not the row's text"
expect_line "$(cat "$out_dir/records/ADR-0004.html")" '<a href="../records/ADR-0001.html">ADR-0001</a> (1. Decision 1)</dd>' \
	"the successor's page links the record it supersedes"

finish
