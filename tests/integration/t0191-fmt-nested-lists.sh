#!/bin/sh
# A list nested under a metadata key ("- **Beslutningstagere**:" then the
# bodies, ticked or not) belongs to that key's item. fmt keeps it there: in a
# bullet form it moves with its key, indented for the new "- " marker, the key
# line gets no trailing space and the metadata list stays tight (no blank line,
# which would make every item a paragraph). A form of YAML or "Key: value"
# lines writes a plain list as the value ("Alice, Bob") and leaves anything
# more (task boxes, tabs) as it is, saying why. A title that names its ID by
# its type's code ("ADR 002 - …") gets no second code.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo os2-indlejrede-lister)
d="$repo/beslutninger"
mkdir -p "$d"
# Written by two hands: "*" bullets and a date with dots; "-" bullets with the
# text four columns in, as some editors indent it.
cat >"$d/002-brug-redis.md" <<'MD'
# ADR 002 - Brug Redis

* **Status**: Godkendt
* **Dato**: 02.03.2026
* **Beslutningstype**: Arkitektur
* **Beslutningstagere**: Styregruppen
* **Yderligere info**:
  - Se referatet fra mødet
  - Tråden på GitHub

## Kontekst

Sessionerne skal deles mellem serverne.

## Beslutning

Vi bruger Redis.

## Konsekvenser

Driften skal overvåge Redis.
MD
cat >"$d/003-faelles-drift.md" <<'MD'
# [SDR] Fælles driftsaftale

-   **Status**: Godkendt
-   **Dato**: 2026-06-04
-   **Beslutningstagere**:
    - [x] Styregruppen
    - [ ] Koordinationsgruppen
-   **Beslutningstype**: Strategisk

## Kontekst

Hver leverandør drifter for sig.

## Beslutning

En fælles aftale.

## Konsekvenser

Kommunerne betaler én regning.
MD
printf '%s\n' '# [ODR] Faste releasedage' '' '- **Status**: Godkendt' '- **Dato**: 2026-07-01' \
	'- **Beslutningstagere**: Koordinationsgruppen' '- **Noter**:' '	- skrevet med tabulator' \
	'- **Beslutningstype**: Operationel' '' '## Kontekst' '' 'Releases kommer uventet.' '' \
	'## Beslutning' '' 'Tirsdag.' '' '## Konsekvenser' '' 'Planlægning.' >"$d/004-releasedage.md"
commit_all "$repo" "docs: tre beslutninger"

run_govlog "$repo" fmt --write
expect_status 1 "fmt --write (one record left as it is)"
expected=$(cat <<'MD'
# ADR 002 - Brug Redis

- **Dato**: 2026-03-02
- **Status**: Godkendt
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Arkitektur
- **Yderligere info**:
  - Se referatet fra mødet
  - Tråden på GitHub

## Kontekst
MD
)
got=$(sed -n 1,11p "$d/002-brug-redis.md")
[ "$got" = "$expected" ] && pass "the nested list stays under its key, the list tight" ||
	fail "002 reads: $(cat "$d/002-brug-redis.md")"
expected=$(cat <<'MD'
# [SDR] Fælles driftsaftale

- **Dato**: 2026-06-04
- **Status**: Godkendt
- **Beslutningstagere**:
  - [x] Styregruppen
  - [ ] Koordinationsgruppen
- **Beslutningstype**: Strategisk

## Kontekst
MD
)
got=$(sed -n 1,10p "$d/003-faelles-drift.md")
[ "$got" = "$expected" ] && pass "a task list moves with its key, indented for '- '" ||
	fail "003 reads: $(cat "$d/003-faelles-drift.md")"
