#!/bin/sh
# The commit-msg hook answers in the log's language when the configuration
# names none, as `check` does: a Danish log refuses a bad message in Danish
# whether or not the message has a Decision: trailer, an English log in
# English, and a language the configuration names wins over the records'.
# Fired by real git commit through the installed hook.
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

# danish_record DIR FILE TITLE STATUS: an OS2-style record, bold keys in Danish.
danish_record() {
	cat >"$1/$2" <<MD
# $3

- **Status**: $4
- **Dato**: 04-06-2026
- **Beslutningstagere**: Styregruppen

## Kontekst

Leverandørerne skal bruge samme løsning.

## Beslutning

Vi vælger $3.

## Konsekvenser

Alle kommuner følger med.
MD
}

# english_record DIR FILE TITLE: a MADR record.
english_record() {
	printf -- '---\nstatus: accepted\ndate: 2026-05-04\n---\n\n# %s\n\n## Context and Problem Statement\n\nWhy.\n\n## Decision Outcome\n\nChosen.\n' \
		"$3" >"$1/$2"
}

# log_repo NAME: a repository with its decision folder and the commit-msg hook.
log_repo() {
	repo=$(new_repo "$1")
	mkdir -p "$repo/docs/decisions"
}

# try REPO ARGS...: git commit in REPO, recording its status and stderr.
try() {
	r=$1
	shift
	status=0
	git -C "$r" commit --allow-empty -q "$@" 2>"$TEST_DIR/commit.err" || status=$?
	err=$(cat "$TEST_DIR/commit.err")
}

log_repo dansk
da=$repo
danish_record "$da/docs/decisions" 0001-brug-postgresql.md "Brug PostgreSQL" Accepteret
danish_record "$da/docs/decisions" 0002-faelles-login.md "Fælles login" "Godkendt af styregruppen"
danish_record "$da/docs/decisions" 0003-kun-https.md "Kun HTTPS" Forslag
english_record "$da/docs/decisions" 0004-use-jekyll.md "Use Jekyll" # one vendor writes English
commit_all "$da" "docs: fire beslutninger"
cp "$GOVLOG_SOURCE_DIR/hooks/commit-msg" "$da/.git/hooks/commit-msg"

try "$da" -m "opdaterede noget"
expect_status 1 "a Danish log refuses a message without a type"
expect_line "$err" "fejl:" "the finding is in Danish"
expect_line "$err" "commit afvist" "and so is the refusal"
expect_no_line "$err" "error:" "no English finding"
expect_no_line "$err" "commit refused" "no English refusal"

try "$da" -m "feat: kun https" -m "Decision: ADR-0003"
expect_status 1 "a proposed record named by Decision: is refused"
expect_line "$err" "fejl:" "that finding is in Danish too"
expect_line "$err" "commit afvist" "and its refusal"

try "$da" -m "feat(login): fælles login for alle kommuner"
expect_status 0 "a good message passes in the Danish log"
[ -z "$err" ] && pass "and the hook says nothing" || fail "the hook spoke on a good message: $err"

log_repo english
en=$repo
english_record "$en/docs/decisions" 0001-use-postgresql.md "Use PostgreSQL"
english_record "$en/docs/decisions" 0002-use-jekyll.md "Use Jekyll"
danish_record "$en/docs/decisions" 0003-kun-https.md "Kun HTTPS" Accepteret
commit_all "$en" "docs: three decisions"
cp "$GOVLOG_SOURCE_DIR/hooks/commit-msg" "$en/.git/hooks/commit-msg"
try "$en" -m "updated some stuff"
expect_status 1 "an English log refuses the message"
expect_line "$err" "error:" "in English"
expect_line "$err" "commit refused" "and refuses the commit in English"

printf 'language: en\n' >"$da/.govlog.yml"
try "$da" -m "opdaterede noget"
expect_status 1 "the Danish log with language: en refuses the message"
expect_line "$err" "error:" "in the language the configuration names"
expect_no_line "$err" "fejl:" "not the records' language"

finish
