#!/bin/sh
# `fmt --profile nygard` writes adr-tools' layout (its template: the title,
# a blank line, "Date: …", a blank line, "## Status", a blank line, the
# status) with one blank line between blocks, also when a record has no date
# or carries requests: never two blank lines in a row, never one at the top.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo nygard)
d="$repo/doc/adr"
mkdir -p "$d"
body='## Context\n\nWe need a database.\n\n## Decision\n\nPostgres.\n\n## Consequences\n\nOps learn it.\n'
printf -- "---\nstatus: accepted\n---\n# Use Postgres\n\n$body" >"$d/0001-use-postgres.md"
printf -- "---\nstatus: accepted\ndate: 2026-03-04\n---\n# Use Redis\n\n$body" >"$d/0002-use-redis.md"
printf -- "---\nstatus: proposed\nrequests: \"#12\"\n---\n# Use Kafka\n\n$body" >"$d/0003-use-kafka.md"
printf -- "---\nstatus: proposed\n---\n\n$body" >"$d/0004-untitled.md"
commit_all "$repo" "docs: four records"

run_govlog "$repo" fmt --profile nygard --write
expect_status 0 "fmt --profile nygard --write"

# head FILE N: the file's first N lines, each ended by "|" so blank lines show.
head_of() { head -n "$2" "$1" | sed 's/$/|/' | tr -d '\n'; }

expect_line "$(head_of "$d/0001-use-postgres.md" 6)" \
	"# 1. Use Postgres||## Status||accepted||" "no date: the status follows the title after one blank line"
expect_line "$(head_of "$d/0002-use-redis.md" 8)" \
	"# 2. Use Redis||Date: 2026-03-04||## Status||accepted||" "a date: adr-tools' own layout"
expect_line "$(head_of "$d/0004-untitled.md" 4)" \
	"## Status||proposed||" "no title: the file starts with the status"
for f in "$d"/*.md; do
	if awk 'prev == "" && $0 == "" && NR > 1 { bad = 1 } { prev = $0 } END { exit !bad }' "$f"; then
		fail "$(basename "$f"): two blank lines in a row"
		sed 's/^/    /' "$f" >&2
	else
		pass "$(basename "$f"): one blank line between blocks"
	fi
	first=$(head -n 1 "$f")
	[ -n "$first" ] && pass "$(basename "$f"): no blank first line" ||
		fail "$(basename "$f"): a blank first line"
done
expect_line "$(cat "$d/0003-use-kafka.md")" "Refs: #12" "the request is kept"

finish
