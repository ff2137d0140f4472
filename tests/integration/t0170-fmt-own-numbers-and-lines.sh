#!/bin/sh
# What `fmt` keeps as the author wrote it. An adr-tools title with its own
# number ("# 9. …" in 0002-…md) keeps that number alone: no "2. " is put in
# front of it, whatever digits it has. A field value that goes on over a
# second line is left as it is, also when that line starts with a number
# ("2 vendors" is no numbered list item). A record's own heading with nothing
# under it stays: fmt drops a heading only with the metadata lines it held
# (govlog/fmt.h: every section survives).
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo own-forms)
d="$repo/doc/adr"
mkdir -p "$d"
body='## Context\n\nWe need a database.\n\n## Decision\n\nPostgres.\n\n## Consequences\n\nOps learn it.\n'
printf -- "# 9. Use Postgres\n\nDate: 2026-03-04\n\n## Status\n\nAccepted\n\n$body" >"$d/0002-use-postgres.md"
printf -- "# 19. Use Redis\n\nDate: 2026-03-04\n\n## Status\n\nAccepted\n\n$body" >"$d/0003-use-redis.md"
commit_all "$repo" "docs: two records numbered by their authors"

run_govlog "$repo" fmt --profile nygard
expect_status 0 "fmt --profile nygard: nothing to change"
expect_no_line "$out" "0002-use-postgres.md" "# 9. in 0002 stays '# 9. Use Postgres'"
expect_no_line "$out" "0003-use-redis.md" "# 19. in 0003 stays '# 19. Use Redis'"
run_govlog "$repo" fmt --profile nygard --write
for t in "0002-use-postgres.md:# 9. Use Postgres" "0003-use-redis.md:# 19. Use Redis"; do
	got=$(head -n 1 "$d/${t%%:*}")
	[ "$got" = "${t#*:}" ] && pass "${t%%:*}: the title's own number alone" ||
		fail "${t%%:*}: title '$got', expected '${t#*:}'"
done

repo=$(new_repo value-lines)
d="$repo/docs/decisions"
mkdir -p "$d"
printf -- "# Use Postgres\n\n- **Status**: Accepted\n- **Deciders**: the steering group and\n  2 vendors\n- **Date**: 2026-03-04\n\n$body" >"$d/0001-use-postgres.md"
printf -- "# Use Redis\n\n- **Status**: Accepted\n- **Deciders**: the steering group and\n  two vendors\n- **Date**: 2026-03-04\n\n$body" >"$d/0002-use-redis.md"
commit_all "$repo" "docs: deciders over two lines"
before=$(cat "$d/0001-use-postgres.md")
run_govlog "$repo" fmt --profile madr --write
expect_line "$err" \
	"docs/decisions/0001-use-postgres.md: left as it is: the value of 'Deciders' goes on over more lines" \
	"a second line starting with a number goes on with the value"
expect_line "$err" \
	"docs/decisions/0002-use-redis.md: left as it is: the value of 'Deciders' goes on over more lines" \
	"a second line of words goes on with the value"
[ "$(cat "$d/0001-use-postgres.md")" = "$before" ] && pass "0001 left byte for byte" ||
	fail "0001 rewritten although its deciders go on over two lines"

repo=$(new_repo empty-heading)
d="$repo/docs/decisions"
mkdir -p "$d"
printf -- "# Use Kafka\n\n- Status: accepted\n- Date: 2026-03-04\n\n## Metadata\n\n$body" >"$d/0001-use-kafka.md"
commit_all "$repo" "docs: a record with an empty heading"
run_govlog "$repo" fmt --profile madr --write
expect_status 0 "fmt --profile madr --write"
expect_line "$(cat "$d/0001-use-kafka.md")" "## Metadata" "the record's own empty heading stays"
expect_line "$(cat "$d/0001-use-kafka.md")" "status: accepted" "the status moved to the front matter"

finish
