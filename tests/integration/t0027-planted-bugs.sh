#!/bin/sh
# Bugs a mutation test once planted that the suite let through, each named and
# caught here from what the user sees: SARIF levels, CSV quoting, the
# changelog's order, rename detection in history, the Danish status words,
# a forbidden transition, IDs that differ only in case, front matter closed by
# "...", pre-push and branch deletions, four-digit squash suffixes,
# "Resolves #N" closing its issue, ',' in a GitHub annotation's file name,
# and '<' in an HTML page's title.
. "$(dirname "$0")/../test-lib.sh"

PATH="$(dirname "$GOVLOG"):$PATH"
export PATH

# nygard FILE STATUS DATE TITLE: an adr-tools record.
nygard() {
	mkdir -p "$(dirname "$1")"
	printf '# %s\n\nDate: %s\n\n## Status\n\n%s\n\n## Context\n\nThe reason.\n\n## Decision\n\nWe use the tool for every service.\n\n## Consequences\n\nNone.\n' \
		"$4" "$3" "$2" >"$1"
}

# os2 FILE STATUS TITLE: a record of the Danish OS2 log.
os2() {
	mkdir -p "$(dirname "$1")"
	printf -- '# %s\n\n- **Status**: %s\n- **Dato**: 2025-03-04\n- **Beslutningstagere**: Styregruppen\n- **Beslutningstype**: Arkitektur\n\n## Kontekst/Årsag\n\nLeverandørerne arbejder forskelligt.\n\n## Beslutning\n\nVi gør det ens.\n\n## Konsekvenser\n\nIngen.\n' \
		"$3" "$2" >"$1"
}

# --- SARIF error and warning levels (a bug once swapped them) ---------------
repo=$(new_repo levels)
nygard "$repo/doc/adr/0001-use-x.md" Acceptd 2026-01-05 "1. Use X"
nygard "$repo/doc/adr/0002-use-y.md" Accepted 05-01-2026 "2. Use Y"
run_govlog "$repo" check --format sarif
levels=$(printf '%s\n' "$out" | jq -r '.runs[0].results[] | "\(.ruleId) \(.level)"' | sort)
expect_line "$levels" "status/unknown error" "SARIF: an error finding has level error"
expect_line "$levels" "date/format warning" "SARIF: a warning finding has level warning"

# --- GitHub annotations: ',' in a property is %2C (GitHub's escaping) ---
nygard "$repo/doc/adr/0004-use-a,b.md" Acceptd 2026-01-07 "4. Use A, B"
run_govlog "$repo" check --format github
expect_line "$out" "::error file=doc/adr/0004-use-a%2Cb.md,line=" \
	"a ',' in an annotation's file property is escaped as %2C"
expect_no_line "$out" "file=doc/adr/0004-use-a,b.md" "and never written raw (it would end the property)"
rm "$repo/doc/adr/0004-use-a,b.md"

# --- CSV: RFC 4180 doubles quotes inside a quoted field ------------------
nygard "$repo/doc/adr/0003-use-z.md" Accepted 2026-01-06 '3. Say "hello", then go'
run_govlog "$repo" list --format csv
expect_line "$out" 'ADR-0003,"3. Say ""hello"", then go",' "CSV: quotes doubled, the comma kept inside the field"

# --- changelog: newest release first (Keep a Changelog) ------------------
git -C "$repo" add -A
git -C "$repo" commit -q --no-verify -m "docs: first decisions"
git -C "$repo" tag v1.0.0
GIT_AUTHOR_DATE=2026-06-02T12:00:00Z GIT_COMMITTER_DATE=2026-06-02T12:00:00Z \
	git -C "$repo" commit -q --allow-empty -m "feat: export to CSV (#1234)"
GIT_AUTHOR_DATE=2026-06-03T12:00:00Z GIT_COMMITTER_DATE=2026-06-03T12:00:00Z \
	git -C "$repo" commit -q --allow-empty -m "fix: crash on an empty title

This also resolves #43, the same crash in the list.

Resolves #42"
git -C "$repo" tag v1.1.0
run_govlog "$repo" changelog
headings=$(printf '%s\n' "$out" | grep '^## \[v[0-9]' | tr '\n' ' ')
if [ "$headings" = "## [v1.1.0] - 2026-06-03 ## [v1.0.0] - 2026-06-01 " ]; then
	pass "changelog: the newest release comes first"
else
	fail "changelog: releases out of order: $headings"
fi

# --- squash suffixes with four digits, and Resolves #N -------------------
run_govlog "$repo" release-notes v1.1.0 --format json
pr=$(printf '%s\n' "$out" | jq -r '.groups.features[] | select(.subject == "export to CSV") | .pr')
[ "$pr" = 1234 ] && pass "a squash suffix (#1234) names PR 1234" || fail "squash suffix (#1234) read as '$pr'"
closes=$(printf '%s\n' "$out" | jq -r '.groups.fixes[0].refs[] | select(.id == "42") | .closes')
[ "$closes" = true ] && pass "the footer 'Resolves #42' closes issue 42" || fail "'Resolves #42' does not close: '$closes'"
closes=$(printf '%s\n' "$out" | jq -r '.groups.fixes[0].refs[] | select(.id == "43") | .closes')
[ "$closes" = true ] && pass "'resolves #43' in the body closes issue 43" || fail "'resolves #43' does not close: '$closes'"

