#!/bin/sh
# Each output format, field by field, for one log whose findings are known by
# hand: an adr-tools log (doc/adr, .adr-dir) where 0002 writes its date as
# 05/02/2026 (line 3, column 7, after "Date: ": a date/format warning) and its
# status as "Acepted" (line 7, column 1: a status/unknown error), and 0001 is
# clean. Expectations come from the formats' own documents:
#   text    file:line:col: severity: message [rule], then "    hint: …" (STYLE.md);
#   json    one object a finding: path, line, column, severity, rule, message, hint;
#   sarif   SARIF 2.1.0 §3.27 result: ruleId, ruleIndex into tool.driver.rules,
#           level "error"/"warning", message.text, physicalLocation with a
#           relative artifactLocation.uri and a 1-based region (§3.30);
#   github  workflow commands "::LEVEL file=…,line=…,col=…,title=…::MESSAGE",
#           a line break in the message written %0A;
#   csv     RFC 4180: CRLF line ends, a field with a comma or quote quoted, a
#           quote doubled; one header line.
. "$(dirname "$0")/../test-lib.sh"

repo=$(new_repo fields)
mkdir -p "$repo/doc/adr"
printf 'doc/adr\n' >"$repo/.adr-dir"
cat >"$repo/doc/adr/0001-record-architecture-decisions.md" <<'MD'
# 1. Record architecture decisions

Date: 2026-01-05

## Status

Accepted

## Context

We need to record the architectural decisions made on this project.

## Decision

We will use Architecture Decision Records, as described by Michael Nygard.

## Consequences

See Michael Nygard's article, linked above.
MD
cat >"$repo/doc/adr/0002-use-postgresql.md" <<'MD'
# 2. Use PostgreSQL, not "MySQL"

Date: 05/02/2026

## Status

Acepted

## Context

The service needs a relational database that every vendor can run.

## Decision

We will use PostgreSQL 16.

## Consequences

Vendors need PostgreSQL skills.
MD
commit_all "$repo" "docs: two records"
p=doc/adr/0002-use-postgresql.md

# equal GOT WANT WHAT
equal() {
	if [ "$1" = "$2" ]; then
		pass "$3"
	else
		fail "$3: got '$1', want '$2'"
	fi
}

# starts GOT PREFIX WHAT
starts() {
	case "$1" in
	"$2"*) pass "$3" ;;
	*) fail "$3: got '$1', want it to start '$2'" ;;
	esac
}

# --- text -------------------------------------------------------------------
run_govlog "$repo" check
expect_status 1 "an error finding exits 1"
equal "$(printf '%s\n' "$err" | sed -n 1p)" \
	"$p:3:7: warning: date '05/02/2026' is not in ISO form: write 2026-02-05 [date/format]" \
	"text: the warning comes first (line 3), in file:line:col: severity: message [rule]"
equal "$(printf '%s\n' "$err" | sed -n 2p)" \
	"$p:7:1: error: unknown status 'Acepted' (did you mean 'Accepted'?) [status/unknown]" \
	"text: the error is on line 7, column 1"
starts "$(printf '%s\n' "$err" | sed -n 3p)" "    hint: known statuses: " \
	"text: the hint is indented under its finding"
equal "$(printf '%s\n' "$err" | sed -n '$p')" "1 error, 1 warning in 2 records" "text: the summary"
equal "$out" "" "text: nothing on stdout"

# --- json -------------------------------------------------------------------
run_govlog "$repo" check --format json
expect_status 1 "json keeps the exit status"
printf '%s\n' "$out" >"$TEST_DIR/out.json"
j() { jq -r "$1" "$TEST_DIR/out.json"; }
equal "$(j '.diagnostics | length')" 2 "json: two findings"
equal "$(j '.diagnostics[0] | keys_unsorted | sort | join(",")')" \
	"column,hint,line,message,path,rule,severity" "json: the fields of a finding"
equal "$(j '.diagnostics[0] | [.path, .line, .column, .severity, .rule] | map(tostring) | join("|")')" \
	"$p|3|7|warning|date/format" "json: the warning's place, severity and rule"
