#!/bin/sh
# govlog check: diagnostics with positions and suggestions, and exit codes
# 0 clean / 1 errors / 2 usage or environment / 3 runtime failure.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo exits)
mkdir -p "$repo/beslutninger"
cat >"$repo/beslutninger/0001-valg-af-platform.md" <<'MD'
# [ADR] Valg af platform

- **Dato**: 2026-03-12
- **Status**: Acepteret
- **Beslutningstagere**: Koordinationsgruppen
- **Beslutningstype**: Arkitektur

## Kontekst / Årsag

Vi skal vælge platform.

## Beslutning

Vi vælger den åbne platform.

## Konsekvenser

Ingen licensomkostninger.
MD
commit_all "$repo" "docs: a decision with a misspelt status"

run_govlog "$repo" check
expect_status 1 "a misspelt status is an error"
expect_line "$err" \
	"beslutninger/0001-valg-af-platform.md:4:15: fejl: ukendt status 'Acepteret' (mente du 'Accepteret'?) [status/unknown]" \
	"status/unknown at the value's line and column, suggesting Accepteret"

run_govlog "$repo" check --format json
expect_status 1 "json format keeps the exit status"
expect_line "$out" '"line": 4, "column": 15' "json carries the position"
expect_line "$out" '"rule": "status/unknown"' "json carries the rule id"
expect_line "$out" '"summary": {"files": 1, "errors": 1, "warnings": 0}' "json summary"

run_govlog "$repo" check --format=json beslutninger/0001-valg-af-platform.md
expect_status 1 "a file named on the command line is checked"

run_govlog "$repo" check --format github
expect_status 1 "github annotations keep the exit status"
expect_line "$out" "::error file=beslutninger/0001-valg-af-platform.md,line=4,col=15,title=status/unknown::ukendt status 'Acepteret'" \
	"one ::error line per finding"
run_govlog "$repo" check --format sarif
expect_line "$out" '"version": "2.1.0"' "sarif names its version"
expect_line "$out" '"ruleId": "status/unknown"' "sarif results carry the rule id"
expect_line "$out" '"region": {"startLine": 4, "startColumn": 15}' "sarif results carry the region"

sed -i 's/Acepteret/Accepteret/' "$repo/beslutninger/0001-valg-af-platform.md"
run_govlog "$repo" check
expect_status 0 "the mended record is clean"

run_govlog "$repo" check --bogus
expect_status 2 "an unknown option"
expect_line "$err" "ukendt tilvalg '--bogus'" "the unknown option is named, in the records' language"
# The usage's second line stands under "govlog", after the Danish lead as after "usage: ".
if printf '%s\n' "$err" | grep -q '^brug: govlog check \[PATH' &&
	printf '%s\n' "$err" | grep -qx ' \{6\}\[--sarif-file FILE\] \[--pr-data FILE\]'; then
	pass "the usage follows in Danish, its lines aligned"
else
	fail "the Danish usage: $err"
fi
run_govlog "$repo" check --format yaml
expect_status 2 "an unknown format"
run_govlog "$repo" frobnicate
expect_status 2 "an unknown command"
run_govlog "$repo" --no-such-global
expect_status 2 "an unknown global option"
run_govlog "$repo" check no/such/folder
expect_status 2 "a path that does not exist"
expect_line "$err" "no/such/folder" "the missing path is named"

run_govlog "$repo" --version
expect_status 0 "--version"
expect_line "$out" "govlog 0." "--version prints the version"
run_govlog "$repo" help check
expect_status 0 "help check"
expect_line "$out" "--format FORMAT" "help lists the options from the table"
run_govlog "$repo" check --help
expect_line "$out" "usage: govlog check" "check --help"
run_govlog "$TEST_DIR" -C "$repo" check
expect_status 0 "-C changes folder like git"

empty=$(new_repo empty)
run_govlog "$empty" check
expect_status 2 "a repository without a decision folder"
expect_line "$err" "docs/decisions" "the error names the folders looked for"

git clone -q --bare "$repo" "$TEST_DIR/bare.git"
run_govlog "$TEST_DIR/bare.git" check
expect_status 3 "a bare repository has no work tree"
expect_line "$err" "bare repository" "the error says why"
finish
