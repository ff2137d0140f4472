#!/bin/sh
# adr-tools' form has one "## Status" section holding the status. A record
# that keeps its status elsewhere (front matter, a bullet) under an empty
# "## Status" heading of its own gets one Status section from
# `fmt --profile nygard`, not the form's and then its own empty one.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo one-status)
d="$repo/doc/adr"
mkdir -p "$d"
body='## Context\n\nWe need a queue.\n\n## Decision\n\nKafka.\n\n## Consequences\n\nOps learn it.\n'
printf -- "---\nstatus: accepted\ndate: 2026-03-04\n---\n# Use Kafka\n\n## Status\n\n$body" >"$d/0001-use-kafka.md"
printf -- "# Use Redis\n\n- Status: proposed\n- Date: 2026-03-05\n\n## Status\n\n\n\n$body" >"$d/0002-use-redis.md"
commit_all "$repo" "docs: records with an empty Status heading"

run_govlog "$repo" fmt --profile nygard --write
expect_status 0 "fmt --profile nygard --write"
# head FILE N: the file's first N lines, each ended by "|" so blank lines show.
head_of() { head -n "$2" "$1" | sed 's/$/|/' | tr -d '\n'; }
for f in 0001-use-kafka.md:accepted 0002-use-redis.md:proposed; do
	file="$d/${f%%:*}"
	n=$(grep -c '^## Status$' "$file" || :)
	[ "$n" = 1 ] && pass "${f%%:*}: one Status section" ||
		fail "${f%%:*}: $n Status headings"
	expect_line "$(head_of "$file" 10)" "## Status||${f#*:}||## Context|" \
		"${f%%:*}: the status, then the record's next section"
done
run_govlog "$repo" check
expect_no_line "$err" "section/" "no finding about the sections after fmt"

finish
