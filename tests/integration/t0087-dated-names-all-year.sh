#!/bin/sh
# A log named by dates is read as one in every month of the year: log4brains'
# YYYYMMDD-slug and the dashed YYYY-MM-DD-slug of October, November and
# December (the month's first digit 1) are dated names, whose ID is the file's
# stem as log4brains shows it, never a number; govlog new keeps the form.
. "$(dirname "$0")/../test-lib.sh"
# SOURCE_DATE_EPOCH makes today 2026-09-21.

# madr_bullets FILE DATE: a log4brains record (MADR 2 bullets) of that date.
madr_bullets() {
	printf -- '# Title of %s\n\n- Status: accepted\n- Date: %s\n\n## Context and Problem Statement\n\nText.\n\n## Considered Options\n\n* A\n* B\n\n## Decision Outcome\n\nChosen option: "A", because it fits.\n' \
		"$(basename "$1" .md)" "$2" >"$1"
}

# id_is STEM WHAT: a row of the last `list` starts with STEM, the record's ID.
id_is() {
	if printf '%s\n' "$out" | grep -q "^$1 "; then
		pass "$2"
	else
		fail "$2: no row's ID is '$1'"
		printf '%s\n' "$out" | sed 's/^/    /' >&2
	fi
}

repo=$(new_repo log4brains)
mkdir -p "$repo/docs/adr"
printf 'project:\n  name: Demo\n  adrFolder: ./docs/adr\n' >"$repo/.log4brains.yml"
madr_bullets "$repo/docs/adr/20240115-use-markdown-adrs.md" 2024-01-15
madr_bullets "$repo/docs/adr/20241015-use-postgresql.md" 2024-10-15
madr_bullets "$repo/docs/adr/20241120-use-redis.md" 2024-11-20
madr_bullets "$repo/docs/adr/20241203-use-kafka.md" 2024-12-03
commit_all "$repo" "docs: four decisions"

run_govlog "$repo" list
expect_status 0 "list a log4brains log"
for stem in 20240115-use-markdown-adrs 20241015-use-postgresql 20241120-use-redis 20241203-use-kafka; do
	id_is "$stem" "$stem: its ID is its stem"
done
expect_no_line "$out" "ADR-2024" "no dated name is read as a number"

run_govlog "$repo" check
expect_status 0 "the log is clean"

run_govlog "$repo" new decision "Use Kafka streams"
expect_status 0 "new"
if [ -f "$repo/docs/adr/20260921-use-kafka-streams.md" ]; then
	pass "new names the record by today's date, as the folder does"
else
	fail "new wrote $(cd "$repo/docs/adr" && ls)"
fi

# The dashed form, autumn months too.
repo=$(new_repo dashed)
mkdir -p "$repo/docs/decisions"
madr_bullets "$repo/docs/decisions/2024-10-15-use-postgresql.md" 2024-10-15
madr_bullets "$repo/docs/decisions/2024-12-03-use-kafka.md" 2024-12-03
commit_all "$repo" "docs: two decisions"
run_govlog "$repo" list
id_is 2024-10-15-use-postgresql "a dashed October name: its ID is its stem"
id_is 2024-12-03-use-kafka "a dashed December name: its ID is its stem"
run_govlog "$repo" new decision "Use Kafka streams"
if [ -f "$repo/docs/decisions/2026-09-21-use-kafka-streams.md" ]; then
	pass "new keeps the dashed date form"
else
	fail "new wrote $(cd "$repo/docs/decisions" && ls)"
fi

finish
