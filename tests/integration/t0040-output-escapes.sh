#!/bin/sh
# Output cannot be turned against its reader: control characters from titles,
# file names, status text and commit messages are shown escaped ("\x1b", "\n")
# in check's text, list, show and the commit-msg hook's excerpt; a file name
# with a line break forges no GitHub workflow command; the github format
# escapes per GitHub's rules; CSV cells that start like a formula are
# neutralised (OWASP: a leading ').
. "$(dirname "$0")/../test-lib.sh"

esc=$(printf '\033')
repo=$(new_repo escapes)
d="$repo/docs/decisions"
mkdir -p "$d"
printf -- '---\nstatus: accepted\ndate: 2026-01-02\n---\n# 1. Red \033[31mALERT\033]0;owned\007 title\n\nText \033[2J here.\n' \
	>"$d/0001-red.md"
# A file name with a line break, then what would be a workflow command.
forged="$d/0002-x
::error file=forged.md::pwned.md"
printf -- '---\nstatus: acepted\ndate: 2026-01-03\n---\n# 2. Forged\n\nSee [gone](gone.md).\n' >"$forged"
printf -- '---\nstatus: accepted\ndate: 2026-01-04\ndeciders: "@SUM(1+1)*cmd|/C calc!A0"\n---\n# =HYPERLINK("http://x.example/","click")\n' \
	>"$d/0003-formula.md"
printf -- '---\nstatus: accepted\ndate: 2026-01-05\n---\n# 4. Bidi \342\200\256gnp.exe\n' >"$d/0004-bidi.md"
commit_all "$repo" "docs: hostile titles and names"

# no_line_start TEXT PREFIX WHAT: no line of TEXT starts with PREFIX.
no_line_start() {
	if printf '%s\n' "$1" | grep -q "^$2"; then
		fail "$3: a line starts with '$2'"
		printf '%s\n' "$1" | sed 's/^/    /' >&2
	else
		pass "$3"
	fi
}

run_govlog "$repo" check
expect_status 1 "the misspelt status is an error"
expect_no_line "$err" "$esc" "check's text output holds no raw ESC"
no_line_start "$err" "::" "a file name with a line break forges no workflow command"
expect_line "$err" 'docs/decisions/0002-x\n::error file=forged.md::pwned.md:2:9: error: unknown status' \
	"the line break in the file name is shown as \\n"

run_govlog "$repo" check --format github
no_line_start "$out" "::error file=forged" "the github format forges no second command"
expect_line "$out" '::error file=docs/decisions/0002-x%0A%3A%3Aerror file=forged.md%3A%3Apwned.md,line=2,col=9' \
	"the file property is escaped per GitHub's rules"

run_govlog "$repo" list
expect_status 0 "list"
expect_no_line "$out" "$esc" "list's table holds no raw ESC"
expect_line "$out" 'Red \x1b[31mALERT\x1b]0;owned\x07 title' "list shows the title's controls escaped"
expect_line "$out" 'Bidi \u202egnp.exe' "a right-to-left override is shown escaped"
expect_line "$out" 'docs/decisions/0002-x\n::error' "list shows the file name's line break as \\n"
no_line_start "$out" "::" "list forges no workflow command"

run_govlog "$repo" show docs/decisions/0001-red.md
expect_status 0 "show"
expect_no_line "$out" "$esc" "show's metadata and text hold no raw ESC"
expect_line "$out" 'title:' "show labels the title"
expect_line "$out" 'Text \x1b[2J here.' "show's text keeps its lines, controls escaped"

# A line longer than show's buffer: no character is cut in two (no U+FFFD appears).
awk 'BEGIN { printf "# 5. Long\n\n"; for (i = 0; i < 8190; i++) printf "x"
	for (i = 0; i < 3000; i++) printf "æøå"; print "" }' >"$TEST_DIR/long.md"
run_govlog "$repo" show "$TEST_DIR/long.md"
expect_no_line "$out" "$(printf '\357\277\275')" "a long line keeps its characters whole"

run_govlog "$repo" show 'ADR-9'"$esc"'[2J'
expect_status 2 "an unknown ID"
expect_no_line "$err" "$esc" "the error quoting the argument holds no raw ESC"

run_govlog "$repo" list --format csv
expect_line "$out" "\"'=HYPERLINK(\"\"http://x.example/\"\",\"\"click\"\")\"" \
	"a title starting with = is quoted with a leading '"
expect_line "$out" "\"'@SUM(1+1)*cmd|/C calc!A0\"" "a decider starting with @ too"
expect_line "$out" ',accepted,' "ordinary cells stay as they are"

# The commit-msg hook's excerpt with its caret.
printf 'bad \033[31msubject\033[0m here\n' >"$TEST_DIR/msg"
run_govlog "$repo" hook commit-msg "$TEST_DIR/msg"
expect_status 1 "a subject that is no Conventional Commits header"
expect_no_line "$err" "$esc" "the hook's excerpt holds no raw ESC"
expect_line "$err" 'bad \x1b[31msubject\x1b[0m here' "the excerpt shows the escapes"
finish
