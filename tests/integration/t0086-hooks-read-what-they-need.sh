#!/bin/sh
# The hooks read only part of the log, and what they say must not show it:
# commit-msg reads the records a Decision: trailer names, and speaks their
# language (govlog/log.h: a log read in part is judged by what it read), as
# pre-commit speaks the staged records'; pre-commit reads a staged record's
# predecessor named only by its ID in a supersedes field, also where the
# repository's root is the decision folder; pre-push applies the
# configuration's severities to the findings about the pushed history too, as
# check does.
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

# madr FILE STATUS TITLE [EXTRA-FRONT-MATTER]: an English MADR record.
madr() {
	mkdir -p "$(dirname "$1")"
	printf -- '---\nstatus: %s\ndate: 2026-05-01\ndeciders: Ada Tester\n%b---\n# %s\n\n## Context and Problem Statement\n\nThe reason we decide.\n\n## Considered Options\n\n* one\n* two\n\n## Decision Outcome\n\nChosen option: "one", because it is simple.\n' \
		"$2" "${4:-}" "$3" >"$1"
}

# try DIR ARGS...: git commit, with $status and $err set.
try() {
	dir=$1
	shift
	status=0
	git -C "$dir" commit -q "$@" 2>"$TEST_DIR/commit.err" || status=$?
	err=$(cat "$TEST_DIR/commit.err")
}

# commit-msg: the language of the records a Decision: trailer names.
repo=$(new_repo lang)
d="$repo/docs/decisions"
madr "$d/0001-use-postgresql.md" accepted "Use PostgreSQL"
madr "$d/0002-nightly-backups.md" accepted "Nightly backups"
cat >"$d/0003-faelles-login.md" <<'MD'
# [ADR] Fælles login

- **Dato**: 2026-05-04
- **Status**: Vedtaget
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Arkitektur

## Kontekst / Årsag

Hver løsning har sit eget login.

## Beslutning

Alle løsninger bruger kommunens fælles login.

## Konsekvenser

Brugerne logger ind én gang.
MD
commit_all "$repo" "docs: three decisions"
printf 'Skift til fælles login\n\nDecision: ADR-0003\n' >"$TEST_DIR/msg-da"
run_govlog "$repo" hook commit-msg "$TEST_DIR/msg-da"
expect_status 1 "a subject without a type is refused"
expect_line "$err" "fejl: emnelinjen har ikke formen 'type(scope): beskrivelse' [commit/format]" \
	"in Danish, the language of the one record the message names"
printf 'Switch to PostgreSQL 16\n\nDecision: ADR-0001\n' >"$TEST_DIR/msg-en"
run_govlog "$repo" hook commit-msg "$TEST_DIR/msg-en"
expect_line "$err" "error: the subject is not 'type(scope): description' [commit/format]" \
	"in English when the named record is English"
# A file name that writes the number without leading zeros, and an ID that
# writes it with them: the record is still the one read, so still Danish.
git -C "$repo" mv docs/decisions/0003-faelles-login.md docs/decisions/3-faelles-login.md
madr "$d/0017-use-redis.md" accepted "Use Redis"
commit_all "$repo" "docs: one more, one renamed"
printf 'Skift til fælles login\n\nDecision: ADR-0003\n' >"$TEST_DIR/msg-da"
run_govlog "$repo" hook commit-msg "$TEST_DIR/msg-da"
expect_line "$err" "fejl: emnelinjen har ikke formen 'type(scope): beskrivelse' [commit/format]" \
	"in Danish when the file name writes the number as 3"

# pre-commit: a successor that names its predecessor only by ID in front matter.
repo=$(new_repo staged)
run_govlog "$repo" init --hooks
expect_status 0 "init --hooks"
d="$repo/docs/decisions"
madr "$d/0001-use-mariadb.md" accepted "Use MariaDB"
git -C "$repo" add -A
try "$repo" -m "docs: use MariaDB"
expect_status 0 "the first decision is committed"
madr "$d/0002-use-postgresql.md" accepted "Use PostgreSQL" 'supersedes: ADR-0001\n'
git -C "$repo" add -A
try "$repo" -m "docs: use PostgreSQL instead"
if [ "$status" -ne 0 ]; then pass "a successor whose predecessor still says accepted is refused"; else fail "the commit was made"; fi
expect_line "$err" "docs/decisions/0001-use-mariadb.md:2:9: error: ADR-0002 supersedes ADR-0001, but the status of ADR-0001 is accepted [link/supersede-reciprocal]" \
	"the predecessor, read beside the staged record, is named"
