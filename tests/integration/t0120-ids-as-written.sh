#!/bin/sh
# A log whose files are numbered with three digits (001-use-postgres.md), as
# many teams number them, is named the way its authors write the numbers:
# "ADR-001", "adr-1" and govlog's own "ADR-0001" are the same record in a
# Decision: trailer, in `show` and in `status`. A number no record has, other
# letters, or a number two records share stays unknown.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo three-digits)
d="$repo/docs/adr"
mkdir -p "$d"

# nygard FILE NUMBER TITLE STATUS
nygard() {
	printf '# %s. %s\n\nDate: 2026-01-0%s\n\n## Status\n\n%s\n\n## Context\n\nThe municipality needs %s.\n\n## Decision\n\nWe do it.\n\n## Consequences\n\nThe vendors learn it.\n' \
		"$2" "$3" "$2" "$4" "$3" >"$1"
}
nygard "$d/001-use-postgres.md" 1 "Use Postgres" Accepted
nygard "$d/002-use-redis.md" 2 "Use Redis" Proposed
commit_all "$repo" "docs: two decisions"

# decide ID...: the commit-msg hook on a message whose Decision: trailer names the IDs.
decide() {
	printf 'feat(db): move the sessions\n\nDecision: %s\n' "$*" >"$TEST_DIR/msg"
	run_govlog "$repo" hook commit-msg "$TEST_DIR/msg"
}

for id in ADR-001 adr-001 ADR-1 ADR-0001; do
	decide "$id"
	expect_status 0 "Decision: $id names the accepted 001-use-postgres.md"
done

decide ADR-002
expect_status 1 "Decision: ADR-002 names a proposed record"
expect_line "$err" "ADR-0002 is proposed, not accepted" "the proposed record is named by its ID"
expect_no_line "$err" "is no record" "ADR-002 is a record of the log"

for id in ADR-003 SDR-001 ADR-0010; do
	decide "$id"
	expect_status 1 "Decision: $id is refused"
	expect_line "$err" "'$id' is no record of the decision log" "$id is no record"
done

run_govlog "$repo" show adr-1
expect_status 0 "show adr-1"
expect_line "$out" "Use Postgres" "show adr-1 shows 001-use-postgres.md"

run_govlog "$repo" status ADR-002 rejected
expect_status 0 "status ADR-002 rejected"
expect_line "$(cat "$d/002-use-redis.md")" "Rejected" "status ADR-002 edits 002-use-redis.md"

# Two records whose front matter writes the number 3 two ways: neither is
# "ADR-003", and a guess between them would be wrong.
printf -- '---\nid: ADR-3\nstatus: accepted\n---\n# Use Kafka\n\n## Context\n\nEvents.\n\n## Decision\n\nKafka.\n\n## Consequences\n\nOps.\n' >"$d/kafka.md"
printf -- '---\nid: ADR-03\nstatus: accepted\n---\n# Use NATS\n\n## Context\n\nEvents.\n\n## Decision\n\nNATS.\n\n## Consequences\n\nOps.\n' >"$d/nats.md"
commit_all "$repo" "docs: two more"
decide ADR-3
expect_status 0 "Decision: ADR-3 is the record whose ID is ADR-3"
decide ADR-003
expect_status 1 "Decision: ADR-003 is refused when two records have number 3"
expect_line "$err" "'ADR-003' is no record of the decision log" "ADR-003 is not guessed"

finish
