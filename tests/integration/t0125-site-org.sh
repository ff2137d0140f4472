#!/bin/sh
# govlog site -o DIR PATH... on three repositories (two Danish, one English):
# a folder per repository with its own pages in its own language, a front
# page in the first PATH's language listing each repository (the
# configuration's owner/repo, else the folder's name) with its records by
# status and every record with its repository; a supersede field
# "os2/alpha#ADR-0001" and mentions "beta#ADR-0001" in the text lead to the
# other repository's record page (not inside code); a hostile title is text;
# one search index holds every record; every link resolves inside the folder;
# one PATH writes the same bytes as -C PATH; several PATHs refuse
# --single-file and --format jekyll.
. "$(dirname "$0")/../test-lib.sh"

# repo NAME CONFIG: a repository with a decision folder and that configuration.
repo() {
	r=$(new_repo "$1")
	mkdir -p "$r/docs/decisions"
	printf '%b' "$2" >"$r/.govlog.yml"
}
repo alpha 'repository: os2/alpha\nlanguage: da\n'
repo beta 'repository: os2/beta\nlanguage: da\n'
repo gamma 'language: en\n'
cat >"$TEST_DIR/alpha/docs/decisions/0001-postgres.md" <<'MD'
# 1. Brug Postgres

Date: 2026-01-13

## Status

Erstattet af os2/beta#ADR-0001

## Context

Se beta#ADR-0001, `os2/beta#ADR-0001` og [den nye](os2/beta#ADR-0001).

## Decision

Gør det.

## Consequences

Ingen.
MD
cat >"$TEST_DIR/beta/docs/decisions/0001-next.md" <<'MD'
---
title: "<script>alert(1)</script>"
status: Accepteret
date: 2026-03-01
supersedes: os2/alpha#ADR-0001
---

## Context and Problem Statement

Erstatter os2/alpha#ADR-0001.

## Considered Options

y

## Decision Outcome

z
MD
cat >"$TEST_DIR/gamma/docs/decisions/0001-things.md" <<'MD'
# 1. Use things

Date: 2026-02-01

## Status

Proposed

## Context

Follows os2/alpha#ADR-0001 and gamma#ADR-0001; os2/alpha#ADR-0099 is no record.

## Decision

d

## Consequences

c
MD
for r in alpha beta gamma; do commit_all "$TEST_DIR/$r" "docs: the records"; done
mkdir "$TEST_DIR/org"
run_govlog "$TEST_DIR/org" site -o site ../alpha ../beta ../gamma
expect_status 0 "govlog site -o DIR PATH PATH PATH"
site="$TEST_DIR/org/site"
front=$(cat "$site/index.html")

expect_line "$front" '<html lang="da">' "the front page speaks the first PATH's language"
expect_line "$front" '<tr><th scope="row"><a href="alpha/index.html">os2/alpha</a></th><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td></tr>' \
	"the front page lists os2/alpha with its one superseded record"
expect_line "$front" '<tr><th scope="row"><a href="beta/index.html">os2/beta</a></th><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>' \
	"and os2/beta with its one accepted record"
expect_line "$front" '<tr><th scope="row"><a href="gamma/index.html">gamma</a></th><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>' \
	"and gamma, named by its folder without a repository: setting, with its one proposed record"
expect_line "$front" '<td><a href="beta/records/ADR-0001.html">ADR-0001</a></td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td>' \
	"the front page lists the records of every repository, a hostile title as text"
expect_line "$front" '<td>os2/beta</td></tr>' "with their repository in a column"
expect_line "$front" '<select id="f-repo" data-filter="repo">' "and a filter by repository"
case "$front" in *"<script>alert"*) fail "the front page lets the title's markup through" ;;
*) pass "no title's markup on the front page" ;; esac
rows=$(grep -c '<tr data-entry=' "$site/index.html")
[ "$rows" -eq 3 ] && pass "three records on the front page" || fail "$rows records on the front page"
n=$(grep -c '^"' "$site/assets/search-index.js")
[ "$n" -eq 3 ] && pass "the search index holds the three records" || fail "$n entries in the search index"
expect_line "$(cat "$site/assets/search-index.js")" '"ADR-0001 1. Use things ' "the English repository's record is searched too"

for r in alpha beta gamma; do
	[ -f "$site/$r/index.html" ] && [ -f "$site/$r/records/ADR-0001.html" ] &&
		[ -f "$site/$r/timeline.html" ] && [ -f "$site/$r/gaps.html" ] &&
		pass "$r has its own index, record page, views and gaps" || fail "$r lacks its own pages"
