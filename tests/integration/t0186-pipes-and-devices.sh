#!/bin/sh
# A pipe where govlog expects a file never makes it wait: a named pipe with a
# record's name in the decision folder is reported (file/unreadable) and the
# other records are checked; a pipe as the index page is refused and left as
# it is. Where a user names a pipe on purpose, it is read: a commit message
# piped to `hook commit-msg /dev/stdin`, which then speaks of a message, not
# of a commit Git keeps.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo pipes)
d="$repo/docs/decisions"
mkdir -p "$d"
cat >"$d/0001-use-postgresql.md" <<'MD'
---
status: accepted
date: 2026-05-01
deciders: Ada Tester
---
# Use PostgreSQL

## Context and Problem Statement

The vendors need one database.

## Considered Options

* PostgreSQL
* MariaDB

## Decision Outcome

Chosen option: "PostgreSQL", because all three vendors run it.
MD
mkfifo "$d/0002-named-pipe.md"

# within SECONDS COMMAND...: runs govlog in the repository, stopped if it waits longer.
within() {
	limit=$1
	shift
	status=0
	(cd "$repo" && timeout "$limit" "$GOVLOG" "$@") >"$TEST_DIR/stdout" 2>"$TEST_DIR/stderr" || status=$?
	out=$(cat "$TEST_DIR/stdout")
	err=$(cat "$TEST_DIR/stderr")
}

within 20 check
[ "$status" -ne 124 ] && pass "check does not wait on a pipe" || fail "check waited on the pipe"
expect_status 1 "a pipe among the records is an error"
expect_line "$err" "docs/decisions/0002-named-pipe.md: error: not a regular file (a pipe, a device or a socket): not read as a record [file/unreadable]" \
	"the pipe is named, with why it was not read"
within 20 list
expect_line "$out" "ADR-0001" "the other record is read"

mkfifo "$d/README.md"
within 20 index --write
[ "$status" -ne 124 ] && pass "index --write does not wait on a pipe" || fail "index --write waited on the pipe"
expect_status 3 "a pipe as the index page is refused"
expect_line "$err" "not a regular file" "and says why"
[ -p "$d/README.md" ] && pass "the pipe is left as it was" || fail "the pipe was replaced"
rm "$d/README.md"

status=0
printf 'feat(db): move to PostgreSQL 16\n' | (cd "$repo" && "$GOVLOG" hook commit-msg /dev/stdin) \
	>"$TEST_DIR/stdout" 2>"$TEST_DIR/stderr" || status=$?
expect_status 0 "a good message piped to commit-msg"
status=0
printf 'moved the database\n' | (cd "$repo" && "$GOVLOG" hook commit-msg /dev/stdin) \
	>"$TEST_DIR/stdout" 2>"$TEST_DIR/stderr" || status=$?
err=$(cat "$TEST_DIR/stderr")
expect_status 1 "a bad message piped to commit-msg"
expect_line "$err" "/dev/stdin:1:6: error: the subject is not 'type(scope): description' [commit/format]" \
	"the finding names where the message came from, at the missing ':'"
expect_line "$err" "govlog: the message is refused" "no commit is refused, and nothing is kept"
expect_no_line "$err" "COMMIT_EDITMSG" "no word of Git's message file"

finish
