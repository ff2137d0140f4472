#!/bin/sh
# govlog check --range BASE..BRANCH on a pull request's branch judges its whole
# change from the fork, as the target branch will see it, and says so: a
# frozen decision changed in the pull request is reported "in FORK..HEAD".
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo pull)
mkdir -p "$repo/doc/adr"
cat >"$repo/doc/adr/0002-use-postgresql.md" <<'MD'
# 2. Use PostgreSQL

Date: 2025-06-02

## Status

Accepted

## Context

The order service keeps its data in files on one server.

## Decision

We will use PostgreSQL 15 for the order service.

## Consequences

Operations runs one more database.
MD
commit_all "$repo" "docs: use PostgreSQL"
fork=$(git -C "$repo" rev-parse --short=7 HEAD)

git -C "$repo" checkout -q -b upgrade
sed -i 's/PostgreSQL 15/PostgreSQL 16/' "$repo/doc/adr/0002-use-postgresql.md"
commit_all "$repo" "docs: newer PostgreSQL"
sed -i 's/one more database/one more database cluster/' "$repo/doc/adr/0002-use-postgresql.md"
commit_all "$repo" "docs: review round"
head=$(git -C "$repo" rev-parse --short=7 HEAD)
git -C "$repo" checkout -q main

run_govlog "$repo" check --range main..upgrade
expect_status 1 "a pull request that changes a frozen decision"
expect_line "$err" "doc/adr/0002-use-postgresql.md:13:1: error: section 'Decision' of accepted decision ADR-0002 changed in $fork..$head: the number '15' became '16', and one more change [decision/frozen]" \
	"the pull request's whole change is named by its fork and head"

finish
