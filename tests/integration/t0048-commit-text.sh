#!/bin/sh
# Commit text as people wrote it: a message in ISO-8859-1 with Git's encoding
# header is converted to UTF-8 (iconv) in the changelog, release notes and
# trace; bytes that are not UTF-8 and have no header become U+FFFD, so the
# output is always valid UTF-8; the commit-msg hook reads messages up to the
# record limit (10 MiB) and says so beyond it; a reference pattern that gives
# up on a message (PCRE2's match limit) is a warning naming it, not a quiet
# "names no issue".
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

# valid_utf8 TEXT WHAT
valid_utf8() {
	if printf '%s' "$1" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1; then pass "$2"; else fail "$2: not valid UTF-8"; fi
}

repo=$(new_repo latin1)
cd "$repo"
git config i18n.commitEncoding ISO-8859-1
printf 'feat: r\370dgr\370d med fl\370de\n\nBl\345b\346r og \346bler.\n' >"$TEST_DIR/latin1.txt"
GIT_AUTHOR_NAME="$(printf 'S\370ren \306rl\370')" git commit -q --allow-empty -F "$TEST_DIR/latin1.txt"
if git cat-file -p HEAD | grep -q '^encoding ISO-8859-1'; then pass "Git wrote the encoding header"; else fail "no encoding header"; fi
git tag v1.0.0
git config --unset i18n.commitEncoding
# Bytes that are no UTF-8 and no header (git commit would re-encode them itself).
raw=$(printf 'tree %s\nparent %s\nauthor Ada Tester <ada@example.org> 1780000000 +0000\ncommitter Ada Tester <ada@example.org> 1780000000 +0000\n\nfix: stray \377\376 bytes\n' \
	"$(git rev-parse 'HEAD^{tree}')" "$(git rev-parse HEAD)" | git hash-object -t commit -w --literally --stdin)
git update-ref refs/heads/main "$raw"

run_govlog "$repo" changelog
expect_status 0 "changelog"
expect_line "$out" "rødgrød med fløde" "the ISO-8859-1 subject is converted to UTF-8"
expect_line "$out" "stray �� bytes" "stray bytes are replaced by U+FFFD"
valid_utf8 "$out" "the changelog is valid UTF-8"
run_govlog "$repo" release-notes v1.0.0 --format json
expect_line "$out" "rødgrød med fløde" "release notes (JSON) have the converted subject"
valid_utf8 "$out" "and are valid UTF-8"
run_govlog "$repo" trace --format json
expect_line "$out" "rødgrød med fløde" "the trace has it too"
valid_utf8 "$out" "the trace is valid UTF-8"

# --- The commit-msg hook reads messages up to 10 MiB. ---
repo=$(new_repo big)
printf 'commits:\n  require-refs: [feat]\n' >"$repo/.govlog.yml"
commit_all "$repo" "chore: configure govlog"
run_govlog "$repo" init --hooks
line="Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
# message FILE SUBJECT KIB [TRAILER]: a message of about KIB KiB.
message() {
	{
		printf '%s\n\n' "$2"
		i=0
		while [ $i -lt $(($3 * 12)) ]; do
			printf '%s\n' "$line"
			i=$((i + 1))
		done
		[ -z "${4:-}" ] || printf '\n%s\n' "$4"
	} >"$1"
}
message "$TEST_DIR/big-ok" "feat: a long report" 2048 "Refs: #12"
message "$TEST_DIR/big-bad" "feat: a long report" 2048
status=0
git -C "$repo" commit -q --allow-empty -F "$TEST_DIR/big-ok" 2>"$TEST_DIR/err" || status=$?
err=$(cat "$TEST_DIR/err")
expect_status 0 "a 2 MiB message with its Refs: is committed"
expect_no_line "$err" "cannot read" "and read"
status=0
git -C "$repo" commit -q --allow-empty -F "$TEST_DIR/big-bad" 2>"$TEST_DIR/err" || status=$?
err=$(cat "$TEST_DIR/err")
if [ "$status" -ne 0 ]; then pass "a 2 MiB feat without Refs: is refused"; else fail "it was committed"; fi
expect_line "$err" "a feat commit needs a Refs:" "for what it says, not as unreadable"
message "$TEST_DIR/huge" "feat: too long" 11000 "Refs: #12"
status=0
git -C "$repo" commit -q --allow-empty -F "$TEST_DIR/huge" 2>"$TEST_DIR/err" || status=$?
err=$(cat "$TEST_DIR/err")
if [ "$status" -ne 0 ]; then pass "a message over 10 MiB is refused"; else fail "it was committed"; fi
expect_line "$err" "larger than 10 MiB" "saying why"
run_govlog "$repo" check --commits HEAD~1..HEAD .govlog.yml
expect_no_crash "check --commits over the 2 MiB message"
expect_no_line "$err" "cannot read" "check --commits reads it"

# --- A reference pattern that backtracks without end: a warning naming it. ---
repo=$(new_repo limit)
printf 'commits:\n  require-refs: [fix]\n  references: ["(a|aa)+$"]\n' >"$repo/.govlog.yml"
commit_all "$repo" "chore: configure govlog"
run_govlog "$repo" init --hooks
status=0
git -C "$repo" commit -q --allow-empty -m "fix: a crash" -m "Refs: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab" 2>"$TEST_DIR/err" || status=$?
err=$(cat "$TEST_DIR/err")
expect_line "$err" "warning: pattern '(a|aa)+\$' reached its match limit" "the pattern that gave up is named"
status=0
git -C "$repo" commit -q --allow-empty -m "fix: a crash" -m "Refs: aaaa" 2>"$TEST_DIR/err" || status=$?
err=$(cat "$TEST_DIR/err")
expect_status 0 "a reference the pattern matches passes"
expect_no_line "$err" "match limit" "with no warning"
finish
