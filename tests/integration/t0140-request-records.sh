#!/bin/sh
# Requests as records (SPEC §2.6, §6): feature requests kept in a request
# folder are records of the request kind. Their IDs come from the file name
# (FR-12-….md, 0003-….md with requests.id-prefix) or front matter `id`;
# `list --kind request` and `show FR-12` find them; a decision's `requests:`
# naming FR-12 and a commit's Refs: FR-0012 meet at the same request in the
# trace; an FR-n the log does not have is reported like an unknown record.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo requests)
mkdir -p "$repo/docs/decisions" "$repo/ønsker"
cat >"$repo/docs/decisions/0001-faster-login.md" <<'MD'
---
status: accepted
date: 2026-05-01
requests: FR-12, FR-99
---
# Log in faster

## Context and Problem Statement

Logging in takes too long.

## Decision Outcome

We cache the sessions.
MD
cat >"$repo/ønsker/FR-12-hurtigere-login.md" <<'MD'
# Hurtigere login

Kommunerne ønsker et hurtigere login.
MD
cat >"$repo/ønsker/oensket-rapport.md" <<'MD'
---
id: FR-7
---
# Månedlig rapport
MD
cat >"$repo/ønsker/README.md" <<'MD'
# Ønsker

Her ligger udviklingsønskerne.
MD
commit_all "$repo" "docs: a decision and two requests"
printf 'cache\n' >"$repo/session.c"
commit_all "$repo" "feat: cache the sessions

Refs: FR-0012
Decision: ADR-0001"

run_govlog "$repo" list --kind request --format csv
expect_status 0 "list --kind request"
expect_line "$out" "FR-12,Hurtigere login," "the file name FR-12-….md gives the ID"
expect_line "$out" "FR-7,Månedlig rapport," "front matter id gives the ID"
expect_no_line "$out" "README" "the folder's README is no request"
expect_no_line "$out" "ADR-0001" "decisions are not requests"

run_govlog "$repo" list --format csv
expect_no_line "$out" "FR-12" "requests are not listed as decisions"

run_govlog "$repo" show fr-12 --meta
expect_status 0 "show names a request by its ID, in any case"
expect_line "$out" "ønsker/FR-12-hurtigere-login.md" "show prints the request's path"

run_govlog "$repo" check
expect_no_line "$out$err" "ønsker/" "requests are not checked as decisions"

run_govlog "$repo" trace --format csv
expect_status 0 "trace"
expect_line "$out" "request-decision,FR-12,ADR-0001," "the decision's requests: FR-12 links the request record"
expect_line "$out" "request-commit,FR-12," "the commit's Refs: FR-0012 links the same request"
expect_no_line "$out" "FR-0012" "Refs: FR-0012 is the same request as FR-12"
run_govlog "$repo" trace
expect_line "$out" "| FR-12 | ADR-0001 | 1 |" "the decision naming FR-12 and the commit naming FR-0012 meet at FR-12"
expect_line "$out" "decision ADR-0001 names request FR-99, which the log does not have" \
	"an FR number no request has is an unknown record"
expect_no_line "$out" "refers to FR-0012" "a commit naming a known request is no unknown reference"

# A configured folder and prefix: 0003-….md is FR-0003 there, and FR-3 names it.
repo2=$(new_repo configured)
mkdir -p "$repo2/docs/decisions" "$repo2/wishes"
cp "$repo/docs/decisions/0001-faster-login.md" "$repo2/docs/decisions/"
printf 'requests:\n  folders: [wishes]\n  id-prefix: WI\n' >"$repo2/.govlog.yml"
printf '# Dark mode\n' >"$repo2/wishes/0003-dark-mode.md"
run_govlog "$repo2" list --kind request --format csv
expect_line "$out" "WI-0003,Dark mode," "a numbered file takes the configured prefix"
run_govlog "$repo2" show WI-3 --meta
expect_status 0 "show WI-3 names WI-0003"
run_govlog "$repo2" config
expect_line "$out" 'id-prefix: "WI"  # .govlog.yml:3' "config shows the request prefix and where it is set"
printf 'requests:\n  id-prefix: "F1"\n' >"$repo2/.govlog.yml"
run_govlog "$repo2" list --kind request
expect_status 2 "a prefix that is not letters is a configuration error"
expect_line "$err" "requests.id-prefix must be 2 to 8 letters, not 'F1'" "the error names the key and value"
finish
