#!/bin/sh
# govlog new --supersedes completes both records in one command, as adr-tools'
# `adr new -s` does: the new record names the old one, the old one gets the
# superseded status and the successor link, so check passes right after.
# --pending only links (the old record is marked when the new one is
# accepted). The old record is named by ID or by number; a record that cannot
# be superseded is refused before anything is written.
. "$(dirname "$0")/../test-lib.sh"

# A Nygard (adr-tools) log.
repo=$(new_repo nygard)
d="$repo/doc/adr"
mkdir -p "$d"
printf 'doc/adr\n' >"$repo/.adr-dir"
nygard() { # FILE NUMBER TITLE STATUS
	printf '# %s. %s\n\nDate: 2026-05-01\n\n## Status\n\n%s\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n' \
		"$2" "$3" "$4" >"$d/$1"
}
nygard 0001-record-decisions.md 1 "Record decisions" Accepted
nygard 0002-use-postgres.md 2 "Use Postgres" Accepted
nygard 0003-use-redis.md 3 "Use Redis" Proposed
commit_all "$repo" "docs: three records"

run_govlog "$repo" check
expect_status 0 "the log is clean before"
run_govlog "$repo" new decision Use MySQL --supersedes 2
expect_status 0 "new --supersedes by number"
new=$(printf '%s\n' "$out" | head -n 1)
if [ "$new" = "doc/adr/0004-use-mysql.md" ]; then pass "stdout's first line is the new file"; else fail "stdout: $out"; fi
expect_line "$(cat "$repo/$new")" "Supersedes [2. Use Postgres](0002-use-postgres.md)" \
	"the new record names the old one"
expect_line "$(cat "$d/0002-use-postgres.md")" "Superseded by [4. Use MySQL](0004-use-mysql.md)" \
	"the old record is superseded, with the successor link"
expect_no_line "$(sed -n '/^## Status/,/^## Context/p' "$d/0002-use-postgres.md")" "Accepted" \
	"the old status is replaced, not kept beside it"
expect_line "$err" "doc/adr/0002-use-postgres.md: status set to 'Superseded', superseded by ADR-0004" \
	"the change to the old record is named (on stderr: stdout is the new file, for scripts)"
run_govlog "$repo" check
expect_status 0 "check passes right after, with no second command"
expect_no_line "$err" "supersede" "no supersede finding"

# --pending: only the link; the old record stays as it is.
cp "$d/0001-record-decisions.md" "$TEST_DIR/kept"
run_govlog "$repo" new decision Record decisions better --supersedes ADR-0001 --pending
expect_status 0 "new --supersedes --pending"
expect_line "$(cat "$repo/doc/adr/0005-record-decisions-better.md")" "Supersedes [1. Record decisions](0001-record-decisions.md)" \
	"the new record names the old one"
if cmp -s "$d/0001-record-decisions.md" "$TEST_DIR/kept"; then pass "--pending leaves the old record"; else fail "the old record changed"; fi
run_govlog "$repo" status 1 superseded --successor 5
expect_status 0 "the old record is marked later, by numbers"
run_govlog "$repo" check
expect_status 0 "check passes then"

# A proposed record cannot be superseded: refused, nothing written.
ls "$d" >"$TEST_DIR/files.before"
run_govlog "$repo" new decision Use Memcached --supersedes 3
expect_status 2 "a proposed record cannot be superseded"
expect_line "$err" "--pending" "the message names --pending"
ls "$d" >"$TEST_DIR/files.after"
if cmp -s "$TEST_DIR/files.before" "$TEST_DIR/files.after"; then pass "no file created"; else fail "a file was created"; fi
run_govlog "$repo" new decision Use Memcached --pending
expect_status 2 "--pending without --supersedes is a usage error"

# A Danish bullet log and a MADR log: each record in its own style and language.
repo2=$(new_repo dansk)
b="$repo2/beslutninger"
mkdir -p "$b"
printf '# Hosting\n\n- **Dato**: 2026-05-01\n- **Status**: Godkendt\n- **Beslutningstagere**: Styregruppen\n- **Beslutningstype**: Arkitektur\n\n## Kontekst / Årsag\n\nx\n\n## Beslutning\n\ny\n\n## Konsekvenser\n\nz\n' >"$b/0001-hosting.md"
commit_all "$repo2" "docs: en beslutning"
run_govlog "$repo2" new decision Ny hosting --supersedes 1
expect_status 0 "new --supersedes in a Danish log"
expect_line "$(cat "$b/0001-hosting.md")" "- **Status**: Erstattet af ADR-0002" \
	"the old record is superseded in Danish"
expect_line "$err" "status sat til 'Erstattet', erstattet af ADR-0002" "said in Danish"
run_govlog "$repo2" check
expect_status 0 "check passes in the Danish log"

# A checkbox list with no box for superseded: refused before the new record is written.
printf '# [ODR] Drift\n\n- **Beslutningstagere**: K\n- **Beslutningstype**: Operationel\n\n## Status\n\n- [ ] Udkast - Dato:\n- [x] Godkendt - Dato: 2026-01-01\n\n## Kontekst / Årsag\n\nx\n\n## Beslutning\n\ny\n\n## Konsekvenser\n\nz\n' \
	>"$b/0003-drift.md"
ls "$b" >"$TEST_DIR/files.before"
run_govlog "$repo2" new decision Ny drift --supersedes 3
expect_status 2 "a checkbox record without a box for superseded"
expect_line "$err" "no box for superseded" "the reason is named"
ls "$b" >"$TEST_DIR/files.after"
if cmp -s "$TEST_DIR/files.before" "$TEST_DIR/files.after"; then pass "no new record left behind"; else fail "a file was created: $(ls "$b")"; fi

repo3=$(new_repo madr)
m="$repo3/docs/decisions"
mkdir -p "$m"
printf -- '---\nstatus: accepted\ndate: 2026-05-01\n---\n# Use Markdown\n\n## Context and Problem Statement\n\nx\n\n## Considered Options\n\n* A\n\n## Decision Outcome\n\nA.\n' >"$m/0001-use-markdown.md"
commit_all "$repo3" "docs: one record"
run_govlog "$repo3" new decision Use AsciiDoc --supersedes 1
expect_status 0 "new --supersedes in a MADR log"
expect_line "$(cat "$m/0001-use-markdown.md")" "status: superseded by ADR-0002" "front matter, lower case"
expect_line "$(cat "$m/0002-use-asciidoc.md")" "supersedes: ADR-0001" "the new record's key"
run_govlog "$repo3" check
expect_status 0 "check passes in the MADR log"
finish
