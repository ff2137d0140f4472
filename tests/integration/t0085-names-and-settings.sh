#!/bin/sh
# A record is named by its ID or its bare number, as adr-tools users type it:
# a name the log does not have (long, empty, or a number of ten digits) is an
# error (exit 2) that names it, never another record, and a command that
# writes leaves every file as it was. releases.fold-prereleases takes true or
# false only, and govlog config shows the value and the line it came from.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo names)
mkdir -p "$repo/doc/adr"
nygard() { # nygard FILE NUMBER TITLE STATUS
	printf '# %s. %s\n\nDate: 2026-03-0%s\n\n## Status\n\n%s\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nSo.\n' \
		"$2" "$3" "$2" "$4" >"$repo/doc/adr/$1"
}
nygard 0001-record-architecture-decisions.md 1 "Record architecture decisions" Accepted
nygard 0002-use-postgresql.md 2 "Use PostgreSQL" Proposed
commit_all "$repo" "docs: two decisions"

# The names that do name a record.
run_govlog "$repo" show 2
expect_status 0 "show 2"
expect_line "$out" "title:       2. Use PostgreSQL" "a bare number names its record"
run_govlog "$repo" show 0001
expect_line "$out" "title:       1. Record architecture decisions" "so does a zero-padded one"
run_govlog "$repo" show ADR-0002
expect_line "$out" "title:       2. Use PostgreSQL" "and the ID"

# Names the log does not have: no record is shown in their place.
for name in use-something-else record-architecture-decisions-again 0000000001 ""; do
	run_govlog "$repo" show "$name"
	expect_status 2 "show '$name'"
	expect_line "$err" "no record has the ID '$name'" "show '$name' names what it did not find"
	expect_no_line "$out" "title:" "show '$name' shows no record"
done

# A writer given such a name changes nothing.
git -C "$repo" status --porcelain >"$TEST_DIR/before"
run_govlog "$repo" status use-the-other-database accepted
expect_status 2 "status on a name no record has"
expect_line "$err" "no record has the ID or number 'use-the-other-database'" "status names it"
git -C "$repo" status --porcelain >"$TEST_DIR/after"
if cmp -s "$TEST_DIR/before" "$TEST_DIR/after" && git -C "$repo" diff --quiet; then
	pass "status on an unknown name writes nothing"
else
	fail "status on an unknown name changed the work tree: $(git -C "$repo" status --porcelain)"
fi

# releases.fold-prereleases: true or false, shown with its origin.
for value in true false; do
	printf 'releases:\n  fold-prereleases: %s\n' "$value" >"$repo/.govlog.yml"
	run_govlog "$repo" config
	expect_status 0 "fold-prereleases: $value"
	expect_line "$out" "  fold-prereleases: $value  # .govlog.yml:2" "config shows $value and its line"
done
rm "$repo/.govlog.yml"
run_govlog "$repo" config
expect_line "$out" "  fold-prereleases: false  # default" "without the key it is false by default"
for value in yes 1 '[true]'; do
	printf 'releases:\n  fold-prereleases: %s\n' "$value" >"$repo/.govlog.yml"
	run_govlog "$repo" config
	expect_status 2 "fold-prereleases: $value is refused"
	expect_line "$err" ".govlog.yml:2:21: fold-prereleases must be true or false" \
		"the error names the value's line and column ($value)"
done

finish
