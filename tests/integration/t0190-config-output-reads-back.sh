#!/bin/sh
# `govlog config` prints the effective configuration as a .govlog.yml: saved
# as the file, it is read without an error and gives the same configuration
# (the same output, comments aside) and the same findings. A vendor with
# several addresses is one key with a list, a link pattern not set is a
# comment, not a null the file would refuse.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo config-back)
mkdir -p "$repo/docs/decisions"
cat >"$repo/docs/decisions/0001-brug-postgresql.md" <<'MD'
# [SDR] Brug PostgreSQL

- **Dato**: 04-03-2026
- **Status**: Godkendt
- **Beslutningstagere**: Styregruppen
- **Beslutningstype**: Strategisk

## Kontekst / Årsag

Leverandørerne skal bruge samme database.

## Beslutning

Vi bruger PostgreSQL.
MD
cat >"$repo/.govlog.yml" <<'YML'
repository: os2display/governance
vendors:
  Magenta: ["@magenta.dk", "Anne Hansen"]
  ITK Aarhus: ["@aarhus.dk", jens.hansen@gmail.com]
links:
  ticket: 'https://os2web.atlassian.net/browse/{id}'
commits:
  references: ['\bDISPLAY-\d+']
rules:
  date/format: off
YML
commit_all "$repo" "docs: en beslutning"

run_govlog "$repo" config
expect_status 0 "govlog config"
first=$out
expect_line "$first" '  "Magenta": ["@magenta.dk", "Anne Hansen"]' "a vendor is one key with its list"
expect_line "$first" '  "ITK Aarhus": ["@aarhus.dk", "jens.hansen@gmail.com"]' "each vendor once"
expect_no_line "$first" "null" "no null values"
run_govlog "$repo" check
before_check=$err

printf '%s\n' "$first" >"$repo/.govlog.yml"
run_govlog "$repo" config
expect_status 0 "the printed configuration is read as .govlog.yml"
# comments aside (the origins now name the new file's lines)
strip() { printf '%s\n' "$1" | sed 's/  #.*$//; /^ *#/d'; }
strip "$first" >"$TEST_DIR/first"
strip "$out" >"$TEST_DIR/second"
diff "$TEST_DIR/first" "$TEST_DIR/second" >"$TEST_DIR/changed" && pass "it gives the same configuration" ||
	fail "the configuration changed: $(cat "$TEST_DIR/changed")"
run_govlog "$repo" check
[ "$err" = "$before_check" ] && pass "and the same findings" ||
	fail "the findings changed: before: $before_check; after: $err"

# The whole repository as the decision folder is "." in the file: printed as
# it is, never as no folder at all.
repo=$(new_repo config-root)
cp "$TEST_DIR/config-back/docs/decisions/0001-brug-postgresql.md" "$repo/0001-brug-postgresql.md"
printf 'decisions:\n  folders: [.]\n' >"$repo/.govlog.yml"
commit_all "$repo" "docs: en beslutning i roden"
run_govlog "$repo" config
expect_line "$out" '  folders: ["."]' "the repository's root is the folder '.'"
printf '%s\n' "$out" >"$repo/.govlog.yml"
run_govlog "$repo" list
expect_status 0 "read back, the root is still the folder"
expect_line "$out" "Brug PostgreSQL" "and its record is listed"

finish
