#!/bin/sh
# fmt writes each profile's header from what the record says in another form
# (`govlog help fmt`: "every field, note, section and approval trail is kept"):
# a MADR 3 record's consulted and informed keys become bold bullets of the
# OS2 form, one each; its supersedes key becomes adr-tools' "Supersedes" line
# under the Nygard status; a status in quotes in the front matter is written
# in the Nygard form's own word with --canonical-words.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo fmt-forms)
d="$repo/docs/decisions"
mkdir -p "$d"
body='## Context and Problem Statement\n\nc\n\n## Decision Outcome\n\nd\n\n## Consequences\n\ne\n'
printf -- "---\nstatus: accepted\ndate: 2026-02-02\n---\n# Use Postgres\n\n$body" >"$d/0001-use-postgres.md"
# MADR 3's template: "consulted" and "informed" are keys of their own, one a line.
printf -- "---\nstatus: accepted\ndate: 2026-02-02\nconsulted: Platform team\ninformed: Everyone\n---\n# Use Redis\n\n$body" \
	>"$d/0002-use-redis.md"
printf -- "---\nstatus: accepted\ndate: 2026-03-03\nsupersedes: ADR-0001\n---\n# Use Cockroach\n\n$body" \
	>"$d/0003-use-cockroach.md"
printf -- "---\nstatus: \"Accepteret\"\ndate: 2026-04-04\n---\n# Use Kafka\n\n$body" >"$d/0004-use-kafka.md"
commit_all "$repo" "docs: MADR records"

# Keys one a line are no value over several lines: each gets its own bullet.
run_govlog "$repo" fmt --write --profile os2-en docs/decisions/0002-use-redis.md
expect_status 0 "MADR 3 keys into the OS2 form"
expect_no_line "$err" "left as it is" "nothing is left as it is"
text=$(cat "$d/0002-use-redis.md")
expect_line "$text" "- **consulted**: Platform team" "consulted is a bullet of its own"
expect_line "$text" "- **informed**: Everyone" "and informed the next"
expect_no_line "$text" "status: accepted" "the front matter is gone"

# adr-tools writes "Supersedes <the older record>" under the status of the new one.
run_govlog "$repo" fmt --write --profile nygard docs/decisions/0003-use-cockroach.md
expect_status 0 "a superseding MADR record into the Nygard form"
expect_no_line "$err" "left as it is" "it is rewritten"
if [ "$(sed -n '/^## Status$/,/^## /p' "$d/0003-use-cockroach.md")" = "$(printf '## Status\n\naccepted\n\nSupersedes ADR-0001\n\n## Context and Problem Statement')" ]; then
	pass "the status, then the Supersedes line, in the Status section"
else
	fail "Status section: $(sed -n '/^## Status$/,/^## /p' "$d/0003-use-cockroach.md")"
fi
run_govlog "$repo" show ADR-0003
expect_line "$out" "ADR-0001" "and the record still names the one it supersedes"

# A quoted YAML status in the Nygard form's own word: "Accepted", as adr-tools writes it.
run_govlog "$repo" fmt --write --profile nygard --canonical-words docs/decisions/0004-use-kafka.md
expect_status 0 "a quoted Danish status into the Nygard form with canonical words"
expect_no_line "$err" "left as it is" "it is rewritten"
if [ "$(sed -n '/^## Status$/,/^## /p' "$d/0004-use-kafka.md")" = "$(printf '## Status\n\nAccepted\n\n## Context and Problem Statement')" ]; then
	pass "the status is Accepted"
else
	fail "Status section: $(sed -n '/^## Status$/,/^## /p' "$d/0004-use-kafka.md")"
fi
finish