# --- HTML: the page's <title> is escaped like its body ------------------
git -C "$repo" tag 'end<b>'
run_govlog "$repo" release-notes --range 'v1.0.0..end<b>' --format html
expect_line "$out" "<title>v1.0.0..end&lt;b&gt;</title>" "'<' in the HTML <title> is escaped"
expect_no_line "$out" "end<b>" "and never written raw"

# --- rename detection: a renamed accepted record is still that record ----
hist=$(new_repo rename)
nygard "$hist/doc/adr/0001-use-postgresql.md" Accepted 2026-01-05 "1. Use PostgreSQL"
git -C "$hist" add -A
git -C "$hist" commit -q --no-verify -m "docs: accept PostgreSQL"
git -C "$hist" tag base
git -C "$hist" mv doc/adr/0001-use-postgresql.md doc/adr/0007-use-postgres.md
sed -i 's/We use the tool for every service./We use the tool for no service./' "$hist/doc/adr/0007-use-postgres.md"
git -C "$hist" commit -q -a --no-verify -m "docs: rename the PostgreSQL decision"
run_govlog "$hist" check --range base..HEAD
expect_line "$err" "doc/adr/0007-use-postgres.md:" "history follows a record renamed and renumbered (rename detection on)"
expect_line "$err" "[decision/frozen]" "the renamed record's changed decision is frozen text"

# --- Danish status words: rejected is Afvist, deprecated is Forældet -----
da=$(new_repo danish)
os2 "$da/beslutninger/ADR-001-docker.md" Godkendt "[ADR] ADR-001 Brug Docker"
os2 "$da/beslutninger/ADR-002-podman.md" Forslag "[ADR] ADR-002 Brug Podman"
os2 "$da/beslutninger/ADR-003-compose.md" Godkendt "[ADR] ADR-003 Brug Compose"
run_govlog "$da" status ADR-002 rejected
expect_status 0 "status rejected"
expect_line "$(cat "$da/beslutninger/ADR-002-podman.md")" "- **Status**: Afvist" "Danish: rejected is written Afvist"
run_govlog "$da" status ADR-001 deprecated
expect_status 0 "status deprecated"
expect_line "$(cat "$da/beslutninger/ADR-001-docker.md")" "- **Status**: Forældet" "Danish: deprecated is written Forældet"

# --- rejected -> superseded is not a transition the lifecycle allows -----
run_govlog "$da" status ADR-002 superseded --successor ADR-003
expect_status 2 "a rejected record cannot become superseded"
expect_line "$(cat "$da/beslutninger/ADR-002-podman.md")" "- **Status**: Afvist" "and the record is untouched"

# --- IDs that differ only in case are one ID -----------------------------
ids=$(new_repo ids)
for pair in "a:OS2-12" "b:os2-12"; do
	mkdir -p "$ids/docs/decisions"
	printf -- '---\nid: %s\nstatus: accepted\ndate: 2026-01-01\n---\n# Use %s\n\n## Context and Problem Statement\n\nc\n\n## Considered Options\n\n* a\n\n## Decision Outcome\n\nChosen option: a\n' \
		"${pair#*:}" "${pair%%:*}" >"$ids/docs/decisions/use-${pair%%:*}.md"
done
run_govlog "$ids" check
expect_line "$err" "[id/duplicate]" "IDs are compared without regard to case (OS2-12, os2-12)"

# --- YAML front matter may end with "..." --------------------------------
dots=$(new_repo dots)
mkdir -p "$dots/docs/decisions"
printf -- '---\nstatus: accepted\ndate: 2026-01-01\n...\n# Use dots\n\n## Context and Problem Statement\n\nc\n\n## Considered Options\n\n* a\n\n## Decision Outcome\n\nChosen option: a\n' \
	>"$dots/docs/decisions/0009-use-dots.md"
run_govlog "$dots" check
expect_status 0 "front matter closed by '...' is read"
expect_no_line "$err" "[frontmatter/syntax]" "no unclosed front matter reported for '...'"
run_govlog "$dots" list --format csv
expect_line "$out" "ADR-0009,Use dots,,accepted," "its status is read from the front matter"

# --- pre-push lets a branch deletion through -----------------------------
run_govlog "$repo" init --hooks
remote="$TEST_DIR/remote.git"
git -c init.defaultBranch=main init -q --bare "$remote"
git -C "$repo" remote add origin "$remote"
git -C "$repo" push -q --no-verify origin HEAD:main HEAD:refs/heads/old-topic
status=0
git -C "$repo" push -q origin --delete old-topic 2>"$TEST_DIR/push.err" || status=$?
expect_status 0 "pre-push lets 'git push --delete' through"
if git -C "$remote" rev-parse -q --verify refs/heads/old-topic >/dev/null; then
	fail "the remote branch is still there"
else
	pass "the remote branch is deleted"
fi
finish
