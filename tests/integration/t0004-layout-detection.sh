#!/bin/sh
# The decision folder is found the way each tool keeps it (.adr-dir,
# .log4brains.yml, the usual folders), from any folder of the work tree, in
# worktrees, shallow clones and repositories without commits.
. "$(dirname "$0")/../test-lib.sh"

# record DIR FILE TITLE: a clean adr-tools record.
record() {
	mkdir -p "$1"
	cat >"$1/$2" <<MD
# $3

Date: 2026-01-13

## Status

Accepted

## Context

c

## Decision

d

## Consequences

e
MD
}

# expect_listed REPO PATH WHAT: govlog list (run in REPO) shows PATH.
expect_listed() {
	run_govlog "$1" list --format csv
	expect_status 0 "$3: list"
	expect_line "$out" ",$2" "$3: finds $2"
}

repo=$(new_repo adr-tools)
printf 'architecture/records\n' >"$repo/.adr-dir"
record "$repo/architecture/records" 0001-record.md "1. Record"
record "$repo/docs/other" 0001-elsewhere.md "1. Elsewhere"
expect_listed "$repo" architecture/records/0001-record.md ".adr-dir"
expect_no_line "$out" "docs/other" ".adr-dir: other folders are not read"

repo=$(new_repo log4brains)
printf 'project:\n  name: demo\n  adrFolder: ./docs/architecture-records\n' >"$repo/.log4brains.yml"
record "$repo/docs/architecture-records" 20260113-use-x.md "Use X"
expect_listed "$repo" docs/architecture-records/20260113-use-x.md ".log4brains.yml adrFolder"

repo=$(new_repo escape)
mkdir -p "$TEST_DIR/elsewhere"
record "$TEST_DIR/elsewhere" 0001-outside.md "1. Outside"
printf '../elsewhere\n' >"$repo/.adr-dir"
record "$repo/doc/adr" 0001-inside.md "1. Inside"
expect_listed "$repo" doc/adr/0001-inside.md ".adr-dir leading outside is ignored"
expect_no_line "$out" "outside" ".adr-dir cannot lead out of the repository"

repo=$(new_repo danish)
record "$repo/beslutninger" 0001-valg.md "1. Valg"
expect_listed "$repo" beslutninger/0001-valg.md "beslutninger/"
mkdir -p "$repo/beslutninger/deep/er"
expect_listed "$repo/beslutninger/deep/er" ../../0001-valg.md "paths are shown from the current folder"

record "$repo/beslutninger" adr-template.md "Title"
record "$repo/beslutninger" beslutningsskabelon.md "Titel"
record "$repo/beslutninger" 0002-skabeloner-til-referater.md "2. Skabeloner til referater"
expect_listed "$repo" beslutninger/0002-skabeloner-til-referater.md "a record about templates is a record"
expect_no_line "$out" "adr-template.md" "adr-template.md is a template, not a record"
expect_no_line "$out" "beslutningsskabelon.md" "beslutningsskabelon.md is a template, not a record"

repo=$(new_repo strategic)
record "$repo/strategisk-beslutningslog" BS1-etablering.md "Beslutning 1: Etablering"
expect_listed "$repo" strategisk-beslutningslog/BS1-etablering.md "strategisk-beslutningslog/"
expect_line "$out" "BS1," "BS1-… files have the ID BS1"

repo=$(new_repo unborn)
record "$repo/docs/decisions" 0001-first.md "1. First"
expect_listed "$repo" docs/decisions/0001-first.md "unborn HEAD (no commit yet)"

commit_all "$repo" "docs: first decision"
git -C "$repo" worktree add -q "$TEST_DIR/wt" -b side
record "$TEST_DIR/wt/docs/decisions" 0002-second.md "2. Second"
expect_listed "$TEST_DIR/wt" docs/decisions/0002-second.md "a linked worktree reads its own files"

record "$repo/docs/decisions" 0002-again.md "2. Again"
commit_all "$repo" "docs: second decision"
git clone -q --depth 1 "file://$repo" "$TEST_DIR/shallow"
expect_listed "$TEST_DIR/shallow" docs/decisions/0002-again.md "a shallow clone"

mkdir -p "$TEST_DIR/plain/docs/adr"
record "$TEST_DIR/plain/docs/adr" 0001-no-git.md "1. No Git"
expect_listed "$TEST_DIR/plain" docs/adr/0001-no-git.md "a folder outside any repository"
finish