grep -n ' $' "$d"/*.md && fail "a line ends in a space" || pass "no line ends in a space"
expect_line "$err" "004-releasedage.md: efterladt som den er: værdien af 'Noter' fortsætter over flere linjer" \
	"a list indented by a tab is left, and fmt says why"
git -C "$repo" diff --quiet -- beslutninger/004-releasedage.md &&
	pass "that record is unchanged" || fail "004 changed: $(git -C "$repo" diff)"

run_govlog "$repo" show 3 --meta
expect_line "$out" "Styregruppen" "the ticked decider reads back"
expect_no_line "$out" "Koordinationsgruppen" "the unticked one is still no decider"
run_govlog "$repo" check
expect_status 0 "check after fmt"
expect_no_line "$out$err" "002-brug-redis" "no finding in the rewritten record"
expect_no_line "$out$err" "003-faelles-drift" "nor in the other"
run_govlog "$repo" fmt beslutninger/002-brug-redis.md beslutninger/003-faelles-drift.md
[ -z "$out" ] && pass "a second fmt finds nothing to change" || fail "a second fmt would change: $out"

# MADR 2's bullets, deciders as a nested list: MADR 3's front matter says them in one line.
repo=$(new_repo madr-nested)
d="$repo/docs/decisions"
mkdir -p "$d"
cat >"$d/0001-use-postgresql.md" <<'MD'
# Use PostgreSQL

* Status: accepted
* Deciders:
  * Alice Hansen
  * Bob Jensen
* Date: 2026-02-01

## Context and Problem Statement

We need a database.

## Considered Options

* PostgreSQL
* MySQL

## Decision Outcome

Chosen option: "PostgreSQL", because the vendors know it.
MD
cat >"$d/0002-use-redis.md" <<'MD'
# Use Redis

* Status: accepted
* Deciders:
  * [x] Alice Hansen
  * [ ] Bob Jensen
* Date: 2026-02-03

## Context and Problem Statement

We need a cache.

## Considered Options

* Redis

## Decision Outcome

Chosen option: "Redis", because it is simple.
MD
cat >"$d/0003-use-kafka.md" <<'MD'
# Use Kafka

* Status: accepted
* Deciders: Alice Hansen
  * Bob Jensen, who joined later
* Date: 2026-02-05

## Context and Problem Statement

We need events.

## Considered Options

* Kafka

## Decision Outcome

Chosen option: "Kafka", because it scales.
MD
printf '%s\n' '# Use a hub network' '' '* Status: accepted' '* Deciders:' \
	'  * Jo Dahl <!-- accountable for this decision -->' '  * Kim Berg' '* Date: 2026-02-07' '' \
	'## Context and Problem Statement' '' 'Sites need to talk.' '' '## Considered Options' '' \
	'* Hub' '' '## Decision Outcome' '' 'Chosen option: "Hub", because it is simple.' \
	>"$d/0004-use-a-hub-network.md"
commit_all "$repo" "docs: four decisions"
run_govlog "$repo" fmt --write
expect_status 1 "fmt --write (the task list is left)"
expect_line "$err" "0003-use-kafka.md: left as it is: the value of 'Deciders' goes on over more lines" \
	"a list below a key that has a value of its own is more than the value: left"
expect_line "$err" "0004-use-a-hub-network.md: left as it is: the value of 'Deciders' goes on over more lines" \
	"an HTML comment in the list has no place in the value: left"
git -C "$repo" diff --quiet -- docs/decisions/0002-use-redis.md docs/decisions/0003-use-kafka.md \
	docs/decisions/0004-use-a-hub-network.md &&
	pass "those three are unchanged" || fail "changed: $(git -C "$repo" diff)"
expect_line "$err" "0002-use-redis.md: left as it is: the value of 'Deciders' goes on over more lines" \
	"a task list has no place in front matter: left, and said"
f="$d/0001-use-postgresql.md"
expect_line "$(sed -n '2,/^---$/p' "$f")" "deciders: Alice Hansen, Bob Jensen" \
	"a plain nested list becomes the front matter's value"
grep -q '^ *\* Alice Hansen' "$f" && fail "the list is left in the text too: $(cat "$f")" ||
	pass "and is not left in the text too"
run_govlog "$repo" show 1 --meta
expect_line "$out" "Bob Jensen" "both deciders read back"

# adr-tools' form writes the list as one "Key: value" line.
repo=$(new_repo adr-tools-nested)
mkdir -p "$repo/doc/adr"
echo doc/adr >"$repo/.adr-dir"
cat >"$repo/doc/adr/0002-use-kafka.md" <<'MD'
# 2. Use Kafka

* Date: 2026-02-03
* Deciders:
  - Alice
  - Bob

## Status

Accepted

## Context

Events.

## Decision

Kafka.

## Consequences

Operations.
MD
commit_all "$repo" "docs: one decision"
run_govlog "$repo" fmt --write
expect_status 0 "fmt --write, adr-tools"
expect_line "$(cat "$repo/doc/adr/0002-use-kafka.md")" "Deciders: Alice, Bob" "the list as one line"
expect_no_line "$(cat "$repo/doc/adr/0002-use-kafka.md")" "  - Alice" "and not left below it"

finish
