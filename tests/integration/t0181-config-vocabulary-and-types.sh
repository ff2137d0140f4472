#!/bin/sh
# govlog config prints the effective configuration as YAML with where each
# value came from: the status words and field names a log adds to the
# vocabulary, each under its canonical status or field, and the commit types
# (Conventional Commits' own list by default, as commitlint's
# config-conventional has them) under commits:.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo vocabulary)
mkdir -p "$repo/doc/adr"
cat >"$repo/doc/adr/0001-record-architecture-decisions.md" <<'MD'
# 1. Record architecture decisions

Date: 2026-01-13

## Status

Endeligt godkendt

## Context

c

## Decision

d

## Consequences

e
MD
cat >"$repo/.govlog.yml" <<'YAML'
language: da
vocabulary:
  da:
    status:
      accepted: [Endeligt godkendt]
      rejected: [Nedstemt, Forkastet af styregruppen]
    fields:
      date: [Mødedato]
YAML
commit_all "$repo" "docs: a log with its own words"

run_govlog "$repo" config
expect_status 0 "govlog config"
expect_line "$out" '    accepted: ["Endeligt godkendt"]  # .govlog.yml:' \
	"a log's one word for accepted is shown under its status"
expect_line "$out" '    rejected: ["Nedstemt", "Forkastet af styregruppen"]  # .govlog.yml:' \
	"two words for rejected, in the file's order"
expect_line "$out" '    date: ["Mødedato"]  # .govlog.yml:' "a field's own name"
expect_line "$(printf '%s\n' "$out" | grep '^  [a-z]')" '  types: ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert"]  # default: Conventional Commits' \
	"the default commit types are Conventional Commits' eleven"
# The output is YAML: the values sit where a .govlog.yml has them.
got=$(printf '%s\n' "$out" | python3 -c '
import sys, yaml
d = yaml.safe_load(sys.stdin)
print(len(d["commits"]["types"]), d["vocabulary"]["status"]["accepted"][0])' 2>&1) || true
[ "$got" = "11 Endeligt godkendt" ] && pass "the printed configuration reads as YAML with the types under commits" ||
	fail "the printed configuration reads as '$got'"

finish
