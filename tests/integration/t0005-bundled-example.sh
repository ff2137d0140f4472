#!/bin/sh
# The bundled example becomes a real Git repository with history, and govlog
# finds each of its deliberate defects (and nothing in its clean records).
. "$(dirname "$0")/../test-lib.sh"

demo="$TEST_DIR/demo"
sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$demo" >/dev/null
commits=$(git -C "$demo" rev-list --count HEAD)
if [ "$commits" -ge 3 ]; then pass "the demo has $commits commits"; else fail "only $commits commits"; fi
if git -C "$demo" status --porcelain | grep -q .; then
	fail "the demo's work tree is not clean"
else
	pass "every example file is committed"
fi

status=0
sh "$GOVLOG_SOURCE_DIR/examples/build-demo-repo.sh" "$demo" >/dev/null 2>&1 || status=$?
if [ "$status" -ne 0 ]; then pass "the build script refuses an existing folder"; else fail "overwrote $demo"; fi

run_govlog "$demo" list --format csv
expect_status 0 "list the example"
expect_line "$out" ",SDR," "a strategic decision is listed"
expect_line "$out" ",ODR," "an operational decision is listed"
expect_line "$out" ",accepted,Godkendt" "an OS2 approval reads as accepted"

run_govlog "$demo" check
expect_status 1 "the example's defects are errors"
for rule in status/unknown date/invalid section/missing id/duplicate encoding/invalid-utf8; do
	expect_line "$err" "[$rule]" "the example shows $rule"
done
expect_line "$err" "(mente du 'Accepteret'?)" "the misspelt status gets its suggestion"
for rule in $(printf '%s\n' "$err" | sed -n 's/.*\[\([a-z-]*\/[a-z0-9-]*\)\]$/\1/p' | sort -u); do
	case $rule in
	status/unknown | date/invalid | section/missing | id/duplicate | encoding/invalid-utf8) ;;
	date/format) expect_line "$err" "0002-udgivelsesrytme.md:3:13: advarsel: datoen '12-03-2026'" \
		"the one non-ISO date is a warning" ;;
	*) fail "unexpected rule $rule in the example: $(printf '%s\n' "$err" | grep -F "[$rule]")" ;;
	esac
done
finish
