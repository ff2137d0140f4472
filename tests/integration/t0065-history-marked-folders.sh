#!/bin/sh
# govlog check --range follows a decision folder that an .adr-dir of the range
# named and HEAD no longer has: the folder as adr-tools reads it ("./arkiv/adr"
# is "arkiv/adr"), and only that folder — not "arkiv/adr-udkast" beside it nor
# any other folder whose name happens to be as long.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo marked)

# nygard PATH NUMBER TITLE DECISION: an adr-tools record, accepted.
nygard() {
	mkdir -p "$(dirname "$repo/$1")"
	cat >"$repo/$1" <<MD
# $2. $3

Date: 2025-06-02

## Status

Accepted

## Context

The order service keeps its data in files on one server.

## Decision

$4

## Consequences

Operations runs one more database.
MD
}

# edit PATH FROM TO
edit() {
	sed -i "s|$2|$3|" "$repo/$1"
}

nygard doc/adr/0001-record-decisions.md 1 "Record decisions" "We will keep decision records in doc/adr."
printf './arkiv/adr/\n' >"$repo/.adr-dir"
nygard arkiv/adr/0005-use-postgresql.md 5 "Use PostgreSQL" "We will use PostgreSQL 15 for the order service."
# Drafts beside the folder, and notes in a folder whose name is as long as
# "arkiv/adr": written like records, but no folder of the log.
nygard arkiv/adr-udkast/0006-use-redis.md 6 "Use Redis" "We will use Redis 6 for sessions."
nygard workshops/0007-use-kafka.md 7 "Use Kafka" "We will use Kafka 3 for events."
commit_all "$repo" "docs: the decision log"
root=$(git -C "$repo" rev-parse HEAD)

edit arkiv/adr/0005-use-postgresql.md "PostgreSQL 15" "PostgreSQL 16"
edit arkiv/adr-udkast/0006-use-redis.md "Redis 6" "Redis 7"
edit workshops/0007-use-kafka.md "Kafka 3" "Kafka 4"
commit_all "$repo" "docs: newer versions"
upgraded=$(git -C "$repo" rev-parse --short=7 HEAD)
git -C "$repo" rm -q -r arkiv .adr-dir
commit_all "$repo" "chore: retire the old ADR folder"
# The log at HEAD is doc/adr again, as adr-tools finds it without .adr-dir.
printf 'doc/adr\n' >"$repo/.adr-dir"
commit_all "$repo" "chore: name the decision folder"

run_govlog "$repo" check --range "$root..main"
expect_status 1 "a frozen decision changed in the range"
expect_line "$err" "arkiv/adr/0005-use-postgresql.md:13:1: error: section 'Decision' of accepted decision ADR-0005 changed in $upgraded (docs: newer versions): the number '15' became '16' [decision/frozen]" \
	"the folder './arkiv/adr/' named is followed after it is gone"
expect_no_line "$err" "adr-udkast" "a folder whose name only starts with the named one is no decision folder"
expect_no_line "$err" "workshops" "a folder whose name is as long as the named one is no decision folder"

finish
