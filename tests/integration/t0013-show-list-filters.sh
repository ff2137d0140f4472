#!/bin/sh
# govlog show, and govlog list's filters, on the bundled example.
. "$(dirname "$0")/../test-lib.sh"

sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$TEST_DIR/demo" >/dev/null
repo="$TEST_DIR/demo"

run_govlog "$repo" show adr-0001 --meta
expect_status 0 "show by ID, any case"
# The bundled log is Danish: show labels its lines and names the state in Danish.
expect_line "$out" "status:             accepteret" "show gives the canonical status"
expect_line "$out" "som skrevet:        Godkendt på styregruppemødet den 20. januar 2026." "and the status as written"
run_govlog "$repo" show ADR-0007
expect_line "$out" "# 7. Use PostgreSQL for the content store" "show prints the record's text"
run_govlog "$repo" show ADR-0099
expect_status 2 "show of an unknown ID"

run_govlog "$repo" list --status accepted --type SDR --format csv
expect_status 0 "list with filters"
rows=$(printf '%s\n' "$out" | sed 1d | wc -l)
if [ "$rows" -eq 2 ]; then pass "two accepted strategic decisions"; else fail "$rows rows: $out"; fi
expect_no_line "$out" ",ODR," "no operational decision in a strategic list"
run_govlog "$repo" list --type operational --format csv
expect_no_line "$out" ",SDR," "the type filter by name"
run_govlog "$repo" list --since 2026-06-01 --format csv
expect_no_line "$out" ",2026-01-" "the since filter"
expect_line "$out" ",2026-09-01," "records dated after the day"
run_govlog "$repo" list --status maybe
expect_status 2 "an unknown status filter"
finish