done
expect_line "$(cat "$site/gamma/records/ADR-0001.html")" '<html lang="en">' "the English repository's pages are in English"
expect_line "$(cat "$site/gamma/index.html")" '<h1>Decisions</h1>' "its front page too"
expect_line "$(cat "$site/alpha/index.html")" '<html lang="da">' "a Danish repository's pages are in Danish"
expect_line "$(cat "$site/alpha/records/ADR-0001.html")" '<li><a href="../../index.html">Repositorier</a></li>' \
	"a repository's pages link up to the front page"

beta=$(cat "$site/beta/records/ADR-0001.html")
expect_line "$beta" '<dt>Erstatter</dt><dd><a href="../../alpha/records/ADR-0001.html">os2/alpha#ADR-0001</a></dd>' \
	"a supersede field os2/alpha#ADR-0001 links to the other repository's record page"
expect_line "$(cat "$site/alpha/records/ADR-0001.html")" '<h1>1. Brug Postgres</h1>' "which is that record's page"
expect_line "$beta" '<p>Erstatter <a href="../../alpha/records/ADR-0001.html">os2/alpha#ADR-0001</a>.</p>' \
	"a mention in the text links there too, the full stop after it left out"
alpha=$(cat "$site/alpha/records/ADR-0001.html")
expect_line "$alpha" '<p>Erstattet af <a href="../../beta/records/ADR-0001.html">os2/beta#ADR-0001</a></p>' \
	"a Nygard status section's successor links to the other repository"
expect_line "$alpha" '<p>Se <a href="../../beta/records/ADR-0001.html">beta#ADR-0001</a>, <code>os2/beta#ADR-0001</code> og <a href="../../beta/records/ADR-0001.html">den nye</a>.</p>' \
	"repo#ID in text and as a link's target links; inside code it stays code"
expect_line "$(cat "$site/gamma/records/ADR-0001.html")" 'and <a href="../../gamma/records/ADR-0001.html">gamma#ADR-0001</a>; os2/alpha#ADR-0099 is no record.</p>' \
	"a repository named by its folder is found; an ID no repository holds stays text"

# check_site DIR REPOSITORY: t0097's crawler (tests/site/crawl.py); prints what
# is wrong, one a line. Here the pages under gamma/ are English, the rest Danish.
check_site() {
	python3 "$GOVLOG_SOURCE_DIR/tests/site/crawl.py" "$@" --lang gamma/=en
}
bad=$(check_site "$site" os2 2>"$TEST_DIR/crawl.err")
if [ -z "$bad" ]; then pass "every link and asset of the three repositories' site resolves inside it ($(cat "$TEST_DIR/crawl.err"))"
else fail "the site of three repositories: $bad"; fi

# One PATH: the site -C PATH writes, byte for byte.
run_govlog "$TEST_DIR/org" site -o one ../beta
expect_status 0 "govlog site -o DIR PATH"
run_govlog "$TEST_DIR/org" -C ../beta site -o ../org/one-c
expect_status 0 "govlog -C PATH site -o DIR"
if diff -r "$TEST_DIR/org/one" "$TEST_DIR/org/one-c" >"$TEST_DIR/diff"; then pass "one PATH writes the same files as -C PATH"
else fail "one PATH differs from -C PATH: $(head -20 "$TEST_DIR/diff")"; fi

run_govlog "$TEST_DIR/org" site -o site2 ../alpha ../beta
expect_status 0 "a second run"
run_govlog "$TEST_DIR/org" site -o site3 ../alpha ../beta
if diff -r "$TEST_DIR/org/site2" "$TEST_DIR/org/site3" >/dev/null; then pass "two runs give the same bytes"
else fail "two runs differ"; fi

run_govlog "$TEST_DIR/org" site --single-file one.html ../alpha ../beta
expect_status 2 "several PATHs and --single-file"
expect_line "$err" "site: flere repositorier giver en mappe med sider" "it says a folder of pages is what several make (in the first PATH's language, Danish)"
run_govlog "$TEST_DIR/org" site -o j --format jekyll ../alpha ../beta
expect_status 2 "several PATHs and --format jekyll"
run_govlog "$TEST_DIR/org" site -o x ../alpha ../missing
expect_status 2 "a PATH that does not exist"
expect_line "$err" "'../missing'" "it names the PATH"
finish
