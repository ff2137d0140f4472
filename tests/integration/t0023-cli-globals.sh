#!/bin/sh
# The global options work before and after the verb, as git's do:
# --color=<when>, -C <dir>, and --help/-h, which needs no decision log.
. "$(dirname "$0")/lib.sh"

repo=$(new_repo globals)
mkdir -p "$repo/doc/adr"
cat >"$repo/doc/adr/0001-use-postgresql.md" <<'MD'
# 1. Use PostgreSQL

Date: 2026-03-12

## Status

Acceptd

## Context

We need a database.

## Decision

PostgreSQL.

## Consequences

One more service to run.
MD
commit_all "$repo" "docs: a decision with a misspelt status"
esc=$(printf '\033')

# --color after the verb is the same option as before it.
run_govlog "$repo" --color=never check
expect_status 1 "--color=never before the verb: the misspelt status is an error"
before_out=$out before_err=$err
expect_line "$err" "doc/adr/0001-use-postgresql.md:7:1: error: unknown status 'Acceptd'" \
	"the finding is reported in the text format"
expect_no_line "$err" "$esc[" "--color=never before the verb: no escape sequences"
run_govlog "$repo" check --color=never
expect_status 1 "--color=never after the verb: the same exit status"
expect_no_line "$err" "$esc[" "--color=never after the verb: no escape sequences"
if [ "$out" = "$before_out" ] && [ "$err" = "$before_err" ]; then
	pass "--color=never after the verb prints what it prints before the verb"
else
	fail "--color=never after the verb differs from before the verb"
	printf '%s\n---\n%s\n' "$before_err" "$err" | sed 's/^/    /' >&2
fi

# NO_COLOR is set by lib.sh: --color=always overrides it, in either place.
run_govlog "$repo" check --color=always
expect_status 1 "--color=always after the verb"
expect_line "$err" "$esc[" "--color=always after the verb colours the diagnostics"
always_after=$err
run_govlog "$repo" --color=always check
if [ "$err" = "$always_after" ]; then
	pass "--color=always after the verb equals --color=always before it"
else
	fail "--color=always after the verb differs from before the verb"
fi
run_govlog "$repo" check --color=sometimes
expect_status 2 "an invalid --color value after the verb is a usage error"
expect_line "$err" "'sometimes'" "the invalid value is named"

# check --help is help check, and needs no log (here: no repository at all).
run_govlog "$repo" help check
expect_status 0 "help check"
help_out=$out
expect_line "$out" "usage: govlog check" "help check starts with the verb's usage"
expect_line "$out" "--format FORMAT" "help check lists the verb's options"
for asked in --help -h; do
	run_govlog "$TEST_DIR" check "$asked"
	expect_status 0 "check $asked outside a repository"
	if [ "$out" = "$help_out" ] && [ -z "$err" ]; then
		pass "check $asked prints what help check prints, and nothing on stderr"
	else
		fail "check $asked differs from help check"
		printf '%s\n---\n%s\n' "$help_out" "$out" | sed 's/^/    /' >&2
	fi
done
run_govlog "$repo" list --format csv --help
if [ "$status" -eq 0 ] && printf '%s\n' "$out" | head -1 | grep -qF "usage: govlog list"; then
	pass "--help after other options still shows the verb's help"
else
	fail "list --format csv --help: exit $status, $(printf '%s\n' "$out" | head -1)"
fi

# An unknown global option is a usage error, before or after the verb.
run_govlog "$repo" --frobnicate check
expect_status 2 "an unknown global option before the verb"
expect_line "$err" "unknown option '--frobnicate'" "the unknown option is named"
expect_line "$err" "usage: govlog" "the usage follows"
run_govlog "$repo" check --frobnicate
expect_status 2 "an unknown option after the verb"
expect_line "$err" "check: unknown option '--frobnicate'" "the verb names the unknown option"
run_govlog "$repo" -C
expect_status 2 "-C without a folder"

# -C <dir> runs as if govlog were started in <dir>.
run_govlog "$TEST_DIR" -C "$repo" list --format csv
expect_status 0 "-C before the verb"
expect_line "$out" "ADR-0001,1. Use PostgreSQL," "-C before the verb reads that repository's log"
expect_line "$out" "doc/adr/0001-use-postgresql.md" "paths are relative to the -C folder"
run_govlog "$TEST_DIR" list --format csv -C "$repo"
expect_status 0 "-C after the verb"
expect_line "$out" "ADR-0001,1. Use PostgreSQL," "-C after the verb reads that repository's log"
run_govlog "$TEST_DIR" -C "$repo" check doc/adr/0001-use-postgresql.md
expect_status 1 "-C: a path on the command line is relative to the -C folder"
run_govlog "$TEST_DIR" -C "$TEST_DIR/no-such-folder" check
expect_status 2 "-C to a folder that does not exist"
expect_line "$err" "no-such-folder" "the missing folder is named"

finish
