#!/bin/sh
# index --write and changelog --write replace only what lies between one
# complete pair of markers: a begin marker never closed, an end marker with no
# begin, a second or nested block is an error naming the file and the line
# (exit 2, in the log's language), and the file is left byte for byte.
. "$(dirname "$0")/../test-lib.sh"

sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$TEST_DIR/demo" >/dev/null
repo="$TEST_DIR/demo"
page="$repo/docs/decisions/README.md"
B='<!-- govlog:index -->'
E='<!-- /govlog:index -->'

# refused NAME FILE LINE: the last run failed with exit 2 naming FILE:LINE, FILE unchanged.
refused() {
	expect_status 2 "$1: refused"
	expect_line "$err" "$2:$3:" "$1: the message names the file and line $3"
	if cmp -s "$repo/$2" "$TEST_DIR/before"; then
		pass "$1: the file is unchanged"
	else
		fail "$1: the file changed"
	fi
	leftovers=$(find "$repo" -name '*govlog-*' -not -path '*/.git/*')
	[ -z "$leftovers" ] && pass "$1: no temporary file" || fail "$1: left $leftovers"
}

# index_case NAME TEXT LINE MESSAGE: the page TEXT is refused at LINE with MESSAGE.
index_case() {
	printf "$2" >"$page"
	cp "$page" "$TEST_DIR/before"
	run_govlog "$repo" index --write
	refused "index: $1" docs/decisions/README.md "$3"
	expect_line "$err" "docs/decisions/README.md:$3: $4" "index: $1: says what is wrong"
}

# The demo log is Danish: each message says which marker and what is wrong, in Danish.
index_case "begin never closed" "# Log\n\n$B\nold\n\nHand-written notes.\n" 3 \
	"'$B' lukkes aldrig af '$E': intet er skrevet"
index_case "end without begin" "# Log\n\nText.\n$E\nMore text.\n" 4 \
	"'$E' har intet '$B' før sig: intet er skrevet"
index_case "two blocks" "# Log\n$B\nold\n$E\n\nMiddle.\n\n$B\nold\n$E\nEnd.\n" 8 \
	"'$B' igen: kun én blok frem til '$E' er tilladt; intet er skrevet"
index_case "nested begin" "# Log\n$B\n$B\nx\n$E\n$E\nEnd.\n" 3 \
	"'$B' igen: kun én blok frem til '$E' er tilladt; intet er skrevet"
index_case "end after the pair" "# Log\n$B\nold\n$E\nText.\n$E\n" 6 \
	"'$E' har intet '$B' før sig: intet er skrevet"

printf "# Log\n\nIntro.\n\n$B\nold\n$E\n\nAfter.\n" >"$page"
run_govlog "$repo" index --write
expect_status 0 "index: one complete pair is replaced"
expect_line "$(cat "$page")" "After." "index: the text after the block is kept"
expect_no_line "$(cat "$page")" "old" "index: the old table is gone"

# The changelog: the same rules, with its own markers; an English log says it in English.
repo="$TEST_DIR/cl"
git -c init.defaultBranch=main init -q "$repo"
mkdir -p "$repo/docs/decisions"
printf 'language: en\n' >"$repo/.govlog.yml"
printf '# x\n' >"$repo/README.md"
commit_all "$repo" "feat: first"
git -C "$repo" tag v1.0.0
S='<!-- govlog:changelog:start -->'
T='<!-- govlog:changelog:end -->'
changelog_case() {
	printf "$2" >"$repo/CHANGELOG.md"
	cp "$repo/CHANGELOG.md" "$TEST_DIR/before"
	run_govlog "$repo" changelog --write
	refused "changelog: $1" CHANGELOG.md "$3"
	expect_line "$err" "CHANGELOG.md:$3: $4" "changelog: $1: says what is wrong"
}
# An English log says it in English.
changelog_case "start never closed" "# Changelog\n\n$S\n\n## Notes kept by hand\n" 3 \
	"'$S' is never closed by '$T': nothing written"
changelog_case "end without start" "# Changelog\n$T\n" 2 \
	"'$T' has no '$S' before it: nothing written"
changelog_case "two blocks" "# Changelog\n$S\n$T\nhand\n$S\n$T\n" 5 \
	"'$S' again: one block up to '$T' is allowed; nothing written"
changelog_case "nested start" "# Changelog\n$S\n$S\n$T\n$T\n" 3 \
	"'$S' again: one block up to '$T' is allowed; nothing written"

printf "# Changelog\n\nIntro.\n\n$S\nold\n$T\n\nKept.\n" >"$repo/CHANGELOG.md"
run_govlog "$repo" changelog --write
expect_status 0 "changelog: one complete pair is replaced"
expect_line "$(cat "$repo/CHANGELOG.md")" "Kept." "changelog: the text after the block is kept"
expect_line "$(cat "$repo/CHANGELOG.md")" "## [v1.0.0]" "changelog: the release is written, its tag as written"

finish
