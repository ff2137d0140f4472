#!/bin/sh
# fmt's answers where a form changes where the status lives: --canonical-words
# into MADR's front matter writes MADR's own lower-case word there (its
# template's "status: {proposed | rejected | accepted | …}"); a bullet value
# that goes on over the next line is left as it is, and fmt says which key
# and why, in the log's language; a Status section that says more than the
# status is left as it is (the front matter form has no place for the rest);
# a file written with CRLF line ends keeps them on every line, new ones too;
# a status note with ': ' in it is quoted in YAML, where a plain scalar
# cannot hold ': '; a superseded record and its successor keep their links
# when their dates are rewritten to ISO.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo fmt)
d="$repo/doc/adr"
mkdir -p "$d"
printf 'doc/adr\n' >"$repo/.adr-dir"
printf '# 1. Use Postgres\n\nDate: 2026-05-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n' \
	>"$d/0001-use-postgres.md"
commit_all "$repo" "docs: a Nygard record"

run_govlog "$repo" fmt --write --profile madr --canonical-words doc/adr/0001-use-postgres.md
expect_status 0 "a Nygard record into MADR with canonical words"
text=$(cat "$d/0001-use-postgres.md")
if [ "$(printf '%s\n' "$text" | head -n 4)" = "$(printf -- '---\nstatus: accepted\ndate: 2026-05-01\n---')" ]; then
	pass "the status is MADR's word in the front matter, the date after it"
else
	fail "front matter: $(printf '%s\n' "$text" | head -n 5)"
fi
run_govlog "$repo" show ADR-0001
expect_line "$out" "accepted" "and the record reads back as accepted"

# A Danish bullet whose status note goes on over the next line.
da="$repo/beslutninger"
mkdir -p "$da"
printf '# [ODR] Fælles testdata\n\n- **Status**: Godkendt på styregruppemødet\n  den 4. juni 2026\n- **Dato**: 2026-06-04\n- **Beslutningstagere**: Styregruppen\n- **Beslutningstype**: Operationel\n\n## Kontekst / Årsag\n\nTekst.\n\n## Beslutning\n\nBeslutning.\n\n## Konsekvenser\n\nFølger.\n' \
	>"$da/0004-faelles-testdata.md"
cp "$da/0004-faelles-testdata.md" "$TEST_DIR/wrapped"
run_govlog "$repo" fmt --write --profile os2-da beslutninger/0004-faelles-testdata.md
expect_line "$err" "beslutninger/0004-faelles-testdata.md: efterladt som den er: værdien af 'Status' fortsætter over flere linjer" \
	"the wrapped status is named, in Danish"
if cmp -s "$da/0004-faelles-testdata.md" "$TEST_DIR/wrapped"; then pass "and the record is left as it is"; else fail "it was rewritten"; fi

# A Nygard Status section with a paragraph after the status: MADR's front
# matter takes the status, and the paragraph would end up under the title.
printf '# 2. Use Redis\n\nDate: 2026-05-02\n\n## Status\n\nAccepted\n\nAgreed at the architecture meeting.\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n' \
	>"$d/0002-use-redis.md"
cp "$d/0002-use-redis.md" "$TEST_DIR/status-note"
run_govlog "$repo" fmt --write --profile madr doc/adr/0002-use-redis.md
expect_line "$err" "doc/adr/0002-use-redis.md: left as it is: the madr form would change its 'sections'" \
	"the paragraph under the status is named as a change of its sections"
if cmp -s "$d/0002-use-redis.md" "$TEST_DIR/status-note"; then pass "and the record is left as it is"; else fail "it was rewritten"; fi

# CRLF line ends are the file's, not the form's: every line of the rewrite has them.
printf '# 3. Use Kafka\r\n\r\nDate: 2026-05-03\r\n\r\n## Status\r\n\r\nAccepted\r\n\r\n## Context\r\n\r\nc\r\n\r\n## Decision\r\n\r\nd\r\n\r\n## Consequences\r\n\r\ne\r\n' \
	>"$d/0003-use-kafka.md"
run_govlog "$repo" fmt --write --profile madr doc/adr/0003-use-kafka.md
expect_status 0 "a CRLF record into MADR"
expect_line "$(head -n 2 "$d/0003-use-kafka.md")" "status: Accepted" "it is rewritten"
lines=$(wc -l <"$d/0003-use-kafka.md")
crlf=$(grep -c "$(printf '\r')\$" "$d/0003-use-kafka.md" || true)
if [ "$lines" -gt 0 ] && [ "$crlf" -eq "$lines" ]; then
	pass "all $lines lines end in CRLF"
else
	fail "$crlf of $lines lines end in CRLF"
fi

printf '# 4. Use NATS\n\nDate: 2026-05-04\n\n## Status\n\nAccepted: reviewed by the board\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n' \
	>"$d/0004-use-nats.md"
run_govlog "$repo" fmt --write --profile madr --canonical-words doc/adr/0004-use-nats.md
expect_status 0 "a status with a note after ': ' into MADR"
expect_line "$(head -n 3 "$d/0004-use-nats.md")" "status: 'accepted: reviewed by the board'" \
	"the status and its note are one quoted YAML scalar"

madr=$(new_repo madr)
m="$madr/docs/decisions"
mkdir -p "$m"
printf -- '---\nstatus: superseded by ADR-0002\ndate: 01-05-2026\n---\n# Use REST\n\n## Context and Problem Statement\n\nc\n\n## Considered Options\n\n* REST\n\n## Decision Outcome\n\nChosen option: "REST".\n' \
	>"$m/0001-use-rest.md"
printf -- '---\nstatus: accepted\ndate: 03-05-2026\nsupersedes: ADR-0001\n---\n# Use GraphQL\n\n## Context and Problem Statement\n\nc\n\n## Considered Options\n\n* GraphQL\n\n## Decision Outcome\n\nChosen option: "GraphQL".\n' \
	>"$m/0002-use-graphql.md"
run_govlog "$madr" fmt --write --profile madr docs/decisions/0002-use-graphql.md
expect_status 0 "a successor whose date is day first"
want=$(printf -- '---\nstatus: accepted\ndate: 2026-05-03\nsupersedes: ADR-0001\n---')
if [ "$(head -n 5 "$m/0002-use-graphql.md")" = "$want" ]; then
	pass "its date becomes ISO and its supersedes key stays"
else
	fail "front matter: $(head -n 5 "$m/0002-use-graphql.md")"
fi
run_govlog "$madr" fmt --write --profile madr docs/decisions/0001-use-rest.md
expect_status 0 "a superseded record whose date is day first"
want=$(printf -- '---\nstatus: superseded by ADR-0002\ndate: 2026-05-01\n---')
if [ "$(head -n 4 "$m/0001-use-rest.md")" = "$want" ]; then
	pass "its date becomes ISO and its status still names the successor"
else
	fail "front matter: $(head -n 4 "$m/0001-use-rest.md")"
fi
finish
