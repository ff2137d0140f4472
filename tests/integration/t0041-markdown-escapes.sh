#!/bin/sh
# Every Markdown page govlog writes (the index, the trace, release notes, the
# changelog) shows titles, subjects, deciders, names and reference text as
# written: no raw HTML, no '|' splitting a table cell, no link or emphasis the
# author did not mean, no javascript: target, no control character.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo md)
cd "$repo"
d="$repo/docs/decisions"
mkdir -p "$d"
printf 'repository: owner/name\n' >.govlog.yml
printf -- '---\nstatus: accepted\ndate: 2026-01-02\ndeciders: "[click](javascript:alert(1)), <b>Bo</b>"\n---\n# 1. Use \\<img src=x onerror=alert(1)\\> \\| split \\*now\\*\n' \
	>"$d/0001-use-img.md"
git add -A
git commit -q -m "docs: a hostile title"
git commit -q --allow-empty -m "feat: show <script>alert(1)</script> | cell [x](javascript:alert(2))" \
	-m "Refs: #12" -m "Decision: ADR-0001"
GIT_AUTHOR_NAME='Mallory *x* [m](javascript:x) | y' git commit -q --allow-empty \
	-m "fix(<i>ui</i>): text with a tab	and an escape $(printf '\033')[2J"
git tag v1.0.0
cd "$TEST_DIR"

# unescaped TEXT PATTERN WHAT: no line holds PATTERN without a backslash before it.
unescaped() {
	if printf '%s\n' "$1" | grep -qE -- "(^|[^\\])$2"; then
		fail "$3: unescaped '$2'"
		printf '%s\n' "$1" | sed 's/^/    /' >&2
	else
		pass "$3"
	fi
}

# no_raw TEXT WHAT: none of the injected forms is left active.
no_raw() {
	unescaped "$1" "<img" "$2: no raw <img"
	unescaped "$1" "<script" "$2: no raw <script"
	unescaped "$1" "<b>" "$2: no raw <b>"
	unescaped "$1" "\]\(javascript:" "$2: no javascript: link"
	expect_no_line "$1" "$(printf '\033')" "$2: no raw ESC"
}

run_govlog "$repo" index
expect_status 0 "index"
no_raw "$out" "index"
expect_line "$out" '| ADR-0001 | [1. Use \<img src=x onerror=alert(1)\> \| split \*now\*](0001-use-img.md) | accepted |' \
	"the title is escaped inside its link, '|' too"
expect_line "$out" '| \[click\](javascript:alert(1)), \<b\>Bo\</b\> |' "deciders are escaped"
cells=$(printf '%s\n' "$out" | grep '^| ADR-0001' | sed 's/\\|//g' | tr -cd '|' | wc -c)
if [ "$cells" -eq 8 ]; then pass "the row has its seven cells"; else fail "the row has $cells bars"; fi

run_govlog "$repo" trace
expect_status 0 "trace"
no_raw "$out" "trace"
expect_line "$out" '[ADR-0001](docs/decisions/0001-use-img.md) 1. Use \<img src=x onerror=alert(1)\> \| split \*now\* |' \
	"the trace's decision title is escaped"

run_govlog "$repo" release-notes v1.0.0
expect_status 0 "release-notes"
no_raw "$out" "release notes"
expect_line "$out" 'show \<script\>alert(1)\</script\> \| cell \[x\](javascript:alert(2))' \
	"the subject is escaped"
expect_line "$out" '[#12](https://github.com/owner/name/issues/12)' "a reference keeps its link"
expect_line "$out" '**\<i\>ui\</i\>:** text with a tab and an escape \\x1b\[2J' \
	"the scope is escaped, a tab is a space, ESC is shown"
expect_line "$out" 'Mallory \*x\* \[m\](javascript:x) \| y (1)' "the author's name is escaped"

# HTML stays escaped (a tag with '<' is no release tag, so <title> holds plain versions).
run_govlog "$repo" release-notes v1.0.0 --format html
expect_status 0 "release-notes as HTML"
expect_no_line "$out" "<script" "no raw <script in the HTML page"
expect_line "$out" "&lt;script&gt;alert(1)&lt;/script&gt;" "the subject is shown as text"
expect_no_line "$out" 'href="javascript:' "no javascript: link in the HTML page"
run_govlog "$repo" trace --format html
expect_no_line "$out" "<img" "no raw <img in the trace page"

run_govlog "$repo" changelog
expect_status 0 "changelog"
no_raw "$out" "changelog"
expect_line "$out" '[v1.0.0]: https://github.com/owner/name/releases/tag/v1.0.0' \
	"the reference definition of the release"
finish