expect_no_line "$err" "names no record of the log" "ADR-0001 is found though only its ID is written"
madr "$d/0001-use-mariadb.md" "superseded by ADR-0002" "Use MariaDB"
git -C "$repo" add -A
try "$repo" -m "docs: use PostgreSQL instead"
expect_status 0 "with the predecessor superseded in the same commit it passes"

# pre-push: the configuration's severity for a finding about the pushed history.
remote="$TEST_DIR/remote.git"
git -c init.defaultBranch=main init -q --bare "$remote"
git -C "$repo" remote add origin "$remote"
status=0
git -C "$repo" push -q origin main 2>"$TEST_DIR/push.err" || status=$?
expect_status 0 "a clean history pushes"
printf 'rules:\n  decision/frozen: warning\n' >"$repo/.govlog.yml"
madr "$d/0002-use-postgresql.md" accepted "Use PostgreSQL" 'supersedes: ADR-0001\n'
sed -i 's/because it is simple/because it is simple and the team knows it/' "$d/0002-use-postgresql.md"
git -C "$repo" add -A
git -C "$repo" commit -q --no-verify -m "docs: say why PostgreSQL"
status=0
git -C "$repo" push -q origin main 2>"$TEST_DIR/push.err" || status=$?
expect_status 0 "decision/frozen set to warning: the push goes through"
expect_line "$(cat "$TEST_DIR/push.err")" "warning: " "and the change is still reported"
expect_line "$(cat "$TEST_DIR/push.err")" "[decision/frozen]" "as decision/frozen"
expect_no_line "$(cat "$TEST_DIR/push.err")" "error: " "as a warning, not an error"

# pre-commit speaks the language of what it read: the staged English record, not the Danish log.
repo=$(new_repo sprog)
d="$repo/beslutninger"
mkdir -p "$d"
for n in 1 2 3; do
	cat >"$d/000$n-beslutning-$n.md" <<MD
# [ODR] Beslutning nummer $n

- **Dato**: 2026-05-0$n
- **Status**: Vedtaget
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Operationel

## Kontekst / Årsag

Tekst.

## Beslutning

Vi gør det.

## Konsekvenser

Ingen.
MD
done
commit_all "$repo" "docs: tre beslutninger"
run_govlog "$repo" init --hooks
madr "$d/0004-use-postgresql.md" Acepted "Use PostgreSQL"
git -C "$repo" add -A
try "$repo" -m "docs: use PostgreSQL"
if [ "$status" -ne 0 ]; then pass "a staged record with a misspelt status is refused"; else fail "the commit was made"; fi
expect_line "$err" "beslutninger/0004-use-postgresql.md:2:9: error: unknown status 'Acepted'" \
	"in English, the language of the staged record the hook read"

# pre-commit where the repository's root is the decision folder.
repo=$(new_repo root)
printf 'decisions:\n  folders: [.]\n' >"$repo/.govlog.yml"
run_govlog "$repo" init --hooks
madr "$repo/0001-use-mariadb.md" accepted "Use MariaDB"
git -C "$repo" add -A
try "$repo" -m "docs: use MariaDB"
expect_status 0 "a root-folder log: the first decision is committed"
madr "$repo/0002-use-postgresql.md" accepted "Use PostgreSQL" 'supersedes: ADR-0001\n'
git -C "$repo" add -A
try "$repo" -m "docs: use PostgreSQL instead"
if [ "$status" -ne 0 ]; then pass "a root-folder log: the successor is refused"; else fail "the commit was made"; fi
expect_line "$err" "0001-use-mariadb.md:2:9: error: ADR-0002 supersedes ADR-0001, but the status of ADR-0001 is accepted [link/supersede-reciprocal]" \
	"the predecessor at the root is read beside the staged record"
expect_no_line "$err" "names no record of the log" "and ADR-0001 is found"

finish