equal "$(j '.diagnostics[0].hint')" "null" "json: no hint is null, not an empty string"
equal "$(j '.diagnostics[1] | [.path, .line, .column, .severity, .rule] | map(tostring) | join("|")')" \
	"$p|7|1|error|status/unknown" "json: the error's place, severity and rule"
equal "$(j '.diagnostics[1].message')" "unknown status 'Acepted' (did you mean 'Accepted'?)" \
	"json: the message quotes the value and suggests the word"
equal "$(j '.summary | [.files, .errors, .warnings] | map(tostring) | join(",")')" "2,1,1" \
	"json: the summary counts"

# --- sarif ------------------------------------------------------------------
run_govlog "$repo" check --format sarif
expect_status 1 "sarif keeps the exit status"
printf '%s\n' "$out" >"$TEST_DIR/out.json"
r='.runs[0].results'
equal "$(j "$r | length")" 2 "sarif: two results"
equal "$(j "$r[0] | [.ruleId, .level] | join(\"|\")")" "date/format|warning" \
	"sarif: a warning finding is level warning"
equal "$(j "$r[1] | [.ruleId, .level] | join(\"|\")")" "status/unknown|error" \
	"sarif: an error finding is level error"
equal "$(j ".runs[0].tool.driver.rules[$r[1].ruleIndex].id")" "status/unknown" \
	"sarif: ruleIndex points at the result's rule"
equal "$(j ".runs[0].tool.driver.rules[$r[0].ruleIndex].id")" "date/format" \
	"sarif: and for the warning too"
loc='.locations[0].physicalLocation'
equal "$(j "$r[1]$loc.artifactLocation.uri")" "$p" "sarif: the artifact URI is the record's path"
equal "$(j "$r[1]$loc.region | [.startLine, .startColumn] | map(tostring) | join(\",\")")" "7,1" \
	"sarif: the error's region"
equal "$(j "$r[0]$loc.region | [.startLine, .startColumn] | map(tostring) | join(\",\")")" "3,7" \
	"sarif: the warning's region"
equal "$(j "$r[1].message.text" | sed -n 1p)" "unknown status 'Acepted' (did you mean 'Accepted'?)" \
	"sarif: the message text"

# --- github -----------------------------------------------------------------
run_govlog "$repo" check --format github
expect_status 1 "github keeps the exit status"
equal "$(printf '%s\n' "$out" | sed -n 1p)" \
	"::warning file=$p,line=3,col=7,title=date/format::date '05/02/2026' is not in ISO form: write 2026-02-05" \
	"github: the warning as a workflow command"
starts "$(printf '%s\n' "$out" | sed -n 2p)" \
	"::error file=$p,line=7,col=1,title=status/unknown::unknown status 'Acepted' (did you mean 'Accepted'?)%0Aknown statuses: " \
	"github: the error, its hint after an escaped line break"
equal "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 2 "github: one line a finding"

# --- csv (list) -------------------------------------------------------------
run_govlog "$repo" list --format csv
expect_status 0 "list as csv"
(cd "$repo" && "$GOVLOG" list --format csv) >"$TEST_DIR/out.csv"
equal "$(tr -d '\n' <"$TEST_DIR/out.csv" | tr -cd '\r' | wc -c | tr -d ' ')" 3 "csv: three lines"
equal "$(tr -d '\r' <"$TEST_DIR/out.csv" | wc -l | tr -d ' ')" 3 "csv: every line ends CRLF"
equal "$(sed -n 1p "$TEST_DIR/out.csv" | tr -d '\r' | cut -d, -f1-2)" "id,title" "csv: a header line"
starts "$(sed -n 3p "$TEST_DIR/out.csv" | tr -d '\r')" \
	'ADR-0002,"2. Use PostgreSQL, not ""MySQL""",' \
	"csv: a title with a comma and quotes is quoted, its quotes doubled"
python3 - "$TEST_DIR/out.csv" <<'PY' && pass "csv: Python's csv module reads the title back" || fail "csv: Python's csv module reads another title"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[2][1] == '2. Use PostgreSQL, not "MySQL"', rows[2]
assert all(len(r) == len(rows[0]) for r in rows), rows
PY
finish
